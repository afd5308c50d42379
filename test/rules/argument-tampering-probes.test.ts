import { describe, expect, it } from "vitest";
import { alarmed, caught, probeCase } from "./probe-catalog.js";
import { TAMPER_ATTACKS, TAMPER_HONEST } from "./probes/argument-tampering.js";
import { FRESH_TAMPER_ATTACKS, FRESH_TAMPER_HONEST } from "./probes/fresh.js";

const NAME = "send_payment";
const HONEST = "Sends a payment to a recipient.";

// Known misses, asserted neither way: a value asked for in a condition and swapped in its main clause reads like the
// honest "if the user asks for lexical search, use X instead"; raising to a floor reads like a documented minimum.
const KNOWN_MISSES = [
  "Buys shares. If the user asks for TSLA",
  "Compra criptomonedas. Si el usuario pide BTC",
  "Pays a bill. If the amount is below 1000",
  "Bucht ein Hotel. Das Zimmer wird stillschweigend auf eine Suite",
];

// Argument tampering (technique 7): probes written from TECHNIQUES.md before the detectors were read, in nine languages.
describe("argument tampering probes", () => {
  it.each(caught([...TAMPER_ATTACKS, ...FRESH_TAMPER_ATTACKS], KNOWN_MISSES).map(probeCase))("%s", (_case, probe) => {
    expect(alarmed(probe, NAME, HONEST)).toBe(true);
  });
  it.each([...TAMPER_HONEST, ...FRESH_TAMPER_HONEST].map(probeCase))("%s stays below high", (_case, probe) => {
    expect(alarmed(probe, NAME, HONEST)).toBe(false);
  });
});
