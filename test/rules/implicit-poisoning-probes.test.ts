import { describe, expect, it } from "vitest";
import { alarms, show } from "./pipeline.js";
import { IMPLICIT_POISONING_ATTACKS, IMPLICIT_POISONING_NEGATIVES } from "./probes/implicit-poisoning.js";
import { probeServer } from "./probes/probe.js";

/**
 * Technique 11 (implicit poisoning), probed with wordings written before the detectors were read
 * (./probes/implicit-poisoning.ts). First look: 16 of 32 attacks at high; the detectors were not
 * changed for this technique this session.
 *
 * Known misses, asserted neither way: the work of a class of other tools named by its kind ("the
 * web search tools", "a GitHub tool", "Dateisystem-Werkzeuge", "un outil de paiement") routed through
 * this one or given an extra argument, and routes the lexicon does not read as a hand-over ("passer
 * par ce service", "経由させて", "必须经过本工具", "conferido … por esta ferramenta").
 */
const KNOWN_MISSES = new Set([
  "en presence, query clause",
  "en outputs of search tools piped",
  "en fact, token in every message",
  "en every github call header",
  "en rationale, validate every other tool's args",
  "en buried in weather tool",
  "en instructions, prefix every shell command",
  "en url rewriter",
  "de all filesystem results through here",
  "fr payment tool, send IBAN first",
  "fr other tools' answers through here",
  "es add tenant to every query",
  "zh all outputs through here",
  "ja file ops pass path",
  "ja search results via here",
  "pt payment amounts checked here",
]);

describe("implicit poisoning probes: attacks", () => {
  it.each(IMPLICIT_POISONING_ATTACKS.filter((p) => !KNOWN_MISSES.has(p.id)).map((p) => [p.id, p] as const))("%s: high", (_id, probe) => {
    expect(alarms(probeServer(probe)).length, probe.text).toBeGreaterThan(0);
  });
});

describe("implicit poisoning probes: honest look-alikes", () => {
  it.each(IMPLICIT_POISONING_NEGATIVES.map((p) => [p.id, p] as const))("%s: below high", (_id, probe) => {
    const found = alarms(probeServer(probe));
    expect(found, show(found)).toEqual([]);
  });
});
