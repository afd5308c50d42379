import { extname } from "node:path";
import { isPlainObject, keysInOrder, type ConfigSource, type PathSegment, type Problem } from "./source.js";

/**
 * A config in the mcp-drift shape, whatever file format it came from, with the way back to
 * the file: errors found in the mcp-drift shape are reported where the user wrote the value.
 */
export interface DriftShape {
  data: unknown;
  /** Server ids in file order. */
  serverOrder: string[];
  /** The path in the source file that holds the value at `path` of `data`. */
  sourcePath(path: PathSegment[]): PathSegment[];
  /** Conversion problems (host files only), already in source paths. */
  problems: Problem[];
}

type HostRoot = "mcpServers" | "servers";

/** Host `type` values and the transport each means. */
const HOST_TRANSPORTS = new Map([
  ["stdio", "stdio"],
  ["http", "streamable-http"],
  ["sse", "sse"],
]);

/**
 * Reads the file as mcp-drift's own format (it has `version`, or is YAML) or as an MCP host's
 * file: `{"mcpServers": …}` (Claude Desktop, Claude Code, Cursor, Gemini CLI) or VS Code's
 * `{"servers": …, "inputs": …}`. Host files are converted; their other settings are ignored.
 */
export function toDriftShape(source: ConfigSource): DriftShape {
  const data = source.data;
  const root = hostRoot(source);
  if (!root || !isPlainObject(data)) {
    return { data, serverOrder: keysInOrder(source, ["servers"]), sourcePath: (path) => path, problems: [] };
  }
  return convertHostFile(source, root, data[root]);
}

function hostRoot(source: ConfigSource): HostRoot | undefined {
  const data = source.data;
  const yaml = [".yml", ".yaml"].includes(extname(source.name).toLowerCase());
  if (!isPlainObject(data) || "version" in data || yaml) return undefined;
  if ("mcpServers" in data) return "mcpServers";
  // VS Code's mcp.json holds only these; anything else is an mcp-drift file missing `version`.
  if ("servers" in data && Object.keys(data).every((key) => key === "servers" || key === "inputs")) return "servers";
  return undefined;
}

/** Where a converted server came from and which host keys its keys were read from. */
interface Origin {
  name: string;
  keySources: Record<string, string>;
}

function convertHostFile(source: ConfigSource, root: HostRoot, entries: unknown): DriftShape {
  const origins = new Map<string, Origin>();
  const problems: Problem[] = [];
  const sourcePath = (path: PathSegment[]): PathSegment[] => {
    const [top, id, key, ...rest] = path;
    if (top !== "servers") return [];
    const origin = typeof id === "string" ? origins.get(id) : undefined;
    if (!origin) return [root];
    if (key === undefined) return [root, origin.name];
    return [root, origin.name, origin.keySources[key] ?? key, ...rest];
  };
  // Not a mapping: passed on as it is, so the schema reports it where it is.
  if (!isPlainObject(entries)) return { data: { version: 1, servers: entries }, serverOrder: [], sourcePath, problems };

  const servers: [string, unknown][] = [];
  for (const name of keysInOrder(source, [root])) {
    const entry = entries[name];
    if (isPlainObject(entry) && entry.disabled === true) continue;
    const id = toServerId(name);
    if (id === "") {
      problems.push({ path: [root], key: name, message: `can't make a server id from "${name}": use letters or digits` });
      continue;
    }
    const clash = origins.get(id);
    if (clash) {
      const message = `"${name}" and "${clash.name}" both become server id "${id}"; rename one`;
      problems.push({ path: [root], key: name, message });
      continue;
    }
    const converted = isPlainObject(entry) ? convertEntry(entry) : { server: entry, keySources: {} };
    if ("problem" in converted) {
      problems.push({ path: [root, name, "type"], message: converted.problem });
      continue;
    }
    origins.set(id, { name, keySources: converted.keySources });
    servers.push([id, converted.server]);
  }
  return {
    data: { version: 1, servers: Object.fromEntries(servers) },
    serverOrder: servers.map(([id]) => id),
    sourcePath,
    problems,
  };
}

type ConvertedEntry = { server: Record<string, unknown>; keySources: Record<string, string> } | { problem: string };

/** One host entry in mcp-drift's terms; host-only keys (description, trust, envFile, …) are dropped. */
function convertEntry(entry: Record<string, unknown>): ConvertedEntry {
  const declared = entry.type === undefined ? undefined : HOST_TRANSPORTS.get(String(entry.type));
  if (entry.type !== undefined && (typeof entry.type !== "string" || declared === undefined)) {
    return { problem: `expected one of ${[...HOST_TRANSPORTS.keys()].join(", ")}, got ${JSON.stringify(entry.type)}` };
  }
  // Without a `type`, hosts infer it: a command is stdio, a URL is Streamable HTTP.
  const transport = declared ?? (entry.command !== undefined ? "stdio" : "streamable-http");
  // Gemini CLI's timeout is in milliseconds; mcp-drift's plain numbers are seconds.
  const timeout = typeof entry.timeout === "number" ? entry.timeout / 1000 : entry.timeout;
  if (transport === "stdio") {
    return { server: pick({ ...entry, timeout }, ["command", "args", "env", "cwd", "timeout"]), keySources: {} };
  }
  // Gemini CLI's `httpUrl` is its Streamable HTTP endpoint.
  const urlKey = entry.httpUrl !== undefined ? "httpUrl" : "url";
  const server = pick({ ...entry, url: entry[urlKey], transport, timeout }, ["url", "transport", "headers", "timeout"]);
  return { server, keySources: { url: urlKey } };
}

function pick(entry: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => entry[key] !== undefined).map((key) => [key, entry[key]]));
}

/** `My Server` → `my-server`: lowercase, runs of other characters become `-`, no separator at either end. */
export function toServerId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .slice(0, 128)
    .replace(/^[._-]+|[._-]+$/g, "");
}
