/**
 * `merge`: the shard reports of one run (shard.ts) judged as the single scan would have
 * judged them. The shards' observations are put back in config order and handed to the same
 * `judge` the unsharded scan calls, under the config merge loads itself (its policy, and its
 * secrets for the report's last redaction), with today's date and a fresh run deadline, as
 * the unsharded scan takes them when it judges. Shards from another config, version, policy
 * or split, and a shard missing or given twice, are refused, naming the file.
 */
import { createReadStream, type Stats } from "node:fs";
import { lstat } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { runTimeout } from "./connect/limits.js";
import { REPORT_FORMAT, SNAPSHOT_FORMAT, UserError, type Config, type Snapshot } from "./model.js";
import { judge, type Observation, type Observed, type ScanResult } from "./scan.js";
import { parseCatalog } from "./snapshot/store.js";
import { SHARD_FORMAT, configDigest, shardOf, type ShardReport, type ShardServer } from "./shard.js";

export interface ShardFile {
  /** As the user named it, for errors. */
  name: string;
  path: string;
}

export interface MergeOptions {
  /** The running mcp-drift version: shards of another version are refused. */
  version: string;
}

export async function merge(files: readonly ShardFile[], config: Config, options: MergeOptions): Promise<ScanResult> {
  if (files.length === 0) throw new UserError("merge needs the shard reports to merge (mcp-drift merge REPORT…)");
  const shards: { name: string; report: ShardReport }[] = [];
  for (const file of files) shards.push({ name: file.name, report: await readShardReport(file) });
  checkShards(shards, config, options.version);
  return judge(observationOf(shards), config, { deadline: runTimeout(config.runTimeoutMs) });
}

/**
 * A shard report as renderShardReport writes it, line by line, so no text holds more than one
 * catalog; a regular file only (no link, FIFO or device), and one cut short is refused.
 */
export async function readShardReport({ name, path }: ShardFile): Promise<ShardReport> {
  let stats: Stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    throw new UserError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, name);
  }
  if (!stats.isFile()) throw new UserError(`${name}: not a regular file; expected a shard report (${SHARD_FORMAT})`, name);
  const values: unknown[] = [];
  const input = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  let failedAt: number | undefined;
  const seen: string[] = [];
  for await (const line of lines) {
    number++;
    if (failedAt !== undefined) {
      // A few lines more, to say what the file is when it is not a shard report (a finished report is pretty-printed JSON).
      seen.push(line.slice(0, 200));
      if (number - failedAt >= 10) break;
      continue;
    }
    if (line === "") continue;
    try {
      values.push(JSON.parse(line));
    } catch {
      failedAt = number;
      seen.push(line.slice(0, 200));
    }
  }
  input.destroy();
  if (failedAt !== undefined) {
    const format = /"format"\s*:\s*("[^"\\]{0,100}")/.exec(seen.join("\n"))?.[1];
    const finished = format === `"${REPORT_FORMAT}"` ? " (a finished report, not a shard's)" : "";
    // Not V8's message: it quotes the text, which is not ours to show.
    const what = format === undefined ? `${name}:${failedAt}: not valid JSON` : `${name}: format is ${format}${finished}`;
    throw new UserError(`${what}; expected a shard report (${SHARD_FORMAT}), one JSON value a line`, name);
  }
  return shapeChecked(assembled(values, name), name);
}

/** The report the lines describe: each server's line followed by its catalog's and its baseline's. */
function assembled(values: readonly unknown[], name: string): unknown {
  const [header, ...rest] = values;
  if (!isObject(header) || header.format !== SHARD_FORMAT || !Number.isInteger(header.servers)) return header;
  const servers: unknown[] = [];
  let next = 0;
  const take = (what: string) => {
    if (next >= rest.length) throw new UserError(`${name}: ends before ${what}: the file was cut short`, name);
    return rest[next++];
  };
  for (let i = 0; i < (header.servers as number); i++) {
    const meta = take(`server ${i + 1} of ${header.servers}`);
    if (!isObject(meta) || meta.head !== true) {
      servers.push(meta);
      continue;
    }
    const { head: _, base: hasBase, ...server } = meta;
    const head = take(`server ${i + 1}'s catalog`);
    servers.push({ ...server, head, ...(hasBase === true ? { base: take(`server ${i + 1}'s baseline`) } : {}) });
  }
  if (next < rest.length) throw new UserError(`${name}: has more lines than its ${header.servers} servers hold`, name);
  return { ...header, servers };
}

/** The fields merge reads, checked before any is used. */
function shapeChecked(value: unknown, name: string): ShardReport {
  const wrong = (what: string) =>
    new UserError(`${name}: ${what}; expected a shard report (${SHARD_FORMAT}) as "scan --shard K/N --format json" writes it`, name);
  if (!isObject(value)) throw wrong("not a JSON object");
  if (value.format !== SHARD_FORMAT) {
    throw wrong(
      `format is ${JSON.stringify(value.format ?? null)}${value.format === REPORT_FORMAT ? " (a finished report, not a shard's)" : ""}`,
    );
  }
  const { shard, run, servers } = value;
  if (typeof value.version !== "string") throw wrong("version is not a string");
  if (!isObject(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count)) throw wrong("shard is not {index, count}");
  if (
    !isObject(run) ||
    typeof run.config !== "string" ||
    typeof run.failOn !== "string" ||
    typeof run.probe !== "boolean" ||
    typeof run.offline !== "boolean" ||
    !isStrings(run.servers) ||
    !isStrings(run.staleNotices)
  ) {
    throw wrong("run is not {config, failOn, probe, offline, servers, staleNotices}");
  }
  if (value.isolationNotice !== undefined && typeof value.isolationNotice !== "string") throw wrong("isolationNotice is not a string");
  if (!Array.isArray(servers)) throw wrong("servers is not a list");
  for (const [i, server] of servers.entries()) {
    const ok =
      isObject(server) &&
      typeof server.id === "string" &&
      isStrings(server.notices) &&
      (typeof server.error === "string" ||
        (isObject(server.head) &&
          (server.base === undefined || isObject(server.base)) &&
          (server.readings === undefined || Array.isArray(server.readings))));
    if (!ok) throw wrong(`servers[${i}] is not {id, notices} with a head (and base, readings) or an error`);
    // The catalogs are checked as a baseline file is: a shard report is an artifact, read back from outside the job.
    for (const key of ["head", "base"] as const) {
      const snapshot = server[key];
      if (snapshot === undefined) continue;
      const where = `${name} servers[${i}].${key}`;
      if ((snapshot as Record<string, unknown>).format !== SNAPSHOT_FORMAT)
        throw new UserError(`${where}: not a snapshot (${SNAPSHOT_FORMAT})`, name);
      parseCatalog(JSON.stringify(snapshot), where);
    }
  }
  return value as unknown as ShardReport;
}

function checkShards(shards: readonly { name: string; report: ShardReport }[], config: Config, version: string): void {
  const digest = configDigest(config);
  const [first] = shards;
  const { count } = first!.report.shard;
  const byIndex = new Map<number, string>();
  // Each server's shard, hashed once for the run rather than once per shard report (count hashes a server).
  const homes = first!.report.run.servers.map((id) => ({ id, home: shardOf(id, count) }));
  for (const { name, report } of shards) {
    const refuse = (why: string) => new UserError(`${name}: ${why}`, name);
    if (report.version !== version)
      throw refuse(`written by mcp-drift ${report.version}, this is ${version}: merge the reports with the version that wrote them`);
    if (report.run.config !== digest)
      throw refuse(
        `written for another config than ${config.file} (its servers, rules, ignores or isolation differ): merge in the checkout the shards scanned, with their environment`,
      );
    if (report.run.failOn !== config.failOn) throw refuse(`scanned with fail-on ${report.run.failOn}, this merge has ${config.failOn}`);
    if (report.shard.count !== count)
      throw refuse(`is shard ${report.shard.index}/${report.shard.count}, but ${first!.name} is of ${count} shards`);
    const same = first!.report.run;
    if (report.run.probe !== same.probe) throw refuse(`${report.run.probe ? "read with" : "read without"} --probe, unlike ${first!.name}`);
    if (report.run.offline !== same.offline)
      throw refuse(`${report.run.offline ? "ran with" : "ran without"} --offline, unlike ${first!.name}`);
    if (!sameStrings(report.run.servers, same.servers))
      throw refuse(`scanned another selection of servers than ${first!.name} (--server / servers input)`);
    if (!sameStrings(report.run.staleNotices, same.staleNotices))
      throw refuse(`saw other baselines than ${first!.name}: the shards ran on different checkouts`);
    const twin = byIndex.get(report.shard.index);
    if (twin !== undefined) throw refuse(`is shard ${report.shard.index}/${count}, and so is ${twin}`);
    byIndex.set(report.shard.index, name);

    const expected = homes.filter(({ home }) => home === report.shard.index).map(({ id }) => id);
    const held = report.servers.map((s) => s.id);
    if (!sameStrings(held, expected)) {
      throw refuse(`holds servers ${list(held)} where shard ${report.shard.index}/${count} of this run holds ${list(expected)}`);
    }
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    const plural = missing.length === 1 ? "" : "s";
    throw new UserError(
      `shard${plural} ${missing.map((k) => `${k}/${count}`).join(", ")} missing: merge got ${shards.map((s) => basename(s.name)).join(", ")}`,
    );
  }
}

/** The shards' servers in the run's order, as `observe` would have handed them to `judge` in one job. */
function observationOf(shards: readonly { report: ShardReport }[]): Observation {
  const byId = new Map<string, ShardServer>();
  for (const { report } of shards) for (const server of report.servers) byId.set(server.id, server);
  const order = shards[0]!.report.run.servers;
  const servers: Observed[] = [];
  const collectNotices: string[][] = [];
  for (const id of order) {
    const server = byId.get(id)!;
    servers.push(
      "error" in server
        ? { id, error: server.error }
        : { id, head: server.head, base: server.base as Snapshot | undefined, readings: server.readings },
    );
    collectNotices.push(server.notices);
  }
  // Shards run on like machines: the first shard that ran stdio servers unisolated says so for the run.
  const isolationNotice = [...shards]
    .sort((a, b) => a.report.shard.index - b.report.shard.index)
    .find((s) => s.report.isolationNotice !== undefined)?.report.isolationNotice;
  return {
    servers,
    collectNotices,
    staleNotices: shards[0]!.report.run.staleNotices,
    ...(isolationNotice ? { isolationNotice } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? "(none)" : ids.join(", ");
}
