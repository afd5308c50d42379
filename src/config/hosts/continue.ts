import { isPlainObject, type PathSegment } from "../source.js";
import { commonEntry, convertEntries, keySources, mapEntries, type EntryResult, type RawEntry } from "./entries.js";
import type { HostFormat } from "./host-format.js";
import { translateContinue } from "./variables.js";

/**
 * Continue: `config.yaml` (`~/.continue/config.yaml`) and block files in a workspace's
 * `.continue/mcpServers/`: YAML with an `mcpServers:` list of `{name, type, command, args, env,
 * cwd, url, requestOptions: {headers}}`, or JSON in the Claude Desktop shape. `${{ secrets.NAME }}`
 * and `${{ inputs.NAME }}` are read from the environment variable NAME in CI.
 */
export const continueDev: HostFormat = {
  id: "continue",
  name: "Continue",
  projectFiles: [".continue/mcpServers/*.yaml", ".continue/mcpServers/*.yml", ".continue/mcpServers/*.json"],
  userFiles: [".continue/config.yaml", ".continue/mcpServers/*.yaml", ".continue/mcpServers/*.json"],
  docs: "https://docs.continue.dev/customize/deep-dives/mcp",
  matches: (data) => isPlainObject(data) && (Array.isArray(data.mcpServers) || isPlainObject(data.mcpServers)),
  convert(file) {
    const servers = (file.source.data as Record<string, unknown>).mcpServers;
    if (isPlainObject(servers)) {
      return convertEntries(mapEntries(file, ["mcpServers"], servers), (entry) => commonEntry(entry, translateContinue));
    }
    const entries: RawEntry[] = [];
    const problems = [];
    for (const [index, value] of (servers as unknown[]).entries()) {
      const name = isPlainObject(value) ? value.name : undefined;
      if (typeof name === "string" && name !== "") entries.push({ name, path: ["mcpServers", index], value });
      else problems.push({ path: ["mcpServers", index], message: "expected a server with a name" });
    }
    return convertEntries({ entries, problems }, continueEntry);
  },
};

function continueEntry(entry: Record<string, unknown>): EntryResult {
  if (entry.type === "websocket") return { skip: "it uses the websocket transport, which mcp-drift does not speak" };
  const headers = isPlainObject(entry.requestOptions) ? entry.requestOptions.headers : undefined;
  const result = commonEntry({ ...entry, ...(headers !== undefined ? { headers } : {}) }, translateContinue);
  if (!("server" in result)) return result;
  const base = result.sourceOf ?? ((path: PathSegment[]) => path);
  const fromRequestOptions = keySources({ headers: ["requestOptions", "headers"] });
  return { ...result, sourceOf: (path) => (path[0] === "headers" ? fromRequestOptions(path) : base(path)) };
}
