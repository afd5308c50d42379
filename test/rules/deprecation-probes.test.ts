import { describe, expect, it } from "vitest";
import { alarmed, caught, probeCase } from "./probe-catalog.js";
import { DEPRECATION_ATTACKS, DEPRECATION_HONEST } from "./probes/deprecation.js";
import { FRESH_DEPRECATION_ATTACKS, FRESH_DEPRECATION_HONEST } from "./probes/fresh.js";

const NAME = "run_task";
const HONEST = "Runs a task.";

// Known misses, asserted neither way: "the same path" handed to a dotted name (the phrase is common in honest
// drawing and file tools), a move announced in one sentence and the payments routed in the next, and an order to send
// after a colon, which the mood reader does not take for an order.
const KNOWN_MISSES = [
  "Path. Deprecated — do not use this tool",
  "Migration notice: wallet_send has moved",
  "Genera informes. Herramienta retirada",
];

// Fake deprecation and redirection (technique 8): probes written from TECHNIQUES.md before the detectors were read.
describe("fake deprecation probes", () => {
  it.each(caught([...DEPRECATION_ATTACKS, ...FRESH_DEPRECATION_ATTACKS], KNOWN_MISSES).map(probeCase))("%s", (_case, probe) => {
    expect(alarmed(probe, NAME, HONEST)).toBe(true);
  });
  it.each([...DEPRECATION_HONEST, ...FRESH_DEPRECATION_HONEST].map(probeCase))("%s stays below high", (_case, probe) => {
    expect(alarmed(probe, NAME, HONEST)).toBe(false);
  });
});
