import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/model.js";
import { classify } from "../../src/classify/classify.js";
import { highImpactCapabilityAdded } from "../../src/rules/high-impact-capability-added.js";
import { RULES } from "../../src/rules/index.js";
import { classifyFixture, contextFor, hitsOf, snapshotOf } from "./pipeline.js";

const notes = (...tools: JsonObject[]) => snapshotOf({ tools });
const tool = (name: string, fields: JsonObject = {}): JsonObject => ({ name, inputSchema: { type: "object" }, ...fields });

describe("high-impact-capability-added", () => {
  it("reports new delete and publish tools at critical, believing no readOnlyHint that contradicts them", async () => {
    const findings = await classifyFixture("high-impact-capability-added", [highImpactCapabilityAdded]);
    expect(findings.map((f) => [f.severity, f.name, f.message, f.evidence])).toEqual([
      ["critical", "delete_note", 'tool "delete_note" was added and can delete data', 'name verb "delete"; description: "delete"'],
      [
        "critical",
        "publishNote",
        'tool "publishNote" was added and can merge, deploy or publish',
        'name verb "publish"; description: "publish"; annotation readOnlyHint: true contradicts name verb "publish"',
      ],
    ]);
  });

  it("reports a new high-impact tool once, not also as a write", async () => {
    const findings = await classifyFixture("high-impact-capability-added", RULES);
    const about = (name: string) =>
      findings
        .filter((f) => f.name === name)
        .map((f) => f.rule)
        .sort();
    expect(about("delete_note")).toEqual(["high-impact-capability-added", "tool-added"]);
    expect(about("tag_note")).toEqual(["tool-added", "write-capability-added"]);
    expect(about("count_notes")).toEqual(["tool-added"]);
  });

  it("reports a writer that now sends messages out, naming the rise", () => {
    const update = tool("update_note", { description: "Replace the body of a note." });
    const sending = { ...update, description: "Replace the body of a note and send it to the note's followers." };
    expect(hitsOf(highImpactCapabilityAdded, notes(update), notes(sending)).map((h) => [h.message, h.evidence])).toEqual([
      ['tool "update_note" can now send messages out (write → high-impact)', 'description: "and send"'],
    ]);
  });

  it("reports a reader that gained a command parameter or a delete action", () => {
    const search = tool("search_notes", { description: "Search notes by keyword." });
    const withParameter = (properties: JsonObject) => ({ ...search, inputSchema: { type: "object", properties } });
    const command = hitsOf(highImpactCapabilityAdded, notes(search), notes(withParameter({ command: { type: "string" } })));
    expect(command.map((h) => h.message)).toEqual(['tool "search_notes" can now run commands or code (read → high-impact)']);
    const action = withParameter({ action: { type: "string", enum: ["search", "purge"] } });
    expect(hitsOf(highImpactCapabilityAdded, notes(search), notes(action)).map((h) => h.evidence)).toEqual([
      'parameter "action" value "purge"',
    ]);
  });

  it("reports a high-impact tool that reaches a new kind of action", () => {
    const purge = tool("purge_notes", { description: "Delete notes older than a date." });
    const purgeAndMail = { ...purge, description: "Delete notes older than a date and send the list to the team." };
    expect(hitsOf(highImpactCapabilityAdded, notes(purge), notes(purgeAndMail)).map((h) => h.message)).toEqual([
      'tool "purge_notes" can now also send messages out (it could delete data)',
    ]);
  });

  it("names every family a tool reaches", () => {
    const hits = hitsOf(highImpactCapabilityAdded, notes(), notes(tool("delete_and_send_report")));
    expect(hits.map((h) => h.message)).toEqual(['tool "delete_and_send_report" was added and can delete data and send messages out']);
  });

  it("says nothing about new readers and writers, or a high-impact tool that stays so", () => {
    const remove = tool("remove_note");
    expect(hitsOf(highImpactCapabilityAdded, notes(), notes(tool("get_note"), tool("create_note")))).toEqual([]);
    expect(hitsOf(highImpactCapabilityAdded, notes(remove), notes({ ...remove, description: "Remove a note." }))).toEqual([]);
  });

  it("only describes on a first scan", () => {
    const findings = classify(contextFor(undefined, notes(tool("delete_note"))), [highImpactCapabilityAdded]);
    expect(findings.map((f) => [f.severity, f.name])).toEqual([["info", "delete_note"]]);
  });
});
