/**
 * The report's last redaction (judging.ts) copies only what a secret changes: it must redact
 * exactly as redactJson does, keys included, and hand back untouched parts as they are.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactChanged } from "../src/judging.js";
import { redactJson, secretRedactor } from "../src/secrets.js";

const SECRETS = ["hunter22", "s3cr3t-t0ken"];
const redact = secretRedactor(SECRETS);

/** Strings that sometimes hold a secret, as a key or a value. */
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...SECRETS),
  fc
    .tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...SECRETS, "hunter2", Buffer.from("hunter22").toString("hex")))
    .map(([a, b]) => a + b),
  fc.constant("__proto__"),
);
const value = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.constant(null),
    fc.array(tie("json"), { maxLength: 4 }),
    fc.array(fc.tuple(text, tie("json")), { maxLength: 4 }).map((entries) => {
      const object: Record<string, unknown> = {};
      for (const [key, member] of entries)
        Object.defineProperty(object, key, { value: member, enumerable: true, writable: true, configurable: true });
      return object;
    }),
  ),
})).json;

describe("redactChanged", () => {
  it("redacts as redactJson does, keys that redact alike included", () => {
    fc.assert(
      fc.property(value, (json) => {
        expect(redactChanged(json, redact)).toStrictEqual(redactJson(json, redact));
        // The same members in the same order (toStrictEqual does not compare key order).
        expect(JSON.stringify(redactChanged(json, redact))).toBe(JSON.stringify(redactJson(json, redact)));
      }),
      { numRuns: 500 },
    );
  });

  it("returns a part without a secret as it is, and copies the path to one that has one", () => {
    const clean = { tools: [{ name: "search", description: "Search notes." }], count: 2 };
    const report = { clean, leaky: { evidence: ["token hunter22 here"] } };
    const redacted = redactChanged(report, redact);
    expect(redacted.clean).toBe(clean);
    expect(redacted).not.toBe(report);
    expect(redacted.leaky.evidence).toEqual(["token [REDACTED] here"]);
    expect(report.leaky.evidence).toEqual(["token hunter22 here"]);
    expect(redactChanged(clean, redact)).toBe(clean);
  });

  it("keeps a key named __proto__ as data", () => {
    const object = JSON.parse('{"__proto__": {"a": "hunter22"}, "b": 1}') as Record<string, unknown>;
    const redacted = redactChanged(object, redact);
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(JSON.stringify(redacted)).toBe('{"__proto__":{"a":"[REDACTED]"},"b":1}');
  });
});
