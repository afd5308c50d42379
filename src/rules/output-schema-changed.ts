import type { Change, RuleHit } from "../model.js";
import { isUnder, itemField } from "../classify/locate.js";
import type { Rule } from "../classify/rule.js";
import { describeItem, excerpt } from "../message-text.js";

export const outputSchemaChanged: Rule = {
  id: "output-schema-changed",
  kind: "drift",
  defaultSeverity: "low",
  example: "+ tools/get_user/outputSchema/properties/ssn",
  summary: "A tool's output schema was added, removed or changed.",
  doc:
    "The output schema describes what a tool returns; a change there can break clients that " +
    "read structured results but does not widen what the model can do. Low by default, one " +
    "finding per tool listing where the schema changed.",
  check: (ctx) => {
    const byTool = new Map<string, Change[]>();
    for (const change of ctx.changes) {
      if (change.entity === "tool" && isUnder(itemField(change), "outputSchema")) {
        byTool.set(change.name, [...(byTool.get(change.name) ?? []), change]);
      }
    }
    return [...byTool].map(([tool, changes]) => outputSchemaHit(tool, changes));
  },
};

function outputSchemaHit(tool: string, changes: Change[]): RuleHit {
  // A schema that appeared or vanished as a whole is one change at `outputSchema` itself.
  const [first] = changes;
  const whole = changes.length === 1 && first && itemField(first) === "outputSchema" ? first.kind : "changed";
  const verb = whole === "added" ? "was added" : whole === "removed" ? "was removed" : "changed";
  return {
    entity: "tool",
    name: tool,
    field: "outputSchema",
    message: `output schema of ${describeItem("tool", tool)} ${verb}`,
    evidence: excerpt(changes.map((c) => `${c.kind} ${itemField(c)}`).join("; ")),
  };
}
