import { isPlainObject } from "../source.js";
import { convertEntries, mapEntries } from "./entries.js";
import { editorEntry } from "./editor.js";
import type { HostFormat } from "./host-format.js";

/**
 * VS Code: `.vscode/mcp.json` (`servers` and `inputs`, JSON with comments) and the `mcp` block
 * of a user or workspace `settings.json` (`"mcp": {"servers": …}`). See editor.ts for variables,
 * inputs and envFile.
 */
export const vscode: HostFormat = {
  id: "vscode",
  name: "VS Code",
  projectFiles: [".vscode/mcp.json", ".vscode/settings.json"],
  userFiles: [".config/Code/User/mcp.json", ".config/Code/User/settings.json", "Library/Application Support/Code/User/mcp.json"],
  docs: "https://code.visualstudio.com/docs/copilot/reference/mcp-configuration",
  matches: (data) =>
    isPlainObject(data) && (isMcpJson(data) || (isPlainObject(data.mcp) && isPlainObject(data.mcp.servers) && !isOpencode(data))),
  convert(file) {
    const data = file.source.data as Record<string, unknown>;
    const root = isMcpJson(data) ? ["servers"] : ["mcp", "servers"];
    const servers = root.length === 1 ? data.servers : (data.mcp as Record<string, unknown>).servers;
    return convertEntries(mapEntries(file, root, servers), (entry) => editorEntry(file, entry));
  },
};

/** mcp.json holds only these keys; anything else beside `servers` is an mcp-drift file missing `version`. */
function isMcpJson(data: Record<string, unknown>): boolean {
  return "servers" in data && !("version" in data) && Object.keys(data).every((key) => ["servers", "inputs"].includes(key));
}

/** opencode's newer `mcp.servers` has local/remote entries (see opencode.ts). */
function isOpencode(data: Record<string, unknown>): boolean {
  return typeof data.$schema === "string" && data.$schema.includes("opencode");
}
