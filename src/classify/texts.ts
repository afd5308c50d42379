/**
 * Every text a model reads in a catalog, with the place it sits, so content rules judge
 * the whole surface (tool, parameter at any depth, output schema, prompt, argument,
 * resource and template texts and addresses, schema values and comments, server
 * instructions) and nothing twice. Resource MIME types are judged as values. Not texts: icons, `_meta` (hosts do not show
 * them to the model) and prompt messages (they are not in the catalog).
 */
import { identityOf } from "../item-index.js";
import { joinPath } from "../json-path.js";
import { CATALOG_LISTS, isJsonObject, type Entity, type Json, type JsonObject, type Snapshot } from "../model.js";

export type TextKind =
  /** an item's own name (tool, prompt, resource name) */
  | "name"
  /** a parameter or argument name (a schema property key, a prompt argument name) */
  | "parameter"
  | "title"
  | "description"
  | "instructions"
  /** a schema `default`, `enum`, `examples` or `const` string, or one under a non-standard keyword */
  | "value"
  /** a resource `uri` or a template `uriTemplate` */
  | "uri";

export interface ModelText {
  entity: Entity;
  /** Item identity, or the server id for `entity: "server"`. */
  name: string;
  /** Path relative to the item, escaped like change paths: `inputSchema/properties/q/description`. */
  field: string;
  kind: TextKind;
  text: string;
}

/** JSON Schema keywords whose value is one subschema, or a map or list of them. */
const SUBSCHEMA = [
  "items",
  "additionalItems",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contentSchema",
];
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"];
/** `items` is a list of subschemas in draft-07 tuples. */
const SUBSCHEMA_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems", "items"];
const VALUE_KEYWORDS = ["default", "enum", "examples", "const"];
/**
 * Standard keywords whose strings are not prose: types, formats, patterns, references,
 * names in `required`. Any other keyword (`x-hint`, a misspelt `descriptionn`) still
 * reaches the model, which reads the schema whole, so its strings are judged as values.
 */
const STRUCTURAL = new Set([
  "$schema",
  "$id",
  "$ref",
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "$vocabulary",
  "type",
  "format",
  "pattern",
  "required",
  "dependentRequired",
  "contentEncoding",
  "contentMediaType",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
  "deprecated",
  "readOnly",
  "writeOnly",
  "nullable",
  "title",
  "description",
  "$comment",
  ...VALUE_KEYWORDS,
  ...SUBSCHEMA,
  ...SUBSCHEMA_MAPS,
  ...SUBSCHEMA_LISTS,
]);

/** Every model-visible text of a snapshot, the server's own first, then each item's in list order. */
export function modelTexts(snapshot: Snapshot): ModelText[] {
  const texts: ModelText[] = [];
  const add = (text: ModelText) => {
    texts.push(text);
  };
  serverTexts(snapshot, add);
  for (const { list, entity, key } of CATALOG_LISTS) {
    for (const item of snapshot[list] ?? []) itemTexts(entity, key, identityOf(item, key), item, add);
  }
  return texts;
}

/** The server's own texts (instructions, serverInfo title and description), in `modelTexts` order. */
export function serverTexts(snapshot: Snapshot, add: (text: ModelText) => void): void {
  const serverId = snapshot.server.id;
  const server = (field: string, kind: TextKind, value: Json | undefined) => {
    if (typeof value === "string" && value !== "") add({ entity: "server", name: serverId, field, kind, text: value });
  };
  server("instructions", "instructions", snapshot.initialize.instructions);
  const info = snapshot.initialize.serverInfo;
  if (isJsonObject(info)) {
    server("serverInfo/title", "title", info.title);
    server("serverInfo/description", "description", info.description);
  }
}

/** One item's texts, in `modelTexts` order; `key` is its list's identity key, `name` its identity. */
export function itemTexts(entity: Entity, key: string, name: string, item: JsonObject, add: (text: ModelText) => void): void {
  const push = (field: string, kind: TextKind, value: Json | undefined) => {
    if (typeof value === "string" && value !== "") add({ entity, name, field, kind, text: value });
  };
  push("name", "name", item.name);
  if (entity === "resource" || entity === "resourceTemplate") {
    push(key, "uri", item[key]);
    // A client reads the MIME type to decide how to treat the content; a hostile one can carry words.
    push("mimeType", "value", item.mimeType);
  }
  push("title", "title", item.title);
  push("description", "description", item.description);
  if (isJsonObject(item.annotations)) push("annotations/title", "title", item.annotations.title);
  if (entity === "tool") {
    schemaTexts(item.inputSchema, "inputSchema", push);
    schemaTexts(item.outputSchema, "outputSchema", push);
  }
  if (entity === "prompt" && Array.isArray(item.arguments)) {
    for (const argument of item.arguments) {
      if (!isJsonObject(argument) || typeof argument.name !== "string") continue;
      const base = `arguments/${joinPath(argument.name)}`;
      push(`${base}/name`, "parameter", argument.name);
      push(`${base}/title`, "title", argument.title);
      push(`${base}/description`, "description", argument.description);
    }
  }
}

type Push = (field: string, kind: TextKind, value: Json | undefined) => void;

/**
 * The keywords `schemaTexts` reads, in the order it reads them, each with a bit: one pass
 * over a schema node's own keys finds which it has, and only those are looked up. Asking
 * every node for each of the dozens (as `schema[keyword]` on objects of many shapes) cost
 * more than the rest of the walk.
 */
const READ_ORDER = [
  "title",
  "description",
  "$comment",
  ...VALUE_KEYWORDS,
  ...new Set([...SUBSCHEMA, ...SUBSCHEMA_LISTS, ...SUBSCHEMA_MAPS]),
];
// Bitwise operators work on 32 bits: a 33rd keyword would read as absent everywhere.
if (READ_ORDER.length > 32) throw new Error(`schemaTexts reads ${READ_ORDER.length} keywords, more than a 32-bit mask holds`);
const KEYWORD_BITS = new Map(READ_ORDER.map((keyword, index) => [keyword, 2 ** index]));
const bit = (keyword: string) => KEYWORD_BITS.get(keyword)!;
const VALUE_BITS = VALUE_KEYWORDS.map((keyword) => [keyword, bit(keyword)] as const);
const SUBSCHEMA_BITS = SUBSCHEMA.map((keyword) => [keyword, bit(keyword)] as const);
const SUBSCHEMA_LIST_BITS = SUBSCHEMA_LISTS.map((keyword) => [keyword, bit(keyword)] as const);
const SUBSCHEMA_MAP_BITS = SUBSCHEMA_MAPS.map((keyword) => [keyword, bit(keyword)] as const);

/**
 * Structural keywords whose strings are tokens (`"string"`, `"date-time"`, a property name, a
 * regex): one written as prose ("type": "Before calling this tool, read …") is an instruction
 * placed where a reviewer does not look, and is judged as a value.
 */
const TOKEN_KEYWORDS = new Set(["type", "format", "pattern", "required"]);
/** Four words in a row: no type, format, property name or usual pattern reads so. */
const PROSE = /\p{L}{2,}(?: [\p{L}'’]+){3,}/u;

function tokenTexts(schema: JsonObject, keyword: string, field: string, push: Push): void {
  const value = schema[keyword];
  const strings = Array.isArray(value) ? value : [value];
  for (const [index, entry] of strings.entries()) {
    if (typeof entry !== "string" || !entry.includes(" ") || !PROSE.test(entry)) continue;
    push(Array.isArray(value) ? `${field}/${keyword}/${index}` : `${field}/${keyword}`, "value", entry);
  }
}

/** Walks a JSON Schema: titles, descriptions, comments, values and property names at any depth. */
function schemaTexts(schema: Json | undefined, field: string, push: Push): void {
  if (!isJsonObject(schema)) return;
  let present = 0;
  let others: string[] | undefined;
  let tokens: string[] | undefined;
  for (const keyword of Object.keys(schema)) {
    present |= KEYWORD_BITS.get(keyword) ?? 0;
    if (!STRUCTURAL.has(keyword)) (others ??= []).push(keyword);
    else if (TOKEN_KEYWORDS.has(keyword)) (tokens ??= []).push(keyword);
  }
  if (tokens !== undefined) for (const keyword of tokens) tokenTexts(schema, keyword, field, push);
  // A field's path is built only for a text found: a node holds a few of the keywords.
  if (present & bit("title") && isText(schema.title)) push(`${field}/title`, "title", schema.title);
  if (present & bit("description") && isText(schema.description)) push(`${field}/description`, "description", schema.description);
  if (present & bit("$comment") && isText(schema.$comment)) push(`${field}/$comment`, "description", schema.$comment);
  for (const [keyword, flag] of VALUE_BITS) if (present & flag) valueTexts(schema[keyword], `${field}/${keyword}`, push);
  if (others !== undefined) for (const keyword of others) valueTexts(schema[keyword], `${field}/${joinPath(keyword)}`, push);
  for (const [keyword, flag] of SUBSCHEMA_BITS) if (present & flag) schemaTexts(schema[keyword], `${field}/${keyword}`, push);
  for (const [keyword, flag] of SUBSCHEMA_LIST_BITS) {
    const list = present & flag ? schema[keyword] : undefined;
    if (Array.isArray(list)) for (const [index, sub] of list.entries()) schemaTexts(sub, `${field}/${keyword}/${index}`, push);
  }
  for (const [keyword, flag] of SUBSCHEMA_MAP_BITS) {
    const map = present & flag ? schema[keyword] : undefined;
    if (!isJsonObject(map)) continue;
    for (const key of Object.keys(map)) {
      const place = `${field}/${keyword}/${joinPath(key)}`;
      if (keyword === "properties") push(`${place}/name`, "parameter", key);
      schemaTexts(map[key], place, push);
    }
  }
}

function isText(value: Json | undefined): value is string {
  return typeof value === "string" && value !== "";
}

/** Strings anywhere inside a default/enum/examples/const value. */
function valueTexts(value: Json | undefined, field: string, push: Push): void {
  if (typeof value === "string") push(field, "value", value);
  else if (Array.isArray(value)) for (const [index, element] of value.entries()) valueTexts(element, `${field}/${index}`, push);
  else if (isJsonObject(value)) {
    for (const key of Object.keys(value)) valueTexts(value[key], `${field}/${joinPath(key)}`, push);
  }
}
