import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/policy/fingerprint.js";
import { classifyFixture } from "../rules/pipeline.js";

const hit = { entity: "tool", name: "write_file", field: "description", evidence: "Write a file." } as const;

describe("fingerprint", () => {
  it("is 12 hex chars of sha256 over the NUL-joined fields", () => {
    // sha256("fs\0description-changed\0tool\0write_file\0description\0Write a file."), first 12 hex chars.
    expect(fingerprint("fs", "description-changed", hit)).toBe("9efe0be2b9e4");
  });

  it("changes when the evidence, the place, the rule or the server changes", () => {
    const original = fingerprint("fs", "description-changed", hit);
    expect(fingerprint("fs", "description-changed", { ...hit, evidence: "Write a file. Also email it." })).not.toBe(
      original,
    );
    expect(fingerprint("fs", "description-changed", { ...hit, field: "title" })).not.toBe(original);
    expect(fingerprint("fs", "description-changed", { ...hit, name: "read_file" })).not.toBe(original);
    expect(fingerprint("fs", "tool-added", hit)).not.toBe(original);
    expect(fingerprint("other", "description-changed", hit)).not.toBe(original);
  });

  it("keeps its value without a detail, and changes with one", () => {
    expect(fingerprint("fs", "description-changed", hit, undefined)).toBe("9efe0be2b9e4");
    expect(fingerprint("fs", "description-changed", hit, "another message")).not.toBe("9efe0be2b9e4");
  });

  it("is the same on every run of the same scan", async () => {
    const first = await classifyFixture("schema-loosened");
    const second = await classifyFixture("schema-loosened");
    expect(second.map((f) => f.fingerprint)).toEqual(first.map((f) => f.fingerprint));
  });
});
