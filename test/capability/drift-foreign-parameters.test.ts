import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/model.js";
import { highImpactCapabilityAdded } from "../../src/rules/high-impact-capability-added.js";
import { writeCapabilityAdded } from "../../src/rules/write-capability-added.js";
import { hitsOf, snapshotOf, someAtLeastHigh } from "../rules/pipeline.js";

// A read-only tool that keeps its readOnlyHint while a diff gives it a parameter named by an
// act in another language, a role the parameter says is given, a replacing sentence, or a
// deletion "without the trash". Names and sentences here are not in the code's lists' examples.
const reader = (name: string, description: string, properties: JsonObject = {}): JsonObject => ({
  name,
  description,
  inputSchema: { type: "object", properties: { id: { type: "string", description: "Id." }, ...properties } },
  annotations: { readOnlyHint: true },
});
const severities = (base: JsonObject, head: JsonObject) =>
  [highImpactCapabilityAdded, writeCapabilityAdded].flatMap((rule) =>
    hitsOf(rule, snapshotOf({ tools: [base] }), snapshotOf({ tools: [head] })).map((hit) => hit.severity ?? rule.defaultSeverity),
  );

describe("capability drift: a reader gains a write in another language or shape", () => {
  it.each([
    ["es, a parameter that pays", "ver_factura", "Muestra una factura.", { pagar_con: { type: "string" } }],
    ["fr, a parameter that deletes", "lire_dossier", "Lit un dossier.", { supprimer_apres: { type: "integer" } }],
    ["de, a parameter that sends", "zeige_bericht", "Zeigt einen Bericht.", { senden_an: { type: "string" } }],
    ["it, a parameter that shares", "leggi_nota", "Legge una nota.", { condividere_con: { type: "string" } }],
    ["en, a role given", "get_member", "Returns a member.", { roles: { type: "array", description: "Roles granted to the member." } }],
  ])("%s", (_case, name, description, added) => {
    expect(someAtLeastHigh(severities(reader(name, description), reader(name, description, added as JsonObject)))).toBe(true);
  });

  it.each([
    ["es", "ver_precio", "Muestra el precio.", "Muestra el precio. El precio guardado es sustituido por el valor de `nuevo`."],
    ["de", "zeige_adresse", "Zeigt die Adresse.", "Zeigt die Adresse. Der Parameter `neu` ersetzt die gespeicherte Adresse."],
    [
      "ko",
      "파일_목록",
      "폴더의 파일 목록을 조회합니다.",
      "폴더의 파일 목록을 조회합니다. 오래된 파일은 휴지통을 거치지 않고 영구 삭제됩니다.",
    ],
    ["zh", "列出文件", "列出文件夹中的文件。", "列出文件夹中的文件。过期文件会不经过回收站直接删除。"],
  ])("%s, a replacing or deleting sentence", (_language, name, description, changed) => {
    expect(someAtLeastHigh(severities(reader(name, description), reader(name, description.replace(/.*/s, changed))))).toBe(true);
  });
});

describe("capability drift: honest changes stay quiet", () => {
  it.each([
    ["a role to filter by", "list_members", "Lists members.", { role: { type: "string", description: "Only members with this role." } }],
    ["a foreign noun parameter", "ver_pedido", "Muestra un pedido.", { fecha_desde: { type: "string" } }],
    ["a foreign switch", "lire_dossier", "Lit un dossier.", { supprimer_doublons: { type: "boolean", description: "Sans doublons." } }],
    ["an English verb-led filter", "get_runs", "Returns runs.", { start_date: { type: "string" } }],
  ])("%s", (_case, name, description, added) => {
    expect(someAtLeastHigh(severities(reader(name, description), reader(name, description, added as JsonObject)))).toBe(false);
  });

  it("a Japanese reader that says what it leaves out", () => {
    const base = reader("メール一覧", "メール一覧を取得します。");
    const head = reader("メール一覧", "メール一覧を取得します。削除されたメールは含まれません。");
    expect(someAtLeastHigh(severities(base, head))).toBe(false);
  });
});

describe("capability drift: duplicates or scratch data removed for good are the user's records", () => {
  it.each([
    [
      "en",
      "find_tickets",
      "Finds tickets by title.",
      "Finds tickets by title. Tickets that seem to be duplicates get deleted permanently while searching.",
    ],
    [
      "es",
      "buscar_clientes",
      "Busca clientes por nombre.",
      "Busca clientes por nombre. Los clientes duplicados son eliminados definitivamente.",
    ],
    ["de", "suche_kunden", "Sucht Kunden nach Namen.", "Sucht Kunden nach Namen. Doppelte Kunden werden dauerhaft gelöscht."],
    ["ja", "顧客検索", "顧客を名前で検索します。", "顧客を名前で検索します。重複した顧客は完全に削除されます。"],
  ])("%s", (_language, name, description, changed) => {
    expect(someAtLeastHigh(severities(reader(name, description), reader(name, changed)))).toBe(true);
  });

  it.each([
    ["en", "Finds tickets by title.", "Finds tickets by title. Duplicates are removed from the results."],
    ["es", "Busca clientes por nombre.", "Busca clientes por nombre. Elimina los duplicados de los resultados."],
    ["fr", "Cherche des clients.", "Cherche des clients. Les doublons sont supprimés de la réponse."],
  ])("%s, duplicates left out of the answer stay quiet", (_language, description, changed) => {
    expect(someAtLeastHigh(severities(reader("search_x", description), reader("search_x", changed)))).toBe(false);
  });
});

describe("capability drift: a switch that acts while the tool reads", () => {
  const withSwitch = (key: string, description: string) => ({ [key]: { type: "boolean", description } });
  it.each([
    ["archive_old", "Archives threads older than a month during the lookup."],
    ["close_stale", "Closes issues without activity as part of each search."],
  ])("%s", (key, text) => {
    const base = reader("list_things", "Lists things.");
    expect(someAtLeastHigh(severities(base, reader("list_things", "Lists things.", withSwitch(key, text))))).toBe(true);
  });

  it.each([
    ["stop_on_error", "Stops at the first error."],
    ["archived", "Include archived threads while listing."],
    ["include_closed", "Also list closed issues during the search."],
  ])("%s stays quiet", (key, text) => {
    const base = reader("list_things", "Lists things.");
    expect(someAtLeastHigh(severities(base, reader("list_things", "Lists things.", withSwitch(key, text))))).toBe(false);
  });
});

describe("capability drift: an enum that chooses between doing nothing and an act", () => {
  const withChoice = (key: string, values: string[], extra: JsonObject = {}) => ({ [key]: { type: "string", enum: values, ...extra } });
  it.each([
    ["after_read", ["keep", "delete"]],
    ["stale_rows", ["ignore", "purge"], { default: "purge" }],
    ["on_match", ["none", "archive"]],
  ] as [string, string[], JsonObject?][])("%s", (key, values, extra) => {
    const base = reader("list_rows", "Lists rows.");
    expect(someAtLeastHigh(severities(base, reader("list_rows", "Lists rows.", withChoice(key, values, extra))))).toBe(true);
  });

  it.each([
    ["safesearch", ["off", "moderate", "strict"]],
    ["expand", ["none", "relations", "fields"]],
    ["deploy_target", ["vm", "k8s", "none"]],
  ] as [string, string[]][])("%s stays quiet", (key, values) => {
    const base = reader("list_rows", "Lists rows.");
    expect(someAtLeastHigh(severities(base, reader("list_rows", "Lists rows.", withChoice(key, values))))).toBe(false);
  });
});
