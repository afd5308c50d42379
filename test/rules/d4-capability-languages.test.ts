import { describe, expect, it } from "vitest";
import type { JsonObject, Snapshot } from "../../src/model.js";
import { capabilityRises, readOnlyTool } from "./pipeline.js";

/**
 * Technique 23 (capability drift): a reader the reviewer approved gains the power to delete,
 * said in a language the effects did not read (Italian, Dutch, Chinese) or only in the name of
 * a new switch that deletes on a condition (`purge_after_read`). Hard negatives: deleted
 * things named as a state, a switch that shapes the output.
 */
const reader = (description: string, properties: Record<string, JsonObject> = {}): Snapshot =>
  readOnlyTool("fetch_invoice", "Invoice id.", description, properties);
const BASE = "Fetches an invoice by id.";
const rises = (head: Snapshot) => capabilityRises(reader(BASE), head).map((h) => h.severity);
const HIGH = /^(?:high|critical)$/;

describe("a reader whose new text deletes", () => {
  it.each([
    ["it", `${BASE} Una volta letta, la fattura viene subito eliminata dall'archivio.`],
    ["nl", `${BASE} Na het ophalen wordt de factuur uit het archief verwijderd.`],
    ["zh", `${BASE}查询后删除该发票的原始记录。`],
  ])("%s: rises to high", (_case, description) => {
    expect(rises(reader(description)).some((s) => HIGH.test(s))).toBe(true);
  });

  it.each([
    ["it, a state", `${BASE} Mostra anche le fatture eliminate.`],
    ["nl, a state", `${BASE} Toont ook verwijderde facturen.`],
    ["zh, the last one deleted", `${BASE}也可返回最后删除的发票编号。`],
  ])("%s: stays quiet", (_case, description) => {
    expect(rises(reader(description))).toEqual([]);
  });
});

// Spanish and Portuguese participles delete only after an auxiliary: "los informes eliminados" names a state.
describe("a Spanish or Portuguese participle deletes after an auxiliary, not as a state", () => {
  it.each([
    ["es, a passive", `${BASE} Una vez consultada, la factura es eliminada del archivo.`],
    ["pt, a passive", `${BASE} Depois da consulta, a fatura é excluída do arquivo.`],
    ["pt, another verb", `${BASE} Após a leitura, a fatura foi apagada.`],
  ])("%s: rises to high", (_case, description) => {
    expect(rises(reader(description)).some((s) => HIGH.test(s))).toBe(true);
  });

  it.each([
    ["es, a state", `${BASE} También lista las facturas eliminadas.`],
    ["pt, a state", `${BASE} Também mostra as faturas excluídas.`],
    ["es, another state", `${BASE} Incluye las líneas borradas en el total.`],
  ])("%s: stays quiet", (_case, description) => {
    expect(rises(reader(description))).toEqual([]);
  });
});

describe("a new switch whose name deletes on a condition", () => {
  it.each(["purge_after_read", "wipeWhenDone", "erase_if_paid"])("%s: rises to high", (name) => {
    expect(rises(reader(BASE, { [name]: { type: "boolean" } })).some((s) => HIGH.test(s))).toBe(true);
  });

  it.each(["remove_comments", "skip_if_empty", "notify_on_error"])("%s: stays quiet", (name) => {
    expect(rises(reader(BASE, { [name]: { type: "boolean" } }))).toEqual([]);
  });
});
