import type { RuleHit } from "../model.js";
import { FAMILY_WORDING, newFamilies, type ImpactFamily } from "../capability/capability.js";
import { capabilityRises, type CapabilityRise } from "../classify/capability-rises.js";
import type { Rule } from "../classify/rule.js";
import { describeItem, excerpt } from "../message-text.js";

export const highImpactCapabilityAdded: Rule = {
  id: "high-impact-capability-added",
  kind: "drift",
  defaultSeverity: "critical",
  summary:
    "A tool that can delete, publish, move money, run code, change access, send messages or read secrets " +
    "appeared, or a tool gained one of those powers.",
  doc:
    "These are the actions that cannot be taken back or that reach beyond the user: deleting " +
    "data; merging, deploying, publishing or pushing; payments, refunds and transfers; running " +
    "commands or code; granting, sharing or changing permissions; sending email, chat or social " +
    "messages; reading secrets and credentials. An agent that gains one can do real harm in a " +
    "single call, whether by mistake or because a prompt injection asked it to. Read from the " +
    "tool's name, title, description, parameters (`command`, `recipients`, an `action` enum " +
    "with `delete`) and annotations; a `readOnlyHint: true` that contradicts them is named in the " +
    "evidence rather than believed. Critical by default, one step above `write-capability-added`, " +
    "so the tier decides the severity and a team that fails only on critical still stops these. " +
    "A new high-impact tool is reported here only, not also as a write; a high-impact tool that " +
    "reaches a new kind of action (a deleting tool that now also runs commands) is reported again.",
  example: '+ tools/merge_pull_request: "Merge a pull request into its base branch."',
  check: (ctx) =>
    capabilityRises(ctx)
      .filter((rise) => rise.after.tier === "high-impact")
      .map(highImpactHit),
};

function highImpactHit({ name, before, after }: CapabilityRise): RuleHit {
  const tool = describeItem("tool", name);
  const can = (families: readonly ImpactFamily[]) => families.map((family) => FAMILY_WORDING[family]).join(" and ");
  const message = !before
    ? `${tool} was added and can ${can(after.families)}`
    : before.tier === "high-impact"
      ? `${tool} can now also ${can(newFamilies(before, after))} (it could ${can(before.families)})`
      : `${tool} can now ${can(after.families)} (${before.tier} → high-impact)`;
  return { entity: "tool", name, field: "", message, evidence: excerpt(after.reasons.join("; ")) };
}
