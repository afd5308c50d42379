import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/model.js";
import { classify } from "../../src/classify/classify.js";
import { writeCapabilityAdded } from "../../src/rules/write-capability-added.js";
import { classifyFixture, contextFor, hitsOf, snapshotOf } from "./pipeline.js";

const notes = (...tools: JsonObject[]) => snapshotOf({ tools });
const tool = (name: string, fields: JsonObject = {}): JsonObject => ({ name, inputSchema: { type: "object" }, ...fields });
const readNote = tool("read_note", { description: "Read one note by id.", annotations: { readOnlyHint: true } });

describe("write-capability-added", () => {
  it("reports a new write tool and a reader that now writes, not a new reader", async () => {
    const findings = await classifyFixture("write-capability-added", [writeCapabilityAdded]);
    expect(findings.map((f) => [f.severity, f.name, f.field, f.message, f.evidence])).toEqual([
      ["high", "append_note", "", 'tool "append_note" was added and can change data', 'name verb "append"; description: "append"'],
      [
        "high",
        "read_note",
        "",
        'tool "read_note" can now change data (read → write)',
        'description: "and update"; annotation readOnlyHint: true contradicts description: "and update"',
      ],
    ]);
  });

  it("reports readOnlyHint turning false on a reader", () => {
    const hits = hitsOf(writeCapabilityAdded, notes(readNote), notes({ ...readNote, annotations: { readOnlyHint: false } }));
    expect(hits.map((h) => [h.name, h.evidence])).toEqual([["read_note", "annotation readOnlyHint: false"]]);
  });

  it("reports a reader that gained a switch to keep what it does", () => {
    const search = tool("search_notes", { description: "Search notes by keyword." });
    const withSave = { ...search, inputSchema: { type: "object", properties: { save: { type: "boolean" } } } };
    expect(hitsOf(writeCapabilityAdded, notes(search), notes(withSave)).map((h) => h.evidence)).toEqual(['parameter "save"']);
  });

  it("says nothing when the tier stays, falls, or rises past write", () => {
    const update = tool("update_note", { description: "Replace a note's body." });
    const updateMore = { ...update, description: "Replace a note's body and title." };
    const deleting = { ...readNote, description: "Read one note by id, then delete it." };
    expect(hitsOf(writeCapabilityAdded, notes(update, readNote), notes(updateMore, { ...readNote, title: "Read" }))).toEqual([]);
    expect(hitsOf(writeCapabilityAdded, notes(update), notes({ ...update, annotations: { readOnlyHint: true } }))).toEqual([]);
    expect(hitsOf(writeCapabilityAdded, notes(readNote), notes(deleting))).toEqual([]);
    expect(hitsOf(writeCapabilityAdded, notes(update), notes())).toEqual([]);
  });

  it("leaves new high-impact tools to high-impact-capability-added", () => {
    expect(hitsOf(writeCapabilityAdded, notes(), notes(tool("delete_note")))).toEqual([]);
  });

  it("is medium for a new tool that only fails to say it reads", () => {
    const ctx = contextFor(notes(), notes(tool("weather", { description: "天气预报" })));
    expect(classify(ctx, [writeCapabilityAdded]).map((f) => [f.severity, f.message, f.evidence])).toEqual([
      [
        "medium",
        'tool "weather" was added and does not say it only reads (counted as write)',
        "no read verb and no readOnlyHint: counted as write",
      ],
    ]);
  });

  it("only describes on a first scan", () => {
    const findings = classify(contextFor(undefined, notes(readNote, tool("update_note"))), [writeCapabilityAdded]);
    expect(findings.map((f) => [f.severity, f.name])).toEqual([["info", "update_note"]]);
  });
});
