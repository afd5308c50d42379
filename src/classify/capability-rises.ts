import { type Assessment, assessTool, canDoMore } from "../capability/capability.js";
import { itemOf } from "./locate.js";
import type { RuleContext } from "./rule.js";

export interface CapabilityRise {
  name: string;
  /** Absent for a new tool. */
  before?: Assessment;
  after: Assessment;
}

/** Tools new in this scan and kept tools that can do more than before: what the capability rules judge. */
export function capabilityRises(ctx: RuleContext): CapabilityRise[] {
  const names = new Set(ctx.changes.filter((change) => change.entity === "tool").map((change) => change.name));
  return [...names].flatMap((name): CapabilityRise[] => {
    const head = itemOf(ctx.head, "tool", name);
    if (!head) return []; // removed
    const base = ctx.base && itemOf(ctx.base, "tool", name);
    const after = assessTool(head);
    if (!base) return [{ name, after }];
    const before = assessTool(base);
    return canDoMore(before, after) ? [{ name, before, after }] : [];
  });
}
