import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, parsedTextNestsDeeper, tooDeepPath } from "../src/json-bounds.js";
import type { Json, JsonObject } from "../src/model.js";

/** An object `levels` objects deep: { a: { a: … {} } }. */
function nested(levels: number): JsonObject {
  let value: JsonObject = {};
  for (let level = 1; level < levels; level++) value = { a: value };
  return value;
}

describe("tooDeepPath", () => {
  it("finds the first value nested too deep, in document order, at any depth", () => {
    const catalog: Json = { tools: [{ name: "ok" }, { name: "deep", inputSchema: nested(50_000) }] };
    expect(tooDeepPath(catalog)?.slice(0, 4)).toEqual(["tools", "1", "inputSchema", "a"]);
    expect(tooDeepPath({ tools: [{ inputSchema: nested(MAX_JSON_DEPTH - 3) }] })).toBeUndefined();
  });

  it("does not walk the values it is told are shallow enough, and still finds the others", () => {
    const known = { name: "known", inputSchema: nested(50_000) };
    const other = { name: "other", inputSchema: nested(50_000) };
    expect(tooDeepPath({ tools: [known] }, MAX_JSON_DEPTH, new Set([known]))).toBeUndefined();
    expect(tooDeepPath({ tools: [known, other] }, MAX_JSON_DEPTH, new Set([known]))?.slice(0, 2)).toEqual(["tools", "1"]);
  });
});

describe("parsedTextNestsDeeper", () => {
  const deep = (levels: number) => JSON.stringify(nested(levels));

  it("tells a text one level too deep from one at the bound, in objects and arrays alike", () => {
    expect(parsedTextNestsDeeper(deep(10), 10)).toBe(false);
    expect(parsedTextNestsDeeper(deep(11), 10)).toBe(true);
    expect(parsedTextNestsDeeper(`${"[".repeat(11)}${"]".repeat(11)}`, 10)).toBe(true);
  });

  it("counts depth, not brackets: many shallow ones and brackets inside strings do not make a text deep", () => {
    expect(parsedTextNestsDeeper(JSON.stringify(Array.from({ length: 50 }, () => ({ a: [1] }))), 10)).toBe(false);
    expect(parsedTextNestsDeeper(JSON.stringify({ text: "{[".repeat(50), quoted: '\\"{{{{{{{{{{{{' }), 2)).toBe(false);
    expect(parsedTextNestsDeeper(JSON.stringify([{ text: "{[".repeat(50) }, nested(3)]), 3)).toBe(true);
  });
});
