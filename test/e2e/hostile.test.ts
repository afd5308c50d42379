/**
 * Hostile servers through the whole command line: a bad server ends as an error with a
 * useful message while the others finish, the exit code is 2, no process outlives the scan,
 * no secret leaks, and no baseline is left half-written. The tests that run the CLI as a
 * real process (signals, concurrent writers, file permissions) use the build, like
 * demo.test.ts: `npm test` builds first.
 */
import { spawn } from "node:child_process";
import { chmod, readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Report, Snapshot } from "../../src/model.js";
import { REDACTED } from "../../src/secrets.js";
import { snapshotText } from "../../src/snapshot/store.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { HOSTILE_STDIO, newPidFile, readPids, startHostileHttp, survivors, type HostileHttp, type HttpMode } from "../connect/hostile.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { until } from "../helpers/processes.js";
import { CATALOG_SERVER, ROOT, tempDir } from "../helpers/paths.js";

const BIN = join(ROOT, "bin/mcp-drift.js");
const BASIC = join(ROOT, "fixtures/catalogs/basic.json");
const ENV_ECHO = join(ROOT, "fixtures/servers/env-echo-server.mjs");
const DUPLICATES = join(ROOT, "fixtures/servers/hostile/duplicates.json");
const DUPLICATES_CHANGED = join(ROOT, "fixtures/servers/hostile/duplicates-changed.json");
const env = { PATH: process.env.PATH };

/** One server entry of mcp-drift.yml; `fields` are further YAML lines such as `timeout: 2s`. */
function stdio(id: string, args: string[], ...fields: string[]): string {
  const list = args.map((arg) => JSON.stringify(arg)).join(", ");
  return [`  ${id}:`, `    command: ${JSON.stringify(process.execPath)}`, `    args: [${list}]`, ...fields.map((f) => `    ${f}`), ""].join(
    "\n",
  );
}

function remote(id: string, url: string, ...fields: string[]): string {
  return [`  ${id}:`, `    url: ${url}`, ...fields.map((f) => `    ${f}`), ""].join("\n");
}

async function project(servers: string, top: string[] = []): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, "mcp-drift.yml"), ["version: 1", "failOn: high", ...top, "servers:", servers].join("\n"));
  return dir;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, "utf8")) as T;
}

function errorOf(report: Report, id: string): string {
  const server = report.servers.find((s) => s.id === id);
  expect(server?.status, id).toBe("error");
  return server!.error!.message;
}

describe("a scan of one good server among every hostile one", () => {
  const http = new Map<HttpMode, HostileHttp>();
  beforeAll(async () => {
    for (const mode of ["status-401", "status-500", "redirect-cross-origin", "trickle"] as const) {
      http.set(mode, await startHostileHttp(mode));
    }
  });
  afterAll(() => {
    for (const server of http.values()) server.child.kill();
  });

  // A scan held up past the servers' timeouts (by a grandchild holding a pipe open, say) never
  // ends, and fails on the suite's test timeout.
  it("cuts each bad server off at its bound, reports the good server, keeps the bad ones' baselines and exits 2", async () => {
    const pidFile = await newPidFile();
    const hostile = (id: string, behaviour: string, ...flags: string[]) =>
      stdio(id, [HOSTILE_STDIO, behaviour, "--pid-file", pidFile, ...flags]);
    // Sixteen servers start at once on what may be a loaded two-core runner: the ones that
    // should answer get time to spare; the 2s top-level timeout binds the others.
    const answering = "timeout: 60s";
    const servers = [
      stdio("good", [CATALOG_SERVER, BASIC], answering),
      hostile("silent", "silent"),
      hostile("stall", "stall-tools"),
      hostile("endless", "endless-pages"),
      stdio("repeat", [CATALOG_SERVER, BASIC, "--repeat-cursor"]),
      hostile("huge", "huge-item"),
      stdio("noisy", [HOSTILE_STDIO, "noisy"], answering),
      hostile("crash", "exit-mid-scan"),
      hostile("stubborn", "silent", "--ignore-signals", "--grandchildren"),
      stdio("family", [HOSTILE_STDIO, "noisy", "--pid-file", pidFile, "--ignore-signals", "--grandchildren"], answering),
      stdio("dupes", [CATALOG_SERVER, DUPLICATES], answering),
      stdio("echo", [ENV_ECHO], answering),
      remote("unauthorized", http.get("status-401")!.url),
      remote("failing", http.get("status-500")!.url),
      remote("redirected", http.get("redirect-cross-origin")!.url, "headers: { X-Api-Key: k3y-0123456789 }"),
      remote("trickle", http.get("trickle")!.url),
    ];
    const dir = await project(servers.join(""), ["timeout: 2s", "concurrency: 32"]);
    // Baselines of servers that will fail: they must come out byte for byte the same.
    await mkdir(join(dir, "snapshots"));
    const oldBaselines = new Map<string, string>();
    for (const id of ["silent", "huge", "failing"]) {
      const text = snapshotText(toSnapshot(id, { initialize: { serverInfo: { name: id, version: "0.9" } }, tools: [] }));
      await writeFile(join(dir, "snapshots", `${id}.json`), text);
      oldBaselines.set(id, text);
    }

    const run = await runCli(["update", "--json", "report.json"], { cwd: dir, env });

    expect(run.code).toBe(2);
    const report = await readJson<Report>(join(dir, "report.json"));
    expect(report.exitCode).toBe(2);
    const good = report.servers.find((s) => s.id === "good");
    expect(good?.status, JSON.stringify(good?.error)).toBe("new");
    expect(good?.changes.filter((c) => c.entity === "tool").map((c) => c.name)).toEqual(["delete_document", "fetch", "search"]);

    // Each failure is pinned exactly in test/connect. Here a server may also run out of its 2s
    // before it gets to misbehave, while the runner is busy starting sixteen at once.
    const reasons: Record<string, string> = {
      silent: "timed out after 2s during initialize",
      stall: "timed out after 2s during tools/list",
      endless: "tools/list failed: more than 1000 pages",
      repeat: 'tools/list failed: cursor "same-cursor" repeated on page 2',
      huge: "a message from the server is larger than maxResponseBytes (16 MiB) during tools/list",
      crash: "server exited with code 1 during tools/list: fatal: upstream refused the connection",
      stubborn: "timed out after 2s during initialize",
      unauthorized: "initialize failed: HTTP 401",
      failing: "initialize failed: HTTP 500",
      redirected: "initialize failed: refused a redirect (HTTP 307)",
      trickle: "timed out after 2s during initialize",
    };
    for (const [id, reason] of Object.entries(reasons)) {
      const message = errorOf(report, id);
      // The phase may name a page, or say that the server had sent nothing yet.
      const ranOutOfTime = /^[^:]+: timed out after 2s during (process start|initialize|tools\/list)\b/.test(message);
      expect(message.startsWith(`${id}: ${reason}`) || ranOutOfTime, message).toBe(true);
    }
    for (const id of ["noisy", "family", "dupes", "echo"]) expect(report.servers.find((s) => s.id === id)?.status, id).toBe("new");

    // update wrote the servers that answered, and nothing else; old baselines are untouched.
    const files = (await readdir(join(dir, "snapshots"))).sort();
    expect(files).toEqual([
      "dupes.json",
      "echo.json",
      "failing.json",
      "family.json",
      "good.json",
      "huge.json",
      "noisy.json",
      "silent.json",
    ]);
    for (const [id, text] of oldBaselines) expect(await readFile(join(dir, "snapshots", `${id}.json`), "utf8")).toBe(text);
    expect(run.stderr).toContain("not accepted silent: the scan failed, its baseline is unchanged");

    const pids = await readPids(pidFile);
    // At least family's three; the others record theirs if they got that far in their 2s.
    expect(pids.length).toBeGreaterThanOrEqual(3);
    expect(await survivors(pidFile)).toEqual([]);
  });
});

describe("secrets", () => {
  const GITHUB_TOKEN = "ghp_scannerOwnToken0123456789";
  const MADE_UP = "made-up-secret-7f3e9a";
  const UPSTREAM = "upstream-token-51c2d8";
  afterEach(() => {
    delete process.env.GITHUB_TOKEN;
    delete process.env.MADE_UP_SECRET;
  });

  it("never reach a server unasked, and configured ones are redacted from snapshots, reports and errors", async () => {
    // In the scanner's own environment, as in CI: the in-process CLI's children would inherit it.
    process.env.GITHUB_TOKEN = GITHUB_TOKEN;
    process.env.MADE_UP_SECRET = MADE_UP;
    const pidFile = await newPidFile();
    const dir = await project(
      stdio("echo", [ENV_ECHO], 'env: { API_KEY: "${MADE_UP_SECRET}" }') +
        stdio("crash", [HOSTILE_STDIO, "exit-mid-scan", "--pid-file", pidFile], 'env: { UPSTREAM_TOKEN: "${UPSTREAM}" }'),
    );
    const cliEnv = { ...env, GITHUB_TOKEN, MADE_UP_SECRET: MADE_UP, UPSTREAM };
    const run = await runCli(["update", "--json", "r.json", "--markdown", "r.md"], { cwd: dir, env: cliEnv });
    expect(run.code).toBe(2);

    const snapshotBytes = await readFile(join(dir, "snapshots/echo.json"), "utf8");
    const serverEnv = JSON.parse((JSON.parse(snapshotBytes) as Snapshot).tools![0]!.description as string) as Record<string, string>;
    expect(serverEnv.API_KEY).toBe(REDACTED);
    expect(serverEnv).not.toHaveProperty("GITHUB_TOKEN");
    expect(serverEnv).not.toHaveProperty("MADE_UP_SECRET");

    const report = await readJson<Report>(join(dir, "r.json"));
    expect(errorOf(report, "crash")).toBe(
      `crash: server exited with code 1 during tools/list: fatal: upstream refused the connection (token ${REDACTED})`,
    );
    const outputs = [
      snapshotBytes,
      await readFile(join(dir, "r.json"), "utf8"),
      await readFile(join(dir, "r.md"), "utf8"),
      run.stdout,
      run.stderr,
    ];
    for (const output of outputs) {
      for (const secret of [GITHUB_TOKEN, MADE_UP, UPSTREAM]) expect(output).not.toContain(secret);
    }
  });
});

describe("the run's time bound", () => {
  it("cancels running servers and skips waiting ones once runTimeout passes", async () => {
    const pidFiles = { first: await newPidFile(), second: await newPidFile() };
    const silent = (id: "first" | "second") => stdio(id, [HOSTILE_STDIO, "silent", "--pid-file", pidFiles[id]], "timeout: 30s");
    // The run's clock starts with the scan. Without isolation no sandbox probe runs on it, so
    // the first server is started at once however loaded the machine, and is still running at
    // the deadline; whether it got as far as recording its pid depends on the load.
    const dir = await project(silent("first") + silent("second"), ["runTimeout: 1s", "concurrency: 1", "isolation: off"]);
    const run = await runCli(["scan", "-f", "json"], { cwd: dir, env });
    expect(run.code).toBe(2);
    const report = parseReport(run);
    // Cut off by the run's bound, not by the servers' own 30s.
    expect(errorOf(report, "first")).toBe("first: cancelled during initialize: the run took longer than runTimeout (1s)");
    expect(errorOf(report, "second")).toBe("second: not started: the run took longer than runTimeout (1s)");
    expect(await readPids(pidFiles.second)).toEqual([]);
    expect(await survivors(pidFiles.first)).toEqual([]);
  });
});

describe("duplicate item names", () => {
  it("are both kept in a deterministic order, and pair up in a diff", async () => {
    const dir = await project(stdio("dupes", [CATALOG_SERVER, DUPLICATES]));
    expect((await runCli(["update"], { cwd: dir, env })).code).toBe(0);
    const snapshot = await readJson<Snapshot>(join(dir, "snapshots/dupes.json"));
    expect(snapshot.tools!.map((t) => `${t.name}: ${t.description}`)).toEqual([
      "fetch: Fetch a document by id.",
      "search: Search the documentation.",
      "search: Search the user directory.",
    ]);

    const reversed = await project(stdio("dupes", [CATALOG_SERVER, DUPLICATES, "--reverse"]));
    await mkdir(join(reversed, "snapshots"));
    await writeFile(join(reversed, "snapshots/dupes.json"), await readFile(join(dir, "snapshots/dupes.json")));
    expect(parseReport(await runCli(["scan", "-f", "json"], { cwd: reversed, env })).servers[0]!.status).toBe("unchanged");

    const changed = await project(stdio("dupes", [CATALOG_SERVER, DUPLICATES_CHANGED]));
    await mkdir(join(changed, "snapshots"));
    await writeFile(join(changed, "snapshots/dupes.json"), await readFile(join(dir, "snapshots/dupes.json")));
    const report = parseReport(await runCli(["scan", "-f", "json"], { cwd: changed, env }));
    expect(report.servers[0]!.changes).toEqual([
      {
        kind: "changed",
        entity: "tool",
        name: "search",
        path: "tools/search/description",
        before: "Search the documentation.",
        after: "Search the documentation and the wiki.",
      },
    ]);
  });
});

interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the built CLI as a real process. */
function startBin(args: string[], options: { cwd: string; uid?: number; gid?: number }) {
  const child = spawn(process.execPath, [BIN, ...args], { ...options, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exited>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })));
  return { child, exited };
}

describe("the CLI as a process", () => {
  it.each([
    { signal: "SIGTERM", code: 143 },
    { signal: "SIGINT", code: 130 },
  ] as const)("on $signal kills every server it started, even ones that ignore signals", async ({ signal, code }) => {
    const pidFile = await newPidFile();
    const dir = await project(stdio("stubborn", [HOSTILE_STDIO, "silent", "--pid-file", pidFile, "--ignore-signals", "--grandchildren"]));
    const cli = startBin(["scan"], { cwd: dir });
    expect(await until(async () => (await readPids(pidFile)).length === 3)).toBe(true);
    cli.child.kill(signal);
    expect(await cli.exited).toMatchObject({ code, signal: null });
    expect(await survivors(pidFile)).toEqual([]);
  });

  it("leaves one whole snapshot when two updates write it at once", async () => {
    // Two configs in one folder name the same server; one serves a large catalog, one a small one.
    const dir = await tempDir();
    const config = (args: string[]) => ["version: 1", "servers:", stdio("shared", [CATALOG_SERVER, ...args])].join("\n");
    await writeFile(join(dir, "large.yml"), config(["--generate-tools", "300"]));
    await writeFile(join(dir, "small.yml"), config([BASIC]));
    const whole = new Set<string>();
    for (const file of ["large.yml", "small.yml"]) {
      expect((await runCli(["update", "-c", file], { cwd: dir, env })).code).toBe(0);
      whole.add(await readFile(join(dir, "snapshots/shared.json"), "utf8"));
    }
    const runs = await Promise.all(["large.yml", "small.yml"].map((file) => startBin(["update", "-c", file], { cwd: dir }).exited));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(whole).toContain(await readFile(join(dir, "snapshots/shared.json"), "utf8"));
    expect(await readdir(join(dir, "snapshots"))).toEqual(["shared.json"]);
  });

  it("exits 2 with a clear message when the snapshot folder is read-only, leaving the old file", async () => {
    const dir = await project(stdio("basic", [CATALOG_SERVER, BASIC]));
    const old = snapshotText(toSnapshot("basic", { initialize: {}, tools: [] }));
    await mkdir(join(dir, "snapshots"));
    await writeFile(join(dir, "snapshots/basic.json"), old);
    await chmod(join(dir, "snapshots"), 0o555);
    await chmod(dir, 0o755);
    // Permissions do not bind root; run the CLI as nobody then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await startBin(["update"], { cwd: dir, ...asUser }).exited;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(dir, "snapshots/basic.json")}: cannot write snapshot (EACCES: permission denied)`);
    expect(run.stderr).not.toContain("internal error");
    expect(await readFile(join(dir, "snapshots/basic.json"), "utf8")).toBe(old);
  });
});
