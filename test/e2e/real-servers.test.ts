/**
 * Real published MCP servers, pinned in two versions each as devDependencies (npm aliases
 * fs-old/fs-new, memory-old/memory-new): take the baseline with the older release, scan the
 * newer one, and check that the report names exactly what that real upgrade changed.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { atLeast, type Change, type Report } from "../../src/model.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";

function config(dir: string, fs: string, memory: string): string {
  const server = (pkg: string) => JSON.stringify(join(ROOT, "node_modules", pkg, "dist/index.js"));
  return `version: 1
snapshots: snapshots
failOn: high
servers:
  filesystem:
    command: ${JSON.stringify(process.execPath)}
    args: [${server(fs)}, ${JSON.stringify(join(dir, "allowed"))}]
    timeout: 20s
  memory:
    command: ${JSON.stringify(process.execPath)}
    args: [${server(memory)}]
    env: { MEMORY_FILE_PATH: ${JSON.stringify(join(dir, "memory.jsonl"))} }
    timeout: 20s
`;
}

const itemChanges = (changes: Change[], kind: Change["kind"]) =>
  changes
    .filter((c) => c.kind === kind && c.path.split("/").length === 2)
    .map((c) => c.name)
    .sort();

/** The item fields (second level under the item) that changed, per item. */
function changedFields(changes: Change[]): Record<string, string[]> {
  const fields: Record<string, Set<string>> = {};
  for (const c of changes) {
    const [list, , field] = c.path.split("/");
    if (list === "tools" && field) (fields[c.name] ??= new Set()).add(field);
  }
  return Object.fromEntries(Object.entries(fields).map(([name, set]) => [name, [...set].sort()]));
}

describe("upgrading real published servers", () => {
  let dir: string;
  let upgrade: Report;
  let baselineBytes: Record<string, string>;

  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir, "allowed"));
    await writeFile(join(dir, "mcp-drift.yml"), config(dir, "fs-old", "memory-old"));
    const update = await runCli(["update"], { cwd: dir });
    expect(update.stderr).toContain("accepted filesystem");
    expect(update.code).toBe(0);
    baselineBytes = {
      filesystem: await readFile(join(dir, "snapshots/filesystem.json"), "utf8"),
      memory: await readFile(join(dir, "snapshots/memory.json"), "utf8"),
    };

    await writeFile(join(dir, "mcp-drift.yml"), config(dir, "fs-new", "memory-new"));
    upgrade = parseReport(await runCli(["scan", "--format", "json"], { cwd: dir }));
  });

  it("takes a baseline of the older releases", () => {
    const fs = JSON.parse(baselineBytes.filesystem!);
    expect(fs.initialize.serverInfo).toEqual({ name: "secure-filesystem-server", version: "0.2.0" });
    expect(fs.tools.map((t: { name: string }) => t.name)).toEqual([
      "create_directory",
      "get_file_info",
      "list_allowed_directories",
      "list_directory",
      "move_file",
      "read_file",
      "read_multiple_files",
      "search_files",
      "write_file",
    ]);
  });

  it("finds the tools server-filesystem 2026.8.31 added over 0.6.2", () => {
    const fs = upgrade.servers.find((s) => s.id === "filesystem")!;
    expect(fs.status).toBe("changed");
    expect(itemChanges(fs.changes, "added")).toEqual([
      "directory_tree",
      "edit_file",
      "list_directory_with_sizes",
      "read_media_file",
      "read_text_file",
    ]);
    expect(itemChanges(fs.changes, "removed")).toEqual([]);
  });

  it("lists the fields each kept filesystem tool changed", () => {
    const fs = upgrade.servers.find((s) => s.id === "filesystem")!;
    const kept = Object.fromEntries(
      Object.entries(changedFields(fs.changes)).filter(([name]) => !itemChanges(fs.changes, "added").includes(name)),
    );
    // 2026.8.31 gave every tool a title, annotations, an output schema and an execution
    // hint, and regenerated every input schema; three descriptions were rewritten. (Checked
    // by comparing the two releases' raw tools/list answers key by key, outside mcp-drift.)
    const common = ["annotations", "execution", "inputSchema", "outputSchema", "title"];
    const rewritten = [...common, "description"].sort();
    expect(kept).toEqual({
      create_directory: common,
      get_file_info: common,
      list_allowed_directories: rewritten,
      list_directory: common,
      move_file: common,
      read_file: rewritten,
      read_multiple_files: common,
      search_files: rewritten,
      write_file: common,
    });
  });

  it("sees server-memory keep its tools but change identity, capabilities and every tool's shape", () => {
    const memory = upgrade.servers.find((s) => s.id === "memory")!;
    expect(memory.status).toBe("changed");
    // Tools kept, one resource (the whole graph) new.
    expect(itemChanges(memory.changes, "added")).toEqual(["memory://knowledge-graph"]);
    expect(memory.changes.find((c) => c.kind === "added" && c.entity === "resource")?.path).toBe("resources/memory:~1~1knowledge-graph");
    expect(itemChanges(memory.changes, "removed")).toEqual([]);
    const server = memory.changes.filter((c) => c.entity === "server").map((c) => `${c.kind} ${c.path}`);
    expect(server).toEqual(expect.arrayContaining(["changed server/serverInfo/version", "added server/capabilities/resources"]));
    const fields = changedFields(memory.changes);
    expect(Object.keys(fields).sort()).toEqual([
      "add_observations",
      "create_entities",
      "create_relations",
      "delete_entities",
      "delete_observations",
      "delete_relations",
      "open_nodes",
      "read_graph",
      "search_nodes",
    ]);
    for (const name of Object.keys(fields)) {
      expect(fields[name]).toEqual(["annotations", "execution", "inputSchema", "outputSchema", "title"]);
    }
  });

  it("reports the drift rules a reviewer would expect", () => {
    const fs = upgrade.servers.find((s) => s.id === "filesystem")!;
    const added = fs.findings
      .filter((f) => f.rule === "tool-added")
      .map((f) => f.name)
      .sort();
    expect(added).toEqual(itemChanges(fs.changes, "added"));
    expect(fs.findings.some((f) => f.rule === "description-changed" && f.name === "read_file")).toBe(true);
    expect(fs.findings.some((f) => f.rule === "output-schema-changed")).toBe(true);
  });

  it("ranks what the upgrade lets an agent do: edit_file writes, the new readers only read", () => {
    const fs = upgrade.servers.find((s) => s.id === "filesystem")!;
    const capability = fs.findings.filter((f) => f.rule.endsWith("-capability-added"));
    expect(capability.map((f) => [f.rule, f.name, f.severity])).toEqual([["write-capability-added", "edit_file", "high"]]);
    const readers = ["directory_tree", "list_directory_with_sizes", "read_media_file", "read_text_file"];
    const alarming = fs.findings.filter((f) => readers.includes(f.name) && atLeast(f.severity, "high"));
    expect(alarming).toEqual([]);
    const tiers = Object.fromEntries((fs.tools ?? []).map((t) => [t.name, t.tier]));
    expect(readers.map((name) => tiers[name])).toEqual(["read", "read", "read", "read"]);
    expect(tiers.edit_file).toBe("write");
  });

  it("finds no capability gained by server-memory, whose tools keep their tiers", () => {
    const memory = upgrade.servers.find((s) => s.id === "memory")!;
    expect(memory.findings.filter((f) => f.rule.endsWith("-capability-added"))).toEqual([]);
    expect(memory.tools?.filter((t) => t.tier === "high-impact").map((t) => t.name)).toEqual([
      "delete_entities",
      "delete_observations",
      "delete_relations",
    ]);
  });

  it("changes nothing on disk during a scan", async () => {
    expect(await readFile(join(dir, "snapshots/filesystem.json"), "utf8")).toBe(baselineBytes.filesystem);
    expect(await readFile(join(dir, "snapshots/memory.json"), "utf8")).toBe(baselineBytes.memory);
  });
});
