/**
 * The pipeline both faces (CLI and Action) call: config in, report model out.
 * config → connect → collect → snapshot → diff → classify → policy → report.
 */
import { readdir } from "node:fs/promises";
import { dirname } from "node:path";
import { assessTool, type Assessment } from "./capability/capability.js";
import { collectServer, loadExchange, type CollectedCatalog } from "./connect/collect.js";
import { runTimeout } from "./connect/limits.js";
import { mapConcurrent } from "./connect/pool.js";
import { itemCounts, type ProgressListener } from "./connect/progress.js";
import { prepareIsolation } from "./connect/sandbox.js";
import type { Deadline } from "./deadline.js";
import { MAX_JSON_DEPTH, tooDeepPath } from "./json-bounds.js";
import {
  UserError,
  type Config,
  type Json,
  type JsonObject,
  type RawCatalog,
  type Report,
  type SecondReading,
  type Snapshot,
} from "./model.js";
import { readAgain } from "./probe.js";
import { errorMessage } from "./run-basics.js";
import { releaseOf } from "./release/resolve.js";
import { packageVersion } from "./package-version.js";
import { secretRedactor } from "./secrets.js";
import { toSnapshot, unchangedItems } from "./snapshot/normalize.js";
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
  const { observation, deadline, closed } = await observe(config, options);
  try {
    return await judge(observation, config, { today: options.today, deadline });
  } finally {
    await closed;
  }
}

/** The judging half of `scan` (judging.ts): every observed server compared and classified in view of all the others, one report. */
export async function judge(
  observation: Observation,
  config: Config,
  options: { today?: string; deadline: Deadline },
): Promise<ScanResult> {
  return (await loadJudging()).judge(observation, config, options);
}

let judging: Promise<typeof import("./judging.js")> | undefined;

/**
 * judging.ts, loaded once. A scan asks for it as soon as its first server's exchange has
 * loaded (loadJudgingAfterExchange), so the rules load while the servers boot and answer
 * instead of before they are spawned.
 */
function loadJudging(): Promise<typeof import("./judging.js")> {
  if (judging === undefined) {
    judging = import("./judging.js");
    // A failed load fails `judge`, which awaits it once every server has ended. Until then
    // nothing may await it (every baseline unreadable): left unhandled, the rejection would
    // end the process with its servers still running.
    judging.catch(() => undefined);
  }
  return judging;
}

let judgingAfterExchange: Promise<typeof import("./judging.js")> | undefined;

/**
 * judging.ts, loaded once the exchange's code (session.ts and the SDK) has: a server's
 * handshake goes out before the rules load, and they load while it answers. Loaded first, as
 * the larger module, they held the handshake back by their whole load and preparation.
 */
function loadJudgingAfterExchange(): Promise<typeof import("./judging.js")> {
  if (judgingAfterExchange === undefined) {
    judgingAfterExchange = loadExchange().then(loadJudging, loadJudging);
    // As in loadJudging: a failed load is `judge`'s to report, never an unhandled rejection.
    judgingAfterExchange.catch(() => undefined);
  }
  return judgingAfterExchange;
}

/**
 * The collecting half of `scan`: starts every selected server and reads its catalog and
 * baseline. `closed` resolves once every server it started has ended: the servers shut down
 * while their catalogs are judged, and the caller awaits it before it is done.
 */
export async function observe(
  config: Config,
  options: ScanOptions = {},
): Promise<{ observation: Observation; deadline: Deadline; closed: Promise<void> }> {
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
  // The classifier is prepared while the servers start and answer, and no longer.
  const preparation = new AbortController();
  let classifierPrepared = false;
  const closings: Promise<void>[] = [];
  // What a server sent but its snapshot leaves out; kept per server so the order is the config's.
  const collectNotices = servers.map((): string[] => []);
  const observed = await mapConcurrent(servers, config.concurrency, async (server, index): Promise<Observed> => {
    // Ends what still runs for a server that failed (its release look-up, or its collection
    // when its baseline cannot be read): nothing waits for it any more.
    const abandoned = new AbortController();
    let collecting: Promise<CollectedCatalog> | undefined;
    let closed: Promise<void> | undefined;
    const onClosing = (closing: Promise<void>): void => {
      // Handled at once: a server that fails to end is reported when the scan awaits it,
      // not as an unhandled rejection that kills the scan of the servers still running.
      closing.catch(() => undefined);
      closed = closing;
      closings.push(closing);
    };
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
        onClosing,
      });
      // Awaited below, or made moot by the baseline: never an unhandled rejection.
      collecting.catch(() => undefined);
      const judgingHalf = loadJudgingAfterExchange();
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
        judgingHalf.then(
          ({ prepareRulesInTurns }) => setImmediate(() => prepareRulesInTurns(preparation.signal)),
          () => undefined,
        );
      }
      const raw = await collecting.finally(() => baseAssessments?.stop());
      // Items sent as the baseline holds them are taken from it, and are as deep as it is.
      const unchanged = base ? unchangedItems(raw, base, server.secrets) : undefined;
      checkDepth(server.id, raw, unchanged);
      const { release, notice } = await releasing;
      if (notice) onNotice(notice);
      const head = toSnapshot(server.id, raw, {
        secrets: server.secrets,
        ...(release ? { release } : {}),
        ...(unchanged ? { unchanged } : {}),
      });
      if (options.probe || server.probe) {
        // A second reading starts the server again: the first must have ended (a port, a lock).
        await closed;
        onProgress?.({ server: server.id, phase: "probing" });
      }
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
  preparation.abort();

  const staleNotices = options.serverIds?.length ? [] : await staleSnapshotNotices(config);
  const observation: Observation = {
    servers: observed,
    collectNotices,
    staleNotices,
    ...(isolation.notice ? { isolationNotice: isolation.notice } : {}),
  };
  return { observation, deadline, closed: Promise.all(closings).then(() => undefined) };
}

/** Baseline tools assessed in one turn of the event loop: the server's answers wait no longer than that (about 3 ms). */
const ASSESSED_PER_TURN = 100;

/**
 * The capability assessments of a baseline's tools, worked out a turn at a time in the time
 * spent waiting for its server to start and answer, until `stop()`; what is left is assessed
 * when asked for. Unchanged tools and the baseline side of changed ones take theirs from here
 * (judging.ts, ServerAnalysis.baseAssessment), so each baseline tool is assessed once.
 * Kept for this process only, never persisted between runs: a cache file in the repository or
 * a CI cache is one more thing a pull request could edit to decide a security verdict, and
 * CI runs from clean clones.
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
function checkDepth(id: string, raw: RawCatalog, shallow?: ReadonlyMap<object, unknown>): void {
  const path = tooDeepPath(raw as unknown as Json, MAX_JSON_DEPTH, shallow);
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
