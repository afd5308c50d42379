/**
 * The 2026-07-28 era of MCP: no `initialize`; a client learns a server's identity,
 * capabilities and instructions from `server/discover`, and every request carries its
 * protocol version, client info and client capabilities in `params._meta`. Requests are
 * sent raw, and results are kept as the server sent them: no SDK schema sees them first.
 */
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { isJSONRPCErrorResponse, isJSONRPCNotification, isJSONRPCResultResponse } from "@modelcontextprotocol/sdk/types.js";
import { isJsonObject, type JsonObject } from "../model.js";
import { originBoundFetch } from "./http.js";
import type { ByteBudget } from "./limits.js";

export { isModernRevision, KNOWN_REVISIONS, LEGACY_REVISIONS, MODERN_REVISION } from "../protocol-revisions.js";

/** The JSON-RPC error a server answers a request in a revision it does not serve. */
export const UNSUPPORTED_PROTOCOL_VERSION = -32022;

export const META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
export const META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
export const META_CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
export const META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";

/** A JSON-RPC error answer, with the HTTP status it came with, if any. */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    readonly rpcMessage: string,
    readonly data?: unknown,
    readonly httpStatus?: number,
  ) {
    super(`${httpStatus === undefined ? "" : `HTTP ${httpStatus}: `}MCP error ${code}: ${rpcMessage}`);
    this.name = "RpcError";
  }

  /** The revisions an unsupported-protocol-version error says the server serves, if it says. */
  supportedVersions(): string[] | undefined {
    if (this.code !== UNSUPPORTED_PROTOCOL_VERSION || !isJsonObject(this.data)) return undefined;
    const supported = this.data.supported;
    return Array.isArray(supported) && supported.every((v) => typeof v === "string") ? supported : undefined;
  }
}

/** One request, one raw result; a JSON-RPC error is thrown as an RpcError. */
export interface Exchange {
  request(method: string, params: JsonObject): Promise<JsonObject>;
  /** Notification methods seen so far (e.g. `notifications/tools/list_changed`). */
  readonly notifications: string[];
  close(): Promise<void>;
}

/** Who we say we are in every modern request. */
export interface ClientIdentity {
  name: string;
  version: string;
}

export function modernParams(params: JsonObject, revision: string, client: ClientIdentity): JsonObject {
  const meta = isJsonObject(params._meta) ? params._meta : {};
  return {
    ...params,
    _meta: {
      ...meta,
      [META_PROTOCOL_VERSION]: revision,
      [META_CLIENT_INFO]: { name: client.name, version: client.version },
      [META_CLIENT_CAPABILITIES]: {},
    },
  };
}

/**
 * Requests over a message transport (our stdio transport): ids are matched here, so the
 * results are the server's JSON exactly. Takes over the transport's message handler.
 */
export function transportExchange(transport: Transport, firstId = 1): Exchange {
  let nextId = firstId;
  const pending = new Map<string | number, { resolve: (result: JsonObject) => void; reject: (error: Error) => void }>();
  const notifications: string[] = [];
  const failAll = (error: Error): void => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  transport.onmessage = (message) => {
    if (isJSONRPCNotification(message)) {
      notifications.push(message.method);
      return;
    }
    if (isJSONRPCResultResponse(message)) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      waiter?.resolve(isJsonObject(message.result) ? (message.result as JsonObject) : {});
    } else if (isJSONRPCErrorResponse(message) && message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      waiter?.reject(new RpcError(message.error.code, message.error.message, message.error.data));
    }
  };
  transport.onclose = () => failAll(new Error("the connection closed"));
  transport.onerror = (error) => failAll(error);
  return {
    notifications,
    request(method, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        transport.send({ jsonrpc: "2.0", id, method, params }).catch((error: unknown) => {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      });
    },
    close: () => transport.close(),
  };
}

/**
 * Requests over Streamable HTTP in the modern era: each a POST of its own, with the
 * `MCP-Protocol-Version` and `Mcp-Method` headers the revision requires, answered with one
 * JSON body or an event stream that ends with the response. Same origin-bound, byte-counted
 * fetch as the legacy transport.
 */
export function httpExchange(url: string, headers: Record<string, string>, budget: ByteBudget, revision: string): Exchange {
  const endpoint = new URL(url);
  const fetchBound = originBoundFetch(endpoint, budget);
  const notifications: string[] = [];
  let nextId = 1;
  return {
    notifications,
    async request(method, params) {
      const id = nextId++;
      const response = await fetchBound(endpoint, {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          "mcp-protocol-version": revision,
          "mcp-method": method,
        },
        body: JSON.stringify({ jsonrpc: "2.0", id, method, params }),
      });
      const type = response.headers.get("content-type") ?? "";
      const messages = type.includes("text/event-stream") ? await eventStreamMessages(response) : [await bodyJson(response)];
      for (const message of messages) {
        if (!isJsonObject(message)) continue;
        if (message.id === undefined && typeof message.method === "string") notifications.push(message.method);
        if (message.id !== id) continue;
        if (isJsonObject(message.error)) {
          const { code, message: text, data } = message.error;
          throw new RpcError(typeof code === "number" ? code : 0, String(text), data, response.ok ? undefined : response.status);
        }
        if (isJsonObject(message.result) && response.ok) return message.result;
      }
      throw new Error(`HTTP ${response.status}: no JSON-RPC response to ${method}`);
    },
    close: async () => {},
  };
}

async function bodyJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 512)}`);
    throw new Error("the response is not JSON");
  }
}

/** The JSON `data` of each event in an event stream. */
async function eventStreamMessages(response: Response): Promise<unknown[]> {
  const text = await response.text();
  const messages: unknown[] = [];
  for (const event of text.split(/\r\n\r\n|\n\n|\r\r/)) {
    const data = event
      .split(/\r\n|\n|\r/)
      .filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(5).replace(/^ /, ""))
      .join("\n");
    if (data === "") continue;
    try {
      messages.push(JSON.parse(data));
    } catch {
      // not JSON: not a message
    }
  }
  return messages;
}

/**
 * The `server/discover` result in the shape the snapshot's server section has always had:
 * `protocolVersion` (the revision this scan spoke), `serverInfo` (from the result, or from
 * its `_meta` where SDK v2 puts it), `capabilities`, `instructions`, and any other field the
 * server sent. Dropped: `supportedVersions` (the revision recorded says what was spoken),
 * the cache hints and `resultType` (they change between reads, not with the server), and
 * the per-result server info in `_meta` (moved to `serverInfo`).
 */
export function discoverToServerSection(result: JsonObject, revision: string): JsonObject {
  const { supportedVersions: _v, ttlMs: _t, cacheScope: _c, resultType: _r, _meta, ...rest } = result;
  const section: JsonObject = { ...rest, protocolVersion: revision };
  if (isJsonObject(_meta)) {
    const { [META_SERVER_INFO]: serverInfo, ...otherMeta } = _meta;
    if (section.serverInfo === undefined && serverInfo !== undefined) section.serverInfo = serverInfo;
    if (Object.keys(otherMeta).length > 0) section._meta = otherMeta;
  }
  return section;
}
