import { isPlainObject } from "../source.js";
import { commonEntry, convertEntries, mapEntries } from "./entries.js";
import type { HostFormat } from "./host-format.js";

/**
 * Claude Desktop's `claude_desktop_config.json`: `mcpServers` of stdio servers. Claude Desktop
 * expands no variables; mcp-drift reads `${NAME}` as its own syntax so CI can supply secrets.
 */
export const claudeDesktop: HostFormat = {
  id: "claude-desktop",
  name: "Claude Desktop",
  // Claude Desktop reads no project file; a repository shares its config under the same name.
  projectFiles: ["claude_desktop_config.json"],
  userFiles: [
    "Library/Application Support/Claude/claude_desktop_config.json",
    "AppData/Roaming/Claude/claude_desktop_config.json",
    ".config/Claude/claude_desktop_config.json",
  ],
  docs: "https://modelcontextprotocol.io/docs/develop/connect-local-servers",
  matches: (data) => isPlainObject(data) && isPlainObject(data.mcpServers),
  convert(file) {
    return convertEntries(mapEntries(file, ["mcpServers"], (file.source.data as Record<string, unknown>).mcpServers), (entry) =>
      commonEntry(entry, (text) => text),
    );
  },
};
