import { isPlainObject, type PathSegment } from "../source.js";
import { convertEntries, disabledReason, keySources, mapEntries, mapStrings, renamed, type EntryResult } from "./entries.js";
import type { HostFormat } from "./host-format.js";
import { literal } from "./variables.js";

/**
 * Codex's `config.toml` (`~/.codex/config.toml`, or a trusted project's `.codex/config.toml`):
 * `[mcp_servers.<name>]` tables with command, args, env, env_vars, cwd (stdio) or url,
 * bearer_token_env_var, http_headers, env_http_headers (Streamable HTTP). Codex expands no
 * variables in values; it takes secrets from the environment by name, and so does mcp-drift:
 * as Codex does, an `env_vars` name that is not set is not passed, and an `env_http_headers`
 * header whose variable is unset or blank is not sent (neither is an error).
 */
export const codex: HostFormat = {
  id: "codex",
  name: "Codex",
  projectFiles: [".codex/config.toml"],
  userFiles: [".codex/config.toml"],
  docs: "https://developers.openai.com/codex/mcp",
  matches: (data) => isPlainObject(data) && isPlainObject(data.mcp_servers),
  convert(file) {
    return convertEntries(mapEntries(file, ["mcp_servers"], (file.source.data as Record<string, unknown>).mcp_servers), (entry) =>
      codexEntry(entry, file.env),
    );
  },
};

function codexEntry(entry: Record<string, unknown>, scannerEnv: NodeJS.ProcessEnv): EntryResult {
  const skip = disabledReason(entry);
  if (skip) return { skip };
  if (entry.url === undefined) {
    const server = mapStrings(renamed(entry, { command: "command", args: "args", env: "env", cwd: "cwd" }), literal) as Record<
      string,
      unknown
    >;
    const listed = namesFrom(entry.env_vars);
    if (listed === undefined) return { problem: "expected a list of environment variable names", at: ["env_vars"] };
    // env_vars names variables Codex passes on from its own environment, when they are set there.
    const passed = listed.filter((name) => scannerEnv[name] !== undefined);
    if (passed.length === 0) return { server };
    const env = { ...Object.fromEntries(passed.map((name) => [name, `\${${name}}`])), ...((server.env as object | undefined) ?? {}) };
    const own = isPlainObject(entry.env) ? entry.env : {};
    const sourceOf = (path: PathSegment[]): PathSegment[] =>
      path[0] === "env" && typeof path[1] === "string" && !(path[1] in own) ? ["env_vars", listed.indexOf(path[1])] : path;
    return { server: { ...server, env }, sourceOf };
  }
  const headers: Record<string, unknown> = { ...((mapStrings(entry.http_headers, literal) as object | undefined) ?? {}) };
  const sources: Record<string, PathSegment[]> = { url: ["url"] };
  if (isPlainObject(entry.env_http_headers)) {
    for (const [header, variable] of Object.entries(entry.env_http_headers)) {
      if (typeof variable !== "string") headers[header] = variable;
      else if (scannerEnv[variable]?.trim()) headers[header] = `\${${variable}}`;
    }
  }
  if (entry.bearer_token_env_var !== undefined) {
    if (typeof entry.bearer_token_env_var !== "string")
      return { problem: "expected the name of an environment variable", at: ["bearer_token_env_var"] };
    headers.Authorization = `Bearer \${${entry.bearer_token_env_var}}`;
  }
  const server: Record<string, unknown> = {
    url: typeof entry.url === "string" ? literal(entry.url) : entry.url,
    transport: "streamable-http",
  };
  if (Object.keys(headers).length > 0) server.headers = headers;
  return { server, sourceOf: headerSources(entry, sources) };
}

/** A header came from `bearer_token_env_var`, `env_http_headers` or `http_headers`. */
function headerSources(entry: Record<string, unknown>, sources: Record<string, PathSegment[]>) {
  const base = keySources(sources);
  return (path: PathSegment[]): PathSegment[] => {
    const [key, header] = path;
    if (key !== "headers" || typeof header !== "string") return base(path);
    if (header === "Authorization" && entry.bearer_token_env_var !== undefined) return ["bearer_token_env_var"];
    if (isPlainObject(entry.env_http_headers) && header in entry.env_http_headers) return ["env_http_headers", header];
    return ["http_headers", header];
  };
}

function namesFrom(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((name) => typeof name === "string")) return undefined;
  return value;
}
