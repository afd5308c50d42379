import { isPlainObject } from "../source.js";
import { convertEntries, disabledReason, keySources, mapEntries, mapStrings, renamed, type EntryResult } from "./entries.js";
import type { HostFormat } from "./host-format.js";
import { translateGemini } from "./variables.js";

/**
 * Gemini CLI's `.gemini/settings.json` (project) and `~/.gemini/settings.json`: `mcpServers`
 * where `url` is an SSE endpoint and `httpUrl` a Streamable HTTP one (`type: "http"` makes
 * `url` Streamable HTTP too), `timeout` is in milliseconds, and `$NAME` and `${NAME}` are
 * environment variables.
 */
export const gemini: HostFormat = {
  id: "gemini",
  name: "Gemini CLI",
  projectFiles: [".gemini/settings.json"],
  userFiles: [".gemini/settings.json"],
  docs: "https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md",
  matches: (data) => isPlainObject(data) && isPlainObject(data.mcpServers),
  convert(file) {
    return convertEntries(mapEntries(file, ["mcpServers"], (file.source.data as Record<string, unknown>).mcpServers), geminiEntry);
  },
};

function geminiEntry(entry: Record<string, unknown>): EntryResult {
  const skip = disabledReason(entry);
  if (skip) return { skip };
  // mcp-drift's plain numbers are seconds.
  const timeout = typeof entry.timeout === "number" ? entry.timeout / 1000 : entry.timeout;
  if (entry.command !== undefined) {
    const server = mapStrings(renamed(entry, { command: "command", args: "args", env: "env", cwd: "cwd" }), translateGemini);
    return { server: { ...(server as Record<string, unknown>), ...(timeout !== undefined ? { timeout } : {}) } };
  }
  const urlKey = entry.httpUrl !== undefined ? "httpUrl" : "url";
  if (entry.type !== undefined && !["sse", "http"].includes(String(entry.type))) {
    return { problem: `expected one of sse, http, got ${JSON.stringify(entry.type)}`, at: ["type"] };
  }
  const transport = urlKey === "httpUrl" || entry.type === "http" ? "streamable-http" : "sse";
  const server = mapStrings(renamed(entry, { url: urlKey, headers: "headers" }), translateGemini) as Record<string, unknown>;
  return {
    server: { ...server, transport, ...(timeout !== undefined ? { timeout } : {}) },
    sourceOf: keySources({ url: [urlKey], transport: [entry.type !== undefined ? "type" : urlKey] }),
  };
}
