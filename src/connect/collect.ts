/**
 * Connect to one server and collect its catalog verbatim (the exchange is session.ts). A stdio
 * server is spawned first, before session.ts and the SDK it uses load (about a third of the
 * CLI's code): they load while the server boots, time a scan would otherwise spend waiting.
 */
import type { RawCatalog, ServerConfig } from "../model.js";
import { ByteBudget, byteLimits } from "./limits.js";
import type { ProgressListener } from "./progress.js";
import type { Sandbox } from "./sandbox.js";
import { StdioTransport } from "./stdio.js";

export interface CollectOptions {
  /** Most pages read from one list before giving up (default 1000). */
  maxPages?: number;
  /** Cancels the collection (e.g. the run's deadline); the server is shut down either way. */
  signal?: AbortSignal;
  /** Told about things that did not fail the scan but were left out, e.g. a non-object item. */
  onNotice?: (message: string) => void;
  /** Where a stdio server runs; a plain child process without one. */
  sandbox?: Sandbox;
  /** Our version, as the server is told it in `clientInfo`; read from package.json when absent. */
  clientVersion?: string;
  /** The name the server is told in `clientInfo` (default `mcp-drift`); probes use other hosts' names. */
  clientName?: string;
  /** Read the catalog again in the same session after this many harmless requests (a probe). */
  rereadAfter?: number;
  /** Told what the exchange is doing: starting, the handshake, each page of each list. */
  onProgress?: ProgressListener;
  /**
   * Given, a collection that succeeds resolves once the catalog is read, and hands over the
   * server's shutdown (a sandboxed server takes a while to end), for the caller to await
   * while it works on the catalog; without it, a collection resolves once the server has ended.
   */
  onClosing?: (closed: Promise<void>) => void;
}

/** A collected catalog and what the server said along the way that is not part of it. */
export interface CollectedCatalog extends RawCatalog {
  /** List-changed notification methods seen during the scan, in order. */
  listChanged?: string[];
  /** The catalog read again in the same session after `rereadAfter` harmless requests. */
  reread?: RawCatalog;
}

let exchange: Promise<typeof import("./session.js")> | undefined;

/**
 * Loads the exchange's code (session.ts and the SDK), once. collectServer asks for it after
 * spawning its server; a caller that wants the handshake sent before it loads anything else
 * heavy (the rules) can wait for this first.
 */
export function loadExchange(): Promise<typeof import("./session.js")> {
  exchange ??= import("./session.js");
  return exchange;
}

export async function collectServer(server: ServerConfig, options: CollectOptions = {}): Promise<CollectedCatalog> {
  // A run cancelled before this server's turn must not start it.
  if (options.signal?.aborted) throw new Error(`${server.id}: not started${abortReason(options.signal)}`);
  const budget = new ByteBudget(byteLimits(server));
  let transport: StdioTransport | undefined;
  if (server.transport === "stdio" && server.command !== undefined) {
    options.onProgress?.({ server: server.id, phase: "starting" });
    const { command, args, env, passEnv, cwd } = server;
    transport = new StdioTransport({ command, args, env, passEnv, cwd }, budget, options.sandbox);
    // A failure to spawn is the exchange's, when it starts the transport (session.ts).
    transport.spawn().catch(() => undefined);
  }
  let session: typeof import("./session.js");
  try {
    session = await loadExchange();
  } catch (error) {
    await transport?.close();
    throw error;
  }
  return session.collectPrepared(server, options, { budget, ...(transport ? { transport } : {}) });
}

/** `: <reason>` for a signal aborted with a reason of our own; nothing for a bare abort(). */
function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name !== "AbortError" ? `: ${reason.message}` : "";
}
