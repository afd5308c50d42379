/**
 * One benchmark measurement in a fresh process, so peak RSS belongs to that measurement
 * alone. Prints one JSON line: { wallMs, rssMB, servers, items }.
 *
 *   node build/bench/scenario.js scan <config.json>     our pipeline, config given as JSON
 *   node build/bench/scenario.js bare <command> [args…]  a bare SDK client doing the same requests
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ListToolsResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import type { Config } from "../src/model.js";
import { scan } from "../src/scan.js";

const [mode, ...rest] = process.argv.slice(2);

async function measureScan(configFile: string) {
  const config = JSON.parse(await readFile(configFile, "utf8")) as Config;
  const started = performance.now();
  const { report, heads } = await scan(config);
  const wallMs = performance.now() - started;
  const failed = report.servers.filter((s) => s.status === "error");
  if (failed.length > 0) throw new Error(`scan failed: ${failed.map((s) => `${s.id}: ${s.error?.message}`).join("; ")}`);
  const items = [...heads.values()].reduce((n, s) => n + (s.tools?.length ?? 0) + (s.prompts?.length ?? 0) + (s.resources?.length ?? 0), 0);
  return { wallMs, servers: report.servers.length, items };
}

/** What any MCP client must do at least: spawn, initialize, list every page of tools. */
async function measureBare(command: string, args: string[]) {
  const started = performance.now();
  const client = new Client({ name: "bare-bench", version: "0" });
  await client.connect(new StdioClientTransport({ command, args, stderr: "ignore" }));
  let items = 0;
  let cursor: string | undefined;
  do {
    const page = await client.request({ method: "tools/list", params: cursor ? { cursor } : {} }, ListToolsResultSchema);
    items += page.tools.length;
    cursor = page.nextCursor;
  } while (cursor);
  await client.close();
  return { wallMs: performance.now() - started, servers: 1, items };
}

const result = mode === "scan" ? await measureScan(rest[0]!) : await measureBare(rest[0]!, rest.slice(1));
const rssMB = (process.resourceUsage().maxRSS / 1024).toFixed(1);
process.stdout.write(`${JSON.stringify({ ...result, rssMB: Number(rssMB) })}\n`);
process.exit(0);
