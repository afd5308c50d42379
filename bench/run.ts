/**
 * `npm run bench`: performance scenarios from the README, each measured in a fresh process
 * (see scenario.ts), repeated, median reported. Targets are checked here, not in tests:
 *   - 10,000 tools served 100 per page: under 2 s and 300 MB
 *   - 16 servers adding 300 ms per request, scanned together: at most 1.3x the slowest alone
 *   - one real server: at most 1.2x a bare protocol client doing the same requests
 *   - one tool description just under maxResponseBytes (16 MiB), of each shape that found
 *     super-linear work in classification: under 10 s and 1 GB each (measured once each)
 *   - `mcp-drift --help` and `--version`: at most 150 ms more than a bare `node -e 0`
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import type { Config, ServerConfig } from "../src/model.js";
import { scan } from "../src/scan.js";
import { writeSnapshot } from "../src/snapshot/store.js";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const scenarioScript = join(root, "build/bench/scenario.js");
const cli = join(root, "bin/mcp-drift.js");
const catalogServer = join(root, "fixtures/servers/catalog-server.mjs");
const v2Server = join(root, "fixtures/servers/v2-catalog-server.mjs");
const emptyCatalog = join(root, "fixtures/bench/empty.json");
const realServer = join(root, "node_modules/fs-new/dist/index.js");
const hugeServer = join(root, "fixtures/servers/hostile/bounds-huge.mjs");
const HUGE_SHAPES = ["prose", "word", "spaces", "base64", "hex", "urls", "tags", "newlines", "emails", "zero-width", "params"];

interface Measurement {
  wallMs: number;
  rssMB: number;
  servers: number;
  items: number;
}

const work = await mkdtemp(join(tmpdir(), "mcp-drift-bench-"));

function stdioServer(id: string, args: string[]): ServerConfig {
  return { id, transport: "stdio", command: process.execPath, args, timeoutMs: 120_000, secrets: [] };
}

async function writeConfig(name: string, servers: ServerConfig[], concurrency: number): Promise<string> {
  const config: Config = {
    file: join(work, `${name}.yml`),
    version: 1,
    snapshots: join(work, `${name}-snapshots`),
    failOn: "never",
    concurrency,
    runTimeoutMs: 600_000,
    isolation: "auto",
    servers,
    secrets: [],
    rules: {},
    ignore: [],
  };
  const file = join(work, `${name}.json`);
  await writeFile(file, JSON.stringify(config));
  return file;
}

/** Starts a fixture server on Streamable HTTP and resolves once it prints its URL. */
function startHttpServer(args: string[]): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [...args, "--http"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolvePromise, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\S+)/.exec(out);
      if (match) resolvePromise({ url: match[1]!, process: child });
    });
    child.once("exit", (code) => reject(new Error(`fixture server exited with ${code} before listening`)));
  });
}

async function measure(args: string[]): Promise<Measurement> {
  const { stdout } = await run(process.execPath, [scenarioScript, ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as Measurement;
}

/** Median by wall time over `times` fresh-process runs (one warm-up run first, discarded). */
async function median(args: string[], times: number): Promise<Measurement> {
  await measure(args);
  const runs: Measurement[] = [];
  for (let i = 0; i < times; i++) runs.push(await measure(args));
  runs.sort((a, b) => a.wallMs - b.wallMs);
  return runs[Math.floor(runs.length / 2)]!;
}

/** Median wall time of `node args…` in ms, over `times` runs after one warm-up run. */
async function startupMs(args: string[], times: number): Promise<number> {
  const once = async () => {
    const started = performance.now();
    await run(process.execPath, args);
    return performance.now() - started;
  };
  await once();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await once());
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

interface Row {
  scenario: string;
  m: Measurement;
  ratio?: number;
  target: string;
  ok: boolean;
}
const rows: Row[] = [];

try {
  // 0. The fast faces: the CLI answers --help and --version before it loads the pipeline.
  const startup = (wallMs: number): Measurement => ({ wallMs, rssMB: Number.NaN, servers: 0, items: 0 });
  const bareStart = await startupMs(["-e", "0"], 11);
  rows.push({ scenario: "node -e 0, a bare start", m: startup(bareStart), target: "reference", ok: true });
  for (const flag of ["--help", "--version"]) {
    const ms = await startupMs([cli, flag], 11);
    rows.push({ scenario: `mcp-drift ${flag}`, m: startup(ms), target: "≤ bare + 150 ms", ok: ms - bareStart <= 150 });
  }

  // 1. A large catalog, paginated. The baseline is written first so the measured scan
  //    goes the whole way: collect, normalise, read baseline, diff, classify.
  const big = await writeConfig(
    "big",
    [stdioServer("big", [catalogServer, emptyCatalog, "--generate-tools", "10000", "--page-size", "100"])],
    4,
  );
  const bigConfig = JSON.parse(await readFile(big, "utf8")) as Config;
  for (const head of (await scan(bigConfig)).heads.values()) await writeSnapshot(bigConfig.snapshots, head);
  const large = await median(["scan", big], 3);
  rows.push({
    scenario: "10,000 tools, 100 per page, vs baseline",
    m: large,
    target: "< 2000 ms, < 300 MB",
    ok: large.wallMs < 2000 && large.rssMB < 300,
  });

  // 2. Slow servers scanned together must cost about as much as the slowest one alone.
  //    They are remote (Streamable HTTP, already listening), as the servers that drift on
  //    their own are: this measures the scanner's concurrency, not how fast two cores start
  //    sixteen Node processes. The stdio variant is shown too, for what it costs.
  const slowArgs = [catalogServer, join(root, "fixtures/demo/weather.json"), "--delay-ms", "300", "--page-size", "1"];
  const remotes = await Promise.all(Array.from({ length: 16 }, () => startHttpServer(slowArgs)));
  try {
    const remote = (i: number): ServerConfig => ({
      id: `slow-${i}`,
      transport: "streamable-http",
      url: remotes[i]!.url,
      timeoutMs: 120_000,
      secrets: [],
    });
    const alone = await median(["scan", await writeConfig("slow-1", [remote(0)], 1)], 3);
    const together = await median(
      [
        "scan",
        await writeConfig(
          "slow-16",
          remotes.map((_, i) => remote(i)),
          16,
        ),
      ],
      3,
    );
    const ratio = together.wallMs / alone.wallMs;
    rows.push({ scenario: "1 remote server, 300 ms per request", m: alone, target: "reference", ok: true });
    rows.push({ scenario: "16 such servers together", m: together, ratio, target: "≤ 1.3x alone", ok: ratio <= 1.3 });
  } finally {
    for (const server of remotes) server.process.kill();
  }
  const stdioAlone = await median(["scan", await writeConfig("slow-stdio-1", [stdioServer("slow-0", slowArgs)], 1)], 3);
  const stdioTogether = await median(
    [
      "scan",
      await writeConfig(
        "slow-stdio-16",
        Array.from({ length: 16 }, (_, i) => stdioServer(`slow-${i}`, slowArgs)),
        16,
      ),
    ],
    3,
  );
  rows.push({ scenario: "1 stdio server, 300 ms per request", m: stdioAlone, target: "reference", ok: true });
  rows.push({
    scenario: "16 such stdio servers together",
    m: stdioTogether,
    ratio: stdioTogether.wallMs / stdioAlone.wallMs,
    target: "informational",
    ok: true,
  });

  // 3. A real published server: our whole pipeline against a bare client's requests.
  const bare = await median(["bare", process.execPath, realServer, work], 5);
  const ours = await median(["scan", await writeConfig("real", [stdioServer("filesystem", [realServer, work])], 1)], 5);
  const realRatio = ours.wallMs / bare.wallMs;
  rows.push({ scenario: "server-filesystem, bare SDK client", m: bare, target: "reference", ok: true });
  rows.push({ scenario: "server-filesystem, mcp-drift scan", m: ours, ratio: realRatio, target: "≤ 1.2x bare", ok: realRatio <= 1.2 });

  // 3b. Capture cost in the 2026-07-28 era, no probes: our collectServer (which asks with
  //     initialize first and switches era on the refusal, on the same process) against a
  //     bare raw client that knows the era and sends only server/discover and tools/list.
  const modernCatalog = join(work, "modern-2000.json");
  await writeFile(
    modernCatalog,
    JSON.stringify({
      serverInfo: { name: "bench", version: "0" },
      tools: Array.from({ length: 2000 }, (_, i) => ({
        name: `tool_${String(i).padStart(5, "0")}`,
        description: `Synthetic tool ${i}: looks up a record by id and returns it.`,
        inputSchema: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      })),
    }),
  );
  const modernServer = [v2Server, modernCatalog, "--page-size", "100"];
  const bareRaw = await median(["bare-raw", process.execPath, ...modernServer], 7);
  const capture = await median(["capture", "auto", process.execPath, ...modernServer], 7);
  const captureRatio = capture.wallMs / bareRaw.wallMs;
  rows.push({ scenario: "SDK v2 server (2026-07-28 only), bare raw client", m: bareRaw, target: "reference", ok: true });
  rows.push({
    scenario: "same, mcp-drift capture (auto, no probes)",
    m: capture,
    ratio: captureRatio,
    target: "≤ 1.1x bare raw",
    ok: captureRatio <= 1.1,
  });

  // 4. One huge description per shape: classification must stay linear in its length. A
  //    scan that fails (a rule that cannot take the text) is a miss, shown with its reason.
  for (const shape of HUGE_SHAPES) {
    const config = await writeConfig(`huge-${shape}`, [stdioServer("huge", [hugeServer, "--shape", shape])], 1);
    const scenario = `15 MiB description: ${shape}`;
    try {
      const m = await measure(["scan", config]);
      rows.push({ scenario, m, target: "< 10000 ms, < 1024 MB", ok: m.wallMs < 10_000 && m.rssMB < 1024 });
    } catch (error) {
      const reason = /scan failed: (.*)/.exec(String((error as { stderr?: string }).stderr ?? error))?.[1] ?? String(error);
      rows.push({
        scenario: `${scenario} (${reason})`,
        m: { wallMs: Number.NaN, rssMB: Number.NaN, servers: 1, items: 0 },
        target: "completes",
        ok: false,
      });
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const table = [
  ["scenario", "servers", "items", "wall ms", "peak RSS MB", "ratio", "target", ""],
  ...rows.map((r) => [
    r.scenario,
    String(r.m.servers),
    String(r.m.items),
    // NaN: not measured (a start's memory) or no result (a failed scan).
    Number.isNaN(r.m.wallMs) ? "" : r.m.wallMs.toFixed(0),
    Number.isNaN(r.m.rssMB) ? "" : r.m.rssMB.toFixed(1),
    r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}x`,
    r.target,
    r.ok ? "ok" : "MISSED",
  ]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
for (const row of table)
  console.log(
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd(),
  );
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
