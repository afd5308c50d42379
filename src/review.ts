/**
 * The pull request review both faces run (`mcp-drift review --base REF`, and the Action's
 * check mode on a pull request). Two questions, one report:
 *
 * 1. What the change does for the agents: each server's baseline at the base commit against
 *    the one committed at the head, classified by the same rules as a scan and gated by
 *    failOn; a baseline the head adds is judged as a first scan; the servers the configs
 *    resolve to (included host files too) compared.
 * 2. Whether the committed baselines are true: the head's baselines against a live scan (the
 *    plain scan); any difference fails, with the command that brings them up to date.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix, resolve, sep } from "node:path";
import { parse } from "yaml";
import { DEFAULT_CONFIG_FILES, loadConfig } from "./config/index.js";
import { artifactPath } from "./report/index.js";
import { changesExitCode, type ConfigChange, type Review } from "./report/review.js";
import { UserError, isJsonObject, type Config, type ExitCode, type Json, type Snapshot } from "./model.js";
import { compareSnapshots } from "./judging.js";
import { scan, type ScanResult } from "./scan.js";
import { redactJson, secretRedactor } from "./secrets.js";
import { maxSnapshotBytes, parseCatalog, readSnapshot, snapshotPath } from "./snapshot/store.js";

/** Files of the base commit, by path from the repository root (`/` separators). */
export interface BaseTree {
  /** What the report calls the base, e.g. `main (3f2a9c1)`. */
  label: string;
  /** Where its files come from, e.g. `git` or `the GitHub contents API`. */
  source: string;
  /** The file's text, or undefined when the base has no such file. */
  read(path: string): Promise<string | undefined>;
  /** The names of the files directly in `dir`; empty when the base has no such folder. */
  list(dir: string): Promise<string[]>;
}

export interface ReviewOptions {
  base: BaseTree;
  /** The repository root: the config and baselines are named relative to it in the base. */
  root: string;
  /** False: question 2 is not asked (no server is started). */
  live: boolean;
  serverIds?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** The label that approved the change's findings, when the pull request carries it. */
  approvedBy?: string;
  /** How a person runs mcp-drift, for the fixing command: `npx mcp-drift` by default. */
  command?: string;
  /** Question 2's live scan when it is made already (a sharded run's merge); made here otherwise. */
  liveScan?: ScanResult;
}

export interface ReviewResult {
  review: Review;
  /** The live scan, when question 2 was asked: its fresh snapshots, for SARIF and logs. */
  scan?: ScanResult;
  /** The head's committed baseline text of every server question 1 judged, by id, to place findings on their lines. */
  headTexts: Map<string, string>;
}

export async function review(config: Config, options: ReviewOptions): Promise<ReviewResult> {
  const { base, root } = options;
  const snapshotsDir = artifactPath(root, config.snapshots);
  const selected = options.serverIds?.length ? config.servers.filter((s) => options.serverIds!.includes(s.id)) : config.servers;
  const limit = Math.max(maxSnapshotBytes(), ...config.servers.map((s) => maxSnapshotBytes(s.maxCatalogBytes)));

  const headTexts = new Map<string, string>();
  const judged: { base?: Snapshot; head: Snapshot }[] = [];
  for (const server of selected) {
    const file = snapshotPath(config.snapshots, server.id);
    const head = await readSnapshot(file, { maxBytes: limit });
    // No committed baseline: question 2 reports the server as new; there is nothing to compare here.
    if (head === undefined) continue;
    headTexts.set(server.id, await readFile(file, "utf8"));
    const basePath = posix.join(snapshotsDir, `${server.id}.json`);
    const baseText = await base.read(basePath);
    const baseSnapshot = baseText === undefined ? undefined : parseBaseSnapshot(baseText, basePath, base, limit);
    judged.push({ base: baseSnapshot, head });
  }
  const headIds = new Set(await snapshotIds(config.snapshots));
  const removedServers = (await base.list(snapshotsDir))
    .filter((name) => name.endsWith(".json") && !name.startsWith("."))
    .map((name) => name.slice(0, -".json".length))
    .filter((id) => !headIds.has(id) && (!options.serverIds?.length || options.serverIds.includes(id)))
    .sort();
  const redact = secretRedactor(config.secrets);
  const changes = redactJson(compareSnapshots(judged, config), redact);

  const { configChanges, configNotice, baseSecrets = [] } = await compareConfigs(config, options);
  const scanned = options.live ? (options.liveScan ?? (await scan(config, { serverIds: options.serverIds, env: options.env }))) : undefined;
  const freshness = scanned?.report;
  const staleIds = freshness?.servers.filter((s) => s.status === "changed" || s.status === "new").map((s) => s.id) ?? [];
  const stale = staleIds.length === 0 ? undefined : { servers: staleIds, command: updateCommand(config, root, staleIds, options.command) };

  const approvedBy = options.approvedBy === undefined ? undefined : { label: options.approvedBy };
  const freshnessExit: ExitCode = freshness === undefined ? 0 : freshness.summary.error > 0 ? 2 : stale ? 1 : 0;
  const exitCode = Math.max(changesExitCode({ changes, approvedBy }), freshnessExit) as ExitCode;
  const result: Review = {
    base: { label: base.label, source: base.source },
    changes,
    removedServers,
    configChanges: redactJson(
      configChanges as unknown as Json,
      secretRedactor([...config.secrets, ...baseSecrets]),
    ) as unknown as ConfigChange[],
    ...(configNotice ? { configNotice } : {}),
    ...(approvedBy ? { approvedBy } : {}),
    ...(freshness ? { freshness } : {}),
    stale,
    exitCode,
  };
  return { review: result, ...(scanned ? { scan: scanned } : {}), headTexts };
}

/** A base baseline that does not parse cannot be compared with: the review cannot be trusted. */
function parseBaseSnapshot(text: string, path: string, base: BaseTree, limit: number): Snapshot {
  const where = `${path} at the base ${base.label}`;
  if (Buffer.byteLength(text) > limit) throw new UserError(`${where}: larger than ${limit} bytes`);
  return parseCatalog(text, where);
}

async function snapshotIds(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(".json") && !f.startsWith(".")).map((f) => f.slice(0, -".json".length));
  } catch {
    return [];
  }
}

/** `npx mcp-drift update --server a --server b`, with `--config` when the file is not found by default. */
function updateCommand(config: Config, root: string, ids: readonly string[], command = "npx mcp-drift"): string {
  const configPath = artifactPath(root, config.file);
  const isDefault = (DEFAULT_CONFIG_FILES as readonly string[]).includes(configPath);
  const configArg = isDefault ? "" : ` --config ${shellWord(configPath)}`;
  return `${command} update${configArg}${ids.map((id) => ` --server ${shellWord(id)}`).join("")}`;
}

function shellWord(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The servers the base and head configs resolve to, compared field by field: mcp-drift.yml's
 * `servers:` and every server of the host files it includes (namespaced ids), each as its
 * host's adapter reads it, so a version bump inside an included `.mcp.json` is a config change
 * too. Both sides are loaded with every variable left as written (`${TOKEN}` stays `${TOKEN}`),
 * so no secret's value is read, nor differs between the base and the runner's environment.
 * The base's files are copied from the base tree into a scratch folder of the same layout;
 * paths show relative to the repository (`.` for its root).
 */
async function compareConfigs(
  config: Config,
  options: ReviewOptions,
): Promise<{ configChanges: ConfigChange[]; configNotice?: string; baseSecrets?: string[] }> {
  const path = artifactPath(options.root, config.file);
  if (!(await isFile(config.file))) {
    return { configChanges: [], configNotice: `no ${path}: the servers of discovered host files are not compared with the base` };
  }
  const baseText = await options.base.read(path);
  if (baseText === undefined) return { configChanges: [], configNotice: `the base has no ${path}: every server is new to it` };
  const scratch = await mkdtemp(join(tmpdir(), "mcp-drift-review-base-"));
  let before: Resolved;
  let after: Resolved;
  try {
    await copyBaseConfig(options.base, path, baseText, scratch);
    const sides = async (env: NodeJS.ProcessEnv) =>
      [await resolvedServers(join(scratch, path), scratch, env), await resolvedServers(config.file, options.root, env)] as const;
    // As written where both load so; a variable that must expand to be valid (`url: ${MCP_URL}`) takes the run's
    // environment on both sides, its values redacted like every secret of either config.
    [before, after] = await sides(AS_WRITTEN).catch(() => sides(options.env ?? process.env));
  } catch (error) {
    const message = (error as Error).message.replaceAll(`${scratch}${sep}`, "").replaceAll(scratch, ".");
    return { configChanges: [], configNotice: `the base's or the head's ${path} does not load (${message})` };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const changes: ConfigChange[] = [];
  for (const server of [...new Set([...Object.keys(after.servers), ...Object.keys(before.servers)])]) {
    const [old, now] = [before.servers[server], after.servers[server]];
    if (old === undefined) changes.push({ server, kind: "added", fields: hideLiteralHeaders(fieldChanges(undefined, now)) });
    else if (now === undefined) changes.push({ server, kind: "removed", fields: [] });
    else {
      const fields = hideLiteralHeaders(fieldChanges(old, now));
      if (fields.length > 0) changes.push({ server, kind: "changed", fields });
    }
  }
  return { configChanges: changes, baseSecrets: before.secrets };
}

/** Every variable reads as its own reference, so expansion leaves the text as written. */
const AS_WRITTEN: NodeJS.ProcessEnv = new Proxy(
  {},
  {
    get: (_target, name) => (typeof name === "string" ? `\${${name}}` : undefined),
    has: () => true,
    // Nothing to list: the scanner's own variables (and their secrets) are not the config's.
    ownKeys: () => [],
  },
);

interface Resolved {
  servers: Record<string, Json>;
  secrets: string[];
}

/** The config at `file` resolved (includes read, ids namespaced, variables from `env`): servers by id without secrets, and the secrets. */
async function resolvedServers(file: string, root: string, env: NodeJS.ProcessEnv): Promise<Resolved> {
  const loaded = await loadConfig(file, { env });
  const relative = (value: Json): Json => {
    if (typeof value === "string") return value.startsWith(root) ? relativePath(root, value) : value;
    if (Array.isArray(value)) return value.map(relative);
    if (isJsonObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relative(item)]));
    return value;
  };
  const servers = Object.fromEntries(loaded.servers.map(({ id, secrets: _, ...server }) => [id, relative(server as unknown as Json)]));
  return { servers, secrets: env === AS_WRITTEN ? [] : loaded.secrets };
}

/** `root/a/b` → `a/b`, `root` → `.`; a path that only starts with root's name (`root2/x`) stays whole. */
function relativePath(root: string, path: string): string {
  const rest = path.slice(root.length);
  if (rest === "") return ".";
  return rest.startsWith(sep) ? rest.slice(1).replaceAll(sep, "/") : path;
}

/** The base's config and the host files its `include:` names, written under `scratch` at their repository paths. */
async function copyBaseConfig(base: BaseTree, path: string, text: string, scratch: string): Promise<void> {
  const write = async (file: string, content: string) => {
    const target = resolve(scratch, file);
    // A base file cannot place anything outside the scratch folder.
    if (!target.startsWith(`${scratch}${sep}`)) throw new UserError(`${file}: outside the repository`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  };
  await write(path, text);
  const data = parse(text) as Json;
  const include = isJsonObject(data) && Array.isArray(data.include) ? data.include : [];
  for (const entry of include) {
    if (typeof entry !== "string") continue;
    const file = posix.normalize(posix.join(posix.dirname(path), entry));
    const content = await base.read(file);
    // A missing one is the loader's error, at its include line.
    if (content !== undefined) await write(file, content);
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * A header value written literally (`Bearer abc…`) is a credential committed by mistake more
 * often than not: a comment shows that it changed, not what it is. One made of variables
 * (`Bearer \${TOKEN}`) is shown, as is everything else.
 */
function hideLiteralHeaders(fields: ConfigChange["fields"]): ConfigChange["fields"] {
  const hide = (value: Json | undefined) => (typeof value === "string" && !value.includes("${") ? "(literal value, not shown)" : value);
  return fields.map((field) =>
    field.field.startsWith("headers/")
      ? {
          field: field.field,
          ...(field.before === undefined ? {} : { before: hide(field.before) }),
          ...(field.after === undefined ? {} : { after: hide(field.after) }),
        }
      : field,
  );
}

/** The entry's fields that differ; inside `env` and `headers`-like objects, each key (`env/LOG_LEVEL`). */
function fieldChanges(before: Json | undefined, after: Json | undefined): ConfigChange["fields"] {
  const b = isJsonObject(before ?? null) ? (before as Record<string, Json>) : {};
  const a = isJsonObject(after ?? null) ? (after as Record<string, Json>) : {};
  const fields: ConfigChange["fields"] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const [old, now] = [b[key], a[key]];
    const nested = isJsonObject(old ?? null) || isJsonObject(now ?? null) ? fieldChanges(old, now) : undefined;
    if (nested) fields.push(...nested.map((field) => ({ ...field, field: `${key}/${field.field}` })));
    else if (JSON.stringify(old) !== JSON.stringify(now))
      fields.push({ field: key, ...(old === undefined ? {} : { before: old }), ...(now === undefined ? {} : { after: now }) });
  }
  return fields;
}
