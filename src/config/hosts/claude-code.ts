import { basename } from "node:path";
import { isPlainObject } from "../source.js";
import { commonEntry, convertEntries, mapEntries, type RawEntry } from "./entries.js";
import type { HostFormat } from "./host-format.js";

/**
 * Claude Code: a project's `.mcp.json` (`mcpServers`), and the user's `~/.claude.json`, which
 * holds user servers in `mcpServers` and each project's own in `projects[path].mcpServers`
 * (named `<project folder>/<name>` here, so two projects' servers cannot collide).
 * Claude Code expands `${NAME}` and `${NAME:-default}`, mcp-drift's own syntax.
 */
export const claudeCode: HostFormat = {
  id: "claude-code",
  name: "Claude Code",
  projectFiles: [".mcp.json"],
  userFiles: [".claude.json"],
  docs: "https://docs.claude.com/en/docs/claude-code/mcp",
  matches: (data) => isPlainObject(data) && (isPlainObject(data.mcpServers) || hasProjectServers(data.projects)),
  convert(file) {
    const data = file.source.data as Record<string, unknown>;
    const top = mapEntries(file, ["mcpServers"], data.mcpServers);
    const entries: RawEntry[] = [...top.entries];
    const problems = [...top.problems];
    if (isPlainObject(data.projects)) {
      for (const [project, settings] of Object.entries(data.projects)) {
        if (!isPlainObject(settings)) continue;
        const local = mapEntries(file, ["projects", project, "mcpServers"], settings.mcpServers);
        entries.push(...local.entries.map((entry) => ({ ...entry, name: `${basename(project)}/${entry.name}` })));
        problems.push(...local.problems);
      }
    }
    return convertEntries({ entries, problems }, (entry) => commonEntry(entry, (text) => text));
  },
};

function hasProjectServers(projects: unknown): boolean {
  return isPlainObject(projects) && Object.values(projects).some((project) => isPlainObject(project) && "mcpServers" in project);
}
