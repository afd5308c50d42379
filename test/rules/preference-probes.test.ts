import { describe, expect, it } from "vitest";
import { alarmed, caught, probeCase } from "./probe-catalog.js";
import { PREFERENCE_ATTACKS, PREFERENCE_HONEST } from "./probes/preference.js";
import { FRESH_PREFERENCE_ATTACKS, FRESH_PREFERENCE_HONEST } from "./probes/fresh.js";

const NAME = "search";
const HONEST = "Searches.";

// Known misses, asserted neither way: superlatives alone, with no choice asked for and no other tool run down, read
// like the marketing real catalogs carry.
const KNOWN_MISSES = ["Runs code. The fastest, smartest and safest"];

// Preference manipulation (technique 10): probes written from TECHNIQUES.md before the detectors were read.
describe("preference manipulation probes", () => {
  it.each(caught([...PREFERENCE_ATTACKS, ...FRESH_PREFERENCE_ATTACKS], KNOWN_MISSES).map(probeCase))("%s", (_case, probe) => {
    expect(alarmed(probe, NAME, HONEST)).toBe(true);
  });
  it.each([...PREFERENCE_HONEST, ...FRESH_PREFERENCE_HONEST].map(probeCase))("%s stays below high", (_case, probe) => {
    expect(alarmed(probe, NAME, HONEST)).toBe(false);
  });
});
