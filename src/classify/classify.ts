import { SEVERITIES, type Finding } from "../model.js";
import { findingFingerprint, type FingerprintScope } from "../fingerprint.js";
import { compareCodePoints } from "../snapshot/canonical.js";
import type { Rule, RuleContext } from "./rule.js";

/**
 * A first scan is an audit: drift rules only describe the catalog, at info, and
 * baseline-missing stands in for all of them. The policy stage keeps them there too.
 */
export function describesOnly(rule: Pick<Rule, "kind" | "judgesFirstScan">, firstScan: boolean): boolean {
  return firstScan && rule.kind === "drift" && rule.judgesFirstScan !== true;
}

/** Runs the rules (the registry's, in a scan) over one server's scan and turns the hits into sorted findings. */
export function classify(ctx: RuleContext, rules: readonly Rule[]): Finding[] {
  const steps = classifySteps(ctx, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `classify`, giving the event loop a turn after each rule, so a signal handler or the
 * run's timer runs while a large catalog is judged. Throws the deadline's reason once the
 * run's time is up.
 */
export async function classifyInTurns(ctx: RuleContext, rules: readonly Rule[]): Promise<Finding[]> {
  const steps = classifySteps(ctx, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * One rule per step; the deadline is checked before each. Rules that read the judged texts
 * judge them a part at a time (ServerAnalysis.judgedParts), each part by every such rule
 * before the next is read, so a catalog's texts are never all held at once; each rule's
 * findings still come in the order of its texts, and all in the order of the rules.
 */
function* classifySteps(ctx: RuleContext, rules: readonly Rule[]): Generator<void, Finding[]> {
  const scope: FingerprintScope = { serverId: ctx.serverId, head: ctx.head, base: ctx.base, subjects: ctx.analysis.subjects };
  const found = new Map<Rule, Finding[]>(rules.map((rule) => [rule, []]));
  const check = (rule: Rule): void => {
    ctx.deadline?.check();
    const findings = found.get(rule)!;
    for (const hit of rule.check(ctx)) {
      findings.push({
        rule: rule.id,
        severity: describesOnly(rule, !ctx.base) ? "info" : (hit.severity ?? rule.defaultSeverity),
        entity: hit.entity,
        name: hit.name,
        field: hit.field,
        message: hit.message,
        evidence: hit.evidence,
        fingerprint: findingFingerprint(scope, rule.id, hit),
        ignored: false,
      });
    }
  };
  const judgingTexts = rules.filter((rule) => rule.judgesTexts);
  for (const rule of rules) {
    if (rule.judgesTexts) continue;
    check(rule);
    yield;
  }
  if (judgingTexts.length > 0) {
    for (const _ of ctx.analysis.judgedParts()) {
      for (const rule of judgingTexts) {
        check(rule);
        yield;
      }
    }
  }
  return distinctFingerprints(scope, [...found.values()].flat()).sort(compareFindings);
}

/**
 * Two findings of one rule at one place with the same evidence (two techniques in one short
 * text) would share a fingerprint, and an ignore bound to one would silence both: those, and
 * only those, also fingerprint their message.
 */
function distinctFingerprints(scope: FingerprintScope, findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const { fingerprint: print } of findings) counts.set(print, (counts.get(print) ?? 0) + 1);
  return findings.map((finding) =>
    counts.get(finding.fingerprint) === 1
      ? finding
      : { ...finding, fingerprint: findingFingerprint(scope, finding.rule, finding, finding.message) },
  );
}

/** Most severe first, then by rule and place, so the same scan always reads the same. */
function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) return bySeverity;
  for (const key of ["rule", "entity", "name", "field", "evidence"] as const) {
    const order = compareCodePoints(a[key], b[key]);
    if (order !== 0) return order;
  }
  return 0;
}
