import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, extname } from "node:path";
import { HOST_FORMATS, hostFormatOf, type HostFormat, type HostServer } from "./hosts/index.js";
import { tomlSource } from "./hosts/toml.js";
import { isPlainObject, keysInOrder, readSource, type ConfigSource, type PathSegment, type Problem } from "./source.js";

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
  /** The host whose file this is; undefined for mcp-drift's own format. */
  host?: HostFormat;
  /** Where relative paths and stdio servers start: the host's workspace folder, or the file's folder. */
  folder: string;
  /** Servers skipped on purpose, in words (disabled ones, VS Code inputs not set). */
  notices: string[];
  /** Values read from files (envFile) that every output must redact. */
  secrets: string[];
}

export interface ShapeOptions {
  env: NodeJS.ProcessEnv;
  /** `${userHome}`; the user's home folder by default. */
  userHome?: string;
}

/** Reads a config file of any supported syntax: YAML, JSON (with comments) or TOML. */
export async function readConfigSource(name: string, path: string): Promise<ConfigSource> {
  if (extname(path).toLowerCase() !== ".toml") return readSource(name, path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    // readSource words every read failure.
    return readSource(name, path);
  }
  return tomlSource(name, path, text);
}

/**
 * Reads the file as mcp-drift's own format (it has `version` and `servers`) or as an MCP host's
 * file (hosts/index.ts lists them), converting the host's servers and variables.
 */
export async function toDriftShape(source: ConfigSource, options: ShapeOptions): Promise<DriftShape> {
  const data = source.data;
  const found = isOwnFormat(source) ? undefined : hostFormatOf(source.path, data);
  if (!found) {
    return {
      data,
      serverOrder: keysInOrder(source, ["servers"]),
      sourcePath: (path) => path,
      problems: [],
      folder: dirname(source.path),
      notices: [],
      secrets: [],
    };
  }
  return convertHostFile(source, found.format, workspaceOf(source.path, found.pattern), options);
}

/**
 * mcp-drift.yml: `version` with `servers` (or a numeric `version`), or YAML with `servers`, which
 * no host writes. Continue's YAML has a `version` too ("0.0.1"), so `version` alone does not tell.
 */
export function isOwnFormat(source: Pick<ConfigSource, "path" | "data">): boolean {
  const data = source.data;
  if (!isPlainObject(data)) return true;
  const yaml = [".yml", ".yaml"].includes(extname(source.path).toLowerCase());
  return ("version" in data && ("servers" in data || typeof data.version === "number")) || (yaml && "servers" in data);
}

/** The folder above the host's own file pattern (`.vscode/mcp.json` → the project), else the file's folder. */
function workspaceOf(path: string, pattern: string | undefined): string {
  let folder = dirname(path);
  for (let depth = (pattern?.split("/").length ?? 1) - 1; depth > 0; depth--) folder = dirname(folder);
  return folder;
}

async function convertHostFile(
  source: ConfigSource,
  host: HostFormat,
  workspaceFolder: string,
  options: ShapeOptions,
): Promise<DriftShape> {
  const conversion = await host.convert({ source, workspaceFolder, userHome: options.userHome ?? homedir(), env: options.env });
  const problems = [...conversion.problems];
  const byId = new Map<string, HostServer>();
  const parentOf = (server: HostServer) => server.path.slice(0, -1);
  for (const server of conversion.servers) {
    const id = toServerId(server.name);
    const key = String(server.path.at(-1));
    if (id === "") {
      problems.push({ path: parentOf(server), key, message: `can't make a server id from "${server.name}": use letters or digits` });
      continue;
    }
    const clash = byId.get(id);
    if (clash) {
      problems.push({
        path: parentOf(server),
        key,
        message: `"${server.name}" and "${clash.name}" both become server id "${id}"; rename one`,
      });
      continue;
    }
    byId.set(id, server);
  }
  const sourcePath = (path: PathSegment[]): PathSegment[] => {
    const [top, id, ...rest] = path;
    if (top !== "servers") return [];
    const server = typeof id === "string" ? byId.get(id) : undefined;
    if (!server) return conversion.servers[0] ? parentOf(conversion.servers[0]) : [];
    return [...server.path, ...(server.sourceOf ? server.sourceOf(rest) : rest)];
  };
  const servers = [...byId].map(([id, server]) => [id, server.server] as const);
  if (servers.length === 0 && problems.length === 0) {
    problems.push({ path: [], message: [`no ${host.name} server left to scan`, ...conversion.notices].join("; ") });
  }
  return {
    data: { version: 1, servers: Object.fromEntries(servers) },
    serverOrder: servers.map(([id]) => id),
    sourcePath,
    problems,
    host,
    folder: workspaceFolder,
    notices: conversion.notices.map((notice) => `${source.name}: ${notice}`),
    secrets: conversion.servers.flatMap((server) => server.secrets ?? []),
  };
}

/** Every host mcp-drift reads, for messages: "Claude Code, Cursor, …". */
export const HOST_NAMES: string = HOST_FORMATS.map((format) => format.name).join(", ");

/** `My Server` → `my-server`: lowercase, runs of other characters become `-`, no separator at either end. */
export function toServerId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .slice(0, 128)
    .replace(/^[._-]+|[._-]+$/g, "");
}
