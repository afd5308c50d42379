/**
 * The exchange with one server, once collect.ts has spawned it (a stdio server) or before it
 * is reached (a remote one): the handshake and every list, through the SDK's client. The SDK's
 * typed helpers drop unknown fields and reject a whole list over one malformed item, so the
 * initialize result is recorded raw off the transport and the lists are requested with a
 * permissive schema. collect.ts loads this module, and with it the SDK, after it has spawned a
 * stdio server: they load while the server boots.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { SseError } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPError } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv-provider.js";
import type { jsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/types.js";
import {
  ErrorCode,
  McpError,
  ResultSchema,
  isJSONRPCNotification,
  isJSONRPCRequest,
  isJSONRPCResultResponse,
  type RequestId,
} from "@modelcontextprotocol/sdk/types.js";
import {
  CATALOG_LISTS,
  SERVER_LIMIT_DEFAULTS,
  isJsonObject,
  type CatalogList,
  type JsonObject,
  type RawCatalog,
  type ServerConfig,
} from "../model.js";
import { secretRedactor } from "../secrets.js";
import type { CollectOptions, CollectedCatalog } from "./collect.js";
import { createHttpTransport, FallbackTransport, fallbackStatus } from "./http.js";
import type { ByteBudget } from "./limits.js";
import type { Sandbox } from "./sandbox.js";
import {
  KNOWN_REVISIONS,
  MODERN_REVISION,
  RpcError,
  UNSUPPORTED_PROTOCOL_VERSION,
  discoverToServerSection,
  httpExchange,
  isModernRevision,
  modernParams,
  transportExchange,
  type Exchange,
} from "./modern.js";
import type { ProgressEvent } from "./progress.js";
import { StdioTransport } from "./stdio.js";
import { packageVersion } from "../package-version.js";

/** How each of the catalog lists is read: the method that pages through it and the capability it needs. */
const LIST_METHODS = {
  tools: { method: "tools/list", capability: "tools" },
  resources: { method: "resources/list", capability: "resources" },
  resourceTemplates: { method: "resources/templates/list", capability: "resources" },
  prompts: { method: "prompts/list", capability: "prompts" },
} as const satisfies Record<CatalogList, { method: string; capability: string }>;
type ListMethod = (typeof LIST_METHODS)[CatalogList]["method"];
type Step = "start" | "initialize" | "server/discover" | ListMethod | "resources/read";

const MAX_MESSAGE_CURSOR_CHARS = 80;
/** Most of an error message before the stderr tail: an HTTP error can carry a whole body. */
const MAX_REASON_CHARS = 1024;

/** What collect.ts made before this module loaded: the server's byte bounds, and a stdio server's transport, spawning. */
export interface Prepared {
  budget: ByteBudget;
  /** A stdio server's, already spawning (and reported starting); absent for a remote server. */
  transport?: StdioTransport;
}

/** The exchange of collectServer (collect.ts): the server's catalog; the server is shut down either way. */
export async function collectPrepared(server: ServerConfig, options: CollectOptions, prepared: Prepared): Promise<CollectedCatalog> {
  const { budget } = prepared;
  // From here, not from the spawn: loading this module is our time, not the server's.
  const deadline = AbortSignal.timeout(server.timeoutMs);
  const signal = AbortSignal.any([deadline, budget.exceeded, ...(options.signal ? [options.signal] : [])]);
  const transport = prepared.transport ?? createTransport(server, budget, options.sandbox);
  const session: Session = {
    transport,
    server,
    budget,
    protocol: server.protocol ?? "auto",
    clientName: options.clientName ?? "mcp-drift",
    rereadAfter: options.rereadAfter,
    listChanged: [],
    clientVersion: options.clientVersion ?? (await packageVersion()),
    signal,
    timeoutMs: server.timeoutMs,
    maxPages: options.maxPages ?? 1000,
    maxItems: server.maxItems ?? SERVER_LIMIT_DEFAULTS.maxItems,
    notice: (message) => options.onNotice?.(`${server.id}: ${message}`),
    progress: (event) => options.onProgress?.({ server: server.id, ...event } as ProgressEvent),
    // A process is started before the handshake; a remote server is reached by it (an SSE
    // stream opens first, then initialize is posted).
    waiting: new Map([transport instanceof StdioTransport ? ["start", "process start"] : ["initialize", "initialize"]]),
  };
  if (transport instanceof FallbackTransport) {
    // Which transport answered is a fact about the server: said once, the same every run.
    transport.onFallback = (status) => {
      session.notice(
        `Streamable HTTP was refused with HTTP ${status}; scanned over the legacy HTTP+SSE transport (transport: http falls back)`,
      );
      session.waiting.set(
        "initialize",
        `initialize (the legacy SSE stream's endpoint event, after Streamable HTTP was refused with HTTP ${status})`,
      );
    };
  }
  // A stdio server was reported starting by collect.ts, before it was spawned.
  if (prepared.transport === undefined) session.progress({ phase: "starting" });
  let collected = false;
  try {
    // Racing the signal bounds the whole exchange, including steps that take no signal
    // themselves (spawning, opening an SSE stream).
    const catalog = await untilAborted(collect(session), signal);
    const listChanged = [...session.listChanged, ...(session.exchange?.notifications.filter((m) => m.endsWith("/list_changed")) ?? [])];
    collected = true;
    return listChanged.length > 0 ? { ...catalog, listChanged } : catalog;
  } catch (error) {
    const reason = describeFailure(error, session, { deadline, budget: budget.exceeded });
    throw new Error(`${server.id}: ${boundedMessage(reason, stderrOf(transport, server.secrets), server.secrets)}`, { cause: error });
  } finally {
    const closed = transport.close();
    if (collected && options.onClosing) options.onClosing(closed);
    else await closed;
  }
}

/**
 * Whether a failed collection (its `cause`) is the server's documented answer to a revision
 * it does not speak: a server of one era refusing the other's handshake.
 */
export function refusesEra(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof McpError || cause instanceof RpcError) {
    if (cause.code === UNSUPPORTED_PROTOCOL_VERSION || cause.code === ErrorCode.MethodNotFound) return true;
    if (cause instanceof RpcError && cause.httpStatus !== undefined && [400, 404, 405].includes(cause.httpStatus)) return true;
  }
  return cause instanceof StreamableHTTPError && cause.code === 400 && cause.message.includes(String(UNSUPPORTED_PROTOCOL_VERSION));
}

interface Session {
  transport: Transport;
  server: ServerConfig;
  budget: ByteBudget;
  /** `auto`, or the revision the config pins. */
  protocol: string;
  clientName: string;
  rereadAfter: number | undefined;
  /** List-changed notifications the server sent during the scan (legacy era). */
  listChanged: string[];
  /** The modern era's exchange, once the scan speaks it. */
  exchange?: Exchange;
  clientVersion: string;
  signal: AbortSignal;
  timeoutMs: number;
  maxPages: number;
  maxItems: number;
  notice: (message: string) => void;
  progress: (event: ProgressEventOf) => void;
  /**
   * What the exchange is waiting for, so a failure can say so: each step in flight (the lists
   * are read at the same time) and the page it is on, in the order the steps began. A step
   * that failed stays, so the failure names it.
   */
  waiting: Map<Step, string>;
  /** The list whose request failed (an error answer, a bad page), when one did. */
  failed?: string;
}

/** An event as the session emits it; collectServer adds the server's id. */
type ProgressEventOf = ProgressEvent extends infer E ? (E extends ProgressEvent ? Omit<E, "server"> : never) : never;

function createTransport(server: ServerConfig, budget: ByteBudget, sandbox: Sandbox | undefined): Transport {
  if (server.transport === "stdio") {
    if (server.command === undefined) throw new Error(`${server.id}: no command configured`);
    const { command, args, env, passEnv, cwd } = server;
    return new StdioTransport({ command, args, env, passEnv, cwd }, budget, sandbox);
  }
  if (server.url === undefined) throw new Error(`${server.id}: no url configured`);
  return createHttpTransport(server.transport, server.url, server.headers, budget);
}

async function collect(session: Session): Promise<RawCatalog> {
  const pinned = session.protocol;
  if (pinned !== "auto" && isModernRevision(pinned)) return collectModern(session, await startModern(session), pinned);
  try {
    return await collectLegacy(session, pinned === "auto" ? undefined : pinned);
  } catch (error) {
    // Auto: a server of the new era refuses `initialize` with the documented
    // unsupported-protocol-version error; the same process (or endpoint) is asked again in
    // the revision it names. Any other failure stays a failure.
    const supported = pinned === "auto" && session.waiting.has("initialize") ? modernRefusal(error) : undefined;
    if (supported === undefined) throw error;
    session.waiting.delete("initialize");
    if (!supported.includes(MODERN_REVISION)) {
      throw new Error(
        `the server refused initialize and serves only ${JSON.stringify(supported)}; mcp-drift speaks ${KNOWN_REVISIONS.join(", ")}`,
        {
          cause: error,
        },
      );
    }
    return collectModern(session, await startModern(session, true), MODERN_REVISION);
  }
}

/**
 * The SDK's client builds an ajv instance of its own (about 15-30 ms) to check tools/call
 * results, which a scan never makes: one for the run, built only if ever used.
 */
let outputValidator: AjvJsonSchemaValidator | undefined;
const lazyOutputValidator: jsonSchemaValidator = {
  getValidator: (schema) => (outputValidator ??= new AjvJsonSchemaValidator()).getValidator(schema),
};

/** The 2025 era: `initialize` through the SDK's client, its result recorded raw off the transport. */
async function collectLegacy(session: Session, pinned: string | undefined): Promise<RawCatalog> {
  const link = session.transport instanceof StdioTransport ? borrowed(session.transport) : session.transport;
  const rawInitialize = recordInitializeResult(link, pinned, session.listChanged, () => {
    session.waiting.delete("start");
    session.waiting.set("initialize", "initialize");
    session.progress({ phase: "handshake" });
  });
  const client = new Client(
    { name: session.clientName, version: session.clientVersion },
    { capabilities: {}, jsonSchemaValidator: lazyOutputValidator },
  );
  // The SDK's default per-request timeout (60 s) would cut a longer configured timeout short.
  // No per-request signal: the race in collectServer bounds the exchange, and the SDK never
  // removes the abort listener it adds for each request.
  const requestOptions = { timeout: session.timeoutMs };
  await client.connect(link, requestOptions);
  session.waiting.delete("initialize");
  const initialize = rawInitialize();
  if (initialize === undefined) throw new Error("the initialize result was not seen on the transport");
  if (pinned !== undefined && initialize.protocolVersion !== pinned) {
    throw new Error(`the server answered protocol version ${JSON.stringify(initialize.protocolVersion)}, but the config pins ${pinned}`);
  }
  return readCatalog(
    session,
    initialize,
    async (method, params) => (await client.request({ method, params }, ResultSchema, requestOptions)) as JsonObject,
  );
}

/** The 2026-07-28 era: `server/discover`, then the lists, every request carrying its `_meta`. */
async function collectModern(session: Session, exchange: Exchange, revision: string): Promise<RawCatalog> {
  session.exchange = exchange;
  const identity = { name: session.clientName, version: session.clientVersion };
  session.waiting.clear();
  session.waiting.set("server/discover", "server/discover");
  session.progress({ phase: "handshake" });
  const discovered = await exchange.request("server/discover", modernParams({}, revision, identity));
  session.waiting.delete("server/discover");
  const supported = discovered.supportedVersions;
  if (Array.isArray(supported) && !supported.includes(revision)) {
    throw new Error(`server/discover lists ${JSON.stringify(supported)}, not ${revision}`);
  }
  const initialize = discoverToServerSection(discovered, revision);
  return readCatalog(session, initialize, async (method, params) => {
    const result = await exchange.request(method, modernParams(params, revision, identity));
    if (result.resultType !== undefined && result.resultType !== "complete") {
      throw new Error(`${method} answered resultType ${JSON.stringify(result.resultType)}, not a complete list`);
    }
    return result;
  });
}

/** A modern exchange on the scan's own process, or on its endpoint. */
async function startModern(session: Session, started = false): Promise<Exchange> {
  const { transport, server } = session;
  if (transport instanceof StdioTransport) {
    const exchange = transportExchange(transport, 1);
    if (!started) await transport.start();
    return exchange;
  }
  // The new era has no SSE: `http` speaks it as plain Streamable HTTP.
  if ((server.transport !== "streamable-http" && server.transport !== "http") || server.url === undefined) {
    throw new Error(`protocol ${MODERN_REVISION} needs stdio or streamable-http, not ${server.transport}`);
  }
  return httpExchange(server.url, server.headers ?? {}, session.budget, MODERN_REVISION);
}

/** The revisions a refusal of `initialize` names, when it is the new era's documented refusal. */
function modernRefusal(error: unknown): string[] | undefined {
  if (error instanceof McpError && error.code === UNSUPPORTED_PROTOCOL_VERSION) {
    return new RpcError(error.code, error.message, error.data).supportedVersions() ?? [];
  }
  // Over HTTP the refusal is a 400 whose body is the JSON-RPC error.
  if (error instanceof StreamableHTTPError && error.code === 400) {
    const body = error.message.slice(error.message.indexOf("{"));
    try {
      const parsed: unknown = JSON.parse(body);
      if (isJsonObject(parsed) && isJsonObject(parsed.error)) {
        const { code, message, data } = parsed.error;
        if (code === UNSUPPORTED_PROTOCOL_VERSION) return new RpcError(code, String(message), data).supportedVersions() ?? [];
      }
    } catch {
      // not a JSON-RPC body
    }
  }
  return undefined;
}

/**
 * The transport as the SDK's client sees it: closing it only detaches the client, so a
 * refused `initialize` does not end the process the scan goes on talking to.
 */
function borrowed(transport: StdioTransport): Transport {
  const link: Transport = {
    start: () => transport.start(),
    send: (message) => transport.send(message),
    close: async () => link.onclose?.(),
  };
  transport.onmessage = (message) => link.onmessage?.(message);
  transport.onclose = () => link.onclose?.();
  transport.onerror = (error) => link.onerror?.(error);
  return link;
}

type Requester = (method: ListMethod | "resources/read", params: JsonObject) => Promise<JsonObject>;

/** Most `ui://` resources read per server: real servers have a handful of app views. */
const MAX_UI_RESOURCES = 200;

/**
 * The catalog, and when asked, the same catalog read again in the same session after a
 * number of harmless requests (first pages of a list the server announced; no tool is called).
 */
async function readCatalog(session: Session, initialize: JsonObject, request: Requester): Promise<CollectedCatalog> {
  const catalog: CollectedCatalog = await collectLists(session, initialize, request);
  const calls = session.rereadAfter;
  if (calls === undefined) return catalog;
  const capabilities = isJsonObject(initialize.capabilities) ? initialize.capabilities : {};
  const harmless = CATALOG_LISTS.map(({ list }) => LIST_METHODS[list]).find(({ capability }) => capabilities[capability]);
  for (let call = 0; harmless !== undefined && call < calls; call++) {
    session.waiting.set(harmless.method, harmless.method);
    await request(harmless.method, {});
    session.waiting.delete(harmless.method);
  }
  catalog.reread = await collectLists(session, initialize, request);
  return catalog;
}

/**
 * The announced lists, read at the same time (each one page after page): a slow server costs
 * the slowest list, not their sum. Items and notices land in the catalog's list order
 * whichever list answers first, so the result does not depend on timing.
 */
async function collectLists(session: Session, initialize: JsonObject, request: Requester): Promise<RawCatalog> {
  const capabilities = isJsonObject(initialize.capabilities) ? initialize.capabilities : {};
  const announced = CATALOG_LISTS.filter(({ list }) => capabilities[LIST_METHODS[list].capability]);
  const read = await Promise.all(
    announced.map(async ({ list }) => {
      const { method } = LIST_METHODS[list];
      const notices: string[] = [];
      try {
        return { list, items: await collectList(request, session, method, list, notices), notices };
      } catch (error) {
        // A server that announces resources or prompts but answers their list with "method
        // not found" has none to give (many announce what their SDK offers, not what they
        // implement): that list is empty, said in a notice. The tools are the catalog, so a
        // tools/list that fails fails the scan.
        const code = error instanceof McpError || error instanceof RpcError ? error.code : undefined;
        if (!(code === ErrorCode.MethodNotFound && list !== "tools")) {
          // The other lists may still be waiting; the failure is this one's.
          session.failed ??= method;
          throw error;
        }
        session.waiting.delete(method);
        return { list, items: undefined, notices: [...notices, unimplementedNotice(method, list)] };
      }
    }),
  );
  const catalog: RawCatalog = { initialize };
  for (const { list, items, notices } of read) {
    if (items !== undefined) catalog[list] = items;
    for (const notice of notices) session.notice(notice);
  }
  await readUiResources(session, catalog, request);
  return catalog;
}

/** What a list answered with "method not found" means for the catalog. */
function unimplementedNotice(method: ListMethod, list: CatalogList): string {
  if (list === "resourceTemplates") return `${method} is not implemented; resource templates left out`;
  const capability = LIST_METHODS[list].capability;
  return `${method} is not implemented although the server announces ${capability}; its ${capability} are left out (read as none)`;
}

/**
 * MCP Apps: the HTML a host renders for a tool is a `ui://` resource, and what it may reach
 * (its CSP domains, permissions) is in the read result's `_meta.ui`. Each is read once, so
 * the snapshot can keep a digest of it.
 */
async function readUiResources(session: Session, catalog: RawCatalog, request: Requester): Promise<void> {
  const uris = [
    ...new Set(
      (catalog.resources ?? []).map((r) => r.uri).filter((uri): uri is string => typeof uri === "string" && uri.startsWith("ui://")),
    ),
  ];
  if (uris.length === 0) return;
  if (uris.length > MAX_UI_RESOURCES) throw new Error(`more than ${MAX_UI_RESOURCES} ui:// resources`);
  const contents: Record<string, JsonObject[]> = {};
  session.waiting.set("resources/read", "resources/read");
  session.progress({ phase: "reading", resources: uris.length });
  for (const uri of uris) {
    const result = await request("resources/read", { uri });
    if (!Array.isArray(result.contents)) throw new Error(`resources/read of ${quoteCursor(uri)}: result has no "contents" array`);
    contents[uri] = result.contents.filter(isJsonObject);
  }
  session.waiting.delete("resources/read");
  catalog.resourceContents = contents;
}

/**
 * Records the `initialize` result as it arrives, before any SDK schema parses it, and any
 * list-changed notification. A pinned revision is what the request asks for.
 */
function recordInitializeResult(
  transport: Transport,
  pinned: string | undefined,
  listChanged: string[],
  onInitialize: () => void,
): () => JsonObject | undefined {
  let initializeId: RequestId | undefined;
  let result: JsonObject | undefined;
  const send = transport.send.bind(transport);
  transport.send = (message, sendOptions) => {
    if (isJSONRPCRequest(message) && message.method === "initialize") {
      onInitialize();
      initializeId = message.id;
      if (pinned !== undefined) message = { ...message, params: { ...message.params, protocolVersion: pinned } };
    }
    return send(message, sendOptions);
  };
  // Client.connect keeps a handler set before it and calls it first for every message.
  transport.onmessage = (message) => {
    if (isJSONRPCResultResponse(message) && message.id === initializeId) result = message.result as JsonObject;
    else if (isJSONRPCNotification(message) && message.method.endsWith("/list_changed")) listChanged.push(message.method);
  };
  return () => result;
}

/** One list, page after page; `notices` gets what was left out, for the caller to pass on in list order. */
async function collectList(
  request: Requester,
  session: Session,
  method: ListMethod,
  list: CatalogList,
  notices: string[],
): Promise<JsonObject[]> {
  const field = list;
  const items: JsonObject[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 1; ; page++) {
    if (page > session.maxPages) throw new Error(`more than ${session.maxPages} pages`);
    // The first page is the list's request itself; a later one is named by its number.
    session.waiting.set(method, page === 1 ? method : `${method} page ${page}`);
    session.progress({ phase: "listing", list, page });
    // An empty string is a cursor like any other: only an absent one ends the list.
    const result = await request(method, cursor === undefined ? {} : { cursor });
    const pageItems = result[field];
    if (!Array.isArray(pageItems)) throw new Error(`result has no "${field}" array`);
    let dropped = 0;
    for (const item of pageItems) {
      if (isJsonObject(item)) items.push(item);
      else dropped++;
    }
    if (dropped > 0) notices.push(`${method} page ${page}: ${dropped} item(s) that are not JSON objects left out`);
    if (items.length > session.maxItems) throw new Error(`more than ${session.maxItems} items (maxItems)`);

    const next = result.nextCursor;
    // Some servers send null for "no more pages"; treat it like an absent cursor.
    if (next === undefined || next === null) {
      session.waiting.delete(method);
      session.progress({ phase: "listed", list, items: items.length });
      return items;
    }
    if (typeof next !== "string") throw new Error(`nextCursor is a ${typeof next}, not a string`);
    if (seenCursors.has(next)) throw new Error(`cursor ${quoteCursor(next)} repeated on page ${page}`);
    seenCursors.add(next);
    cursor = next;
  }
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Why the collection failed. A breached bound, the timeout and a cancellation come first:
 * each ends the server, which would otherwise read as the server exiting on its own.
 */
function describeFailure(error: unknown, session: Session, signals: { deadline: AbortSignal; budget: AbortSignal }): string {
  const { transport } = session;
  const step = waitingFor(session);
  let message: string;
  if (signals.budget.aborted) message = `${errorMessage(signals.budget.reason)} during ${step}`;
  else if (signals.deadline.aborted) message = `timed out after ${session.timeoutMs / 1000}s during ${step}${silenceHint(session)}`;
  else if (session.signal.aborted) message = `cancelled during ${step}${abortReason(session.signal)}`;
  else if (transport instanceof StdioTransport && transport.exit !== undefined) {
    const { code, signal } = transport.exit;
    message = `server exited with ${code === null ? `signal ${signal}` : `code ${code}`} during ${step}`;
  } else message = `${session.failed ?? step} failed: ${errorMessage(error)}`;
  // A strict Streamable HTTP config refused the way an SSE-only server refuses: say how to reach one.
  if (session.server.transport === "streamable-http" && session.waiting.has("initialize") && fallbackStatus(error) !== undefined) {
    message +=
      " (a server that speaks only the legacy HTTP+SSE transport answers so: set transport: sse, or transport: http to fall back to it)";
  }

  if (transport instanceof StdioTransport && transport.noiseLines > 0) {
    message += ` (${transport.noiseLines} non-JSON-RPC line(s) on stdout skipped)`;
  }
  return message;
}

/** `tools/list page 3 and prompts/list`: what was in flight, in the order it began. */
function waitingFor(session: Session): string {
  const steps = [...session.waiting.values()];
  if (steps.length === 0) return "the exchange";
  return steps.length === 1 ? steps[0]! : `${steps.slice(0, -1).join(", ")} and ${steps.at(-1)}`;
}

/**
 * A server that has not written a byte by its timeout is most likely still starting: a first
 * `npx -y` or `uvx` run fetches the package before the server can answer.
 */
function silenceHint(session: Session): string {
  const { transport } = session;
  const silent = transport instanceof StdioTransport && transport.stdoutBytes === 0 && session.waiting.has("initialize");
  return silent ? " (nothing from the server yet: npx and uvx fetch the package on a first run)" : "";
}

/**
 * The server's stderr tail. Where the transport cut its start, a fragment of a secret there
 * is dropped: redaction only recognises whole secrets.
 */
function stderrOf(transport: Transport, secrets: readonly string[]): string {
  if (!(transport instanceof StdioTransport)) return "";
  return transport.stderrTailCut ? withoutLeadingSecretFragment(transport.stderrTail, secrets) : transport.stderrTail;
}

/**
 * The reason, cut to a bounded length, then the server's stderr tail. Configured secrets are
 * redacted before anything is cut, so a cut never leaves part of one.
 */
function boundedMessage(reason: string, stderrTail: string, secrets: readonly string[]): string {
  const redact = secretRedactor(secrets);
  let message = truncate(redact(reason), MAX_REASON_CHARS);
  const stderr = redact(stderrTail).trim();
  if (stderr !== "") message += `: ${stderr}`;
  return message;
}

function truncate(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}

/** Drops the longest end of a secret that `text` starts with (the rest of it was cut off). */
function withoutLeadingSecretFragment(text: string, secrets: readonly string[]): string {
  let cut = 0;
  for (const secret of secrets) {
    for (let length = secret.length - 1; length > cut; length--) {
      if (text.startsWith(secret.slice(-length))) {
        cut = length;
        break;
      }
    }
  }
  return text.slice(cut);
}

/** `: <reason>` for a signal aborted with a reason of our own; nothing for a bare abort(). */
function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name !== "AbortError" ? `: ${reason.message}` : "";
}

function errorMessage(error: unknown): string {
  // Name the HTTP status: the SDK's messages do not always carry it.
  if ((error instanceof StreamableHTTPError || error instanceof SseError) && error.code !== undefined && error.code > 0) {
    return `HTTP ${error.code}: ${error.message}`;
  }
  if (!(error instanceof Error)) return String(error);
  // fetch says only "fetch failed"; the reason (ECONNREFUSED, a TLS error…) is its cause.
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

function quoteCursor(cursor: string): string {
  return JSON.stringify(truncate(cursor, MAX_MESSAGE_CURSOR_CHARS));
}
