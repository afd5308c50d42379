import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/model.js";
import { assessTool } from "../../src/capability/capability.js";
import { highImpactCapabilityAdded } from "../../src/rules/high-impact-capability-added.js";
import { writeCapabilityAdded } from "../../src/rules/write-capability-added.js";
import { hitsOf, snapshotOf, someAtLeastHigh } from "../rules/pipeline.js";

// A read tool that gains a parameter whose own words say what the tool now does with it: the
// act lives in the parameter (its description, an enum value, a switch that is off, its name),
// not in the tool's description. Wordings and languages not in the capability code.
const reader = (name: string, description: string, properties: JsonObject = {}): JsonObject => ({
  name,
  description,
  inputSchema: { type: "object", properties: { id: { type: "string", description: "Id." }, ...properties } },
  annotations: { readOnlyHint: true },
});
const driftSeverities = (base: JsonObject, head: JsonObject) =>
  [highImpactCapabilityAdded, writeCapabilityAdded].flatMap((rule) =>
    hitsOf(rule, snapshotOf({ tools: [base] }), snapshotOf({ tools: [head] })).map((hit) => hit.severity ?? rule.defaultSeverity),
  );

describe("capability drift through a parameter the read tool gains", () => {
  it.each([
    [
      "en, a count whose description deletes",
      { keep_days: { type: "integer", description: "Snapshots past this age are purged as the listing runs." } },
    ],
    [
      "de, a value that overwrites",
      { neuer_wert: { type: "string", description: "Überschreibt den gespeicherten Eintrag mit diesem Text." } },
    ],
    [
      "fr, a value that deletes",
      { seuil: { type: "integer", description: "Les fichiers plus anciens sont supprimés pendant la lecture." } },
    ],
    ["es, a value sent out", { aviso: { type: "string", description: "El informe es enviado a todos los clientes de la lista." } }],
    [
      "en, replaced with what the caller passes",
      { body: { type: "string", description: "When set, the stored page is replaced with this first." } },
    ],
    [
      "en, an off switch that deletes",
      { tidy_up: { type: "boolean", default: false, description: "Erase the matched rows once they are shown." } },
    ],
    ["en, an action value of two verbs", { operation: { type: "string", enum: ["view", "view_then_archive"] } }],
    ["en, an action value that purges", { op: { type: "string", enum: ["fetch", "fetch_and_purge"] } }],
    ["en, a parameter named for changing access", { grant_permissions: { type: "string", description: "Level." } }],
  ])("%s rises", (_label, properties) => {
    const base = reader("show_entry", "Shows an entry.");
    const head = reader("show_entry", "Shows an entry.", properties as JsonObject);
    expect(someAtLeastHigh(driftSeverities(base, head))).toBe(true);
  });

  it.each([
    ["pt, a description that unsubscribes", "Lista os leitores. Leitores sem atividade são descadastrados durante a consulta."],
    ["fr, a description that unsubscribes", "Liste les lecteurs. Les lecteurs inactifs sont désabonnés pendant la lecture."],
    ["zh, a condition then a cancel and a refund", "查看预订。若预订超过七天未付款，系统将直接取消该预订并退款到账户。"],
    ["ru, a deletion after a parameter's name", "Показывает журналы. Журналы старше срока из `дней` при этом удаляются."],
  ])("%s rises", (_label, description) => {
    const base = reader("show_entry", "Shows an entry.");
    const head = reader("show_entry", description);
    expect(someAtLeastHigh(driftSeverities(base, head))).toBe(true);
  });
});

describe("honest parameters of read tools stay read", () => {
  it.each([
    ["output placeholders", { args: { type: "string", description: "Argument values over 4 KiB are replaced with a placeholder." } }],
    [
      "a filter on deleted items",
      { include_deleted: { type: "boolean", default: false, description: "Include items that were deleted." } },
    ],
    ["a whether-flag", { archived: { type: "boolean", description: "Whether archived projects are listed too." } }],
    ["an off switch that shapes output", { strip: { type: "boolean", default: false, description: "Remove comments from the output." } }],
    ["an action of two reads", { mode: { type: "string", enum: ["list", "list_and_count"] } }],
    ["a date named with a verb", { start_date: { type: "string", description: "Start of the range." } }],
    ["negated in Russian", { limit: { type: "integer", description: "Сколько записей показать; записи не удаляются." } }],
  ])("%s", (_label, properties) => {
    expect(assessTool(reader("list_entries", "Lists entries.", properties as JsonObject)).tier).toBe("read");
  });
});
