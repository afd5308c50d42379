import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, tooDeepPath } from "../src/json-bounds.js";
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
