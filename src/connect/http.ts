/** Client transports for remote servers: Streamable HTTP or legacy SSE, with static headers. */
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";

/**
 * No auth provider is passed on purpose: a 401 is reported instead of starting OAuth
 * discovery. The SSE transport also sends `requestInit.headers` on its EventSource GET.
 */
export function createHttpTransport(kind: "streamable-http" | "sse", url: string, headers: Record<string, string> = {}): Transport {
  const requestInit: RequestInit = { headers };
  return kind === "sse"
    ? new SSEClientTransport(new URL(url), { requestInit })
    : new StreamableHTTPClientTransport(new URL(url), { requestInit });
}
