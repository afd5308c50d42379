import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralMatcher, type Span } from "../src/secret-matcher.js";

/** Every occurrence of every literal, found one by one, overlapping ones joined. */
function naiveSpans(text: string, literals: readonly string[]): Span[] {
  const occurrences: Span[] = [];
  for (const literal of literals.filter((l) => l !== "")) {
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1))
      occurrences.push({ start: at, end: at + literal.length });
  }
  occurrences.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const { start, end } of occurrences) {
    const last = spans[spans.length - 1];
    if (last !== undefined && start < last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

describe("LiteralMatcher", () => {
  it("finds what searching for each literal finds, overlaps joined", () => {
    // A small alphabet, so literals overlap, nest and share prefixes and suffixes often.
    const text = fc.string({ unit: fc.constantFrom(..."abc%é😀"), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), text, (literals, haystack) => {
        expect(new LiteralMatcher(literals).spans(haystack)).toEqual(naiveSpans(haystack, literals));
      }),
      { numRuns: 2000 },
    );
  });

  it("joins a literal inside another and literals that overlap, and keeps adjacent ones apart", () => {
    const matcher = new LiteralMatcher(["abcdef", "cd", "efgh", "xy"]);
    expect(matcher.spans("..abcdefgh..xyxy")).toEqual([
      { start: 2, end: 10 },
      { start: 12, end: 14 },
      { start: 14, end: 16 },
    ]);
  });

  it("finds nothing without literals", () => {
    expect(new LiteralMatcher([]).spans("anything")).toEqual([]);
    expect(new LiteralMatcher([""]).spans("anything")).toEqual([]);
  });
});
