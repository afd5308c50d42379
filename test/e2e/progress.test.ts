/**
 * Progress on standard error, through the real command line (the build, as `npm test` makes
 * it): on a pseudo-terminal a live line per server that is redrawn in place, elsewhere (CI)
 * one line per server as it finishes, nothing with --quiet; a timeout names its phase; and
 * nothing a server names or says can drive the terminal.
 */
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { spawn as spawnOnTerminal } from "@lydell/node-pty";
import { describe, expect, it } from "vitest";
import type { ProgressEvent } from "../../src/connect/progress.js";
import { progressRenderer } from "../../src/report/progress.js";
import { until } from "../helpers/processes.js";
import { CATALOG_SERVER, ROOT, tempDir } from "../helpers/paths.js";

const BIN = join(ROOT, "bin/mcp-drift.js");
const BASIC = join(ROOT, "fixtures/catalogs/basic.json");
const STALL_PAGE = join(ROOT, "fixtures/servers/hostile/stall-page.mjs");
/** The last line the runs below write: isolation is off, to keep them fast, and that is said loudly. */
const LAST_LINE = "ran WITHOUT isolation";
const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TERM: "xterm-256color" };

function stdio(id: string, args: string[], ...fields: string[]): string[] {
  const list = args.map((arg) => JSON.stringify(arg)).join(", ");
  return [`  ${id}:`, `    command: ${JSON.stringify(process.execPath)}`, `    args: [${list}]`, ...fields.map((f) => `    ${f}`)];
}

/** Two good servers (one slow, one item a page) and, unless told not, one that never answers its second page. */
async function project({ stall = true } = {}): Promise<string> {
  const dir = await tempDir();
  const lines = [
    "version: 1",
    "isolation: off",
    "servers:",
    ...stdio("quick", [CATALOG_SERVER, BASIC]),
    ...stdio("paged", [CATALOG_SERVER, BASIC, "--page-size", "1", "--delay-ms", "300"]),
    // Long enough that a loaded machine gets through initialize and the first page.
    ...(stall ? stdio("stall", [STALL_PAGE], "timeout: 4s") : []),
  ];
  await writeFile(join(dir, "mcp-drift.yml"), `${lines.join("\n")}\n`);
  return dir;
}

/** Runs the CLI on a pseudo-terminal of 120×30; resolves once it has exited and its last line is read. */
function onTerminal(args: string[], cwd: string): Promise<{ output: string; exitCode: number }> {
  return new Promise((resolve) => {
    const terminal = spawnOnTerminal(process.execPath, [BIN, ...args], { cols: 120, rows: 30, cwd, env });
    let output = "";
    terminal.onData((data) => {
      output += data;
    });
    // The terminal's last data can arrive after the exit.
    terminal.onExit(({ exitCode }) => void until(() => output.includes(LAST_LINE)).then(() => resolve({ output, exitCode })));
  });
}

function piped(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code }));
  });
}

const FINISHED = {
  quick: /^scanned quick in \d+\.\ds: 3 tools, 2 resources, 1 resource template, 2 prompts$/,
  paged: /^scanned paged in \d+\.\ds: 3 tools, 2 resources, 1 resource template, 2 prompts$/,
  stall: /^failed stall after \d+\.\ds: timed out after 4s during tools\/list page 2$/,
};

describe("progress of a scan", () => {
  it("on a terminal: a live line per server, redrawn in place, and a line that stays as each finishes", async () => {
    const { output, exitCode } = await onTerminal(["scan", "--format", "json", "--output", "report.json"], await project());
    expect(exitCode).toBe(2);
    // Live lines: the slow server's lists, read at once, one with a later page.
    expect(output).toMatch(/ {2}paged: listing tools[^\r\n]*, prompts[^\r\n]* · \d+\.\ds\r\n/);
    expect(output).toMatch(/ {2}paged: listing [^\r\n]*\(page [23]\)/);
    expect(output).toMatch(/ {2}stall: listing tools \(page 2\)/);
    // Each redraw climbs back over the live lines and clears them.
    expect(output).toMatch(/\x1b\[[1-3]A\r\x1b\[J/);
    // What stays on screen once the live lines are gone: one line per server, as it finished.
    const screen = finalScreen(output);
    for (const [id, line] of Object.entries(FINISHED))
      expect(
        screen.filter((l) => line.test(l)),
        id,
      ).toHaveLength(1);
    expect(screen.filter((l) => l.startsWith("  "))).toEqual([]);
  });

  it("in CI (no terminal): one line per server as it finishes, on standard error, and a timeout that names its page", async () => {
    const dir = await project();
    const run = await piped(["scan", "--format", "json"], dir);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n").filter((line) => line !== "" && !line.includes(LAST_LINE));
    expect(lines).toHaveLength(3);
    for (const [id, line] of Object.entries(FINISHED))
      expect(
        lines.filter((l) => line.test(l)),
        id,
      ).toHaveLength(1);
    expect(run.stderr).not.toContain("\x1b");
    const report = JSON.parse(run.stdout) as { servers: { id: string; error?: { message: string } }[] };
    expect(report.servers.find((s) => s.id === "stall")?.error?.message).toBe("stall: timed out after 4s during tools/list page 2");
  });

  it("--quiet: none, on a terminal or not", async () => {
    const dir = await project({ stall: false });
    const run = await piped(["scan", "--quiet", "--format", "json"], dir);
    expect(run.stderr.split("\n").filter((line) => line !== "" && !line.includes(LAST_LINE))).toEqual([]);
    const terminal = await onTerminal(["scan", "-q", "--format", "json", "--output", "report.json"], dir);
    expect(terminal.output).not.toMatch(/scanned|failed|listing/);
  });
});

describe("the renderer and untrusted text", () => {
  const hostile = "evil\x1b[2J\x1b]8;;https://attacker.example\x07link\u202e";
  const events: ProgressEvent[] = [
    { server: hostile, phase: "starting" },
    { server: hostile, phase: "listing", list: "tools", page: 2 },
    { server: hostile, phase: "failed", message: `${hostile}: exited\x1b[31m red\r\nforged line` },
  ];

  it("escapes server ids and messages: no escape sequence, carriage return or newline of theirs reaches the output", () => {
    let ci = "";
    const toLog = progressRenderer({ write: (text) => void (ci += text) });
    for (const event of events) toLog(event);
    expect(ci).not.toMatch(/[\x1b\x07\r\u202e]/);
    expect(ci.split("\n")).toEqual([expect.stringMatching(/^failed evil\\x1b\[2J.* red\\r\\nforged line$/), ""]);

    let live = "";
    const toTerminal = progressRenderer({ write: (text) => void (live += text), columns: 200, rows: 30 });
    for (const event of events) toTerminal(event);
    // Our own cursor moves are the only escapes: up N lines, then clear to the end of the screen.
    expect(live.replaceAll(/\x1b\[\d+A\r\x1b\[J/g, "")).not.toMatch(/[\x1b\x07\r\u202e]/);
  });

  it("keeps the live lines within the terminal's height and width", async () => {
    let live = "";
    const draw = progressRenderer({ write: (text) => void (live += text), columns: 40, rows: 6 });
    for (let i = 0; i < 10; i++) draw({ server: `server-${i}-with-a-rather-long-name`, phase: "listing", list: "tools", page: 3 });
    // Redraws are coalesced; the first one comes once the event burst is over.
    expect(await until(() => live.includes("more"))).toBe(true);
    const lines = live.split("\n").slice(0, -1);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe("  … and 7 more");
    for (const line of lines) expect([...line].length).toBeLessThan(40);
    for (let i = 0; i < 10; i++) draw({ server: `server-${i}-with-a-rather-long-name`, phase: "done", items: {} });
  });
});

/**
 * The lines a terminal shows at the end: each redraw (`ESC[nA`, `\r`, `ESC[J`) takes back the
 * n lines before it. Good enough for this output, which moves the cursor in no other way.
 */
function finalScreen(output: string): string[] {
  const screen: string[] = [];
  for (const piece of output.split(/(\x1b\[\d+A\r\x1b\[J)/)) {
    const up = /^\x1b\[(\d+)A\r\x1b\[J$/.exec(piece);
    if (up) screen.splice(screen.length - Number(up[1]));
    else screen.push(...piece.split("\r\n").filter((line, index, all) => index < all.length - 1 || line !== ""));
  }
  return screen;
}
