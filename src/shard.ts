/**
 * One part of a scan split across jobs (`--shard K/N`, the Action's `shard` input). A shard
 * cannot judge its servers: cross-server rules (cross-server-reference, tool-name-collision)
 * need every server's catalog, and the report's counts and exit code are the whole run's. So
 * a shard does only the collecting half of the scan (`observe`) and writes what the judging
 * half needs — each server's fresh catalog, its baseline, its second readings or why it
 * failed, and the notices its collection raised — as a shard report (`mcp-drift/shard@1`).
 * `merge` (merge.ts) then judges all shards' observations together, through the same `judge`
 * the unsharded scan calls, so the merged report is the one the single job would have written.
 *
 * Servers go to shards by rendezvous (highest-random-weight) hashing: each server takes the
 * shard K (of 1…N) whose sha256 of `K`, a NUL and its id is highest. A server's shard depends
 * on its id and N alone, so adding or removing a server moves no other server, and going
 * from N to N+1 shards moves only the servers the new shard wins.
 */
import { createHash } from "node:crypto";
import { escapeJsonHidden } from "./json-text.js";
import { UserError, type Config, type FailOn, type SecondReading, type Snapshot } from "./model.js";
import { observe, type Observation, type ScanOptions } from "./scan.js";
import { redactJson, secretRedactor, type Redact } from "./secrets.js";

export const SHARD_FORMAT = "mcp-drift/shard@1";

/** `K/N`: shard K (from 1) of N. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** The most shards a run may have: far beyond what an Actions matrix (256 jobs) runs. */
const MAX_SHARDS = 256;

/** `--shard 2/4` → { index: 2, count: 4 }; `what` names the option or input in the error. */
export function parseShard(value: string, what: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UserError(`${what}: expected K/N, shard K of N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got "${value}"`);
  }
  return { index, count };
}

/** The shard (1…count) that holds `serverId`: the one whose hash with the id is highest. */
export function shardOf(serverId: string, count: number): number {
  let best = 1;
  let bestWeight = "";
  for (let index = 1; index <= count; index++) {
    // Not the count: a shard's weights stay as they are when shards are added, so a server moves only to a new shard.
    // Hex digests of equal length compare as the numbers they write.
    const weight = createHash("sha256").update(`${index}\0${serverId}`).digest("hex");
    if (weight > bestWeight) {
      best = index;
      bestWeight = weight;
    }
  }
  return best;
}

/** One server as the shard saw it: what `judge` needs, and the notices its collection raised. */
export type ShardServer = { id: string; notices: string[] } & (
  | { head: Snapshot; base?: Snapshot; readings?: SecondReading[] }
  | { error: string }
);

/** What every shard of one run must agree on; merge refuses shards that differ. */
export interface ShardRun {
  /** configDigest: what the config makes of the run. */
  config: string;
  failOn: FailOn;
  probe: boolean;
  /** `--offline`: no release look-ups, which the snapshots and notices show. */
  offline: boolean;
  /** Every server of the run, in config order: what the unsharded scan would have scanned. */
  servers: string[];
  /** Baselines whose server left the config: the run's, the same in every shard. */
  staleNotices: string[];
}

export interface ShardReport {
  format: typeof SHARD_FORMAT;
  /** The mcp-drift version that wrote it: merge takes only its own version's. */
  version: string;
  shard: ShardSpec;
  run: ShardRun;
  /** Set when this shard's stdio servers ran without isolation. */
  isolationNotice?: string;
  /** This shard's servers, in config order. */
  servers: ShardServer[];
}

/**
 * What the config makes of the run, as a digest: the servers (host files it includes and
 * `${VAR}` values expanded, secrets left out), rules, ignores and isolation. Shards and merge
 * must agree on it; fail-on is compared on its own, and the concurrency, which changes no
 * result, not at all.
 */
export function configDigest(config: Config): string {
  const redact = secretRedactor(config.secrets);
  const servers = config.servers.map(({ secrets: _, ...server }) => server);
  const judged = { servers, rules: config.rules, ignore: config.ignore, isolation: config.isolation };
  return `sha256:${createHash("sha256")
    .update(JSON.stringify(redactJson(judged, redact)))
    .digest("hex")}`;
}

/**
 * The collecting half of a scan for one shard's servers. The fresh snapshots are redacted
 * already (every server's secrets are the run's whole list); renderShardReport redacts the
 * rest, errors and notices, as it writes the file.
 */
export async function scanShard(
  config: Config,
  shard: ShardSpec,
  options: ScanOptions & { version: string },
): Promise<{ report: ShardReport; heads: Map<string, Snapshot> }> {
  const inPart = (id: string) => shardOf(id, shard.count) === shard.index;
  const { observation, closed } = await observe(config, { ...options, inPart });
  await closed;
  const selected = options.serverIds?.length ? config.servers.filter((s) => options.serverIds!.includes(s.id)) : config.servers;
  const report: ShardReport = {
    format: SHARD_FORMAT,
    version: options.version,
    shard,
    run: {
      config: configDigest(config),
      failOn: config.failOn,
      probe: options.probe === true,
      offline: options.offline === true,
      servers: selected.map((s) => s.id),
      staleNotices: observation.staleNotices,
    },
    ...(observation.isolationNotice ? { isolationNotice: observation.isolationNotice } : {}),
    servers: shardServers(observation),
  };
  const heads = new Map<string, Snapshot>();
  for (const o of observation.servers) if ("head" in o) heads.set(o.id, o.head);
  return { report, heads };
}

function shardServers(observation: Observation): ShardServer[] {
  return observation.servers.map((o, index) => {
    const notices = observation.collectNotices[index] ?? [];
    if ("error" in o) return { id: o.id, error: o.error, notices };
    return {
      id: o.id,
      head: o.head,
      ...(o.base ? { base: o.base } : {}),
      ...(o.readings ? { readings: o.readings } : {}),
      notices,
    };
  });
}

/**
 * The shard report as a file, line by line (JSON Lines): the report without its servers, then
 * per server a line of its id, notices and readings or error, its fresh catalog's line and
 * its baseline's. No text holds more than one catalog: a report of several 100,000-tool
 * catalogs would pass the longest string V8 makes. Each line is redacted (the file leaves the
 * job as an artifact) and has hidden characters escaped; parsing gives back the same values.
 */
export function* renderShardReport(report: ShardReport, redact: Redact): Generator<string> {
  const line = (value: unknown) => `${escapeJsonHidden(JSON.stringify(redactJson(value, redact)))}\n`;
  const { servers, ...header } = report;
  yield line({ ...header, servers: servers.length });
  for (const server of servers) {
    if ("error" in server) {
      yield line(server);
      continue;
    }
    const { head, base, ...meta } = server;
    yield line({ ...meta, head: true, base: base !== undefined });
    yield line(head);
    if (base !== undefined) yield line(base);
  }
}

/** `shard-2-of-4.json`: a name that tells a matrix's reports apart when they are downloaded into one folder. */
export function shardFileName(shard: ShardSpec): string {
  return `shard-${shard.index}-of-${shard.count}.json`;
}
