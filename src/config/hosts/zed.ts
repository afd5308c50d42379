import { isPlainObject, type PathSegment } from "../source.js";
import { convertEntries, disabledReason, keySources, mapEntries, mapStrings, renamed, type EntryResult } from "./entries.js";
import type { HostFormat } from "./host-format.js";
import { literal } from "./variables.js";

/**
 * Zed's `settings.json` (`~/.config/zed/settings.json`, a project's `.zed/settings.json`):
 * `context_servers`, each a custom stdio server (`command`, `args`, `env`, or the older
 * `command: {path, args, env}`), a remote one (`url`, `headers`), or one an extension provides
 * (`source: "extension"`), which mcp-drift cannot start and skips with a notice. Zed expands
 * no variables.
 */
export const zed: HostFormat = {
  id: "zed",
  name: "Zed",
  projectFiles: [".zed/settings.json"],
  userFiles: [".config/zed/settings.json"],
  docs: "https://zed.dev/docs/ai/mcp",
  matches: (data) => isPlainObject(data) && isPlainObject(data.context_servers),
  convert(file) {
    const data = file.source.data as Record<string, unknown>;
    return convertEntries(mapEntries(file, ["context_servers"], data.context_servers), zedEntry);
  },
};

function zedEntry(entry: Record<string, unknown>): EntryResult {
  const skip = disabledReason(entry);
  if (skip) return { skip };
  if (entry.source === "extension") return { skip: "it is provided by a Zed extension, which only Zed can start" };
  if (entry.url !== undefined) {
    const server = mapStrings(renamed(entry, { url: "url", headers: "headers" }), literal) as Record<string, unknown>;
    return { server: { ...server, transport: "streamable-http" } };
  }
  if (!isPlainObject(entry.command)) {
    return { server: mapStrings(renamed(entry, { command: "command", args: "args", env: "env" }), literal) as Record<string, unknown> };
  }
  // The older shape nests the process under `command`, its program in `path`.
  const nested = mapStrings(renamed(entry.command, { command: "path", args: "args", env: "env" }), literal) as Record<string, unknown>;
  const sourceOf = keySources({ command: ["command", "path"], args: ["command", "args"], env: ["command", "env"] });
  return { server: nested, sourceOf: (path: PathSegment[]) => sourceOf(path) };
}
