/**
 * The pull request review both faces run (`mcp-drift review --base REF`, and the Action's
 * check mode on a pull request). Two questions, one report:
 *
 * 1. What the change does for the agents: each server's baseline at the base commit against
 *    the one committed at the head, classified by the same rules as a scan and gated by
 *    failOn; a baseline the head adds is judged as a first scan; config entries compared.
 * 2. Whether the committed baselines are true: the head's baselines against a live scan (the
 *    plain scan); any difference fails, with the command that brings them up to date.
 */
import { readdir, readFile } from "node:fs/promises";
import { posix } from "node:path";
import { parse } from "yaml";
import { DEFAULT_CONFIG_FILES } from "./config/index.js";
import { artifactPath } from "./report/index.js";
import { changesExitCode, type ConfigChange, type Review } from "./report/review.js";
import { UserError, isJsonObject, type Config, type ExitCode, type Json, type Snapshot } from "./model.js";
import { compareSnapshots, scan, type ScanResult } from "./scan.js";
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

  const { configChanges, configNotice } = await compareConfigs(config, options);
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
    configChanges: redactJson(configChanges as unknown as Json, redact) as unknown as ConfigChange[],
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

/** The server entries of the base and head config files, as written, compared field by field. */
async function compareConfigs(config: Config, options: ReviewOptions): Promise<{ configChanges: ConfigChange[]; configNotice?: string }> {
  const path = artifactPath(options.root, config.file);
  const baseText = await options.base.read(path);
  if (baseText === undefined) return { configChanges: [], configNotice: `the base has no ${path}: every server is new to it` };
  let before: Record<string, Json>;
  try {
    before = serverEntries(baseText);
  } catch (error) {
    return { configChanges: [], configNotice: `the base's ${path} does not parse (${(error as Error).message})` };
  }
  const after = serverEntries(await readFile(config.file, "utf8"));
  const changes: ConfigChange[] = [];
  for (const server of [...new Set([...Object.keys(after), ...Object.keys(before)])]) {
    const [old, now] = [before[server], after[server]];
    if (old === undefined) changes.push({ server, kind: "added", fields: hideLiteralHeaders(fieldChanges(undefined, now)) });
    else if (now === undefined) changes.push({ server, kind: "removed", fields: [] });
    else {
      const fields = hideLiteralHeaders(fieldChanges(old, now));
      if (fields.length > 0) changes.push({ server, kind: "changed", fields });
    }
  }
  return { configChanges: changes };
}

/** `servers` (mcp-drift) or `mcpServers` (a host file) as written; YAML parses JSON too. */
function serverEntries(text: string): Record<string, Json> {
  const data = parse(text) as Json;
  if (!isJsonObject(data)) return {};
  const servers = data.mcpServers ?? data.servers;
  return isJsonObject(servers) ? servers : {};
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
