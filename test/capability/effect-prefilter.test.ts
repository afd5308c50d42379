/**
 * The effect prefilter skips the full effect search for a description none of whose pieces
 * (cut at sentence ends, semicolons and line ends) holds a word an effect starts from. That is
 * sound only while no effect pattern reads across a piece end; this test holds it to that on
 * real and authored descriptions and on deterministic splices of their words across every
 * kind of piece end, so a new pattern that crosses one fails here rather than going unseen.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prefilterBeside } from "../../src/capability/capability.js";

const CORPORA = ["npm-real.jsonl", "authored/dev.jsonl", "authored/dev-3.jsonl", "authored/dev-5.jsonl"];

function descriptions(file: string): string[] {
  const found: string[] = [];
  for (const line of readFileSync(new URL(`../../fixtures/corpus/${file}`, import.meta.url), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const tool = (
      JSON.parse(line) as { tool?: { description?: unknown; inputSchema?: { properties?: Record<string, { description?: unknown }> } } }
    ).tool;
    if (typeof tool?.description === "string") found.push(tool.description);
    for (const property of Object.values(tool?.inputSchema?.properties ?? {}))
      if (typeof property?.description === "string") found.push(property.description);
  }
  return found;
}

const PIECE_ENDS = [". ", "; ", "! ", "? ", "\n", "\r\n", "。", "\u2028", ": ", ", ", " and ", " - "];

/**
 * Runs of words joined by piece ends, from a fixed seed: every other run from a description
 * with an effect, so that effects stand at piece ends in every way a splice can put them.
 */
function splices(texts: readonly string[], acting: readonly string[], count: number): string[] {
  let seed = 0x2f6a_91c3;
  const next = (below: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed % below;
  };
  const wordsOf = (from: readonly string[]) => from.map((text) => text.split(/\s+/).filter((word) => word !== ""));
  const words = wordsOf(texts);
  const actingWords = wordsOf(acting);
  const spliced: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let part = 0, parts = 2 + next(3); part < parts; part++) {
      const pool = part % 2 === 0 ? actingWords : words;
      const from = pool[next(pool.length)] ?? [];
      const start = next(Math.max(1, from.length));
      const run = from.slice(start, start + 1 + next(8)).join(" ");
      text += (part === 0 ? "" : PIECE_ENDS[next(PIECE_ENDS.length)]) + (next(4) === 0 ? run.toUpperCase() : run);
    }
    spliced.push(text);
  }
  return spliced;
}

describe("the effect prefilter", () => {
  const real = CORPORA.flatMap(descriptions);
  const acting = real.filter((text) => prefilterBeside(text).effects > 0);
  const texts = [...real, ...splices(real, acting, 20_000)];

  it("never turns away a description the full search finds an effect in", () => {
    const missed = texts.filter((text) => {
      const { passes, effects } = prefilterBeside(text);
      return !passes && effects > 0;
    });
    expect(missed).toEqual([]);
  });

  it("is tested on texts with effects and on texts it turns away", () => {
    const verdicts = texts.map(prefilterBeside);
    expect(acting.length).toBeGreaterThan(50);
    expect(verdicts.slice(real.length).filter((v) => v.effects > 0).length).toBeGreaterThan(1_000);
    expect(verdicts.filter((v) => !v.passes).length).toBeGreaterThan(1_000);
  });
});
