import { isPlainObject, keysInOrder, type PathSegment, type Problem } from "../source.js";
import type { HostConversion, HostFile, HostServer } from "./host-format.js";

/** One server entry as found in a host file. */
export interface RawEntry {
  name: string;
  path: PathSegment[];
  value: unknown;
}

/** What one entry became: a server, a problem at a path relative to the entry, or a skip with its reason. */
export type EntryResult =
  | { server: Record<string, unknown>; sourceOf?: (path: PathSegment[]) => PathSegment[]; secrets?: string[] }
  | { problem: string; at: PathSegment[] }
  | { skip: string };

export type EntryConverter = (entry: Record<string, unknown>, raw: RawEntry) => EntryResult | Promise<EntryResult>;

/** Server entries found in a host file, and the problems met finding them. */
export interface FoundEntries {
  entries: RawEntry[];
  problems: Problem[];
}

/** The entries of the mapping at `path`, in file order; a problem when it is there but not a mapping. */
export function mapEntries(file: HostFile, path: PathSegment[], value: unknown): FoundEntries {
  if (value === undefined || value === null) return { entries: [], problems: [] };
  if (!isPlainObject(value)) {
    return { entries: [], problems: [{ path, message: "expected a mapping of server names to servers" }] };
  }
  const names = keysInOrder(file.source, path);
  // A source without positions (TOML) keeps the data's own order.
  const ordered = names.length > 0 ? names : Object.keys(value);
  return { entries: ordered.map((name) => ({ name, path: [...path, name], value: value[name] })), problems: [] };
}

/**
 * Converts each entry found, after the problems met finding them; entries that are not mappings
 * pass on as they are, so the schema names them.
 */
export async function convertEntries(found: FoundEntries, convert: EntryConverter): Promise<HostConversion> {
  const servers: HostServer[] = [];
  const problems: Problem[] = [...found.problems];
  const notices: string[] = [];
  for (const raw of found.entries) {
    if (!isPlainObject(raw.value)) {
      servers.push({ name: raw.name, path: raw.path, server: raw.value as Record<string, unknown> });
      continue;
    }
    const result = await convert(raw.value, raw);
    if ("problem" in result) problems.push({ path: [...raw.path, ...result.at], message: result.problem });
    else if ("skip" in result) notices.push(`server "${raw.name}" not scanned: ${result.skip}`);
    else servers.push({ name: raw.name, path: raw.path, ...result });
  }
  return { servers, problems, notices };
}

/** Copies the keys that are set, under new names: `{ url: "serverUrl" }` reads `serverUrl` into `url`. */
export function renamed(entry: Record<string, unknown>, keys: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(keys)
      .filter(([, from]) => entry[from] !== undefined)
      .map(([to, from]) => [to, entry[from]]),
  );
}

/** Maps each string of a value (string, list or mapping of strings) through `translate`; other values stay. */
export function mapStrings(value: unknown, translate: (text: string) => string): unknown {
  if (typeof value === "string") return translate(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, translate));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, translate)]));
  return value;
}

/** A source path for a converted key read from a differently named host key. */
export function keySources(sources: Record<string, PathSegment[]>): (path: PathSegment[]) => PathSegment[] {
  return ([key, ...rest]) => {
    const source = typeof key === "string" ? sources[key] : undefined;
    return source ? [...source, ...rest] : key === undefined ? [] : [key, ...rest];
  };
}

/** A `disabled: true` or `enabled: false` entry: the host does not start it, so neither does mcp-drift. */
export function disabledReason(entry: Record<string, unknown>): string | undefined {
  if (entry.disabled === true) return "it is disabled in the host file (disabled: true)";
  if (entry.enabled === false) return "it is disabled in the host file (enabled: false)";
  return undefined;
}

/** Host `type` values and the transport each means. */
export const HOST_TRANSPORTS: ReadonlyMap<string, string> = new Map([
  ["stdio", "stdio"],
  ["http", "streamable-http"],
  ["streamable-http", "streamable-http"],
  ["streamableHttp", "streamable-http"],
  ["sse", "sse"],
]);

/**
 * The `mcpServers` / `servers` entry most hosts share: `type` (or inferred: a command is stdio,
 * a URL Streamable HTTP), command, args, env, cwd, url, headers; strings through `translate`.
 * Host-only keys (description, trust, alwaysAllow, …) are dropped. `fallsBack`: the host tries
 * Streamable HTTP and falls back to legacy SSE for `type: "http"` or a bare URL, so those map
 * to the `http` transport, which does the same.
 */
export function commonEntry(
  entry: Record<string, unknown>,
  translate: (text: string) => string,
  urlKey = "url",
  fallsBack = false,
): EntryResult {
  const skip = disabledReason(entry);
  if (skip) return { skip };
  const declared = entry.type === undefined ? undefined : HOST_TRANSPORTS.get(String(entry.type));
  if (entry.type !== undefined && (typeof entry.type !== "string" || declared === undefined)) {
    return { problem: `expected one of stdio, http, sse, got ${JSON.stringify(entry.type)}`, at: ["type"] };
  }
  const remote = fallsBack ? "http" : "streamable-http";
  const transport = entry.type === "http" ? remote : (declared ?? (entry.command !== undefined ? "stdio" : remote));
  if (transport === "stdio") {
    return {
      server: mapStrings(renamed(entry, { command: "command", args: "args", env: "env", cwd: "cwd" }), translate) as Record<
        string,
        unknown
      >,
    };
  }
  const server = mapStrings(renamed(entry, { url: urlKey, headers: "headers" }), translate) as Record<string, unknown>;
  return { server: { ...server, transport }, sourceOf: keySources({ url: [urlKey], transport: ["type"] }) };
}
