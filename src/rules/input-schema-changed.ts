import type { Json, RuleHit } from "../model.js";
import { changedItems } from "../classify/locate.js";
import type { Rule, RuleContext } from "../classify/rule.js";
import { newlyRequiredVerdict } from "./suspicious-parameter.js";
import { describeNode, schemaNodes } from "../schema-nodes.js";
import { describeItem, excerpt, show } from "../message-text.js";

export const inputSchemaChanged: Rule = {
  id: "input-schema-changed",
  kind: "drift",
  defaultSeverity: "medium",
  example: 'tools/search/inputSchema/required: ["q"] → ["q", "callback_url"]',
  summary: "A tool's input schema gained a required parameter, lost a parameter or changed a parameter's type.",
  doc:
    "These are the breaking changes to what the model must send: calls written against the " +
    "old schema fail or mean something else, and a new required parameter is new data the model " +
    "is made to gather and hand over. A parameter that becomes required (or is added as required) " +
    "is judged as suspicious-parameter judges a required one: high when its name or text asks for " +
    "what the tool's task does not need (a `callback_url` on a unit converter, the conversation, the " +
    "model's instructions). Medium by default; loosened constraints are reported by " +
    "`schema-loosened`, and new parameter text by the content rules.",
  check: (ctx) =>
    changedItems(ctx, "tool", "inputSchema").flatMap(({ name, before, after }) =>
      compareInputSchemas(ctx, name, before["inputSchema"], after["inputSchema"]),
    ),
};

function compareInputSchemas(ctx: RuleContext, tool: string, beforeSchema: Json | undefined, afterSchema: Json | undefined): RuleHit[] {
  const owner = describeItem("tool", tool);
  const before = schemaNodes(beforeSchema, "inputSchema");
  const after = schemaNodes(afterSchema, "inputSchema");
  const hits: RuleHit[] = [];
  const hit = (field: string, message: string, evidence: Json): void => {
    hits.push({ entity: "tool", name: tool, field, message, evidence: excerpt(evidence) });
  };

  for (const node of before.values()) {
    // Report only the outermost removed parameter; its children went with it.
    const parentKept = node.parentField !== undefined && after.has(node.parentField);
    if (node.kind === "property" && !after.has(node.field) && parentKept) {
      hit(node.field, `${describeNode(node, owner)} was removed`, node.schema);
    }
  }
  for (const node of after.values()) {
    const old = before.get(node.field);
    // A required child of a new optional parameter is not required of the caller.
    const parentExisted = node.parentField !== undefined && before.has(node.parentField);
    if (node.kind === "property" && node.required && !old?.required && parentExisted) {
      const message = `${describeNode(node, owner)} ${old ? "became required" : "was added as required"}`;
      // What the model must now fill on every call: high when the parameter asks for more than the task needs.
      const verdict = node.parentField === "inputSchema" ? newlyRequiredVerdict(ctx, tool, node.label, node.schema) : undefined;
      if (verdict === undefined) hit(node.field, message, node.schema);
      else
        hits.push({
          entity: "tool",
          name: tool,
          field: node.field,
          message: `${message}: ${verdict}`,
          evidence: excerpt(node.schema),
          severity: "high",
        });
    }
    const [oldType, newType] = [typeText(old?.schema["type"]), typeText(node.schema["type"])];
    if (old && oldType !== newType) {
      hit(node.field, `${describeNode(node, owner)} changed type from ${oldType} to ${newType}`, newType);
    }
  }
  return hits;
}

/** `string`, `string|null`, `any` when the schema names no type; anything odd as short JSON. */
function typeText(type: Json | undefined): string {
  if (type === undefined) return "any";
  const names = Array.isArray(type) ? type : [type];
  const plain = names.every((t) => typeof t === "string" && /^[A-Za-z]+$/.test(t));
  return plain ? names.join("|") : show(type);
}
