import type { JsonObject, RuleHit } from "../model.js";
import { changedItems } from "../classify/locate.js";
import type { Rule } from "../classify/rule.js";
import { describeNode, schemaNodes, type SchemaNode } from "../schema-nodes.js";
import { describeItem, excerpt, show } from "../message-text.js";

/** Bounds that loosen when raised or dropped. */
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
/** Bounds that loosen when lowered or dropped. */
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
/** Constraints whose new value cannot be ranked against the old: any change may admit more. */
const OPAQUE = ["pattern", "format"];

export const schemaLoosened: Rule = {
  id: "schema-loosened",
  kind: "drift",
  defaultSeverity: "medium",
  example: 'tools/run_query/inputSchema/properties/sql/pattern: "^SELECT\\\\b" → (removed)',
  summary: "A tool's input schema accepts more than before: extra properties, more enum values, a constraint dropped or relaxed.",
  doc:
    "Constraints in an input schema are often the only thing keeping a tool's arguments inside " +
    "what it was reviewed for: a path pattern, a length limit, a fixed set of modes. When one is " +
    "dropped or relaxed the same tool accepts arguments it used to refuse. Medium by default; " +
    "each loosened keyword is its own finding so an accepted change does not hide the next one.",
  check: (ctx) =>
    changedItems(ctx, "tool", "inputSchema").flatMap(({ name, before, after }) => {
      const owner = describeItem("tool", name);
      const beforeNodes = schemaNodes(before["inputSchema"], "inputSchema");
      const afterNodes = schemaNodes(after["inputSchema"], "inputSchema");
      return [...afterNodes.values()].flatMap((node) => {
        const old = beforeNodes.get(node.field);
        return old ? loosenings(old.schema, node.schema).map((l) => toHit(name, owner, node, l)) : [];
      });
    }),
};

interface Loosening {
  keyword: string;
  /** Completes "<parameter> …", e.g. `dropped maxLength 255`. */
  what: string;
  /** The new value, or what was dropped. */
  evidence: string;
}

function loosenings(old: JsonObject, now: JsonObject): Loosening[] {
  return [
    ...openedProperties(old, now),
    ...widenedValues(old, now),
    ...relaxedBounds(old, now),
    ...changedPatterns(old, now),
    ...droppedUniqueness(old, now),
  ];
}

function openedProperties(old: JsonObject, now: JsonObject): Loosening[] {
  if (old["additionalProperties"] !== false || now["additionalProperties"] === false) return [];
  const value = show(now["additionalProperties"]);
  return [
    {
      keyword: "additionalProperties",
      what: `now accepts additional properties (additionalProperties ${value})`,
      evidence: value,
    },
  ];
}

/** `enum` / `const` as a set of allowed values: widened when it is dropped or gains a value. */
function widenedValues(old: JsonObject, now: JsonObject): Loosening[] {
  const was = allowedValues(old);
  if (!was) return [];
  const keyword = Array.isArray(old["enum"]) ? "enum" : "const";
  const is = allowedValues(now);
  if (!is) {
    return [
      {
        keyword,
        what: `dropped its ${keyword} ${show(old[keyword])}`,
        evidence: `absent (was ${excerpt(old[keyword])})`,
      },
    ];
  }
  const added = is.filter((value) => !was.includes(value)).join(", ");
  return added ? [{ keyword, what: `now also accepts ${excerpt(added, 80)}`, evidence: added }] : [];
}

function relaxedBounds(old: JsonObject, now: JsonObject): Loosening[] {
  return [...UPPER_BOUNDS, ...LOWER_BOUNDS].flatMap((keyword): Loosening[] => {
    const [was, is] = [old[keyword], now[keyword]];
    if (typeof was !== "number") return [];
    if (is === undefined) return [{ keyword, what: `dropped ${keyword} ${was}`, evidence: `absent (was ${was})` }];
    if (typeof is !== "number") return [];
    const relaxed = UPPER_BOUNDS.includes(keyword) ? is > was : is < was;
    return relaxed ? [{ keyword, what: `relaxed ${keyword} from ${was} to ${is}`, evidence: String(is) }] : [];
  });
}

function changedPatterns(old: JsonObject, now: JsonObject): Loosening[] {
  return OPAQUE.flatMap((keyword): Loosening[] => {
    const [was, is] = [old[keyword], now[keyword]];
    if (was === undefined || show(was) === show(is)) return [];
    return is === undefined
      ? [{ keyword, what: `dropped ${keyword} ${show(was)}`, evidence: `absent (was ${excerpt(was)})` }]
      : [{ keyword, what: `changed ${keyword} from ${show(was)} to ${show(is)}`, evidence: excerpt(is) }];
  });
}

function droppedUniqueness(old: JsonObject, now: JsonObject): Loosening[] {
  if (old["uniqueItems"] !== true || now["uniqueItems"] === true) return [];
  return [{ keyword: "uniqueItems", what: "no longer requires unique items", evidence: show(now["uniqueItems"]) }];
}

/** Allowed values as JSON texts (snapshots are canonical, so equal values print equally). */
function allowedValues(schema: JsonObject): string[] | undefined {
  const values = schema["enum"];
  if (Array.isArray(values)) return values.map((v) => JSON.stringify(v));
  if ("const" in schema) return [JSON.stringify(schema["const"])];
  return undefined;
}

function toHit(tool: string, owner: string, node: SchemaNode, loosening: Loosening): RuleHit {
  return {
    entity: "tool",
    name: tool,
    field: `${node.field}/${loosening.keyword}`,
    message: `${describeNode(node, owner)} ${loosening.what}`,
    evidence: excerpt(loosening.evidence),
  };
}
