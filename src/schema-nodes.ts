/**
 * A flat view of a tool's JSON Schema: one node per place a value is described (the root,
 * each property at any depth, each array's `items`), keyed by its field path relative to the
 * tool so that hits line up with change paths.
 */
import type { Json, JsonObject } from "./model.js";
import { joinPath } from "./json-path.js";
import { isJsonObject } from "./model.js";
import { quote } from "./message-text.js";

export interface SchemaNode {
  /** e.g. `inputSchema/properties/opts/properties/depth` */
  field: string;
  kind: "root" | "property" | "items";
  /** e.g. `opts.depth`, `paths[]`; empty for the root. */
  label: string;
  schema: JsonObject;
  /** Listed in its parent's `required` (properties only). */
  required: boolean;
  parentField?: string;
}

export function schemaNodes(schema: Json | undefined, rootField: string): Map<string, SchemaNode> {
  const nodes = new Map<string, SchemaNode>();
  const visit = (node: SchemaNode): void => {
    nodes.set(node.field, node);
    const { properties, items, required } = node.schema;
    if (isJsonObject(properties)) {
      for (const [key, child] of Object.entries(properties)) {
        if (!isJsonObject(child)) continue;
        visit({
          field: `${node.field}/properties/${joinPath(key)}`,
          kind: "property",
          label: node.label ? `${node.label}.${key}` : key,
          schema: child,
          required: Array.isArray(required) && required.includes(key),
          parentField: node.field,
        });
      }
    }
    if (isJsonObject(items)) {
      visit({
        field: `${node.field}/items`,
        kind: "items",
        label: `${node.label}[]`,
        schema: items,
        required: false,
        parentField: node.field,
      });
    }
  };
  if (isJsonObject(schema)) visit({ field: rootField, kind: "root", label: "", schema, required: false });
  return nodes;
}

/** `parameter "opts.depth" of tool "t"` or `input schema of tool "t"`. */
export function describeNode(node: SchemaNode, owner: string): string {
  return node.kind === "root" ? `input schema of ${owner}` : `parameter ${quote(node.label)} of ${owner}`;
}

/**
 * The label of the schema node at `segments` (unescaped, below the schema root), e.g.
 * `["properties", "opts", "properties", "depth"]` → `opts.depth`; undefined when the path
 * is not a chain of properties and items.
 */
export function labelAt(segments: readonly string[]): string | undefined {
  let label = "";
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const key = segments[i + 1];
    if (segment === "items") label += "[]";
    else if (segment === "properties" && key !== undefined) {
      label = label ? `${label}.${key}` : key;
      i++;
    } else return undefined;
  }
  return label;
}

/** A property of a schema, found from a path below it. */
export interface PropertyAt {
  key: string;
  schema: JsonObject;
  /** The path's segments below the property, e.g. `["description"]`, `["default"]`. */
  rest: string[];
}

/**
 * The innermost property that `segments` (unescaped, below the schema root) lie in, through
 * any keyword (`anyOf/0/properties/q`). Walks the schema itself, so a property called
 * `properties` is still a property; undefined when the path names no property.
 */
export function propertyAt(schema: Json | undefined, segments: readonly string[]): PropertyAt | undefined {
  let node: Json | undefined = schema;
  let found: PropertyAt | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const properties = isJsonObject(node) ? node.properties : undefined;
    if (segment === "properties" && isJsonObject(properties) && i + 1 < segments.length) {
      const key = segments[i + 1]!;
      const child = properties[key];
      if (!isJsonObject(child)) break;
      found = { key, schema: child, rest: segments.slice(i + 2) };
      node = child;
      i++;
      continue;
    }
    node = Array.isArray(node) ? node[Number(segment)] : isJsonObject(node) ? node[segment] : undefined;
    if (typeof node !== "object" || node === null) break;
  }
  return found;
}
