import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Json } from "../../src/model.js";
import { escapeJsonHidden } from "../../src/json-text.js";
import { canonicalize, canonicalJson, compareCodePoints } from "../../src/snapshot/canonical.js";
import { json, reverseKeys } from "./arbitraries.js";

describe("canonicalize", () => {
  it("sorts object keys recursively and keeps array order", () => {
    const value = canonicalize({ b: 1, a: { d: [3, 1, { z: 0, y: 0 }], c: null } });
    expect(JSON.stringify(value)).toBe('{"a":{"c":null,"d":[3,1,{"y":0,"z":0}]},"b":1}');
  });

  it("keeps a __proto__ key as data", () => {
    const value = canonicalize(JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as Json);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(["__proto__", "a"]);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(json, (value) => {
        const once = canonicalize(value);
        expect(canonicalize(once)).toStrictEqual(once);
      }),
    );
  });
});

describe("canonicalJson", () => {
  it("writes sorted keys, two-space indent and a trailing newline", () => {
    expect(canonicalJson({ b: [1, "x"], a: {}, c: [] })).toBe('{\n  "a": {},\n  "b": [\n    1,\n    "x"\n  ],\n  "c": []\n}\n');
  });

  it("orders integer-like keys by code point, not numerically", () => {
    expect(canonicalJson({ "9": 0, "10": 0, a: 0 })).toBe('{\n  "10": 0,\n  "9": 0,\n  "a": 0\n}\n');
  });

  it("orders keys by code point, not UTF-16 code unit", () => {
    // U+FFFF < U+1F600 as code points, although the emoji's first code unit (0xD83D) is smaller.
    expect(canonicalJson({ "\u{1F600}": 0, "\uFFFF": 0 })).toBe('{\n  "\uFFFF": 0,\n  "\u{1F600}": 0\n}\n');
    expect(compareCodePoints("\u{1F600}", "\uFFFF")).toBeGreaterThan(0);
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
    expect(compareCodePoints("same", "same")).toBe(0);
  });

  it("omits object fields set to undefined, as JSON.stringify does", () => {
    const snapshotLike = { a: 1, tools: undefined } as unknown as Json;
    expect(canonicalJson(snapshotLike)).toBe('{\n  "a": 1\n}\n');
  });

  it("is valid JSON with the same content", () => {
    fc.assert(
      fc.property(json, (value) => {
        // Compared as JSON sees it: -0 is written as 0, as JSON.stringify and RFC 8785 do.
        expect(JSON.parse(canonicalJson(value))).toStrictEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it("matches JSON.stringify of the canonical form, hidden characters escaped, when no key is integer-like", () => {
    const nonIndexKeys = json.filter((value) => !hasIndexKey(value));
    fc.assert(
      fc.property(nonIndexKeys, (value) => {
        expect(canonicalJson(value)).toBe(`${escapeJsonHidden(JSON.stringify(canonicalize(value), null, 2))}\n`);
      }),
    );
  });

  it("writes every hidden character as a \\u escape, in keys and values, and reads back the same value", () => {
    // C1 CSI, bidi override, line separator, DEL, zero-width space, a tag character, a lone surrogate.
    const hidden = "a\u009B1m\u202Eb\u2028c\u007Fd\u200Be\u{E0041}f\uD800g";
    const value = { [`k${hidden}`]: [hidden] };
    const text = canonicalJson(value);
    expect(text).toBe(
      '{\n  "ka\\u009b1m\\u202eb\\u2028c\\u007fd\\u200be\\udb40\\udc41f\\ud800g": [\n' +
        '    "a\\u009b1m\\u202eb\\u2028c\\u007fd\\u200be\\udb40\\udc41f\\ud800g"\n  ]\n}\n',
    );
    expect(text).toMatch(/^[\n -~]*$/);
    expect(JSON.parse(text)).toStrictEqual(value);
  });

  it("keeps visible text beyond ASCII as it is", () => {
    expect(canonicalJson({ name: "café 日本 🙂" })).toBe('{\n  "name": "café 日本 🙂"\n}\n');
  });

  it("is what a plain writer gives (sorted keys, each string escaped), whichever way each part is written", () => {
    // The reference writes every part by hand; canonicalJson hands parts already in order to JSON.stringify.
    const reference = (value: Json, indent: string): string => {
      const inner = `${indent}  `;
      if (Array.isArray(value)) {
        return value.length === 0 ? "[]" : `[\n${value.map((v) => inner + reference(v, inner)).join(",\n")}\n${indent}]`;
      }
      if (value !== null && typeof value === "object") {
        const keys = Object.keys(value).sort(compareCodePoints);
        if (keys.length === 0) return "{}";
        const members = keys.map((k) => `${inner}${escapeJsonHidden(JSON.stringify(k))}: ${reference(value[k] as Json, inner)}`);
        return `{\n${members.join(",\n")}\n${indent}}`;
      }
      return typeof value === "string" ? escapeJsonHidden(JSON.stringify(value)) : JSON.stringify(value);
    };
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(`${reference(value, "")}\n`);
        expect(canonicalJson(canonicalize(value))).toBe(`${reference(value, "")}\n`);
      }),
      { numRuns: 300 },
    );
    const numbered = { "10": { b: 1, a: 2 }, "9": "x", a: ["\u200b", { "2": 0, "1": 1 }] };
    expect(canonicalJson(numbered)).toBe(`${reference(numbered, "")}\n`);
    expect(canonicalJson(canonicalize(numbered))).toBe(`${reference(numbered, "")}\n`);
  });

  it("does not depend on key order", () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(reverseKeys(value))).toBe(canonicalJson(value));
      }),
    );
  });
});

function hasIndexKey(value: Json): boolean {
  if (Array.isArray(value)) return value.some(hasIndexKey);
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, child]) => /^(0|[1-9]\d*)$/.test(key) || hasIndexKey(child));
}
