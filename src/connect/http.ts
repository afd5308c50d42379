/** Client transports for remote servers: Streamable HTTP or legacy SSE, with static headers. */
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { FetchLike, Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
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
  kind: "streamable-http" | "sse",
  url: string,
  headers: Record<string, string> = {},
  budget = new ByteBudget(),
): Transport {
  const endpoint = new URL(url);
  const options = { requestInit: { headers }, fetch: originBoundFetch(endpoint, budget) };
  return kind === "sse" ? new SSEClientTransport(endpoint, options) : new StreamableHTTPClientTransport(endpoint, options);
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
