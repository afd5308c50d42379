import { isPlainObject } from "../source.js";
import { commonEntry, convertEntries, mapEntries } from "./entries.js";
import type { HostFormat } from "./host-format.js";

/**
 * Windsurf's `~/.codeium/windsurf/mcp_config.json`: `mcpServers`, a remote server's URL in
 * `serverUrl` (or `url`), `${env:NAME}` in command, args, env, URL and headers.
 */
export const windsurf: HostFormat = {
  id: "windsurf",
  name: "Windsurf",
  // Windsurf reads no project file; a repository shares its config under the user path.
  projectFiles: [".codeium/windsurf/mcp_config.json"],
  userFiles: [".codeium/windsurf/mcp_config.json"],
  docs: "https://docs.windsurf.com/windsurf/cascade/mcp",
  matches: (data) => isPlainObject(data) && isPlainObject(data.mcpServers),
  convert(file) {
    return convertEntries(mapEntries(file, ["mcpServers"], (file.source.data as Record<string, unknown>).mcpServers), (entry) =>
      // Windsurf serves Streamable HTTP and SSE servers from the same key, falling back between them.
      commonEntry(entry, (text) => text, entry.serverUrl !== undefined ? "serverUrl" : "url", true),
    );
  },
};
