import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/model.js";
import { inputSchemaChanged } from "../../src/rules/input-schema-changed.js";
import { outputSchemaChanged } from "../../src/rules/output-schema-changed.js";
import { schemaLoosened } from "../../src/rules/schema-loosened.js";
import { classifyFixture, hitsOf, snapshotOf } from "./pipeline.js";

/** Base/head snapshots holding one tool `t` with the given input schemas. */
const pair = (before: JsonObject, after: JsonObject) =>
  [snapshotOf({ tools: [{ name: "t", inputSchema: before }] }), snapshotOf({ tools: [{ name: "t", inputSchema: after }] })] as const;

const object = (properties: JsonObject, required: string[] = []): JsonObject => ({
  type: "object",
  properties,
  ...(required.length ? { required } : {}),
});

describe("input-schema-changed", () => {
  it("reports a new required parameter, a removed parameter and a type change, one hit each", async () => {
    const findings = await classifyFixture("input-schema-changed");
    expect(findings.map((f) => [f.name, f.field, f.message])).toEqual([
      ["search_notes", "inputSchema/properties/limit", 'parameter "limit" of tool "search_notes" changed type from integer to number'],
      ["search_notes", "inputSchema/properties/sort", 'parameter "sort" of tool "search_notes" was removed'],
      ["update_note", "inputSchema/properties/author_email", 'parameter "author_email" of tool "update_note" was added as required'],
    ]);
  });

  it("reports an optional parameter that became required", () => {
    const hits = hitsOf(inputSchemaChanged, ...pair(object({ q: { type: "string" } }), object({ q: { type: "string" } }, ["q"])));
    expect(hits.map((h) => h.message)).toEqual(['parameter "q" of tool "t" became required']);
  });

  it("reports a removed object parameter once, not once per child", () => {
    const withOpts = object({ opts: object({ depth: { type: "integer" }, follow: { type: "boolean" } }) });
    const hits = hitsOf(inputSchemaChanged, ...pair(withOpts, object({})));
    expect(hits.map((h) => h.field)).toEqual(["inputSchema/properties/opts"]);
  });

  it("does not report a required child of a new optional parameter", () => {
    const after = object({ opts: object({ depth: { type: "integer" } }, ["depth"]) });
    expect(hitsOf(inputSchemaChanged, ...pair(object({}), after))).toEqual([]);
  });

  it("does not report a new optional parameter or a description change", () => {
    const after = object({ q: { type: "string", description: "now described" }, extra: { type: "string" } });
    expect(hitsOf(inputSchemaChanged, ...pair(object({ q: { type: "string" } }), after))).toEqual([]);
  });

  it("shows union types readably", () => {
    const hits = hitsOf(inputSchemaChanged, ...pair(object({ q: { type: "string" } }), object({ q: { type: ["string", "null"] } })));
    expect(hits.map((h) => h.message)).toEqual(['parameter "q" of tool "t" changed type from string to string|null']);
  });
});

describe("schema-loosened", () => {
  it("reports each opened, widened, dropped or relaxed constraint", async () => {
    const findings = await classifyFixture("schema-loosened");
    expect(findings.map((f) => [f.name, f.field, f.message, f.evidence])).toEqual([
      [
        "read_note",
        "inputSchema/additionalProperties",
        'input schema of tool "read_note" now accepts additional properties (additionalProperties absent)',
        "absent",
      ],
      ["read_note", "inputSchema/properties/id/maxLength", 'parameter "id" of tool "read_note" relaxed maxLength from 64 to 4096', "4096"],
      [
        "read_note",
        "inputSchema/properties/id/pattern",
        'parameter "id" of tool "read_note" dropped pattern "^[a-z0-9-]+$"',
        "absent (was ^[a-z0-9-]+$)",
      ],
      [
        "search_notes",
        "inputSchema/properties/limit/maximum",
        'parameter "limit" of tool "search_notes" relaxed maximum from 50 to 10000',
        "10000",
      ],
      ["search_notes", "inputSchema/properties/sort/enum", 'parameter "sort" of tool "search_notes" now also accepts "shared"', '"shared"'],
    ]);
  });

  it("treats a lowered minimum and a dropped const or enum as loosening", () => {
    const before = object({ n: { type: "integer", minimum: 1 }, mode: { const: "read" }, kind: { enum: ["a"] } });
    const after = object({ n: { type: "integer", minimum: 0 }, mode: { type: "string" }, kind: { type: "string" } });
    const hits = hitsOf(schemaLoosened, ...pair(before, after));
    expect(hits.map((h) => h.message)).toEqual([
      'parameter "n" of tool "t" relaxed minimum from 1 to 0',
      'parameter "mode" of tool "t" dropped its const "read"',
      'parameter "kind" of tool "t" dropped its enum ["a"]',
    ]);
  });

  it("does not report tightened constraints", () => {
    const before = object({ q: { type: "string", maxLength: 100, minLength: 1, enum: ["a", "b"] } });
    const after = {
      ...object({ q: { type: "string", maxLength: 10, minLength: 2, enum: ["a"] } }),
      additionalProperties: false,
    };
    expect(hitsOf(schemaLoosened, ...pair(before, after))).toEqual([]);
  });

  it("reports additionalProperties opened from false to true or a schema", () => {
    const closed = { ...object({ a: { type: "object", additionalProperties: false } }), additionalProperties: false };
    const open = {
      ...object({ a: { type: "object", additionalProperties: { type: "string" } } }),
      additionalProperties: true,
    };
    const hits = hitsOf(schemaLoosened, ...pair(closed, open));
    expect(hits.map((h) => h.field)).toEqual(["inputSchema/additionalProperties", "inputSchema/properties/a/additionalProperties"]);
  });
});

describe("output-schema-changed", () => {
  it("reports one low finding per tool listing where its output schema changed", async () => {
    const findings = await classifyFixture("output-schema-changed");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "low",
      name: "read_note",
      field: "outputSchema",
      message: 'output schema of tool "read_note" changed',
      evidence: "added outputSchema/properties/shared_with",
    });
  });

  it("says when a tool gains an output schema", () => {
    const base = snapshotOf({ tools: [{ name: "t", inputSchema: { type: "object" } }] });
    const head = snapshotOf({
      tools: [{ name: "t", inputSchema: { type: "object" }, outputSchema: { type: "object" } }],
    });
    expect(hitsOf(outputSchemaChanged, base, head).map((h) => h.message)).toEqual(['output schema of tool "t" was added']);
  });
});
