/**
 * The pipeline both faces (CLI and Action) call: config in, report model out.
 * config → connect → collect → snapshot → diff → classify → policy → report.
 */
import { readdir } from "node:fs/promises";
import { dirname } from "node:path";
import { collectServer, type CollectedCatalog } from "./connect/collect.js";
import { runTimeout } from "./connect/limits.js";
import { mapConcurrent } from "./connect/pool.js";
import { itemCounts, type ProgressListener } from "./connect/progress.js";
import { prepareIsolation } from "./connect/sandbox.js";
import type { Deadline } from "./deadline.js";
import { diffSnapshots, newServerChanges } from "./diff/diff.js";
import { MAX_JSON_DEPTH, tooDeepPath } from "./json-bounds.js";
import {
  REPORT_FORMAT,
  SEVERITIES,
  UserError,
  atLeast,
  type Config,
  type FailOn,
  type Json,
  type JsonObject,
  type RawCatalog,
  type Report,
  type SecondReading,
  type ServerReport,
  type Snapshot,
} from "./model.js";
import { applyPolicy, exitCodeFor } from "./policy/policy.js";
import { assessTool, reportedCapability, type Assessment } from "./capability/capability.js";
import { ScanAnalysis, type ServerAnalysis } from "./classify/analysis.js";
import { classify, classifyInTurns } from "./classify/classify.js";
import { readAgain } from "./probe.js";
import { releaseOf } from "./release/resolve.js";
import { packageVersion } from "./package-version.js";
import { prepareRules, RULES } from "./rules/index.js";
import { redactJson, secretRedactor } from "./secrets.js";
import { toSnapshot } from "./snapshot/normalize.js";
import { maxSnapshotBytes, readSnapshot, snapshotPath } from "./snapshot/store.js";

export interface ScanOptions {
  /** Only these server ids (in config order); all when empty. */
  serverIds?: readonly string[];
  /** YYYY-MM-DD, for ignore expiry; today (UTC) by default. */
  today?: string;
  /** The scanner's environment, which says what the sandbox hides (GITHUB_ENV…); process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** The clock the run's deadline reads; tests pass one to make time pass without waiting. */
  now?: () => number;
  /** Second readings of every server (`--probe`), besides those whose config asks with `probe:`. */
  probe?: boolean;
  /** Told what each server's scan is doing as it happens; the faces draw progress from it. */
  onProgress?: ProgressListener;
  /** Skip the registry look-ups of the releases servers run (`--offline`); each report says so. */
  offline?: boolean;
  /** One part of the run (a shard): only the selected servers it holds are scanned; the run's notices stay the whole run's. */
  inPart?: (serverId: string) => boolean;
}

export interface ScanResult {
  report: Report;
  /** The fresh snapshot of every server that answered, by id (for `update`). */
  heads: Map<string, Snapshot>;
  /** Set when stdio servers ran without isolation: the faces repeat it as a warning. */
  isolationNotice?: string;
}

/** What the compare step needs of one server: the fresh catalog and the baseline, or why not. */
export type Observed =
  | {
      id: string;
      head: Snapshot;
      base: Snapshot | undefined;
      readings: SecondReading[] | undefined;
      /** The baseline's tools assessed while the server started, when this run read them. */
      baseAssessments?: BaselineAssessments;
    }
  | { id: string; error: string };

/**
 * What the collecting half of a scan hands the judging half: each server's observation and
 * the notices its collection raised, in config order, and the run's own notices. A shard
 * carries it to `merge`, which judges all shards' observations as one scan would.
 */
export interface Observation {
  servers: Observed[];
  /** Per server, as `servers`. */
  collectNotices: string[][];
  isolationNotice?: string;
  staleNotices: string[];
}

export async function scan(config: Config, options: ScanOptions = {}): Promise<ScanResult> {
  const { observation, deadline } = await observe(config, options);
  return judge(observation, config, { today: options.today, deadline });
}

/** The collecting half of `scan`: starts every selected server and reads its catalog and baseline. */
export async function observe(config: Config, options: ScanOptions = {}): Promise<{ observation: Observation; deadline: Deadline }> {
  const { inPart } = options;
  const selected = selectServers(config, options.serverIds);
  const servers = inPart ? selected.filter((server) => inPart(server.id)) : selected;
  // Servers still running, or not yet started, when the run's time is up end as errors, and
  // so do those whose baseline, snapshot or findings were still being worked out.
  const deadline = runTimeout(config.runTimeoutMs, options.now);
  const { signal } = deadline;
  const isolation = servers.some((server) => server.transport === "stdio")
    ? await prepareIsolation(config.isolation, {
        env: options.env ?? process.env,
        project: { dir: dirname(config.file), snapshots: config.snapshots },
      })
    : {};
  const clientVersion = await packageVersion();
  let classifierPrepared = false;
  // What a server sent but its snapshot leaves out; kept per server so the order is the config's.
  const collectNotices = servers.map((): string[] => []);
  const observed = await mapConcurrent(servers, config.concurrency, async (server, index): Promise<Observed> => {
    // Ends what still runs for a server that failed (its release look-up, or its collection
    // when its baseline cannot be read): nothing waits for it any more.
    const abandoned = new AbortController();
    let collecting: Promise<CollectedCatalog> | undefined;
    try {
      const onNotice = (message: string): void => {
        collectNotices[index]?.push(message);
      };
      const { onProgress } = options;
      // The server starts first, so it boots while its baseline is read. A baseline that
      // cannot be read still fails the server whatever it answers (below).
      collecting = collectServer(server, {
        signal: AbortSignal.any([signal, abandoned.signal]),
        onNotice,
        sandbox: isolation.sandbox,
        clientVersion,
        onProgress,
      });
      // Awaited below, or made moot by the baseline: never an unhandled rejection.
      collecting.catch(() => undefined);
      const base = await readSnapshot(snapshotPath(config.snapshots, server.id), {
        maxBytes: maxSnapshotBytes(server.maxCatalogBytes),
        signal,
      });
      const baseAssessments = base?.tools ? new BaselineAssessments(base.tools) : undefined;
      // The registry is asked while the server starts; a look-up never fails the scan (see release/resolve.ts).
      const releasing = releaseOf(server, base?.server.release, {
        offline: options.offline,
        env: options.env,
        signal: AbortSignal.any([signal, abandoned.signal]),
      });
      if (!classifierPrepared) {
        // The classifier's patterns compile while the first server starts: time otherwise spent waiting.
        classifierPrepared = true;
        setImmediate(prepareRules);
      }
      const raw = await collecting.finally(() => baseAssessments?.stop());
      checkDepth(server.id, raw);
      const { release, notice } = await releasing;
      if (notice) onNotice(notice);
      const head = toSnapshot(server.id, raw, { secrets: server.secrets, ...(release ? { release } : {}) });
      if (options.probe || server.probe) onProgress?.({ server: server.id, phase: "probing" });
      const readings = await readAgain(server, raw, head, {
        probe: options.probe,
        signal,
        onNotice,
        sandbox: isolation.sandbox,
        clientVersion,
      });
      onProgress?.({ server: server.id, phase: "done", items: itemCounts(raw) });
      return { id: server.id, head, base, readings, ...(baseAssessments ? { baseAssessments } : {}) };
    } catch (error) {
      abandoned.abort();
      // A server stopped because its baseline cannot be read has ended before that is reported.
      await collecting?.catch(() => undefined);
      const message = errorMessage(error);
      options.onProgress?.({ server: server.id, phase: "failed", message: secretRedactor(config.secrets)(message) });
      return { id: server.id, error: message };
    }
  });

  const staleNotices = options.serverIds?.length ? [] : await staleSnapshotNotices(config);
  const observation: Observation = {
    servers: observed,
    collectNotices,
    staleNotices,
    ...(isolation.notice ? { isolationNotice: isolation.notice } : {}),
  };
  return { observation, deadline };
}

/** The judging half of `scan`: every observed server compared and classified in view of all the others, one report. */
export async function judge(
  { servers: observed, collectNotices, isolationNotice, staleNotices }: Observation,
  config: Config,
  { today = todayUtc(), deadline }: { today?: string; deadline: Deadline },
): Promise<ScanResult> {
  const heads = new Map<string, Snapshot>();
  for (const o of observed) if ("head" in o) heads.set(o.id, o.head);

  // Built once for the scan, so the servers' rules share its name index.
  const analysis = new ScanAnalysis(heads);
  const reports: ServerReport[] = [];
  for (const o of observed) {
    reports.push("error" in o ? errorReport(o.id, o.error) : await compareInTime(o, analysis, deadline));
  }
  const notices = [...(config.notices ?? []), ...(isolationNotice ? [isolationNotice] : []), ...collectNotices.flat(), ...staleNotices];
  // The whole report, once more: decoded evidence, errors and notices may quote a secret
  // that a server echoed in a form the snapshot did not hold.
  const report = redactJson(buildReport(reports, config, today, notices), secretRedactor(config.secrets));
  return { report, heads, ...(isolationNotice ? { isolationNotice } : {}) };
}

/** Offline comparison of two stored catalogs (`diff OLD NEW`), or an audit of one (`check FILE`). */
export function compareOffline(
  base: Snapshot | undefined,
  head: Snapshot,
  policy: Pick<Config, "failOn" | "rules" | "ignore">,
  today = todayUtc(),
): Report {
  return compareSnapshots([{ base, head }], policy, { today });
}

/**
 * Stored catalogs compared as one scan, offline: each head against its base (or as a first
 * scan without one), every head in view of the cross-server rules as in a live scan, plus
 * `alsoInScan`, servers in view that are not judged. One report, under one policy.
 */
export function compareSnapshots(
  judged: readonly { base?: Snapshot; head: Snapshot }[],
  policy: Pick<Config, "failOn" | "rules" | "ignore">,
  { today = todayUtc(), alsoInScan = [] }: { today?: string; alsoInScan?: readonly Snapshot[] } = {},
): Report {
  const heads = new Map<string, Snapshot>([...alsoInScan, ...judged.map(({ head }) => head)].map((head) => [head.server.id, head]));
  const analysis = new ScanAnalysis(heads);
  const servers = judged.map(({ base, head }) => {
    const id = head.server.id;
    const changes = base ? diffSnapshots(base, head) : newServerChanges(head);
    const ctx = analysis.context({ serverId: id, base, head, changes });
    return serverReport(id, base, head, changes, classify(ctx, RULES), ctx.analysis);
  });
  return buildReport(servers, policy, today, []);
}

/**
 * `compare` within the run's time: the deadline is checked between the diff, each rule and
 * the capability tiers, and the event loop gets a turn after each rule, so a signal is
 * handled. A server whose comparison the deadline cuts short, or fails, is an error: a
 * verdict on part of its catalog cannot be trusted.
 */
async function compareInTime(
  {
    id,
    base,
    head,
    readings,
    baseAssessments,
  }: {
    id: string;
    base: Snapshot | undefined;
    head: Snapshot;
    readings?: readonly SecondReading[];
    baseAssessments?: BaselineAssessments;
  },
  analysis: ScanAnalysis,
  deadline: Deadline,
): Promise<ServerReport> {
  try {
    deadline.check();
    const unchanged = new Map<JsonObject, JsonObject>();
    const changes = base ? diffSnapshots(base, head, unchanged) : newServerChanges(head);
    const ctx = analysis.context({ serverId: id, base, head, changes, deadline, ...(readings ? { readings } : {}) });
    const findings = await classifyInTurns(ctx, RULES);
    deadline.check();
    const reuse = baseAssessments ? { unchanged, baseAssessments } : undefined;
    return serverReport(id, base, head, changes, findings, ctx.analysis, reuse);
  } catch (error) {
    // A rule that fails on one catalog (a pattern that overflows on a text no server should
    // send) costs that server its verdict, not the whole report.
    const message = deadline.passed
      ? `${errorMessage(error)} while its catalog was being classified`
      : `classifying its catalog failed: ${errorMessage(error)}`;
    return errorReport(id, `${id}: ${message}`);
  }
}

/**
 * With `reuse`, a tool the diff found unchanged (same JSON, same key order) takes the
 * assessment of its baseline copy, mostly worked out while the server started, instead of
 * being assessed again: in a scan against a baseline, nearly every tool.
 */
function serverReport(
  id: string,
  base: Snapshot | undefined,
  head: Snapshot,
  changes: ServerReport["changes"],
  findings: ServerReport["findings"],
  analysis: ServerAnalysis,
  reuse?: { unchanged: ReadonlyMap<JsonObject, JsonObject>; baseAssessments: BaselineAssessments },
): ServerReport {
  const status = !base ? "new" : changes.length > 0 ? "changed" : "unchanged";
  const assess = (tool: JsonObject): Assessment => {
    const before = reuse?.unchanged.get(tool);
    return reuse && before ? reuse.baseAssessments.of(before) : analysis.assessment(tool);
  };
  const tools = (head.tools ?? []).map((tool) => reportedCapability(assess(tool)));
  return { id, status, changes, findings, tools };
}

/** Baseline tools assessed in one turn of the event loop: the server's answers wait no longer than that (about 3 ms). */
const ASSESSED_PER_TURN = 100;

/**
 * The capability assessments of a baseline's tools, worked out a turn at a time in the time
 * spent waiting for its server to start and answer, until `stop()`; what is left is assessed
 * when asked for.
 */
export class BaselineAssessments {
  private readonly assessed = new Map<JsonObject, Assessment>();
  private working = true;

  constructor(tools: readonly JsonObject[]) {
    let next = 0;
    const turn = (): void => {
      if (!this.working) return;
      for (const end = Math.min(next + ASSESSED_PER_TURN, tools.length); next < end; next++) this.of(tools[next] as JsonObject);
      if (next < tools.length) setImmediate(turn);
    };
    setImmediate(turn);
  }

  stop(): void {
    this.working = false;
  }

  of(tool: JsonObject): Assessment {
    let assessment = this.assessed.get(tool);
    if (assessment === undefined) this.assessed.set(tool, (assessment = assessTool(tool)));
    return assessment;
  }
}

/**
 * A server's answer nested deeper than MAX_JSON_DEPTH is refused before any stage walks it:
 * normalising, the diff, the rules and the snapshot file are recursive or bounded the same way.
 */
function checkDepth(id: string, raw: RawCatalog): void {
  const path = tooDeepPath(raw as unknown as Json);
  if (path === undefined) return;
  throw new Error(`${id}: the catalog nests deeper than ${MAX_JSON_DEPTH} levels, at ${showPath(path)}`);
}

const PATH_SHOWN = 6;
const SEGMENT_SHOWN = 40;

/** The first few segments of a path in a server's answer, each cut short: `tools/0/inputSchema/items/items/items/…`. */
function showPath(path: readonly string[]): string {
  const shown = path
    .slice(0, PATH_SHOWN)
    .map((segment) => (segment.length > SEGMENT_SHOWN ? `${segment.slice(0, SEGMENT_SHOWN - 1)}…` : segment));
  return [...shown, ...(path.length > PATH_SHOWN ? ["…"] : [])].join("/");
}

function errorReport(id: string, message: string): ServerReport {
  return { id, status: "error", error: { message }, changes: [], findings: [] };
}

function buildReport(
  servers: ServerReport[],
  policy: Pick<Config, "failOn" | "rules" | "ignore">,
  today: string,
  notices: string[],
): Report {
  const applied = applyPolicy(servers, policy, today);
  const failOn: FailOn = policy.failOn;
  const findings = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Report["summary"]["findings"];
  let changes = 0;
  let ignored = 0;
  for (const server of applied.servers) {
    changes += server.changes.length;
    for (const finding of server.findings) {
      if (finding.ignored) ignored++;
      else findings[finding.severity]++;
    }
  }
  const exitCode = exitCodeFor(applied.servers, failOn);
  const count = (status: ServerReport["status"]) => applied.servers.filter((s) => s.status === status).length;
  return {
    format: REPORT_FORMAT,
    failOn,
    exitCode,
    summary: {
      servers: applied.servers.length,
      unchanged: count("unchanged"),
      changed: count("changed"),
      new: count("new"),
      error: count("error"),
      changes,
      findings,
      failing: applied.servers.flatMap((s) => s.findings).filter((f) => !f.ignored && atLeast(f.severity, failOn)).length,
      ignored,
    },
    servers: applied.servers,
    notices: [...notices, ...applied.notices],
  };
}

function selectServers(config: Config, ids: readonly string[] | undefined) {
  if (!ids?.length) return config.servers;
  const known = new Set(config.servers.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UserError(
      `${config.file}: no server ${unknown.map((id) => `"${id}"`).join(", ")} in servers (known: ${[...known].join(", ")})`,
      config.file,
    );
  }
  return config.servers.filter((s) => ids.includes(s.id));
}

/** A baseline whose server left the config is reported, not deleted: a person decides. */
async function staleSnapshotNotices(config: Config): Promise<string[]> {
  let files: string[];
  try {
    files = await readdir(config.snapshots);
  } catch {
    return [];
  }
  const ids = new Set(config.servers.map((s) => s.id));
  return files
    .filter((f) => f.endsWith(".json") && !f.startsWith(".") && !ids.has(f.slice(0, -".json".length)))
    .sort()
    .map((f) => `stale snapshot ${f}: no server "${f.slice(0, -".json".length)}" in the config`);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
