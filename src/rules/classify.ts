import { SEVERITIES, type Finding } from "../model.js";
import { fingerprint } from "../policy/fingerprint.js";
import { compareCodePoints } from "../snapshot/canonical.js";
import { baselineMissing } from "./baseline-missing.js";
import { RULES } from "./index.js";
import { compilePatterns } from "./instructions/patterns.js";
import type { Rule, RuleContext } from "./rule.js";

/** Compiles the rules' patterns ahead of their first use (see `compilePatterns`). */
export function prepareClassifier(): void {
  compilePatterns();
}

/** Runs every rule over one server's scan and turns the hits into sorted findings. */
export function classify(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings = rules.flatMap((rule) =>
    rule.check(ctx).map((hit): Finding => {
      // A first scan is an audit: drift rules describe the catalog rather than raise alarms.
      const auditOnly = !ctx.base && rule.kind === "drift" && rule.id !== baselineMissing.id;
      return {
        rule: rule.id,
        severity: auditOnly ? "info" : (hit.severity ?? rule.defaultSeverity),
        entity: hit.entity,
        name: hit.name,
        field: hit.field,
        message: hit.message,
        evidence: hit.evidence,
        fingerprint: fingerprint(ctx.serverId, rule.id, hit),
        ignored: false,
      };
    }),
  );
  return findings.sort(compareFindings);
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
