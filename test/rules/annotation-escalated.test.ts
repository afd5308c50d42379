import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/model.js";
import { annotationEscalated } from "../../src/rules/annotation-escalated.js";
import { classifyFixture, hitsOf, snapshotOf } from "./pipeline.js";

/** Hints that escalated when tool `t` goes from `before` to `after` annotations. */
function escalated(before: JsonObject | undefined, after: JsonObject | undefined): string[] {
  const tool = (annotations: JsonObject | undefined) =>
    snapshotOf({ tools: [{ name: "t", inputSchema: { type: "object" }, ...(annotations ? { annotations } : {}) }] });
  return hitsOf(annotationEscalated, tool(before), tool(after)).map((h) => h.field);
}

describe("annotation-escalated", () => {
  it("reports read-only lost, destructive gained and open world gained, at high", async () => {
    const findings = await classifyFixture("annotation-escalated", [annotationEscalated]);
    expect(findings.map((f) => [f.severity, f.name, f.field, f.message])).toEqual([
      ["high", "read_note", "annotations/readOnlyHint", 'tool "read_note" is no longer read-only (readOnlyHint: true → false)'],
      [
        "high",
        "search_notes",
        "annotations/openWorldHint",
        'tool "search_notes" may now reach the open world (external systems) (openWorldHint: false → true)',
      ],
      ["high", "update_note", "annotations/destructiveHint", 'tool "update_note" may now be destructive (destructiveHint: false → absent)'],
    ]);
    expect(findings[2]?.evidence).toBe("destructiveHint: false → absent (absent means true)");
  });

  it("counts a dropped annotation object by the spec's defaults", () => {
    expect(escalated({ readOnlyHint: true, openWorldHint: false }, undefined)).toEqual([
      "annotations/readOnlyHint",
      "annotations/openWorldHint",
    ]);
  });

  it("reports idempotentHint true → false on a writing tool", () => {
    expect(escalated({ readOnlyHint: false, idempotentHint: true }, { readOnlyHint: false, idempotentHint: false })).toEqual([
      "annotations/idempotentHint",
    ]);
  });

  it("ignores destructive and idempotent hints on a read-only tool", () => {
    expect(escalated({ readOnlyHint: true, destructiveHint: false }, { readOnlyHint: true, destructiveHint: true })).toEqual([]);
  });

  it("does not report hints moving toward safety", () => {
    expect(
      escalated({ readOnlyHint: false, destructiveHint: true, openWorldHint: true }, { readOnlyHint: true, openWorldHint: false }),
    ).toEqual([]);
  });
});
