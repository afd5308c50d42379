/**
 * `mcp-drift init` and discovery end to end: a fresh git repository with three host files of
 * three formats, each starting a real fixture server over stdio.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configText, pullRequestWorkflow, scheduleWorkflow } from "../../src/init-templates.js";
import type { Report } from "../../src/model.js";
import { renderText } from "../../src/report/text.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { CATALOG_SERVER, ROOT, tempDir } from "../helpers/paths.js";

const BASIC = join(ROOT, "fixtures/catalogs/basic.json");
const env = { PATH: process.env.PATH };
const stdio = { command: process.execPath, args: [CATALOG_SERVER, BASIC] };

/** A repository as a team has it: Claude Code's, VS Code's (with a comment) and Cursor's files. */
async function repository(): Promise<string> {
  const dir = await tempDir("mcp-drift-init-");
  await promisify(execFile)("git", ["init", "-q"], { cwd: dir });
  await mkdir(join(dir, ".vscode"));
  await mkdir(join(dir, ".cursor"));
  await writeFile(join(dir, ".mcp.json"), JSON.stringify({ mcpServers: { docs: stdio } }, null, 2));
  const vscode = `{\n  // the team's GitHub server\n  "servers": { "github": ${JSON.stringify({ type: "stdio", ...stdio })} }\n}\n`;
  await writeFile(join(dir, ".vscode/mcp.json"), vscode);
  await writeFile(join(dir, ".cursor/mcp.json"), JSON.stringify({ mcpServers: { "Team Notes": stdio } }, null, 2));
  return dir;
}

/** In the order of their files' paths. */
const IDS = ["cursor.team-notes", "claude-code.docs", "vscode.github"];

describe("mcp-drift init", () => {
  it("writes the config, two least-privilege workflows and the baselines; the next scan passes", async () => {
    const dir = await repository();
    const run = await runCli(["init"], { cwd: dir, env });
    expect(run.code, run.stderr).toBe(0);

    const config = parse(await readFile(join(dir, "mcp-drift.yml"), "utf8")) as Record<string, unknown>;
    expect(config).toEqual({
      version: 1,
      snapshots: "snapshots",
      failOn: "high",
      include: [".cursor/mcp.json", ".mcp.json", ".vscode/mcp.json"],
    });

    const pullRequests = parse(await readFile(join(dir, ".github/workflows/mcp-drift.yml"), "utf8"));
    expect(Object.keys(pullRequests.on)).toEqual(["pull_request"]);
    expect(pullRequests.permissions).toEqual({});
    const check = pullRequests.jobs.check;
    expect(check.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    const checkAction = check.steps.find((step: { uses: string }) => !step.uses.startsWith("actions/"));
    expect(checkAction.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    expect(checkAction.with).toEqual({ mode: "check" });

    const schedule = parse(await readFile(join(dir, ".github/workflows/mcp-drift-schedule.yml"), "utf8"));
    expect(schedule.on.schedule).toEqual([{ cron: "17 6 * * 1" }]);
    expect(Object.keys(schedule.on)).toEqual(["schedule", "workflow_dispatch"]);
    expect(schedule.permissions).toEqual({});
    const update = schedule.jobs["update-baselines"];
    expect(update.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    const updateAction = update.steps.find((step: { uses: string }) => !step.uses.startsWith("actions/"));
    expect(updateAction.with).toEqual({ mode: "update-pr" });
    // What the workflows pass is what the Action takes: its inputs, and the modes it names.
    const action = parse(await readFile(join(ROOT, "action.yml"), "utf8"));
    for (const step of [checkAction, updateAction])
      expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(Object.keys(step.with)));
    for (const mode of ["check", "update-pr"]) expect(action.inputs.mode.description).toContain(`${mode} (`);

    expect((await readdir(join(dir, "snapshots"))).sort()).toEqual(IDS.map((id) => `${id}.json`).sort());
    expect(run.stdout).toContain("Next steps:");
    expect(run.stdout).toContain(
      "git add mcp-drift.yml .github/workflows/mcp-drift.yml .github/workflows/mcp-drift-schedule.yml snapshots",
    );

    const again = await runCli(["scan", "--format", "json"], { cwd: dir, env });
    expect(again.code, again.stderr).toBe(0);
    expect(parseReport(again).servers.map((server) => [server.id, server.status])).toEqual(IDS.map((id) => [id, "unchanged"]));

    // A second init replaces nothing without --force, and says which files are in the way.
    const refused = await runCli(["init"], { cwd: dir, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "init would replace mcp-drift.yml, .github/workflows/mcp-drift.yml, .github/workflows/mcp-drift-schedule.yml",
    );
  });

  it("exits 2 and names the files it looked for when there is no host file", async () => {
    const dir = await tempDir("mcp-drift-init-");
    await writeFile(join(dir, "package.json"), "{}");
    const run = await runCli(["init"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no MCP host file in .* \(looked for .*\.mcp\.json.*\.vscode\/mcp\.json/);
    expect(await readdir(dir)).toEqual(["package.json"]);
  });
});

/** The fixture server written as each host writes it, in its own syntax. */
const EVERY_HOST: Record<string, string> = {
  ".mcp.json": JSON.stringify({ mcpServers: { catalog: stdio } }),
  ".codex/config.toml": `[mcp_servers.catalog]\ncommand = ${JSON.stringify(stdio.command)}\nargs = ${JSON.stringify(stdio.args)}\n`,
  ".continue/mcpServers/catalog.yaml": `name: Catalog\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: catalog\n    command: ${JSON.stringify(stdio.command)}\n    args: ${JSON.stringify(stdio.args)}\n`,
  ".cursor/mcp.json": JSON.stringify({ mcpServers: { catalog: stdio } }),
  ".gemini/settings.json": JSON.stringify({ theme: "Default", mcpServers: { catalog: stdio } }),
  "opencode.jsonc": `{\n  // opencode's local server: the command and its arguments in one list\n  "mcp": { "catalog": ${JSON.stringify({ type: "local", command: [stdio.command, ...stdio.args] })} }\n}\n`,
  ".vscode/mcp.json": `{\n  // JSONC\n  "servers": { "catalog": ${JSON.stringify({ type: "stdio", ...stdio })} }\n}\n`,
  ".zed/settings.json": JSON.stringify({ context_servers: { catalog: stdio } }),
  // Hosts that read no project file, kept in the repository under their own file's name.
  "claude_desktop_config.json": JSON.stringify({ mcpServers: { catalog: stdio } }),
  ".codeium/windsurf/mcp_config.json": JSON.stringify({ mcpServers: { catalog: stdio } }),
};

describe("discovery without mcp-drift.yml", () => {
  it("scans every host's file in one run, namespaced by file, says which it read and how to accept", async () => {
    const dir = await tempDir("mcp-drift-init-");
    for (const [file, text] of Object.entries(EVERY_HOST)) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    const run = await runCli(["scan", "--json", "report.json"], { cwd: dir, env });
    expect(run.code, run.stderr).toBe(0);
    // In the order of their files' paths.
    const ids = ["windsurf", "codex", "continue", "cursor", "gemini", "claude-code", "vscode", "zed", "claude-desktop", "opencode"].map(
      (host) => `${host}.catalog`,
    );
    const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as Report;
    expect(report.servers.map((server) => [server.id, server.status])).toEqual(ids.map((id) => [id, "new"]));
    expect(run.stderr).toContain(
      "scanning the host files found: .codeium/windsurf/mcp_config.json (Windsurf: windsurf.catalog), .codex/config.toml (Codex: codex.catalog), " +
        ".continue/mcpServers/catalog.yaml (Continue: continue.catalog), .cursor/mcp.json (Cursor: cursor.catalog), " +
        ".gemini/settings.json (Gemini CLI: gemini.catalog), .mcp.json (Claude Code: claude-code.catalog), .vscode/mcp.json (VS Code: vscode.catalog), " +
        ".zed/settings.json (Zed: zed.catalog), claude_desktop_config.json (Claude Desktop: claude-desktop.catalog), opencode.jsonc (opencode: opencode.catalog)",
    );
    // The first scan is short (no catalog listed as added) and ends with the way to accept it.
    expect(run.stdout).not.toContain("+ tool search");
    expect(run.stdout).toContain("--verbose shows everything");
    expect(run.stdout).toContain(`first scan: 10 servers have no baseline yet (${ids.join(", ")}).`);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "If what they list is what you expect, accept it as the baseline: mcp-drift update",
    );
    // --verbose shows the same first scan in full.
    expect(renderText(report, { color: false, verbose: true })).toContain("+ tool search");
  });

  it("ignores a settings file without servers and finds host files in subfolders", async () => {
    const dir = await repository();
    await writeFile(join(dir, ".vscode/settings.json"), '{ "editor.tabSize": 2, }\n');
    await mkdir(join(dir, "packages/api"), { recursive: true });
    await writeFile(join(dir, "packages/api/.mcp.json"), JSON.stringify({ mcpServers: { docs: stdio } }));
    const run = await runCli(["scan", "--format", "json", "--server", "packages-api.claude-code.docs"], { cwd: dir, env });
    expect(run.code, run.stderr).toBe(0);
    expect(parseReport(run).servers.map((server) => server.id)).toEqual(["packages-api.claude-code.docs"]);
    expect(run.stderr).not.toContain("settings.json");
  });

  it("says what to do when there is neither a config nor a host file", async () => {
    const dir = await tempDir("mcp-drift-init-");
    const run = await runCli(["scan"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /no mcp-drift\.yml or mcp-drift\.yaml and no MCP host file \(.*\) in .*; pass --config FILE, or run "mcp-drift init"/,
    );
  });
});

describe("include: and --snapshots", () => {
  it("keeps host files' servers, its own, rules and ignores in one config; --snapshots moves the baselines for one run", async () => {
    const dir = await repository();
    const own = `  own:\n    command: ${JSON.stringify(process.execPath)}\n    args: ${JSON.stringify([CATALOG_SERVER, BASIC])}\n`;
    const config = [
      "version: 1",
      "snapshots: baselines",
      "include:",
      "  - .vscode/mcp.json",
      "  - .mcp.json",
      "servers:",
      own,
      "rules:",
      "  baseline-missing: off",
      "ignore:",
      "  - rule: high-impact-capability-added",
      "    server: vscode.github",
      "    reason: the fixture deletes nothing real",
      "",
    ].join("\n");
    await writeFile(join(dir, "mcp-drift.yml"), config);
    const run = await runCli(["update", "--snapshots", "elsewhere", "--format", "json"], { cwd: dir, env });
    expect(run.code, run.stderr).toBe(0);
    const report = parseReport(run);
    expect(report.servers.map((server) => server.id)).toEqual(["own", "vscode.github", "claude-code.docs"]);
    expect(report.servers.flatMap((server) => server.findings).some((finding) => finding.rule === "baseline-missing")).toBe(false);
    const ignored = report.servers.find((server) => server.id === "vscode.github")!.findings.filter((finding) => finding.ignored);
    expect(ignored.map((finding) => finding.rule)).toEqual(["high-impact-capability-added"]);
    expect((await readdir(join(dir, "elsewhere"))).sort()).toEqual(["claude-code.docs.json", "own.json", "vscode.github.json"]);
    await expect(readdir(join(dir, "baselines"))).rejects.toThrow();
  });

  it("names the file, line and column of a bad include entry", async () => {
    const dir = await repository();
    await writeFile(join(dir, "mcp-drift.yml"), "version: 1\ninclude:\n  - .mcp.json\n  - /etc/passwd\n  - .mcp.json\n");
    const invalid = await runCli(["scan"], { cwd: dir, env });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/mcp-drift\.yml:4:5: include\[1\]: expected a host file's path relative to this file/);
    expect(invalid.stderr).toContain("mcp-drift.yml:5:5: include[2]: listed twice");

    await writeFile(join(dir, "mcp-drift.yml"), "version: 1\ninclude:\n  - .mcp.json\n  - missing/mcp.json\n  - mcp-drift.yml\n");
    const missing = await runCli(["scan"], { cwd: dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("mcp-drift.yml:4:5: include[1]: missing/mcp.json: no such file");
    expect(missing.stderr).toContain("mcp-drift.yml:5:5: include[2]: mcp-drift.yml: is an mcp-drift config; include: lists host files");
  });
});

describe("init's files", () => {
  const options = {
    // Plain, each would read back as a number, a null, a date or a boolean under YAML 1.2 or 1.1.
    hostFiles: [".mcp.json", "packages/on: yes/.mcp.json", "true", "1e3", "0x1F", ".inf", "1_000", "2024-01-01", "y"],
    snapshots: "mcp baselines",
    action: "example/mcp-drift@v1",
    workingDirectory: "tools/agents",
  };

  it("read back as what they were made from, odd names included", () => {
    for (const version of ["1.2", "1.1"] as const) {
      expect(parse(configText(options), { version })).toEqual({
        version: 1,
        snapshots: "mcp baselines",
        failOn: "high",
        include: options.hostFiles,
      });
    }
    for (const workflow of [pullRequestWorkflow(options), scheduleWorkflow(options)]) {
      const steps = Object.values(parse(workflow).jobs as Record<string, { steps: { uses: string; with?: Record<string, string> }[] }>)[0]!
        .steps;
      expect(steps.find((step) => step.uses === options.action)!.with!["working-directory"]).toBe("tools/agents");
    }
  });
});
