import { isPlainObject } from "../source.js";
import { convertEntries, mapEntries } from "./entries.js";
import { editorEntry } from "./editor.js";
import type { HostFormat } from "./host-format.js";

/** Cursor: `.cursor/mcp.json` (project) and `~/.cursor/mcp.json`, `mcpServers` read like VS Code's (editor.ts). */
export const cursor: HostFormat = {
  id: "cursor",
  name: "Cursor",
  projectFiles: [".cursor/mcp.json"],
  userFiles: [".cursor/mcp.json"],
  docs: "https://cursor.com/docs/context/mcp",
  matches: (data) => isPlainObject(data) && isPlainObject(data.mcpServers),
  convert(file) {
    return convertEntries(mapEntries(file, ["mcpServers"], (file.source.data as Record<string, unknown>).mcpServers), (entry) =>
      editorEntry(file, entry),
    );
  },
};
