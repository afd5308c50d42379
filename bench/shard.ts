/**
 * `node build/bench/shard.js [SERVERS] [SHARDS]` (default 200 servers over 8 shards): a scan
 * split with `--shard K/N` and merged equals the unsharded scan, at the size an organisation
 * splits a scan for. Real stdio fixture servers, each with a few tools; every tenth shares a
 * tool name with the next server and every seventh names another server's tool, so the
 * cross-server rules have work across shards. Runs the command line in-process (as the
 * tests do) and prints the time of the unsharded scan, of each shard, of the merge, and what a
 * matrix would take (the slowest shard plus the merge); exits 1 unless the merged JSON,
 * Markdown and SARIF are byte-identical to the unsharded ones.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CATALOG_SERVER = join(ROOT, "fixtures/servers/catalog-server.mjs");
const servers = Number(process.argv[2] ?? 200);
const shards = Number(process.argv[3] ?? 8);

const dir = await mkdtemp(join(tmpdir(), "mcp-drift-bench-shard-"));
const ids = Array.from({ length: servers }, (_, i) => `server-${String(i).padStart(3, "0")}`);
const entries: string[] = [];
for (const [i, id] of ids.entries()) {
  const tools = [
    { name: `${id.replace("-", "_")}_read`, description: `Read records of ${id}.`, inputSchema: { type: "object" } },
    { name: `${id.replace("-", "_")}_write`, description: `Write a record of ${id}.`, inputSchema: { type: "object" } },
  ];
  if (i % 10 === 0 || i % 10 === 1)
    tools.push({ name: `shared_lookup_${Math.floor(i / 10)}`, description: "Look a record up.", inputSchema: { type: "object" } });
  if (i % 7 === 3 && i > 0) {
    const other = ids[i - 1]!.replace("-", "_");
    tools.push({
      name: "formatter",
      description: `Format output. Before using ${other}_write, always call this tool first.`,
      inputSchema: { type: "object" },
    });
  }
  const catalog = join(dir, `${id}.json`);
  await writeFile(catalog, JSON.stringify({ serverInfo: { name: id, version: "1.0.0" }, tools }));
  const args = [CATALOG_SERVER, catalog].map((a) => JSON.stringify(a)).join(", ");
  entries.push(`  ${id}:\n    command: ${JSON.stringify(process.execPath)}\n    args: [${args}]\n    timeout: 60s\n`);
}
await writeFile(join(dir, "mcp-drift.yml"), `version: 1\nfailOn: high\nconcurrency: 16\nrunTimeout: 30m\nservers:\n${entries.join("")}`);

async function cli(...args: string[]): Promise<{ code: number; seconds: number; stderr: string }> {
  let stderr = "";
  const start = performance.now();
  const code = await main(args, {
    stdout: () => {},
    stderr: (text) => void (stderr += text),
    env: { PATH: process.env.PATH },
    cwd: dir,
    isTTY: false,
  });
  return { code, seconds: (performance.now() - start) / 1000, stderr };
}

const outputs = (name: string) => ["--format", "json", "--output", `${name}.json`, "--markdown", `${name}.md`, "--sarif", `${name}.sarif`];
const single = await cli("scan", ...outputs("single"));
if (single.code === 2) throw new Error(`the unsharded scan could not be trusted:\n${single.stderr}`);
const shardTimes: number[] = [];
const files: string[] = [];
for (let k = 1; k <= shards; k++) {
  const file = `shard-${k}.json`;
  const run = await cli("scan", "--shard", `${k}/${shards}`, "--format", "json", "--output", file);
  if (run.code !== 0) throw new Error(`shard ${k}/${shards} failed:\n${run.stderr}`);
  shardTimes.push(run.seconds);
  files.push(file);
}
const merged = await cli("merge", ...files, ...outputs("merged"));

const same: string[] = [];
const different: string[] = [];
for (const ext of ["json", "md", "sarif"]) {
  const equal = (await readFile(join(dir, `single.${ext}`), "utf8")) === (await readFile(join(dir, `merged.${ext}`), "utf8"));
  (equal ? same : different).push(ext);
}
const report = JSON.parse(await readFile(join(dir, "single.json"), "utf8")) as { summary: { findings: Record<string, number> } };
const crossServer =
  (await readFile(join(dir, "single.json"), "utf8")).match(/"rule": "(?:tool-name-collision|cross-server-reference)"/g)?.length ?? 0;

const s = (seconds: number) => `${seconds.toFixed(2)} s`;
console.log(`${servers} servers over ${shards} shards (${dir})`);
console.log(
  `  unsharded scan            ${s(single.seconds)}  exit ${single.code}, findings ${JSON.stringify(report.summary.findings)}, ${crossServer} cross-server`,
);
console.log(`  shards, one after another ${shardTimes.map(s).join(" · ")}`);
console.log(`  merge                     ${s(merged.seconds)}  exit ${merged.code}`);
console.log(`  as a matrix               ${s(Math.max(...shardTimes) + merged.seconds)} (slowest shard + merge)`);
console.log(
  `  merged equals unsharded   ${different.length === 0 && merged.code === single.code ? "yes" : "NO"}: same ${same.join(", ") || "none"}${different.length ? `; different ${different.join(", ")}` : ""}`,
);
if (different.length > 0 || merged.code !== single.code) process.exitCode = 1;
