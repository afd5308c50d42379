/**
 * The command line against real fixture servers: commands, options, exit codes and what
 * lands on disk.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/model.js";
import { REDACTED } from "../../src/secrets.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { CATALOG_SERVER, ROOT, tempDir } from "../helpers/paths.js";
import { startHttpFixture, type HttpFixture } from "../helpers/servers.js";

const BASIC = join(ROOT, "fixtures/catalogs/basic.json");
const env = { PATH: process.env.PATH };

function stdioEntry(id: string, catalog: string, extra: string[] = []): string {
  const args = [CATALOG_SERVER, catalog, ...extra].map((a) => JSON.stringify(a)).join(", ");
  return `  ${id}:\n    command: ${JSON.stringify(process.execPath)}\n    args: [${args}]\n    timeout: 10s\n`;
}

async function project(servers: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, "mcp-drift.yml"), `version: 1\nfailOn: high\nservers:\n${servers}`);
  return dir;
}

describe("update and scan", () => {
  it("keeps unknown fields and made-up annotations in the snapshot", async () => {
    const dir = await project(stdioEntry("basic", BASIC));
    expect((await runCli(["update"], { cwd: dir, env })).code).toBe(0);
    const snapshot = JSON.parse(await readFile(join(dir, "snapshots/basic.json"), "utf8")) as Snapshot;
    const search = snapshot.tools!.find((t) => t.name === "search")!;
    expect(search["x-vendor-rank"]).toBe(7);
    expect(search.annotations).toEqual({ readOnlyHint: true, openWorldHint: false, "x-audited": "2026-01-15" });
    expect(search._meta).toEqual({ "example.com/owner": "search-team" });
    expect(snapshot.resources!.find((r) => r.uri === "docs://readme")!["x-size-hint"]).toBe(1024);
    expect((snapshot.initialize.serverInfo as Record<string, unknown>)["x-build"]).toBe("abc123");
  });

  it("writes byte-identical snapshots whatever order and pages the server lists items in", async () => {
    const plain = await project(stdioEntry("basic", BASIC));
    const shuffled = await project(stdioEntry("basic", BASIC, ["--reverse", "--page-size", "1"]));
    for (const dir of [plain, shuffled, plain]) expect((await runCli(["update"], { cwd: dir, env })).code).toBe(0);
    const bytes = await readFile(join(plain, "snapshots/basic.json"), "utf8");
    expect(await readFile(join(shuffled, "snapshots/basic.json"), "utf8")).toBe(bytes);
    expect(bytes.endsWith("}\n")).toBe(true);
    // Scanning the reversed, paged server against the plain baseline finds nothing.
    await writeFile(join(shuffled, "snapshots/basic.json"), bytes);
    const report = parseReport(await runCli(["scan", "-f", "json"], { cwd: shuffled, env }));
    expect(report.servers[0]).toMatchObject({ id: "basic", status: "unchanged", changes: [], findings: [] });
  });

  it("scans only the servers asked for, in config order, and rejects an unknown id", async () => {
    const dir = await project(stdioEntry("b", BASIC) + stdioEntry("a", BASIC) + stdioEntry("c", BASIC));
    const report = parseReport(await runCli(["scan", "-f", "json", "-s", "c", "-s", "b"], { cwd: dir, env }));
    expect(report.servers.map((s) => s.id)).toEqual(["b", "c"]);
    const unknown = await runCli(["scan", "-s", "nope"], { cwd: dir, env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no server "nope"');
  });

  it("says in the report's notices what a server sent that the snapshot leaves out", async () => {
    const dir = await project(stdioEntry("broken-items", join(ROOT, "fixtures/catalogs/malformed.json")) + stdioEntry("basic", BASIC));
    const report = parseReport(await runCli(["scan", "-f", "json"], { cwd: dir, env }));
    expect(report.servers.map((s) => [s.id, s.status])).toEqual([
      ["broken-items", "new"],
      ["basic", "new"],
    ]);
    expect(report.notices).toEqual(["broken-items: tools/list page 1: 4 item(s) that are not JSON objects left out"]);
  });

  it("scans a server that announces prompts it does not implement, with a notice and exit 0", async () => {
    const dir = await project(stdioEntry("no-prompts", BASIC, ["--unimplemented", "prompts/list"]));
    const run = await runCli(["update", "--json", "r.json"], { cwd: dir, env });
    const report = JSON.parse(await readFile(join(dir, "r.json"), "utf8"));
    expect([run.code, report.servers[0].status]).toEqual([0, "new"]);
    expect(report.notices).toEqual([
      "no-prompts: prompts/list is not implemented although the server announces prompts; its prompts are left out (read as none)",
    ]);
    const snapshot = JSON.parse(await readFile(join(dir, "snapshots/no-prompts.json"), "utf8")) as Snapshot;
    expect(snapshot.tools).toHaveLength(3);
    expect(snapshot).not.toHaveProperty("prompts");
  });

  it("writes extra report files from the same run", async () => {
    const dir = await project(stdioEntry("basic", BASIC));
    const run = await runCli(["scan", "-o", "report.txt", "--json", "r.json", "--markdown", "r.md"], { cwd: dir, env });
    expect(run.stdout).toBe("");
    expect(await readFile(join(dir, "report.txt"), "utf8")).toContain("basic");
    expect(JSON.parse(await readFile(join(dir, "r.json"), "utf8")).servers[0].status).toBe("new");
    expect(await readFile(join(dir, "r.md"), "utf8")).toMatch(/^### .*mcp-drift/);
  });
});

describe("exit codes", () => {
  it("is 1 when a finding reaches failOn, 0 when failOn is above it", async () => {
    const dir = await project(stdioEntry("basic", BASIC));
    // baseline-missing is medium: a first scan fails at failOn medium, not at high.
    expect((await runCli(["scan", "--fail-on", "medium"], { cwd: dir, env })).code).toBe(1);
    expect((await runCli(["scan"], { cwd: dir, env })).code).toBe(0);
  });

  it("is 2 for a server that cannot start, while the others are still scanned", async () => {
    const dir = await project(
      stdioEntry("good", BASIC) +
        `  broken:\n    command: ${JSON.stringify(process.execPath)}\n    args: ["-e", "console.error('cannot open database'); process.exit(3)"]\n`,
    );
    const run = await runCli(["update", "--json", "r.json"], { cwd: dir, env });
    expect(run.code).toBe(2);
    const report = JSON.parse(await readFile(join(dir, "r.json"), "utf8"));
    expect(report.exitCode).toBe(2);
    expect(report.servers[0]).toMatchObject({ id: "good", status: "new" });
    expect(report.servers[1].status).toBe("error");
    expect(report.servers[1].error.message).toContain("cannot open database");
    expect((await readdir(join(dir, "snapshots"))).sort()).toEqual(["good.json"]);
  });

  it("is 2 for a server that answers tools/list with 'method not found'", async () => {
    const dir = await project(stdioEntry("good", BASIC) + stdioEntry("no-tools", BASIC, ["--unimplemented", "tools/list"]));
    const run = await runCli(["update", "--json", "r.json"], { cwd: dir, env });
    const report = JSON.parse(await readFile(join(dir, "r.json"), "utf8"));
    expect([run.code, report.exitCode, report.servers[1].status]).toEqual([2, 2, "error"]);
    expect(report.servers[1].error.message).toMatch(/tools\/list/);
  });

  it("is 2 for a corrupt baseline, which is left untouched", async () => {
    const dir = await project(stdioEntry("basic", BASIC));
    await mkdir(join(dir, "snapshots"));
    const corrupt = '{"format": "mcp-drift/snapshot@1", "server": {"id": "basic"}, "tools": [';
    await writeFile(join(dir, "snapshots/basic.json"), corrupt);
    const run = await runCli(["update", "-f", "json"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(parseReport(run).servers[0]!.error!.message).toContain("basic.json");
    expect(await readFile(join(dir, "snapshots/basic.json"), "utf8")).toBe(corrupt);
  });

  it("is 2 for a bad config, with the file, the place and the expectation", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "mcp-drift.yml"), "version: 1\nfailOn: hgih\nservers:\n  files:\n    cmd: node\n");
    const run = await runCli(["scan"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mcp-drift.yml:2:9: failOn: expected one of critical, high, medium, low, info, never, got "hgih"');
    expect(run.stderr).toMatch(/mcp-drift\.yml:5:5: servers\.files: unknown key "cmd"/);
  });

  it("is 2 for an unset variable, naming it", async () => {
    const dir = await project(
      `  remote:\n    url: https://example.invalid/mcp\n    headers: { Authorization: "Bearer \${MISSING_TOKEN}" }\n`,
    );
    const run = await runCli(["scan"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/servers\.remote\.headers\.Authorization: .*MISSING_TOKEN/);
  });

  it("is 2 for bad arguments", async () => {
    const dir = await tempDir();
    const badFormat = await runCli(["scan", "--format", "xml"], { cwd: dir, env });
    expect(badFormat).toMatchObject({ code: 2, stdout: "" });
    expect(badFormat.stderr).toContain('--format: expected one of text, json, markdown, sarif, got "xml"');
    for (const command of ["frobnicate", "toString", "main"]) {
      expect(await runCli([command], { cwd: dir, env })).toMatchObject({
        code: 2,
        stderr: `mcp-drift: unknown command "${command}" (expected init, scan, update, review, diff, check or merge)\n`,
      });
    }
    const noConfig = await runCli(["scan"], { cwd: dir, env });
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toContain("no mcp-drift.yml or mcp-drift.yaml");
  });

  it("is 2 for a report file it cannot write, naming the file", async () => {
    const dir = await project(stdioEntry("basic", BASIC));
    const run = await runCli(["scan", "--json", "missing/r.json"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("mcp-drift: missing/r.json: cannot write the report (ENOENT)\n");
  });
});

describe("help", () => {
  it.each(["scan", "update", "diff", "check"])("documents %s", async (command) => {
    const run = await runCli([command, "--help"], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: mcp-drift ${command}`));
    expect(run.stdout).toContain("--format");
  });

  it("answers `help <command>` like `<command> --help`", async () => {
    const run = await runCli(["help", "diff"], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await runCli(["diff", "--help"], { cwd: ROOT })).stdout);
  });

  it("lists the commands and exit codes", async () => {
    const run = await runCli(["--help"], { cwd: ROOT });
    expect(run.stdout).toContain("update");
    expect(run.stdout).toMatch(/Exit codes: 0 .* 1 .* 2/);
  });

  it("prints the package version", async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"])
      expect(await runCli([flag], { cwd: ROOT })).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("shows the overview for --help on anything that is not a command", async () => {
    const overview = (await runCli(["--help"], { cwd: ROOT })).stdout;
    for (const name of ["frobnicate", "toString"])
      expect(await runCli([name, "--help"], { cwd: ROOT })).toMatchObject({ code: 0, stdout: overview });
  });
});

describe("offline diff and check", () => {
  it("diffs a snapshot against a raw tools/list dump", async () => {
    const dir = await tempDir();
    const base = JSON.parse(await readFile(join(ROOT, "snapshots/notes.json"), "utf8")) as Snapshot;
    await writeFile(join(dir, "old.json"), JSON.stringify(base));
    const catalog = JSON.parse(await readFile(join(ROOT, "fixtures/demo/notes.json"), "utf8"));
    await writeFile(join(dir, "new.json"), JSON.stringify({ jsonrpc: "2.0", id: 2, result: { tools: catalog.tools } }));
    const report = parseReport(await runCli(["diff", "old.json", "new.json", "-f", "json"], { cwd: dir }));
    const changes = report.servers[0]!.changes.filter((c) => c.entity === "tool").map((c) => `${c.kind} ${c.path}`);
    expect(changes).toEqual(["changed tools/search_notes/description", "added tools/update_note"]);
  });

  it("checks one catalog as a first scan", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "tools.json"), JSON.stringify({ tools: [{ name: "ping", inputSchema: { type: "object" } }] }));
    const report = parseReport(await runCli(["check", "tools.json", "-f", "json"], { cwd: dir }));
    expect(report.servers[0]).toMatchObject({ id: "tools", status: "new" });
    expect(report.servers[0]!.findings.map((f) => f.rule)).toContain("baseline-missing");
  });

  it("shows a catalog longer than a screen in short, and in full with --verbose", async () => {
    const dir = await tempDir();
    const tools = Array.from({ length: 50 }, (_, index) => ({ name: `lookup_${index}`, description: "Look a record up." }));
    await writeFile(join(dir, "tools.json"), JSON.stringify({ tools }));
    const short = await runCli(["check", "tools.json"], { cwd: dir });
    const full = await runCli(["check", "tools.json", "--verbose"], { cwd: dir });
    expect(full.code).toBe(short.code);
    expect(short.stdout).toContain("(--verbose shows everything)");
    expect(short.stdout).not.toContain("+ tool lookup_49");
    expect(full.stdout).toContain("+ tool lookup_49");
    expect(full.stdout.split("\n").length).toBeGreaterThan(short.stdout.split("\n").length + 40);
  });

  it("names the file and what was expected for a bad catalog", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "bad.json"), '{"tools": 3}');
    const run = await runCli(["check", "bad.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("bad.json");
  });
});

describe.each([
  // Only the Streamable HTTP client quotes the body of a refusal, where the fixture echoes the header.
  { transport: "streamable-http", mode: "--http", quotesBody: true },
  { transport: "sse", mode: "--sse", quotesBody: false },
] as const)("a remote server over $transport", ({ transport, mode, quotesBody }) => {
  let server: HttpFixture;
  beforeAll(async () => {
    server = await startHttpFixture([BASIC, mode, "--require-header", "Authorization=Bearer s3cret-token"]);
  });
  afterAll(() => {
    server.child.kill();
  });

  it("sends a header from an environment variable, and redacts it where the server echoes it", async () => {
    const entry = `  remote:\n    url: ${server.url}\n    transport: ${transport}\n    headers: { Authorization: "Bearer \${TOKEN}" }\n`;
    const dir = await project(entry);
    const run = await runCli(["update"], { cwd: dir, env: { TOKEN: "s3cret-token" } });
    expect(run.code, run.stderr).toBe(0);
    const bytes = await readFile(join(dir, "snapshots/remote.json"), "utf8");
    expect(JSON.parse(bytes).tools.map((t: { name: string }) => t.name)).toEqual(["delete_document", "fetch", "search"]);

    const refused = parseReport(await runCli(["scan", "-f", "json"], { cwd: dir, env: { TOKEN: "wrong-token" } }));
    expect(refused.exitCode).toBe(2);
    const message = refused.servers[0]!.error!.message;
    expect(message).toMatch(/401/);
    expect(message).not.toContain("wrong-token");
    expect(message.includes(`authorization was "Bearer ${REDACTED}"`)).toBe(quotesBody);
  });
});

it("runs a stdio server in the config file's folder", async () => {
  const dir = await project(`  local:\n    command: ./server.sh\n`);
  await writeFile(
    join(dir, "server.sh"),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CATALOG_SERVER)} ${JSON.stringify(BASIC)}\n`,
  );
  await chmod(join(dir, "server.sh"), 0o755);
  const run = await runCli(["scan", "-c", join(dir, "mcp-drift.yml"), "-f", "json"], { cwd: ROOT, env });
  expect(parseReport(run).servers[0]!.status).toBe("new");
});

describe("review", () => {
  const git = async (cwd: string, ...args: string[]) => {
    const identity = {
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    };
    return (await promisify(execFile)("git", args, { cwd, env: { ...env, ...identity, HOME: cwd } })).stdout.trim();
  };

  it("judges what a commit changes against --base, and names the command that makes a stale baseline true", async () => {
    const catalog = JSON.parse(await readFile(BASIC, "utf8")) as { tools: object[] };
    const dir = await project(stdioEntry("basic", "catalog.json"));
    await writeFile(join(dir, "catalog.json"), JSON.stringify(catalog));
    expect((await runCli(["update"], { cwd: dir, env })).code).toBe(0);
    await git(dir, "init", "--quiet", "--initial-branch", "main");
    await git(dir, "add", "--all");
    await git(dir, "commit", "--quiet", "-m", "base");

    // The change: the server gains a tool that deletes, and its new snapshot is accepted.
    catalog.tools.push({ name: "purge_records", description: "Delete every record.", inputSchema: { type: "object" } });
    await writeFile(join(dir, "catalog.json"), JSON.stringify(catalog));
    expect((await runCli(["update"], { cwd: dir, env })).code).toBe(0);
    const offline = await runCli(["review", "--base", "main", "--offline", "--format", "markdown"], { cwd: dir, env });
    expect(offline.code, offline.stderr).toBe(1);
    expect(offline.stdout).toContain("purge&#95;records");
    expect(offline.stdout).toContain("Not checked: the review ran offline");
    const json = JSON.parse((await runCli(["review", "--base", "main", "--format", "json"], { cwd: dir, env })).stdout) as {
      format: string;
      exitCode: number;
      stale?: unknown;
    };
    expect(json).toMatchObject({ format: "mcp-drift/review@1", exitCode: 1 });
    expect(json.stale).toBeUndefined();

    // Committed; then the server changes again without a new snapshot: the committed baseline is stale.
    await git(dir, "commit", "--quiet", "-am", "purge");
    catalog.tools.pop();
    await writeFile(join(dir, "catalog.json"), JSON.stringify(catalog));
    const stale = await runCli(["review", "--base", "HEAD"], { cwd: dir, env });
    expect(stale.code, stale.stderr).toBe(1);
    expect(stale.stdout).toContain("npx mcp-drift update --server basic");
  });

  it("is 2 without --base, or with a base git does not have", async () => {
    const dir = await project(stdioEntry("basic", BASIC));
    expect((await runCli(["review"], { cwd: dir, env })).stderr).toContain("review needs --base REF");
    await git(dir, "init", "--quiet");
    const missing = await runCli(["review", "--base", "no-such-branch"], { cwd: dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--base no-such-branch: no such commit");
  });
});
