/** The snapshot file written in pieces (large catalogs) is byte for byte the one written whole. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalJsonPieces } from "../../src/snapshot/canonical.js";
import type { Json } from "../../src/model.js";
import { json } from "./arbitraries.js";

const CASES: Json[] = [
  {},
  [],
  "text",
  { format: "mcp-drift/snapshot@1", server: { id: "s" }, initialize: {}, tools: [] },
  {
    z: 1,
    "10": [1, [2, [3]], {}, []],
    "2": { b: null, a: "\u200b hidden \u2028" },
    tools: [{ name: "b", inputSchema: { type: "object", properties: { q: { type: "string" } } } }, { name: "a" }, []],
    nested: { deeper: { deepest: [{ x: "\u{1F600}" }] } },
    skipped: undefined as unknown as Json,
  },
];

describe("canonicalJsonPieces", () => {
  it("joins to exactly canonicalJson, with every list item of a snapshot in one piece", () => {
    for (const value of CASES) expect([...canonicalJsonPieces(value)].join("")).toBe(canonicalJson(value));
    const snapshot = CASES[4] as { tools: Json[] };
    const pieces = [...canonicalJsonPieces(snapshot as unknown as Json)];
    // Each tool's whole text is one piece, so no piece is larger than the largest item.
    fc.assert(fc.property(json, (value) => [...canonicalJsonPieces(value)].join("") === canonicalJson(value)));
    for (const tool of snapshot.tools)
      expect(pieces.some((piece) => piece === canonicalJson(tool).trimEnd().replaceAll("\n", "\n    "))).toBe(true);
  });
});
