/**
 * The bench's reference: a bare MCP client over stdio, raw newline-delimited JSON-RPC, no SDK.
 * It does the least any client reading a catalog must do — spawn the server, `initialize`,
 * `notifications/initialized`, then every page of each list the server announces (tools,
 * prompts, resources, resource templates; the lists at once, as a lean client would) — and
 * writes what it read to a file, so it parses and writes as a scan does.
 *
 *   node build/bench/raw-client.js --out FILE [--parallel N] [--modern] -- <command> [args…]
 *
 *   --parallel N   start N copies of the server and read them all at once (default 1)
 *   --modern       the 2026-07-28 era: `server/discover` instead of `initialize`, the
 *                  protocol fields in every request's `_meta`
 */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";

type Json = Record<string, unknown>;

const LEGACY_REVISION = "2025-11-25";
const MODERN_META = {
  "io.modelcontextprotocol/protocolVersion": "2026-07-28",
  "io.modelcontextprotocol/clientInfo": { name: "raw-bench", version: "0" },
  "io.modelcontextprotocol/clientCapabilities": {},
};
/** Each list a server may announce: its capability, method and result field. */
const LISTS = [
  { capability: "tools", method: "tools/list", field: "tools" },
  { capability: "prompts", method: "prompts/list", field: "prompts" },
  { capability: "resources", method: "resources/list", field: "resources" },
  { capability: "resources", method: "resources/templates/list", field: "resourceTemplates" },
] as const;

/** One server process and its JSON-RPC lines. */
class Connection {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly waiting = new Map<number, { resolve: (result: Json) => void; reject: (error: Error) => void }>();
  private readonly exited: Promise<unknown>;
  private nextId = 1;
  /** The unfinished line so far, in pieces: joining once per line keeps a 16 MiB line linear. */
  private pieces: string[] = [];

  constructor(command: string, args: string[]) {
    // Detached, as mcp-drift starts its servers (connect/stdio.ts): each server in a session of
    // its own. Left in the client's, a loaded machine's scheduler (autogroup: one share per
    // session) would give the raw client and all its servers one share while mcp-drift's
    // servers each got their own, and flatter mcp-drift's ratio.
    this.child = spawn(command, args, { stdio: ["pipe", "pipe", "ignore"], detached: true });
    started.add(this.child);
    this.exited = new Promise((resolveExit) => this.child.once("exit", resolveExit));
    this.child.once("exit", (code) => {
      for (const { reject } of this.waiting.values()) reject(new Error(`server exited (${code}) with a request open`));
      this.waiting.clear();
    });
    this.child.stdout.setEncoding("utf8");
    this.child.stdout.on("data", (chunk: string) => this.receive(chunk));
  }

  private receive(chunk: string): void {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      this.pieces.push(chunk.slice(start, end));
      const line = this.pieces.join("");
      this.pieces = [];
      start = end + 1;
      if (line.trim() !== "") this.dispatch(JSON.parse(line) as Json);
    }
    if (start < chunk.length) this.pieces.push(chunk.slice(start));
  }

  private dispatch(message: Json): void {
    if (typeof message.id !== "number" || !("result" in message || "error" in message)) return; // a notification or a request
    const waiter = this.waiting.get(message.id);
    this.waiting.delete(message.id);
    if (message.error !== undefined) waiter?.reject(new Error(`server error: ${JSON.stringify(message.error)}`));
    else waiter?.resolve(message.result as Json);
  }

  request(method: string, params: Json): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, method, params })}\n`);
    });
  }

  notify(method: string): void {
    this.child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", method })}\n`);
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    this.child.kill();
    await this.exited;
    started.delete(this.child);
  }
}

/** Servers not yet closed: outside the bench's process group, they are ended here when the bench ends this client. */
const started = new Set<ChildProcessByStdio<Writable, Readable, null>>();
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    for (const child of started) child.kill("SIGKILL");
    process.exit(code);
  });
}

async function readCatalog(command: string, args: string[], modern: boolean): Promise<Json> {
  const connection = new Connection(command, args);
  try {
    const withMeta = (params: Json): Json => (modern ? { ...params, _meta: MODERN_META } : params);
    let opening: Json;
    if (modern) {
      opening = await connection.request("server/discover", withMeta({}));
    } else {
      opening = await connection.request("initialize", {
        protocolVersion: LEGACY_REVISION,
        capabilities: {},
        clientInfo: { name: "raw-bench", version: "0" },
      });
      connection.notify("notifications/initialized");
    }
    const capabilities = (opening.capabilities ?? { tools: {} }) as Json;
    const catalog: Json = { serverInfo: opening.serverInfo, capabilities, instructions: opening.instructions };
    await Promise.all(
      LISTS.filter((list) => capabilities[list.capability] !== undefined).map(async (list) => {
        const items: unknown[] = [];
        let cursor: unknown;
        do {
          const page = await connection.request(list.method, withMeta(cursor === undefined ? {} : { cursor }));
          for (const item of page[list.field] as unknown[]) items.push(item);
          cursor = page.nextCursor;
        } while (cursor !== undefined);
        catalog[list.field] = items;
      }),
    );
    return catalog;
  } finally {
    await connection.close();
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    parallel: { type: "string", default: "1" },
    modern: { type: "boolean", default: false },
  },
});
const [command, ...args] = positionals;
if (values.out === undefined || command === undefined) {
  process.stderr.write("usage: raw-client.js --out FILE [--parallel N] [--modern] -- <command> [args…]\n");
  process.exit(2);
}
const catalogs = await Promise.all(Array.from({ length: Number(values.parallel) }, () => readCatalog(command, args, values.modern)));
await writeFile(values.out, JSON.stringify(catalogs));
