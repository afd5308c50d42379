/**
 * `node build/bench/classify.js [--size N] [--distinct] [--runs N] [--rules] [--json]`: the
 * classifier alone, in process: the bench's large first-scan catalog of real tools
 * (catalogs.ts) judged as a first scan (`compareSnapshots`: every rule, the policy and the
 * report), its CPU time and tools per CPU second. No servers, no snapshot files: what the whole-process rows of run.ts
 * spend on classification, measured without them, to compare the rules' cost between commits.
 * V8 runs as in the CLI (bin/mcp-drift.js: no regexp tier-up, optimisation after 20 ticks).
 *
 *   --size N   tools in the catalog (default 10000)
 *   --distinct instead, the real tools of npm-real, -2, -3 and -5 once each under their own
 *              servers (5,355 tools of 220 servers, no description repeated): the cost when
 *              nothing repeats, which the cycled catalog's repeats could hide. The warm-up
 *              judges other tools (tools.jsonl), so the first timed run meets these texts
 *              first; use --runs 1, as later runs find its wordings remembered
 *   --runs N   timed runs after one untimed warm-up; the median is reported (default 3)
 *   --rules    also each rule's share of one more run (the first rule to read a text folds it)
 *   --json     one JSON line instead ({ tools, cpuMs, wallMs, toolsPerSecond, findings, findingsDigest, load,
 *              firstCpuMs }), for run.ts; firstCpuMs is the warm-up's, a process's first scan
 *              (module-level memos empty, code not yet optimised)
 */
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ScanAnalysis } from "../src/classify/analysis.js";
import { newServerChanges } from "../src/diff/diff.js";
import { compareSnapshots, prepareRules } from "../src/judging.js";
import type { Config, JsonObject, Snapshot } from "../src/model.js";
import { RULES } from "../src/rules/index.js";
import { toSnapshot } from "../src/snapshot/normalize.js";
import { tuneV8 } from "../src/v8-tuning.js";
import { largeCatalog, realServers, realTools } from "./catalogs.js";

const { values: flags } = parseArgs({
  options: {
    size: { type: "string", default: "10000" },
    distinct: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    rules: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const size = Number(flags.size);
const runs = Number(flags.runs);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(runs) || runs < 1) throw new Error("--size and --runs: whole numbers");

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const POLICY: Pick<Config, "failOn" | "rules" | "ignore"> = { failOn: "never", rules: {}, ignore: [] };

/** CPU milliseconds (user + system) of this process so far. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The corpus files whose tools --distinct reads: development data, read whole. */
const DISTINCT_SOURCES = ["npm-real", "npm-real-2", "npm-real-3", "npm-real-5"].map((name) => join(root, `fixtures/corpus/${name}.jsonl`));

/** Fresh snapshots per run: rules and analyses may keep what they derive on the objects they read. */
function catalog(): Snapshot[] {
  if (flags.distinct) {
    return [...realServers(DISTINCT_SOURCES)].map(([id, tools]) =>
      toSnapshot(id, { initialize: { serverInfo: { name: id, version: "1.0.0" } }, tools: tools as JsonObject[] }),
    );
  }
  const { tools } = largeCatalog(realTools(join(root, "fixtures/corpus/npm-real.jsonl")), size, false);
  return [toSnapshot("gateway", { initialize: { serverInfo: { name: "bench-gateway", version: "1.0.0" } }, tools: tools as JsonObject[] })];
}

/** What the warm-up judges: for --distinct, tools other than the measured ones, so their wordings are met first when timed. */
function warmUpCatalog(): Snapshot[] {
  if (!flags.distinct) return catalog();
  const tools = realTools(join(root, "fixtures/corpus/tools.jsonl"));
  return [toSnapshot("warm-up", { initialize: { serverInfo: { name: "warm-up", version: "1.0.0" } }, tools: tools as JsonObject[] })];
}

const toolCount = catalog().reduce((sum, head) => sum + (head.tools?.length ?? 0), 0);

/** CPU and wall milliseconds of one first scan of fresh catalogs. */
function timeOnce(heads = catalog()): { cpu: number; wall: number; findings: number; digest: string } {
  const cpuStart = cpuMs();
  const wallStart = performance.now();
  const report = compareSnapshots(
    heads.map((head) => ({ head })),
    POLICY,
  );
  const cpu = cpuMs() - cpuStart;
  const wall = performance.now() - wallStart;
  const findings = report.servers.flatMap((server) => server.findings);
  return { cpu, wall, findings: findings.length, digest: createHash("sha256").update(JSON.stringify(findings)).digest("hex").slice(0, 16) };
}

const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

tuneV8();
prepareRules();
const warmUp = timeOnce(warmUpCatalog());
const cpu: number[] = [];
const wall: number[] = [];
let first: ReturnType<typeof timeOnce> | undefined;
for (let i = 0; i < runs; i++) {
  const run = timeOnce();
  first ??= run;
  cpu.push(run.cpu);
  wall.push(run.wall);
}
const cpuMedian = middle([...cpu]);
const measured = {
  tools: toolCount,
  cpuMs: Math.round(cpuMedian),
  wallMs: Math.round(middle(wall)),
  toolsPerSecond: Math.round(toolCount / (cpuMedian / 1000)),
  findings: first!.findings,
  /** Of the findings, to tell that a change to the rules' cost left their verdicts alone. */
  findingsDigest: first!.digest,
  load: Number(loadavg()[0]!.toFixed(1)),
  firstCpuMs: Math.round(warmUp.cpu),
};
if (flags.json) console.log(JSON.stringify(measured));
else {
  console.log(
    `classify ${toolCount}${flags.distinct ? " distinct" : ""} tools, first scan: CPU ${measured.cpuMs} ms (median of ${runs}: ${cpu.map((c) => c.toFixed(0)).join(", ")}; the process's first ${measured.firstCpuMs}), ` +
      `wall ${measured.wallMs} ms, ${measured.toolsPerSecond} tools per CPU second, ${measured.findings} findings (${measured.findingsDigest}); load ${measured.load}`,
  );
}

if (flags.rules) {
  const heads = catalog();
  const analysis = new ScanAnalysis(new Map(heads.map((head) => [head.server.id, head])));
  const contexts = heads.map((head) => analysis.context({ serverId: head.server.id, head, changes: newServerChanges(head) }));
  const shares: [string, number][] = [];
  for (const rule of RULES) {
    const start = cpuMs();
    for (const ctx of contexts) for (const _ of rule.check(ctx));
    shares.push([rule.id, cpuMs() - start]);
  }
  const total = shares.reduce((sum, [, ms]) => sum + ms, 0);
  for (const [id, ms] of shares.sort((a, b) => b[1] - a[1])) {
    if (ms >= total / 200)
      console.log(`  ${id.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
  }
}
