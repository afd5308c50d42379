import type { Deadline } from "../deadline.js";
import type { ServerAnalysis } from "./analysis.js";
import type { Change, RuleHit, SecondReading, Severity, Snapshot } from "../model.js";

/** Everything a rule may look at for one server in one scan. */
export interface RuleContext {
  serverId: string;
  /** The committed baseline; absent on a first scan. */
  base?: Snapshot;
  head: Snapshot;
  /** `diff(base, head)`, or every item as `added` when there is no baseline. */
  changes: Change[];
  /** Every server's current snapshot in this scan (the same map as `analysis.scan.snapshots`). */
  scan: ReadonlyMap<string, Snapshot>;
  /**
   * The run's deadline: rules check it between texts and in loops over matches, so a huge
   * text ends the run on time instead of holding the thread past it.
   */
  deadline?: Pick<Deadline, "check">;
  /** The server's second readings (`probe:` / `--probe`); absent when none were asked for. */
  readings?: readonly SecondReading[];
  /** What the rules read of this server and its scan, worked out once: texts, items, capabilities, names. */
  analysis: ServerAnalysis;
}

/**
 * One registry line per rule: it drives the checker, the generated docs and config
 * validation (a rule id in `rules:` or `ignore:` must exist here).
 */
export interface Rule {
  /** kebab-case, stable: users pin overrides and ignores to it. */
  id: string;
  /** `drift` rules need a baseline to mean anything; `content` rules judge text. */
  kind: "drift" | "content";
  defaultSeverity: Severity;
  /** A drift rule that judges a first scan at its own severity (baseline-missing); the others only describe it. */
  judgesFirstScan?: true;
  /** It reads the judged texts (`forEachJudged`, as content rules do): the pipeline runs it on each part of them in turn. */
  judgesTexts?: true;
  /** One line: what it catches. */
  summary: string;
  /** Why it matters to a reviewer; a few sentences. */
  doc: string;
  /** What it catches, as a reviewer would see it in a catalog: shown in the generated docs. */
  example?: string;
  check(ctx: RuleContext): RuleHit[];
}
