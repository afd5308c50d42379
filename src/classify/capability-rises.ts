import { type Assessment, canDoMore } from "../capability/capability.js";
import type { RuleContext } from "./rule.js";

export interface CapabilityRise {
  name: string;
  /** Absent for a new tool. */
  before?: Assessment;
  after: Assessment;
}

/** Key of the rises in the server's analysis. */
const RISES = Symbol("capability rises");

/**
 * Tools new in this scan and kept tools that can do more than before: what the capability
 * rules judge. Worked out once per server, however many rules read it.
 */
export function capabilityRises(ctx: RuleContext): readonly CapabilityRise[] {
  return ctx.analysis.derived(RISES, () => rises(ctx));
}

function rises(ctx: RuleContext): CapabilityRise[] {
  const names = new Set(ctx.changes.filter((change) => change.entity === "tool").map((change) => change.name));
  return [...names].flatMap((name): CapabilityRise[] => {
    const head = ctx.analysis.itemOf("head", "tool", name);
    if (!head) return []; // removed
    const base = ctx.analysis.itemOf("base", "tool", name);
    const after = ctx.analysis.assessment(head);
    if (!base) return [{ name, after }];
    const before = ctx.analysis.baseAssessment(base);
    return canDoMore(before, after) ? [{ name, before, after }] : [];
  });
}
