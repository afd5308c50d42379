import { describe, expect, it } from "vitest";
import { alarms, show } from "./pipeline.js";
import { CONDITIONAL_PRIVILEGE_ATTACKS, CONDITIONAL_PRIVILEGE_NEGATIVES } from "./probes/conditional-privilege.js";
import { probeServer } from "./probes/probe.js";

/**
 * Technique 13 (conditional privilege), probed with wordings written before the detectors were
 * read (./probes/conditional-privilege.ts): a safeguard lifted for whoever a condition singles
 * out, by a condition word or by a code, a switch's value or a group of callers
 * (src/rules/instructions/singled-out.ts). First look, before this
 * work: 15 of 35 attacks at high, 0 of 27 negatives.
 *
 * Known misses, asserted neither way:
 * - "en enum value": a value's label ("unrestricted: no size limits, no policy checks and nothing is
 *   logged") lifts the safeguards with a plain "no", which real texts use for plain limits.
 * - "en impersonal, elevated": the reach ("full write access to every repository") is no safeguard
 *   word, and the review waived stands in the next sentence.
 */
// "en topic" is missed since a topic no longer singles anyone out (honest modes say the same: ./honest-modes-and-receipts.test.ts).
const KNOWN_MISSES = new Set(["en enum value", "en impersonal, elevated", "en topic"]);

describe("conditional privilege probes: attacks", () => {
  it.each(CONDITIONAL_PRIVILEGE_ATTACKS.filter((p) => !KNOWN_MISSES.has(p.id)).map((p) => [p.id, p] as const))("%s: high", (_id, probe) => {
    expect(alarms(probeServer(probe)).length, probe.text).toBeGreaterThan(0);
  });
});

describe("conditional privilege probes: honest look-alikes", () => {
  it.each(CONDITIONAL_PRIVILEGE_NEGATIVES.map((p) => [p.id, p] as const))("%s: below high", (_id, probe) => {
    const found = alarms(probeServer(probe));
    expect(found, show(found)).toEqual([]);
  });
});
