/**
 * Corpus lines: one labelled catalog item a line. Each line holds exactly one of `tool`,
 * `prompt`, `resource`, `resourceTemplate` or `instructions`; an optional `base` (the same
 * item as the baseline held it) makes it a drift sample, and optional `neighbours` are other
 * servers in the same scan, for cross-server techniques. Older lines (only `tool`, no
 * `surface` or `language`) stay valid.
 */
import { isJsonObject, type Entity, type JsonObject, type Snapshot } from "../../src/model.js";

export const SURFACES = [
  "description",
  "parameter-description",
  "parameter-name",
  "schema-field",
  "tool-name",
  "server-instructions",
  "prompt",
  "resource",
  "resource-template",
] as const;
export type Surface = (typeof SURFACES)[number];

/** The item fields of a line, the entity each is and the field that names it. */
export const ITEM_FIELDS = [
  { field: "tool", entity: "tool", key: "name", list: "tools" },
  { field: "prompt", entity: "prompt", key: "name", list: "prompts" },
  { field: "resource", entity: "resource", key: "uri", list: "resources" },
  { field: "resourceTemplate", entity: "resourceTemplate", key: "uriTemplate", list: "resourceTemplates" },
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number]["field"] | "instructions";

export interface CorpusItem {
  id: string;
  source: string;
  label: "malicious" | "benign";
  /** `<number> <short name>` from TECHNIQUES.md, or the source's own name for it; null for plain benign items. */
  technique: string | null;
  language?: string;
  surface?: Surface;
  server: string;
  /** Which item the line holds. */
  field: ItemField;
  /** The entity findings about it name: `server` for instructions. */
  entity: Entity;
  /** Its identity (name, uri, uriTemplate); empty for instructions, which belong to the server. */
  name: string;
  /** The item, or the instructions text. */
  value: JsonObject | string;
  /** The item as the baseline held it: the line is then a diff. */
  base?: JsonObject | string;
  /** Other servers in the same scan, by server name: their tools. */
  neighbours?: Record<string, JsonObject[]>;
}

/** A real upgrade: two releases of one server, both listed by mcp-drift. */
export interface UpgradePair {
  id: string;
  source: string;
  label: "benign";
  server: string;
  package: string;
  from: string;
  to: string;
  base: Snapshot;
  head: Snapshot;
}

export function parseItem(value: unknown, where: string): CorpusItem {
  if (!isJsonObject(value)) throw new Error(`${where}: expected an object`);
  const { id, source, label, technique, server, language, surface } = value;
  if (typeof id !== "string" || typeof source !== "string" || typeof server !== "string") {
    throw new Error(`${where}: id, source and server must be strings`);
  }
  if (label !== "malicious" && label !== "benign") throw new Error(`${where}: label must be malicious or benign`);
  if (technique !== undefined && technique !== null && typeof technique !== "string") {
    throw new Error(`${where}: technique must be a string or null`);
  }
  if (language !== undefined && typeof language !== "string") throw new Error(`${where}: language must be a string`);
  if (surface !== undefined && !(SURFACES as readonly unknown[]).includes(surface)) {
    throw new Error(`${where}: surface must be one of ${SURFACES.join(", ")}`);
  }
  const present = [...ITEM_FIELDS.map((f) => f.field), "instructions"].filter((f) => value[f] !== undefined);
  if (present.length !== 1) {
    throw new Error(
      `${where}: exactly one of tool, prompt, resource, resourceTemplate, instructions (found ${present.join(", ") || "none"})`,
    );
  }
  const item: CorpusItem = {
    id,
    source,
    label,
    technique: typeof technique === "string" ? technique : null,
    ...(language !== undefined ? { language } : {}),
    ...(surface !== undefined ? { surface: surface as Surface } : {}),
    server,
    ...itemOf(value, present[0] as ItemField, where),
  };
  if (value.base !== undefined) item.base = baseOf(value.base, item, where);
  if (value.neighbours !== undefined) item.neighbours = neighboursOf(value.neighbours, where);
  return item;
}

function itemOf(line: JsonObject, field: ItemField, where: string): Pick<CorpusItem, "field" | "entity" | "name" | "value"> {
  const value = line[field];
  if (field === "instructions") {
    if (typeof value !== "string") throw new Error(`${where}: instructions must be a string`);
    return { field, entity: "server", name: "", value };
  }
  const spec = ITEM_FIELDS.find((f) => f.field === field)!;
  if (!isJsonObject(value) || typeof value[spec.key] !== "string") throw new Error(`${where}: ${field}.${spec.key} must be a string`);
  return { field, entity: spec.entity, name: value[spec.key] as string, value };
}

function baseOf(base: unknown, item: CorpusItem, where: string): JsonObject | string {
  if (item.field === "instructions") {
    if (typeof base !== "string") throw new Error(`${where}: base of instructions must be a string`);
    return base;
  }
  const key = ITEM_FIELDS.find((f) => f.field === item.field)!.key;
  if (!isJsonObject(base) || typeof base[key] !== "string") throw new Error(`${where}: base.${key} must be a string`);
  return base;
}

function neighboursOf(value: unknown, where: string): Record<string, JsonObject[]> {
  if (!isJsonObject(value)) throw new Error(`${where}: neighbours must map server names to tool lists`);
  const out: Record<string, JsonObject[]> = {};
  for (const [server, tools] of Object.entries(value)) {
    if (!Array.isArray(tools) || !tools.every((t) => isJsonObject(t) && typeof t.name === "string")) {
      throw new Error(`${where}: neighbours.${server} must be a list of tools with names`);
    }
    out[server] = tools as JsonObject[];
  }
  return out;
}

export function parsePair(value: unknown, where: string): UpgradePair {
  if (!isJsonObject(value)) throw new Error(`${where}: expected an object`);
  for (const key of ["id", "source", "server", "package", "from", "to"]) {
    if (typeof value[key] !== "string") throw new Error(`${where}: ${key} must be a string`);
  }
  if (value.label !== "benign") throw new Error(`${where}: an upgrade pair is labelled benign`);
  for (const key of ["base", "head"]) {
    const snapshot = value[key];
    if (!isJsonObject(snapshot) || !isJsonObject(snapshot.server) || !isJsonObject(snapshot.initialize)) {
      throw new Error(`${where}: ${key} must be a snapshot`);
    }
  }
  return value as unknown as UpgradePair;
}

/** `zh` for text mostly in CJK script, `en` otherwise: real catalogs are mostly English. */
function languageOf(text: string): string {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu)?.length ?? 0;
  return cjk > 0 && cjk * 4 > text.length ? "zh" : "en";
}

/** One benign corpus line per item of a listed catalog, and one for its server instructions. */
export function catalogLines(source: string, server: string, snapshot: Snapshot): JsonObject[] {
  const lines: JsonObject[] = [];
  const line = (kind: string, name: string, surface: Surface, body: JsonObject, text: string): JsonObject => ({
    id: `${source}/${server}/${kind}/${name}`,
    source,
    label: "benign",
    technique: null,
    language: languageOf(text),
    surface,
    server,
    ...body,
  });
  const instructions = snapshot.initialize.instructions;
  if (typeof instructions === "string" && instructions.trim() !== "") {
    lines.push(line("instructions", "", "server-instructions", { instructions }, instructions));
  }
  const surfaces: Record<string, Surface> = {
    tool: "description",
    prompt: "prompt",
    resource: "resource",
    resourceTemplate: "resource-template",
  };
  for (const { field, key, list } of ITEM_FIELDS) {
    for (const item of snapshot[list] ?? []) {
      const name = item[key];
      if (typeof name !== "string") continue;
      lines.push(line(field, name, surfaces[field]!, { [field]: item }, typeof item.description === "string" ? item.description : name));
    }
  }
  return lines;
}
