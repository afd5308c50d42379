import type { Change, Json, JsonObject, RuleHit } from "../model.js";
import { joinPath, pathSegments } from "../json-path.js";
import { isJsonObject } from "../model.js";
import { itemField } from "../classify/locate.js";
import type { Rule } from "../classify/rule.js";
import { labelAt } from "../schema-nodes.js";
import { describeItem, excerpt, quote, showField } from "../message-text.js";
import type { RuleContext } from "../classify/rule.js";
import { textGain } from "./text-drift.js";

/** The text fields a model reads to decide what an item, parameter or argument is for. */
const TEXT_FIELDS = new Set(["description", "title"]);

export const descriptionChanged: Rule = {
  id: "description-changed",
  kind: "drift",
  defaultSeverity: "medium",
  example: 'tools/read_issue/description: "Read issue status." → "Read and update issue status."',
  summary: "A description or title changed on a tool, parameter, prompt, argument, resource or template.",
  doc:
    "Descriptions and titles are read by the model as guidance, so changing one changes how the " +
    "model uses the item — the classic route for a rug pull is a tool that keeps its name and " +
    "schema while its description gains new instructions. The severity follows what the new " +
    "text adds: high when it gains an order to the agent about things beyond the tool's own use " +
    "(the user, the conversation, secrets, addresses, other tools, hiding, moving data), or a note " +
    'addressed to the agent by name ("Assistant: …") that touches the user or changes the values it ' +
    "sends, even when no technique detector names it; low for a rewording (a typo, a rephrasing) that adds no " +
    "concept, address, identifier or number; medium otherwise. A schema `default`, `const`, `enum` " +
    "or `examples` value that gains such an order is reported too, at high.",
  check: (ctx) => ctx.changes.filter((c) => c.entity !== "server").flatMap((change) => hitsFor(ctx, change)),
};

function hitsFor(ctx: RuleContext, change: Change): RuleHit[] {
  const field = itemField(change);
  const last = pathSegments(field).at(-1) ?? "";
  if (TEXT_FIELDS.has(last) && isText(change.before) && isText(change.after)) {
    return [textHit(ctx, change, field, change.before, change.after)];
  }
  // Prompt arguments are an array, so the diff reports the whole list; compare by name.
  if (change.entity === "prompt" && field === "arguments") return argumentHits(ctx, change);
  if (VALUE_FIELDS.has(last)) return valueHits(ctx, change, field);
  return [];
}

/** Schema keywords whose strings the model reads as examples of what to send. */
const VALUE_FIELDS = new Set(["default", "const", "enum", "examples"]);

/**
 * A default, const, enum or example that gains a string giving the model an order: a rug pull
 * can hide one there as well as in a description. Only such gains are reported here; any
 * other change of a value is the schema rules' to judge.
 */
function valueHits(ctx: RuleContext, change: Change, field: string): RuleHit[] {
  const strings = (value: Json | undefined) => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  const old = new Set(strings(change.before));
  const hits: RuleHit[] = [];
  for (const value of strings(change.after)) {
    if (old.has(value)) continue;
    const gain = textGain(ctx, { entity: change.entity, name: change.name, field, kind: "value" }, undefined, value);
    if (gain?.severity !== "high" && gain?.severity !== "critical") continue;
    hits.push({
      entity: change.entity,
      name: change.name,
      field,
      message: `${describePlace(field)} of ${describeItem(change.entity, change.name)} gained a value that ${gain.reason ?? "gives the model an order"}`,
      evidence: excerpt(gain.evidence ?? value),
      severity: gain.severity,
    });
    break;
  }
  return hits;
}

/** A text field holds a string; a parameter that happens to be called `description` holds a schema. */
function isText(value: Json | undefined): value is string | undefined {
  return value === undefined || typeof value === "string";
}

function textHit(ctx: RuleContext, change: Change, field: string, before: string | undefined, after: string | undefined): RuleHit {
  const what = `${describePlace(field)} of ${describeItem(change.entity, change.name)}`;
  const verb = before === undefined ? "was added" : after === undefined ? "was removed" : "changed";
  const kind = pathSegments(field).at(-1) === "title" ? "title" : "description";
  const gain = textGain(ctx, { entity: change.entity, name: change.name, field, kind }, before, after);
  return {
    entity: change.entity,
    name: change.name,
    field,
    message: `${what} ${verb}${gain?.reason ? ` and now ${gain.reason}` : ""}`,
    evidence: excerpt(gain?.evidence ?? after ?? before),
    ...(gain ? { severity: gain.severity } : {}),
  };
}

/** `description`, `title of parameter "q"`, `description of argument "topic"`. */
function describePlace(field: string): string {
  const segments = [...pathSegments(field)];
  const text = segments.pop() ?? "";
  const [head, ...rest] = segments;
  if (head === undefined) return text;
  if (head === "arguments" && rest.length === 1) return `${text} of argument ${quote(rest[0] ?? "")}`;
  if (head === "inputSchema" || head === "outputSchema") {
    const label = labelAt(rest);
    const schema = head === "inputSchema" ? "input schema" : "output schema";
    if (label === "") return `${text} of the ${schema}`;
    if (label !== undefined) return `${text} of ${head === "inputSchema" ? "parameter" : "output field"} ${quote(label)}`;
  }
  return showField(field);
}

function argumentHits(ctx: RuleContext, change: Change): RuleHit[] {
  const before = argumentsByName(change.before);
  const after = argumentsByName(change.after);
  const hits: RuleHit[] = [];
  for (const [name, argument] of after) {
    const previous = before.get(name);
    if (!previous) continue;
    for (const key of TEXT_FIELDS) {
      const old = previous[key];
      const now = argument[key];
      if (old !== now && isText(old) && isText(now)) {
        hits.push(textHit(ctx, change, joinPath("arguments", name, key), old, now));
      }
    }
  }
  return hits;
}

function argumentsByName(list: Json | undefined): Map<string, JsonObject> {
  const byName = new Map<string, JsonObject>();
  for (const argument of Array.isArray(list) ? list : []) {
    if (isJsonObject(argument) && typeof argument["name"] === "string") byName.set(argument["name"], argument);
  }
  return byName;
}
