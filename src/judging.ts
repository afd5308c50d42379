/**
 * The judging half of a scan: observed catalogs compared, classified in view of each other
 * and put under the policy, one report. Its modules (the rules and their pattern lexicons)
 * are the heaviest part of the scanner, so scan.ts loads this module only once its servers
 * have started, while they boot.
 */
import { reportedCapability, type Assessment } from "./capability/capability.js";
import { ScanAnalysis, type ServerAnalysis } from "./classify/analysis.js";
import { classify, classifyInTurns } from "./classify/classify.js";
import type { Deadline } from "./deadline.js";
import { diffSnapshots, newServerChanges } from "./diff/diff.js";
import {
  REPORT_FORMAT,
  SEVERITIES,
  atLeast,
  type Config,
  type FailOn,
  isJsonObject,
  type JsonObject,
  type Report,
  type SecondReading,
  type ServerReport,
  type Snapshot,
} from "./model.js";
import { applyPolicy, exitCodeFor } from "./policy/policy.js";
import { RULES } from "./rules/index.js";
import { errorMessage, todayUtc } from "./run-basics.js";
import type { BaselineAssessments, Observation, ScanResult } from "./scan.js";
import { type Redact, secretRedactor } from "./secrets.js";

export { prepareRules, prepareRulesInTurns } from "./rules/index.js";

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
  const report = redactChanged(buildReport(reports, config, today, notices), secretRedactor(config.secrets));
  return { report, heads, ...(isolationNotice ? { isolationNotice } : {}) };
}

/**
 * `redactJson(value, redact)` (secrets.ts), copying only what redacting changes: a part without a secret
 * is returned as it is. The report of a first scan holds every tool in its changes, and a
 * copy of it all cost a third copy of the catalog and a quarter of the run in collecting it.
 */
export function redactChanged<T>(value: T, redact: Redact): T {
  return redactPart(value, redact) as T;
}

function redactPart(value: unknown, redact: Redact): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const element: unknown = value[index];
      const redacted = redactPart(element, redact);
      if (redacted !== element && copy === undefined) copy = value.slice(0, index);
      copy?.push(redacted);
    }
    return copy ?? value;
  }
  if (!isJsonObject(value)) return value;
  // Key by key as redactJson copies, so keys that redact alike keep the last value.
  const keys = Object.keys(value);
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const child = value[key];
    const redactedKey = redact(key);
    const redacted = redactPart(child, redact);
    if (copy === undefined && (redactedKey !== key || redacted !== child)) {
      copy = {};
      for (let before = 0; before < index; before++) setMember(copy, keys[before]!, value[keys[before]!]);
    }
    if (copy !== undefined) setMember(copy, redactedKey, redacted);
  }
  return copy ?? value;
}

function setMember(object: Record<string, unknown>, key: string, member: unknown): void {
  // Assigning `__proto__` would set the copy's prototype; a catalog's key of that name is data.
  if (key === "__proto__") Object.defineProperty(object, key, { value: member, enumerable: true, writable: true, configurable: true });
  else object[key] = member;
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
    const ctx = analysis.context({ serverId: id, base, head, changes, deadline, ...(readings ? { readings } : {}) }, baseAssessments);
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
