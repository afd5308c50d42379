/** Host files found in a project, and `include:` namespacing their servers (no server is started). */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { discoverConfig, findHostFiles, listHostFiles } from "../../src/config/discover.js";
import { loadConfig } from "../../src/config/load.js";
import { runCli } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const server = { command: "node", args: ["server.mjs"] };

async function project(files: Record<string, string>): Promise<string> {
  const dir = await tempDir("mcp-drift-discovery-");
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return dir;
}

const mcpServers = (names: string[]) => JSON.stringify({ mcpServers: Object.fromEntries(names.map((name) => [name, server])) });

describe("findHostFiles", () => {
  it("outside git, reads the hosts' paths in the folder itself and skips settings files without servers", async () => {
    const dir = await project({
      ".mcp.json": mcpServers(["docs"]),
      ".vscode/mcp.json": JSON.stringify({ servers: { github: server } }),
      ".vscode/settings.json": '{ "editor.tabSize": 2 }',
      "packages/api/.mcp.json": mcpServers(["api"]),
      "notes/mcp.json": mcpServers(["other"]),
    });
    expect(await findHostFiles(dir)).toEqual([".mcp.json", ".vscode/mcp.json"]);
  });

  it("lists a file once when several of a host's patterns read its folder", async () => {
    const block = "name: Notes\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: notes\n    command: node\n";
    const dir = await project({ ".continue/mcpServers/notes.yaml": block, ".continue/mcpServers/docs.json": mcpServers(["docs"]) });
    expect(await findHostFiles(dir)).toEqual([".continue/mcpServers/docs.json", ".continue/mcpServers/notes.yaml"]);
  });

  it("in a git repository, finds them in subfolders too and leaves out ignored ones", async () => {
    const dir = await project({
      ".gitignore": "vendor/\n",
      ".cursor/mcp.json": mcpServers(["notes"]),
      "packages/api/.mcp.json": mcpServers(["api"]),
      "vendor/lib/.mcp.json": mcpServers(["vendored"]),
    });
    await promisify(execFile)("git", ["init", "-q"], { cwd: dir });
    expect(await findHostFiles(dir)).toEqual([".cursor/mcp.json", "packages/api/.mcp.json"]);
  });

  it("names a host file it cannot parse", async () => {
    const dir = await project({ ".mcp.json": '{"mcpServers": {"docs": ' });
    await expect(findHostFiles(dir)).rejects.toThrow(/^\.mcp\.json:\d+:\d+: /);
  });
});

describe("discovery skips test, fixture and vendored folders", () => {
  const git = (dir: string) => promisify(execFile)("git", ["init", "-q"], { cwd: dir });

  it("leaves out host files below them, names them, and never parses a broken one into an error", async () => {
    const dir = await project({
      ".mcp.json": mcpServers(["docs"]),
      "packages/api/.mcp.json": mcpServers(["api"]),
      "fixtures/hosts/claude-code/.mcp.json": mcpServers(["fixture"]),
      "packages/api/tests/.cursor/mcp.json": mcpServers(["api-test"]),
      "src/__fixtures__/.mcp.json": '{"mcpServers": {"broken": ',
      "node_modules/some-server/.mcp.json": mcpServers(["dependency"]),
      // A settings file without servers is not a host file, skipped or not.
      "test/.vscode/settings.json": '{ "editor.tabSize": 2 }',
      // A name that only contains a skipped one is a project folder.
      "testing-tools/.mcp.json": mcpServers(["tools"]),
    });
    await git(dir);
    expect(await listHostFiles(dir)).toEqual({
      files: [".mcp.json", "packages/api/.mcp.json", "testing-tools/.mcp.json"],
      skipped: [
        "fixtures/hosts/claude-code/.mcp.json",
        "node_modules/some-server/.mcp.json",
        "packages/api/tests/.cursor/mcp.json",
        "src/__fixtures__/.mcp.json",
      ],
    });
    const discovery = await discoverConfig(dir, { env: {} });
    expect(discovery?.config.servers.map((s) => s.id)).toEqual([
      "claude-code.docs",
      "packages-api.claude-code.api",
      "testing-tools.claude-code.tools",
    ]);
    expect(discovery?.config.notices).toContain(
      "host files below test, fixture or vendored folders were not scanned: fixtures/hosts/claude-code/.mcp.json, " +
        "node_modules/some-server/.mcp.json, packages/api/tests/.cursor/mcp.json, src/__fixtures__/.mcp.json",
    );
  });

  it("in this repository, finds no host file of its own: every one is a fixture", async () => {
    const { files, skipped } = await listHostFiles(ROOT);
    expect(files).toEqual([]);
    expect(skipped).toContain("fixtures/hosts/claude-code/.mcp.json");
  });

  it("scan in a repository whose only host files are fixtures says so and how to scan one", async () => {
    const dir = await project({
      "fixtures/hosts/.mcp.json": mcpServers(["fixture"]),
      "test/data/.vscode/mcp.json": JSON.stringify({ servers: { github: server } }),
    });
    await git(dir);
    const run = await runCli(["scan"], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      "the only MCP host files found are below test, fixture or vendored folders (fixtures, __fixtures__, test, tests, __tests__, " +
        "testdata, node_modules, vendor), which discovery skips: fixtures/hosts/.mcp.json, test/data/.vscode/mcp.json; " +
        "pass --config FILE to scan one of them, or list them under include: in mcp-drift.yml",
    );
  });
});

describe("include:", () => {
  it("namespaces servers by host and folder; one host's files in one folder share a namespace", async () => {
    const dir = await project({
      "mcp-drift.yml": [
        "version: 1",
        "timeout: 5s",
        "include:",
        "  - .vscode/mcp.json",
        "  - .vscode/settings.json",
        "  - packages/API/.mcp.json",
        "servers:",
        "  github:",
        "    command: node",
        "",
      ].join("\n"),
      ".vscode/mcp.json": JSON.stringify({ servers: { github: server } }),
      ".vscode/settings.json": JSON.stringify({ "editor.tabSize": 2, mcp: { servers: { "Team Notes": server } } }),
      "packages/API/.mcp.json": mcpServers(["docs"]),
    });
    const config = await loadConfig(join(dir, "mcp-drift.yml"), { env: {} });
    expect(config.servers.map((s) => s.id)).toEqual(["github", "vscode.github", "vscode.team-notes", "packages-api.claude-code.docs"]);
    // The including config's limits reach the included servers; stdio servers start in the host's workspace.
    expect(config.servers.map((s) => s.timeoutMs)).toEqual([5000, 5000, 5000, 5000]);
    expect(config.servers.find((s) => s.id === "packages-api.claude-code.docs")!.cwd).toBe(join(dir, "packages/API"));
  });

  it("refuses an id two sources would share, naming the entry, both owners and the place", async () => {
    const dir = await project({
      "mcp-drift.yml": [
        "version: 1",
        "include:",
        "  - .mcp.json",
        "  - .vscode/mcp.json",
        "  - .vscode/settings.json",
        "servers:",
        "  claude-code.docs:",
        "    command: node",
        "",
      ].join("\n"),
      ".mcp.json": mcpServers(["docs"]),
      ".vscode/mcp.json": JSON.stringify({ servers: { docs: server } }),
      ".vscode/settings.json": JSON.stringify({ mcp: { servers: { Docs: server } } }),
    });
    const error = await loadConfig(join(dir, "mcp-drift.yml"), { env: {} }).catch((caught: Error) => caught);
    expect((error as Error).message.replaceAll(`${dir}/`, "").split("\n")).toEqual([
      'mcp-drift.yml:3:5: include[0]: .mcp.json: server id "claude-code.docs" is also under servers:; rename one',
      'mcp-drift.yml:5:5: include[2]: .vscode/settings.json: server id "vscode.docs" is also a server of .vscode/mcp.json; rename one',
    ]);
  });

  it("needs servers, include, or both", async () => {
    const dir = await project({ "mcp-drift.yml": "version: 1\nfailOn: high\n" });
    await expect(loadConfig(join(dir, "mcp-drift.yml"), { env: {} })).rejects.toThrow(
      /mcp-drift\.yml:1:1: missing required key "servers" \(or "include", a list of host files\)$/,
    );
  });

  it("names an ignore's server among the included ids", async () => {
    const dir = await project({
      "mcp-drift.yml":
        "version: 1\ninclude: [.mcp.json]\nignore:\n  - rule: tool-added\n    server: claude-code.doc\n    reason: a known tool\n",
      ".mcp.json": mcpServers(["docs"]),
    });
    await expect(loadConfig(join(dir, "mcp-drift.yml"), { env: {} })).rejects.toThrow(
      /mcp-drift\.yml:5:13: ignore\[0\]\.server: unknown server "claude-code\.doc" \(did you mean "claude-code\.docs"\?\)/,
    );
  });
});
