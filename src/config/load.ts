import { dirname, resolve } from "node:path";
import { SERVER_LIMIT_DEFAULTS, type Config, type FailOn, type IsolationMode, type ServerConfig } from "../model.js";
import { urlCredentials } from "../inherited-env.js";
import { isSecretName, scannerSecrets } from "../secrets.js";
import { expandVariables } from "./expand.js";
import { readConfigSource, toDriftShape, type DriftShape } from "./formats.js";
import { includeHostFiles } from "./include.js";
import { problemsError, type PathSegment, type Problem } from "./source.js";
import { suggestion } from "./suggest.js";
import { validateShape, type ByteSize, type ConfigFile, type Duration, type ServerEntry } from "./validate.js";
import { isModernRevision } from "../protocol-revisions.js";

/** The defaults schema.json documents; a test keeps the two in step. */
export const CONFIG_DEFAULTS = {
  snapshots: "snapshots",
  failOn: "high",
  /**
   * Servers scanned at once. Scanning one is mostly waiting on it (its start, its answers), so
   * 16 slow servers finish about when the slowest alone does; the CPU-bound comparison runs one
   * server at a time whatever this is. Each running server is a process and up to
   * maxCatalogBytes of memory, which bounds it.
   */
  concurrency: 16,
  /** Ample for dozens of servers at the default concurrency and timeout. */
  runTimeoutMs: 600_000,
  isolation: "auto",
  ...SERVER_LIMIT_DEFAULTS,
} as const satisfies { snapshots: string; failOn: FailOn; concurrency: number; runTimeoutMs: number; isolation: IsolationMode };

/** The limits a server takes from the top level when it sets none itself. */
type LimitDefaults = Required<Pick<ServerConfig, "timeoutMs" | "maxItems" | "maxResponseBytes" | "maxCatalogBytes">>;

export interface LoadOptions {
  /** Where `${VAR}` values come from; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
  /** Rule ids that exist; when given, `rules:` and `ignore[].rule` must name one of them. */
  knownRules?: readonly string[];
  /** More values the run must redact, e.g. the Action's github-token input. */
  secrets?: readonly string[];
  /** An included host file's servers take the including config's limits where they set none. */
  limitDefaults?: LimitDefaults;
}

/**
 * Loads mcp-drift.yml, or an MCP host's file (config/hosts/ has one adapter per host), into a
 * validated `Config` with variables expanded as the host would and paths absolute.
 * Anything wrong is one `UserError` that lists every problem as `file:line:col: path: message`.
 */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<Config> {
  const source = await readConfigSource(file, resolve(file));
  const env = options.env ?? process.env;
  const shape = await toDriftShape(source, { env });
  // A host file with nothing left to scan says why, without the schema's "at least one entry".
  if (shape.problems.length > 0 && shape.serverOrder.length === 0) throw problemsError(source, shape.problems);
  const validation = validateShape(shape);
  const problems = [...shape.problems, ...validation.problems];
  if (!validation.ok) throw problemsError(source, problems);
  const configFile = validation.config;

  const folder = shape.folder;
  // File order first; the set also keeps any server the file order could not name.
  const ids = new Set([...shape.serverOrder, ...Object.keys(configFile.servers)]);
  const defaults = options.limitDefaults ?? limitDefaults(configFile);
  const servers: UnredactedServer[] = [];
  const expanded: string[] = [];
  for (const id of ids) {
    const entry = configFile.servers[id];
    if (!entry) continue;
    const resolved = toServerConfig(id, entry, defaults, folder, shape, env);
    if (resolved.server.transport === "stdio" && entry.passEnv?.length) resolved.server.passEnv = entry.passEnv;
    servers.push(resolved.server);
    expanded.push(...resolved.secrets, ...passedCredentials(entry.passEnv ?? [], env));
    problems.push(...resolved.problems);
  }
  const notices = [...shape.notices];
  if (configFile.include) {
    const load = (hostFile: string) => loadConfig(hostFile, { env, limitDefaults: defaults });
    const included = await includeHostFiles(configFile.include, dirname(source.path), load, new Set(ids));
    servers.push(...included.servers);
    expanded.push(...included.secrets);
    notices.push(...included.notices);
    problems.push(...included.problems.map((problem) => ({ ...problem, path: shape.sourcePath(problem.path) })));
  }
  // The top level's passEnv reaches every stdio server, an included host file's too, ahead of a server's own.
  const passEnv = configFile.passEnv ?? [];
  for (const server of servers) {
    if (server.transport === "stdio" && passEnv.length > 0) server.passEnv = [...new Set([...passEnv, ...(server.passEnv ?? [])])];
  }
  expanded.push(...passedCredentials(passEnv, env));
  problems.push(
    ...unknownReferences(
      configFile,
      shape,
      options.knownRules,
      servers.map((server) => server.id),
    ),
  );
  problems.push(...overlongDurations(configFile, shape));
  problems.push(...passEnvProblems(configFile, shape, env, expanded));
  if (problems.length > 0) throw problemsError(source, problems);

  // One list for the whole run: a server can echo another server's secret, or the scanner's.
  const secrets = [...new Set([...expanded, ...shape.secrets, ...(options.secrets ?? []), ...scannerSecrets(env)])].filter(
    (secret) => secret !== "",
  );
  return {
    file: source.path,
    version: 1,
    snapshots: resolve(folder, configFile.snapshots ?? CONFIG_DEFAULTS.snapshots),
    failOn: configFile.failOn ?? CONFIG_DEFAULTS.failOn,
    concurrency: configFile.concurrency ?? CONFIG_DEFAULTS.concurrency,
    runTimeoutMs: configFile.runTimeout === undefined ? CONFIG_DEFAULTS.runTimeoutMs : durationMs(configFile.runTimeout),
    isolation: configFile.isolation ?? CONFIG_DEFAULTS.isolation,
    servers: servers.map((server) => ({ ...server, secrets })),
    secrets,
    rules: configFile.rules ?? {},
    ignore: configFile.ignore ?? [],
    ...(notices.length > 0 ? { notices } : {}),
  };
}

function limitDefaults(configFile: ConfigFile): LimitDefaults {
  return {
    timeoutMs: configFile.timeout === undefined ? CONFIG_DEFAULTS.timeoutMs : durationMs(configFile.timeout),
    maxItems: configFile.maxItems ?? CONFIG_DEFAULTS.maxItems,
    maxResponseBytes: byteCount(configFile.maxResponseBytes) ?? CONFIG_DEFAULTS.maxResponseBytes,
    maxCatalogBytes: byteCount(configFile.maxCatalogBytes) ?? CONFIG_DEFAULTS.maxCatalogBytes,
  };
}

/** A server before the run's secrets are known: they are every server's together. */
type UnredactedServer = Omit<ServerConfig, "secrets">;

/** Expands variables in the fields that reach the server and applies defaults; `secrets` are the expanded values. */
function toServerConfig(
  id: string,
  entry: ServerEntry,
  defaults: LimitDefaults,
  folder: string,
  shape: DriftShape,
  env: NodeJS.ProcessEnv,
): { server: UnredactedServer; secrets: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const secrets = new Set<string>();
  const expand = (text: string, ...path: (string | number)[]): string => {
    const expansion = expandVariables(text, env);
    for (const secret of expansion.secrets) secrets.add(secret);
    for (const message of expansion.problems) problems.push({ path: shape.sourcePath(["servers", id, ...path]), message });
    return expansion.value;
  };
  const expandMap = (map: Record<string, string>, field: string) =>
    Object.fromEntries(Object.entries(map).map(([key, value]) => [key, expand(value, field, key)]));

  const server: UnredactedServer = {
    id,
    transport: entry.command !== undefined ? "stdio" : (entry.transport ?? "streamable-http"),
    timeoutMs: entry.timeout === undefined ? defaults.timeoutMs : durationMs(entry.timeout),
    maxItems: entry.maxItems ?? defaults.maxItems,
    maxResponseBytes: byteCount(entry.maxResponseBytes) ?? defaults.maxResponseBytes,
    maxCatalogBytes: byteCount(entry.maxCatalogBytes) ?? defaults.maxCatalogBytes,
  };
  if (entry.command !== undefined) server.command = expand(entry.command, "command");
  if (entry.args) server.args = entry.args.map((arg, index) => expand(arg, "args", index));
  if (entry.env) server.env = expandMap(entry.env, "env");
  // A stdio server runs in the config file's folder unless told otherwise, so relative
  // paths in `args` mean the same thing wherever mcp-drift is started from.
  if (entry.command !== undefined) server.cwd = resolve(folder, entry.cwd === undefined ? "." : expand(entry.cwd, "cwd"));
  if (entry.url !== undefined) {
    const problemsBefore = problems.length;
    server.url = expand(entry.url, "url");
    if (problems.length === problemsBefore && !isHttpUrl(server.url)) {
      // The expanded URL may hold a secret, so the message quotes what was written.
      const message = `expected an http:// or https:// URL once variables are expanded, got "${entry.url}"`;
      problems.push({ path: shape.sourcePath(["servers", id, "url"]), message });
    }
  }
  if (entry.headers) server.headers = expandMap(entry.headers, "headers");
  if (entry.protocol !== undefined && entry.protocol !== "auto") {
    server.protocol = entry.protocol;
    // The legacy HTTP+SSE transport predates the 2026-07-28 era; no server speaks it there.
    if (server.transport === "sse" && isModernRevision(entry.protocol)) {
      const message = `protocol ${entry.protocol} is not spoken over the legacy sse transport: use transport: streamable-http, or a 2025 revision`;
      problems.push({ path: shape.sourcePath(["servers", id, "protocol"]), message });
    }
  }
  if (entry.probe === true) server.probe = {};
  else if (typeof entry.probe === "object") server.probe = { ...entry.probe };
  return { server, secrets: [...secrets], problems };
}

/** The credentials of a variable `passEnv` names whose value is a URL (`http://user:pass@proxy:3128`): redacted like secrets. */
function passedCredentials(names: readonly string[], env: NodeJS.ProcessEnv): string[] {
  return names.flatMap((name) => urlCredentials(env[name] ?? ""));
}

/**
 * `passEnv` passes values that no output of the run knows to redact, so a secret may not go
 * that way: a name that says secret, or one whose value the config passes as a `${VAR}`, is
 * refused. `env: { NAME: "${NAME}" }` passes it and keeps it out of every output.
 */
function passEnvProblems(configFile: ConfigFile, shape: DriftShape, env: NodeJS.ProcessEnv, secrets: readonly string[]): Problem[] {
  const lists: { path: PathSegment[]; names: readonly string[] }[] = [
    { path: ["passEnv"], names: configFile.passEnv ?? [] },
    ...Object.entries(configFile.servers).map(([id, entry]) => ({ path: ["servers", id, "passEnv"], names: entry.passEnv ?? [] })),
  ];
  return lists.flatMap(({ path, names }) =>
    names.flatMap((name, index) => {
      const value = env[name];
      const why = isSecretName(name)
        ? "its name says it holds a secret"
        : value !== undefined && value !== "" && secrets.includes(value)
          ? "its value is a secret this config passes as a ${VAR}"
          : undefined;
      if (why === undefined) return [];
      const message = `passEnv may not carry "${name}": ${why}. Pass a secret with env: { ${name}: "\${${name}}" }, which keeps its value out of every output`;
      return [{ path: shape.sourcePath([...path, index]), message }];
    }),
  );
}

/** `500ms`, `30s`, `2m`, or a number of seconds, in milliseconds. */
function durationMs(timeout: Duration): number {
  if (typeof timeout === "number") return Math.ceil(timeout * 1000);
  const [, amount = "0", unit] = /^(\d+)(ms|s|m)$/.exec(timeout) ?? [];
  return Number(amount) * (unit === "m" ? 60_000 : unit === "s" ? 1000 : 1);
}

/** The longest wait a timer can hold: Node fires a longer one at once. */
const MAX_DURATION_MS = 2 ** 31 - 1;

/** Durations a timer cannot wait out: a scan would time out immediately instead. */
function overlongDurations(configFile: ConfigFile, shape: DriftShape): Problem[] {
  const durations: { path: PathSegment[]; duration: Duration | undefined }[] = [
    { path: ["runTimeout"], duration: configFile.runTimeout },
    { path: ["timeout"], duration: configFile.timeout },
    ...Object.entries(configFile.servers).map(([id, entry]) => ({ path: ["servers", id, "timeout"], duration: entry.timeout })),
  ];
  const longest = `${Math.floor(MAX_DURATION_MS / 60_000)}m (about 24 days)`;
  return durations
    .filter(({ duration }) => duration !== undefined && durationMs(duration) > MAX_DURATION_MS)
    .map(({ path, duration }) => ({
      path: shape.sourcePath(path),
      message: `expected a duration of at most ${longest}, got ${JSON.stringify(duration)}`,
    }));
}

/** `512KiB`, `16MiB`, `1GiB`, `100B`, or a number of bytes; undefined stays undefined. */
function byteCount(size: ByteSize | undefined): number | undefined {
  if (size === undefined || typeof size === "number") return size;
  const [, amount = "0", unit = "B"] = /^(\d+)(B|KiB|MiB|GiB)$/.exec(size) ?? [];
  return Number(amount) * BYTE_UNITS[unit as keyof typeof BYTE_UNITS];
}

const BYTE_UNITS = { B: 1, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30 } as const;

function isHttpUrl(text: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Rule ids and server ids that `rules:` and `ignore:` name but that do not exist. */
function unknownReferences(
  configFile: ConfigFile,
  shape: DriftShape,
  knownRules: readonly string[] | undefined,
  serverIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const unknownRule = (rule: string) => `unknown rule "${rule}"${suggestion(rule, knownRules ?? [])}`;
  const isUnknownRule = (rule: string) => knownRules !== undefined && !knownRules.includes(rule);
  for (const rule of Object.keys(configFile.rules ?? {})) {
    if (isUnknownRule(rule)) problems.push({ path: shape.sourcePath(["rules"]), key: rule, message: unknownRule(rule) });
  }
  (configFile.ignore ?? []).forEach((entry, index) => {
    if (isUnknownRule(entry.rule)) {
      problems.push({ path: shape.sourcePath(["ignore", index, "rule"]), message: unknownRule(entry.rule) });
    }
    if (entry.server !== undefined && !serverIds.includes(entry.server)) {
      const message = `unknown server "${entry.server}"${suggestion(entry.server, serverIds)}`;
      problems.push({ path: shape.sourcePath(["ignore", index, "server"]), message });
    }
  });
  return problems;
}
