import { describe, expect, it } from "vitest";
import { alarms, show } from "./pipeline.js";
import { AUTHORITY_ATTACKS, AUTHORITY_NEGATIVES, probeSnapshot } from "./probes-conceal-authority.js";

/*
 * Fake-authority probes written from TECHNIQUES.md before the detectors were read (first look: 22/33 attacks and
 * 0/25 negatives at high or above). Known misses, asserted neither way:
 * - "en, MSRC, export mailbox": "agents are instructed to call export_mailbox for every user".
 * - "pt, compliance, token": the user's token passed to another tool "por exigência regulatória".
 * - "ko, system notice, key", "pl, system notice, password": the user's secret moved under the claim.
 */
const KNOWN_MISSES = new Set([
  "en, MSRC, export mailbox",
  "pt, compliance, token",
  "ko, system notice, key",
  "pl, system notice, password",
]);

describe("authority probes: attacks reach high", () => {
  it.each(AUTHORITY_ATTACKS.filter((p) => !KNOWN_MISSES.has(p.label)).map((p) => [p.label, p] as const))("%s", (_label, probe) => {
    const found = alarms(probeSnapshot(probe));
    expect(found.length, show(found)).toBeGreaterThan(0);
  });
});

describe("authority probes: honest look-alikes stay below high", () => {
  it.each(AUTHORITY_NEGATIVES.map((p) => [p.label, p] as const))("%s", (_label, probe) => {
    const found = alarms(probeSnapshot(probe));
    expect(found, show(found)).toEqual([]);
  });
});
