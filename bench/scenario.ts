/**
 * One benchmark measurement in a fresh process, so peak RSS belongs to that measurement
 * alone. Prints one JSON line: { wallMs, rssMB, servers, items }.
 *
 *   node build/bench/scenario.js scan <config.json>     our pipeline, config given as JSON
 *   node build/bench/scenario.js bare <command> [args…]  a bare SDK client doing the same requests
 *   node build/bench/scenario.js capture <protocol> <command> [args…]  our capture alone
 *                                   (collectServer: connect, negotiate, every list), no probes
 *   node build/bench/scenario.js bare-raw <command> [args…]  a bare raw 2026-07-28 client:
 *                                   server/discover, then every page of tools/list
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ListToolsResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import type { Config } from "../src/model.js";
import { collectServer } from "../src/connect/collect.js";
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

/** Our capture of one stdio server, as a scan does it, without probes. */
async function measureCapture(protocol: string, command: string, args: string[]) {
  const started = performance.now();
  const raw = await collectServer(
    { id: "bench", transport: "stdio", command, args, protocol, timeoutMs: 120_000, secrets: [] },
    { clientVersion: "0" },
  );
  return { wallMs: performance.now() - started, servers: 1, items: raw.tools?.length ?? 0 };
}

/** The least a 2026-07-28 client does: spawn, server/discover, every page of tools/list, raw JSON lines. */
async function measureBareRaw(command: string, args: string[]) {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "ignore"] });
  const lines = createInterface({ input: child.stdout });
  const waiting = new Map<number, (result: Record<string, unknown>) => void>();
  lines.on("line", (line) => {
    const message = JSON.parse(line) as { id?: number; result?: Record<string, unknown> };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
  });
  let nextId = 1;
  const meta = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientInfo": { name: "bare-raw", version: "0" },
    "io.modelcontextprotocol/clientCapabilities": {},
  };
  const request = (method: string, params: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolveResult) => {
      const id = nextId++;
      waiting.set(id, resolveResult);
      child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, method, params: { ...params, _meta: meta } })}\n`);
    });
  await request("server/discover", {});
  let items = 0;
  let cursor: unknown;
  do {
    const page = await request("tools/list", cursor === undefined ? {} : { cursor });
    items += (page.tools as unknown[]).length;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
  child.kill();
  await exited;
  return { wallMs: performance.now() - started, servers: 1, items };
}

const result =
  mode === "scan"
    ? await measureScan(rest[0]!)
    : mode === "capture"
      ? await measureCapture(rest[0]!, rest[1]!, rest.slice(2))
      : mode === "bare-raw"
        ? await measureBareRaw(rest[0]!, rest.slice(1))
        : await measureBare(rest[0]!, rest.slice(1));
const rssMB = (process.resourceUsage().maxRSS / 1024).toFixed(1);
process.stdout.write(`${JSON.stringify({ ...result, rssMB: Number(rssMB) })}\n`);
process.exit(0);
