/**
 * Client transports for remote servers: Streamable HTTP, legacy SSE, or Streamable HTTP that
 * falls back to SSE (`http`), with static headers.
 */
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport, StreamableHTTPError } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { FetchLike, Transport, TransportSendOptions } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage, MessageExtraInfo } from "@modelcontextprotocol/sdk/types.js";
import { ByteBudget } from "./limits.js";

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses whose response may not have a body, so it cannot be rebuilt with one. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * No auth provider is passed on purpose: a 401 is reported instead of starting OAuth
 * discovery. The SSE transport also sends `requestInit.headers` on its EventSource GET.
 * Every request goes through `originBoundFetch`, which keeps the headers on the configured
 * origin and counts what the server sends.
 */
export function createHttpTransport(
  kind: "streamable-http" | "sse" | "http",
  url: string,
  headers: Record<string, string> = {},
  budget = new ByteBudget(),
): Transport {
  const endpoint = new URL(url);
  const options = { requestInit: { headers }, fetch: originBoundFetch(endpoint, budget) };
  if (kind === "http") {
    return new FallbackTransport(new StreamableHTTPClientTransport(endpoint, options), () => new SSEClientTransport(endpoint, options));
  }
  return kind === "sse" ? new SSEClientTransport(endpoint, options) : new StreamableHTTPClientTransport(endpoint, options);
}

/** The statuses after which the MCP spec's backwards-compatibility section has a client try the legacy transport. */
const FALLBACK_STATUSES = new Set([400, 404, 405]);

/**
 * Streamable HTTP first; when the server refuses the first message (initialize) with 400,
 * 404 or 405, the legacy HTTP+SSE transport on the same URL: GET it, wait for the `endpoint`
 * event, and send initialize again there. This is what the MCP spec's backwards-compatibility
 * section describes and what VS Code, Cursor, Windsurf and opencode do for a remote URL. A 400
 * whose body is a JSON-RPC error is a Streamable HTTP server answering (e.g. refusing the
 * protocol revision), so it is no reason to fall back. Once a message has gone through, the
 * transport is settled and never switches.
 */
export class FallbackTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T, extra?: MessageExtraInfo) => void;
  /** The transport in use: Streamable HTTP until a refusal, then SSE. */
  used: "streamable-http" | "sse" = "streamable-http";
  /** Called when Streamable HTTP was refused and the SSE stream is being opened, with the status that refused it. */
  onFallback?: (status: number) => void;
  private current: Transport;
  private settled = false;

  constructor(
    primary: Transport,
    private readonly legacy: () => Transport,
  ) {
    this.current = primary;
    this.wire(primary);
  }

  get sessionId(): string | undefined {
    return this.current.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.current.setProtocolVersion?.(version);
  }

  start(): Promise<void> {
    return this.current.start();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if (this.settled) return this.current.send(message, options);
    try {
      await this.current.send(message, options);
      this.settled = true;
    } catch (error) {
      const status = fallbackStatus(error);
      if (status === undefined) throw error;
      this.settled = true;
      this.onFallback?.(status);
      const primary = this.current;
      this.current = this.legacy();
      this.used = "sse";
      this.wire(this.current);
      // The refused transport's close must not read as this transport closing.
      primary.onclose = undefined;
      await primary.close();
      try {
        await this.current.start();
      } catch (sseError) {
        const reason = sseError instanceof Error ? sseError.message : String(sseError);
        throw new Error(`Streamable HTTP was refused with HTTP ${status}, and the legacy SSE stream failed too: ${reason}`, {
          cause: sseError,
        });
      }
      await this.current.send(message, options);
    }
  }

  close(): Promise<void> {
    return this.current.close();
  }

  private wire(transport: Transport): void {
    transport.onmessage = (message, extra) => this.onmessage?.(message, extra);
    transport.onerror = (error) => this.onerror?.(error);
    transport.onclose = () => this.onclose?.();
  }
}

/** The HTTP status that sends a client to the legacy transport, or undefined when `error` is no such refusal. */
export function fallbackStatus(error: unknown): number | undefined {
  if (!(error instanceof StreamableHTTPError) || error.code === undefined || !FALLBACK_STATUSES.has(error.code)) return undefined;
  if (error.code === 400 && carriesJsonRpcError(error.message)) return undefined;
  return error.code;
}

/** True when the error text ends in a JSON-RPC error response (the SDK appends the response body). */
function carriesJsonRpcError(text: string): boolean {
  const start = text.indexOf("{");
  if (start < 0) return false;
  try {
    const body: unknown = JSON.parse(text.slice(start));
    return typeof body === "object" && body !== null && "error" in body && "jsonrpc" in body;
  } catch {
    return false;
  }
}

/**
 * A fetch that sends requests only to `endpoint`'s origin: configured headers often carry a
 * token, and a redirect must not carry it elsewhere. Same-origin redirects are followed here,
 * a few at most; any other redirect is an error. Response bodies are counted against `budget`.
 */
export function originBoundFetch(endpoint: URL, budget: ByteBudget): FetchLike {
  return async (url, init) => {
    let target = new URL(url);
    for (let redirects = 0; ; redirects++) {
      if (target.origin !== endpoint.origin) {
        throw new Error(`refused to send a request to ${target.origin}: only ${endpoint.origin} is configured`);
      }
      const response = await fetch(target, { ...init, redirect: "manual" });
      const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get("location") : null;
      // 301, 302 and 303 would turn a POST into a GET, which no MCP endpoint answers; such a
      // redirect is returned as it is and reported with its status.
      const keepsRequest = response.status === 307 || response.status === 308 || (init?.method ?? "GET") === "GET";
      if (location === null || !keepsRequest) return countedResponse(response, budget);
      await response.body?.cancel();
      const next = new URL(location, target);
      if (next.origin !== endpoint.origin) {
        throw new Error(`refused a redirect (HTTP ${response.status}) from ${target.origin} to another origin, ${next.origin}`);
      }
      if (redirects === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      target = next;
    }
  };
}

/**
 * The response with a body that counts its bytes and fails once the budget is exceeded. An
 * event stream carries one message per event, however many `data:` lines it is split over;
 * any other body is one message.
 */
function countedResponse(response: Response, budget: ByteBudget): Response {
  if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  const eventStream = response.headers.get("content-type")?.includes("text/event-stream") ?? false;
  const events = eventStream ? new EventSizes() : undefined;
  let bodyBytes = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bodyBytes += chunk.length;
      if (budget.count(chunk.length, events ? events.largestIn(chunk) : bodyBytes)) controller.enqueue(chunk);
      else controller.error(budget.exceeded.reason);
    },
  });
  const { status, statusText, headers } = response;
  return new Response(response.body.pipeThrough(counter), { status, statusText, headers });
}

/**
 * Sizes of the events of an event stream as its bytes arrive. An event ends at a blank line
 * (LF, CR or CRLF line ends); its size counts every line of it, field names included.
 */
class EventSizes {
  /** Bytes of the event read so far. */
  private current = 0;
  private lineIsEmpty = true;
  private afterCarriageReturn = false;

  /** The largest event, whole or begun, that this chunk holds a part of. */
  largestIn(chunk: Uint8Array): number {
    let largest = this.current;
    for (const byte of chunk) {
      const crlf = byte === LINE_FEED && this.afterCarriageReturn;
      this.afterCarriageReturn = byte === CARRIAGE_RETURN;
      if (crlf) continue; // the second half of one line end
      if (byte === LINE_FEED || byte === CARRIAGE_RETURN) {
        if (this.lineIsEmpty) {
          this.current = 0; // a blank line: the event is complete
          continue;
        }
        this.lineIsEmpty = true;
      } else this.lineIsEmpty = false;
      this.current++;
      if (this.current > largest) largest = this.current;
    }
    return largest;
  }
}
