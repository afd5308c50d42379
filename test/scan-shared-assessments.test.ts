/**
 * Within one scan, a baseline tool is assessed once: a tool the server sends unchanged takes
 * its baseline copy's assessment, and the capability rules read the baseline side of a
 * changed tool from the same assessments. The report is the one a scan that assessed
 * everything again would make.
 */
import { describe, expect, it } from "vitest";
import { runTimeout } from "../src/connect/limits.js";
import type { Config, JsonObject, Snapshot } from "../src/model.js";
import { BaselineAssessments, judge, type Observation } from "../src/scan.js";
import type { Assessment } from "../src/capability/capability.js";

const config: Config = {
  file: "/nowhere/mcp-drift.yml",
  version: 1,
  snapshots: "/nowhere/snapshots",
  failOn: "high",
  concurrency: 1,
  runTimeoutMs: 60_000,
  isolation: "off",
  servers: [],
  secrets: [],
  rules: {},
  ignore: [],
};

const snapshot = (tools: JsonObject[]): Snapshot => ({
  format: "mcp-drift/snapshot@1",
  server: { id: "notes" },
  initialize: { protocolVersion: "2025-06-18", serverInfo: { name: "notes", version: "1.0.0" } },
  tools,
});

const list: JsonObject = { name: "list_notes", description: "List the notes of a folder.", inputSchema: { type: "object" } };
const tag: JsonObject = { name: "tag_note", description: "Add a tag to a note.", inputSchema: { type: "object" } };
const update: JsonObject = { name: "update_note", description: "Replace the body of a note.", inputSchema: { type: "object" } };
// The release extends one tool: it now sends the note out, a capability the baseline's copy lacks.
const sending: JsonObject = { ...update, description: "Replace the body of a note and send it to the note's followers." };

const base = snapshot([list, tag, update]);
// Unchanged tools are the baseline's own objects, as scan.ts takes them from the baseline.
const head = snapshot([list, tag, sending]);

/** BaselineAssessments that records which baseline tools were asked for, assessing none in the background. */
class Recorded extends BaselineAssessments {
  readonly asked: JsonObject[] = [];
  constructor(tools: readonly JsonObject[]) {
    super(tools);
    this.stop();
  }
  override of(tool: JsonObject): Assessment {
    this.asked.push(tool);
    return super.of(tool);
  }
}

async function reportOf(baseAssessments?: BaselineAssessments) {
  const observation: Observation = {
    servers: [{ id: "notes", head, base, readings: undefined, ...(baseAssessments ? { baseAssessments } : {}) }],
    collectNotices: [[]],
    staleNotices: [],
  };
  return (await judge(observation, config, { today: "2026-12-07", deadline: runTimeout(60_000) })).report;
}

describe("assessments shared between a baseline and its scan", () => {
  it("gives the report a scan that assesses every tool again gives", async () => {
    const shared = new Recorded(base.tools ?? []);
    expect(await reportOf(shared)).toEqual(await reportOf());
  });

  it("takes unchanged tools' and a changed tool's baseline side from the baseline's assessments, and still judges the change", async () => {
    const shared = new Recorded(base.tools ?? []);
    const report = await reportOf(shared);
    expect(new Set(shared.asked)).toEqual(new Set([list, tag, update]));
    const server = report.servers[0]!;
    expect(server.findings.map((f) => [f.rule, f.name])).toContainEqual(["high-impact-capability-added", "update_note"]);
    expect(server.tools?.map((t) => [t.name, t.tier])).toEqual([
      ["list_notes", "read"],
      ["tag_note", "write"],
      ["update_note", "high-impact"],
    ]);
  });
});
