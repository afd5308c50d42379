import { isPlainObject, type PathSegment } from "../source.js";
import { convertEntries, disabledReason, mapEntries, mapStrings, type EntryResult } from "./entries.js";
import type { HostFormat } from "./host-format.js";
import { translateOpencode } from "./variables.js";

/**
 * opencode's `opencode.json` / `opencode.jsonc`: `mcp` maps names to `{type: "local",
 * command: [program, ...args], environment}` or `{type: "remote", url, headers}` (newer
 * releases nest them under `mcp.servers` and switch one off with `disabled`), and a project's
 * `.agents/mcp.json`, which holds the map alone. `{env:NAME}` is an
 * environment variable; `{file:…}` is not supported here and says so.
 */
export const opencode: HostFormat = {
  id: "opencode",
  name: "opencode",
  projectFiles: ["opencode.json", "opencode.jsonc", ".opencode/opencode.json", ".opencode/opencode.jsonc", ".agents/mcp.json"],
  userFiles: [".config/opencode/opencode.json", ".config/opencode/opencode.jsonc", ".agents/mcp.json"],
  docs: "https://opencode.ai/docs/mcp-servers/",
  // VS Code's settings.json has an `mcp` block too: the file's name or place settles which it is.
  matches: (data) => isPlainObject(data) && (isPlainObject(data.mcp) || isServerMap(data)),
  convert(file) {
    const data = file.source.data as Record<string, unknown>;
    // `.agents/mcp.json` holds the server map itself.
    const root = isPlainObject(data.mcp) ? (isNested(data.mcp) ? ["mcp", "servers"] : ["mcp"]) : [];
    return convertEntries(mapEntries(file, root, isPlainObject(data.mcp) ? serversOf(data.mcp) : data), opencodeEntry);
  },
};

/** `mcp.servers` holding entries rather than being an entry named "servers". */
function isNested(mcp: Record<string, unknown>): boolean {
  return isPlainObject(mcp.servers) && !("type" in mcp.servers);
}

function serversOf(mcp: unknown): unknown {
  return isPlainObject(mcp) && isNested(mcp) ? mcp.servers : mcp;
}

/** A file that is nothing but opencode server entries. */
function isServerMap(data: Record<string, unknown>): boolean {
  const entries = Object.values(data);
  return entries.length > 0 && entries.every((entry) => isPlainObject(entry) && (entry.type === "local" || entry.type === "remote"));
}

function opencodeEntry(entry: Record<string, unknown>): EntryResult {
  const skip = disabledReason(entry);
  if (skip) return { skip };
  const fileReference = JSON.stringify(entry).match(/\{file:[^}]*\}/)?.[0];
  if (fileReference) return { problem: `opencode's ${fileReference} substitution is not supported by mcp-drift; use {env:NAME}`, at: [] };
  if (entry.type === "remote") {
    // opencode tries both transports for a remote URL.
    const server: Record<string, unknown> = { url: entry.url, transport: "http" };
    if (entry.headers !== undefined) server.headers = entry.headers;
    return {
      server: mapStrings(server, translateOpencode) as Record<string, unknown>,
      sourceOf: (path) => (path[0] === "transport" ? ["type"] : path),
    };
  }
  if (entry.type !== "local") return { problem: `expected "local" or "remote", got ${JSON.stringify(entry.type)}`, at: ["type"] };
  const command = entry.command;
  if (!Array.isArray(command) || command.length === 0 || typeof command[0] !== "string") {
    return { problem: `expected the command as a list of strings, program first, got ${JSON.stringify(command)}`, at: ["command"] };
  }
  const server: Record<string, unknown> = { command: command[0] };
  if (command.length > 1) server.args = command.slice(1);
  if (entry.environment !== undefined) server.env = entry.environment;
  if (entry.cwd !== undefined) server.cwd = entry.cwd;
  // The program and its arguments share one list in opencode.
  const sourceOf = ([key, ...rest]: PathSegment[]): PathSegment[] => {
    if (key === "command") return ["command", 0];
    if (key === "args" && typeof rest[0] === "number") return ["command", rest[0] + 1, ...rest.slice(1)];
    if (key === "env") return ["environment", ...rest];
    return key === undefined ? [] : [key, ...rest];
  };
  return { server: mapStrings(server, translateOpencode) as Record<string, unknown>, sourceOf };
}
