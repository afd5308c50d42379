import type { Json, JsonObject, RuleHit } from "../model.js";
import { isJsonObject } from "../model.js";
import { changedItems } from "../classify/locate.js";
import type { Rule } from "../classify/rule.js";
import { describeItem, show } from "../message-text.js";

type Hint = "readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint";

/**
 * What the MCP spec assumes when a hint is absent, and which value is the dangerous one.
 * Absent hints take the cautious default, so dropping `destructiveHint: false` is an escalation.
 */
const HINTS: readonly { hint: Hint; whenAbsent: boolean; risky: boolean; becomes: string }[] = [
  { hint: "readOnlyHint", whenAbsent: false, risky: false, becomes: "is no longer read-only" },
  { hint: "destructiveHint", whenAbsent: true, risky: true, becomes: "may now be destructive" },
  { hint: "idempotentHint", whenAbsent: false, risky: false, becomes: "is no longer idempotent" },
  { hint: "openWorldHint", whenAbsent: true, risky: true, becomes: "may now reach the open world (external systems)" },
];

/** destructiveHint and idempotentHint only mean something for a tool that is not read-only. */
const WRITE_ONLY_HINTS: readonly Hint[] = ["destructiveHint", "idempotentHint"];

export const annotationEscalated: Rule = {
  id: "annotation-escalated",
  kind: "drift",
  defaultSeverity: "high",
  example: "tools/archive_page/annotations/readOnlyHint: true → false",
  summary: "A tool's annotations now claim more risk: no longer read-only, destructive, non-idempotent or open-world.",
  doc:
    "Clients use annotations to decide what runs without asking: a read-only, closed-world tool " +
    "is often auto-approved. When a tool's hints move toward risk the approval a user once gave " +
    "no longer describes the tool. Absent hints take the spec's defaults (destructive and " +
    "open-world when absent), so removing `destructiveHint: false` counts. High by default.",
  check: (ctx) =>
    changedItems(ctx, "tool", "annotations").flatMap(({ name, before, after }) =>
      escalations(name, annotationsOf(before), annotationsOf(after)),
    ),
};

function escalations(tool: string, before: JsonObject, after: JsonObject): RuleHit[] {
  const readOnly = (annotations: JsonObject) => effective(annotations, "readOnlyHint", false);
  const bothWritable = !readOnly(before) && !readOnly(after);
  return HINTS.filter(({ hint, whenAbsent, risky }) => {
    if (WRITE_ONLY_HINTS.includes(hint) && !bothWritable) return false;
    return effective(before, hint, whenAbsent) !== risky && effective(after, hint, whenAbsent) === risky;
  }).map(({ hint, whenAbsent, becomes }) => {
    const change = `${hint}: ${show(before[hint])} → ${show(after[hint])}`;
    return {
      entity: "tool",
      name: tool,
      field: `annotations/${hint}`,
      message: `${describeItem("tool", tool)} ${becomes} (${change})`,
      evidence: after[hint] === undefined ? `${change} (absent means ${whenAbsent})` : change,
    };
  });
}

function annotationsOf(tool: JsonObject): JsonObject {
  const annotations = tool["annotations"];
  return isJsonObject(annotations) ? annotations : {};
}

/** The hint's value as a client reads it: a boolean, or the spec's default. */
function effective(annotations: JsonObject, hint: Hint, whenAbsent: boolean): boolean {
  const value: Json | undefined = annotations[hint];
  return typeof value === "boolean" ? value : whenAbsent;
}
