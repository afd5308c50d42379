import type { ConfigSource, PathSegment, Problem } from "../source.js";

/**
 * One MCP host's config file format: where the host reads it, how to tell it apart from the
 * others, and how its servers become mcp-drift servers, variables and all, as the host reads them.
 */
export interface HostFormat {
  /** Stable id, e.g. "vscode"; used in notices and by discovery. */
  id: string;
  /** The host's name as users know it, e.g. "VS Code". */
  name: string;
  /**
   * Repository-relative paths where this host reads a project's servers, e.g. ".vscode/mcp.json";
   * for a host that reads no project file (Claude Desktop, Windsurf), the name under which a
   * team keeps its user file in a repository to share it. A `*` stands for any file name
   * within one folder (".continue/mcpServers/*.yaml").
   */
  projectFiles: readonly string[];
  /** Home-relative paths where the host reads the user's own servers, e.g. ".codex/config.toml". */
  userFiles: readonly string[];
  /** The host's documentation of this format. */
  docs: string;
  /**
   * Whether the parsed file has this host's shape, judged by content alone; a file whose path
   * matches `projectFiles` or `userFiles` is preferred when several hosts share a shape.
   */
  matches(data: unknown): boolean;
  /**
   * The file's servers in file order, their strings translated into mcp-drift's variable
   * syntax (`${NAME}`, `$$` for a literal `$`) so that the loader expands them the one way.
   */
  convert(file: HostFile): Promise<HostConversion>;
}

/** A host file as read, with what conversion may look up. */
export interface HostFile {
  source: ConfigSource;
  /**
   * The folder the host treats as the workspace (`${workspaceFolder}`, where stdio servers
   * start): for `.vscode/mcp.json`, the folder above `.vscode`.
   */
  workspaceFolder: string;
  /** `${userHome}`. */
  userHome: string;
  /** The environment the scan runs in: VS Code inputs are looked up in it. */
  env: NodeJS.ProcessEnv;
}

/** One server of a host file, in mcp-drift's shape; strings keep the host's variable syntax. */
export interface HostServer {
  /** The host's name for the server: its key, or its `name` field. */
  name: string;
  /** Where the entry is in the source file. */
  path: PathSegment[];
  /** The server as an mcp-drift.yml entry would hold it (validated afterwards). */
  server: Record<string, unknown>;
  /** Where a path within `server` was read from, relative to `path`; the same path by default. */
  sourceOf?(path: PathSegment[]): PathSegment[];
  /** Values read from files (envFile) that every output must redact. */
  secrets?: string[];
}

export interface HostConversion {
  servers: HostServer[];
  problems: Problem[];
  /** Servers skipped on purpose (disabled, unresolved inputs), in words; the loader names the file. */
  notices: string[];
}
