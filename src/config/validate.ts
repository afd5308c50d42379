import type { ErrorObject, ValidateFunction } from "ajv";
import type { FailOn, IgnoreEntry, IsolationMode, Severity } from "../model.js";
import type { DriftShape } from "./formats.js";
import { validate } from "./schema-validator.js";
import { isPlainObject, type PathSegment, type Problem } from "./source.js";
import { suggestion } from "./suggest.js";

/** One server as written in mcp-drift.yml, after schema validation. */
export interface ServerEntry {
  command?: string;
  args?: string[];
  env?: Record<string, string>;
  /** Names of the scanner's variables this server inherits, besides the top-level list. */
  passEnv?: string[];
  cwd?: string;
  url?: string;
  transport?: "streamable-http" | "sse" | "http";
  headers?: Record<string, string>;
  protocol?: string;
  probe?: boolean | { calls?: number };
  timeout?: Duration;
  maxItems?: number;
  maxResponseBytes?: ByteSize;
  maxCatalogBytes?: ByteSize;
}

/** `30s`, `2m`, `500ms`, or a number of seconds. */
export type Duration = string | number;
/** `16MiB`, `512KiB`, or a number of bytes. */
export type ByteSize = string | number;

/** mcp-drift.yml as written, after schema validation; defaults are applied later. */
export interface ConfigFile {
  version: 1;
  snapshots?: string;
  failOn?: FailOn;
  concurrency?: number;
  runTimeout?: Duration;
  isolation?: IsolationMode;
  /** Names of the scanner's variables every stdio server inherits, besides the base and the default (proxy and CA settings). */
  passEnv?: string[];
  /** Defaults for every server that does not set its own. */
  timeout?: Duration;
  maxItems?: number;
  maxResponseBytes?: ByteSize;
  maxCatalogBytes?: ByteSize;
  /** Empty when the file only includes host files. */
  servers: Record<string, ServerEntry>;
  /** Host files whose servers join the config, relative to it (see include.ts). */
  include?: string[];
  rules?: Record<string, Severity | "off">;
  ignore?: IgnoreEntry[];
}

/** schema.json compiled ahead of time (scripts/validators.ts): nothing is compiled at start-up. */
const validateConfigFile = validate as ValidateFunction<ConfigFile>;

/**
 * What a value under `$defs/<name>` must look like, in words; `<name>/<keyword>` when one
 * keyword of the definition needs its own words.
 */
const EXPECTED_BY_DEFINITION: Record<string, string> = {
  serverId: 'a server id: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, at most 128 characters',
  ruleId: 'a kebab-case rule id such as "description-changed"',
  duration: "a duration such as 500ms, 30s or 2m, or a number of seconds",
  byteSize: "a size such as 512KiB, 16MiB or 1GiB, or a number of bytes",
  itemCount: "a whole number of items, at least 1",
  url: "an http:// or https:// URL",
  headerName: "an HTTP header name",
  envName: 'a variable name (no "=")',
  itemRef: "tool:NAME, prompt:NAME, resource:URI, resourceTemplate:URI_TEMPLATE or server:ID",
  "itemRef/format":
    "an item without invisible characters or words that mix Latin with Cyrillic or Greek letters; " +
    "to accept a finding on such an item, bind the ignore to its fingerprint",
  date: "a date that exists, as YYYY-MM-DD",
  reason: "a reason in words: at least two, not counting spaces and invisible characters",
  fingerprint: "a fingerprint as printed in the JSON report: 64 lowercase hex digits",
  includePath: 'a host file\'s path relative to this file, with "/" between folders',
};

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "nothing",
};

const STDIO_KEYS = ["command", "args", "env", "passEnv", "cwd"];
const REMOTE_KEYS = ["url", "transport", "headers"];

export type Validation = { ok: true; config: ConfigFile; problems: [] } | { ok: false; problems: Problem[] };

/** Checks the mcp-drift shape against schema.json; the problems are in source paths, in words. */
export function validateShape(shape: DriftShape): Validation {
  if (validateConfigFile(shape.data)) return { ok: true, config: { ...shape.data, servers: shape.data.servers ?? {} }, problems: [] };
  return { ok: false, problems: (validateConfigFile.errors ?? []).flatMap((error) => toProblem(error, shape)) };
}

function toProblem(error: ErrorObject, shape: DriftShape): Problem[] {
  // The outer propertyNames error repeats the inner one, which names the key.
  if (error.keyword === "propertyNames") return [];
  const path = pointerToPath(error.instancePath, shape.data);
  // A config needs servers of its own, host files to include, or both: one error, not one per branch.
  if (error.schemaPath.startsWith("#/anyOf/")) return [];
  if (error.schemaPath === "#/anyOf")
    return [{ path: shape.sourcePath(path), message: 'missing required key "servers" (or "include", a list of host files)' }];
  if (error.keyword === "uniqueItems") {
    const { i, j } = error.params as { i: number; j: number };
    const index = Math.max(i, j);
    return [{ path: shape.sourcePath([...path, index]), message: "listed twice" }];
  }
  if (error.propertyName !== undefined) {
    const message = `invalid key "${error.propertyName}": expected ${expectation(error)}`;
    return [{ path: shape.sourcePath(path), key: error.propertyName, message }];
  }
  if (error.schemaPath.includes("/oneOf")) {
    // The branches' own errors only restate which keys a stdio or remote server has.
    if (error.keyword !== "oneOf" || !isPlainObject(error.data)) return [];
    return [{ path: shape.sourcePath(path), message: serverShapeMessage(error.data) }];
  }
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
    return [{ path: shape.sourcePath(path), key, message: `unknown key "${key}"${suggestion(key, known)}` }];
  }
  if (error.keyword === "required") {
    return [{ path: shape.sourcePath(path), message: `missing required key "${String(error.params.missingProperty)}"` }];
  }
  return [{ path: shape.sourcePath(path), message: `expected ${expectation(error)}, got ${describeValue(error.data)}${hint(error)}` }];
}

function expectation(error: ErrorObject): string {
  const definition = /^#\/\$defs\/([^/]+)\//.exec(error.schemaPath)?.[1];
  const described =
    definition === undefined ? undefined : (EXPECTED_BY_DEFINITION[`${definition}/${error.keyword}`] ?? EXPECTED_BY_DEFINITION[definition]);
  if (described !== undefined) return described;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return String(params.type)
        .split(",")
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(" or ");
    case "enum":
      return `one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "const":
      return JSON.stringify(params.allowedValue);
    case "minLength":
      return "a non-empty string";
    case "minProperties":
      return "at least one entry";
    case "minimum":
      return `at least ${String(params.limit)}`;
    case "maximum":
      return `at most ${String(params.limit)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** A did-you-mean for a mistyped choice, or a nudge to quote a YAML number meant as text. */
function hint(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "enum" && typeof error.data === "string") {
    return suggestion(error.data, (params.allowedValues as unknown[]).map(String));
  }
  const wantsString = error.keyword === "type" && params.type === "string";
  if (wantsString && (typeof error.data === "number" || typeof error.data === "boolean")) return " (quote it)";
  return "";
}

function serverShapeMessage(server: Record<string, unknown>): string {
  if (!("command" in server) && !("url" in server)) return 'expected either "command" (stdio) or "url" (remote)';
  const quoted = (keys: string[]) =>
    keys
      .filter((key) => key in server)
      .map((key) => `"${key}"`)
      .join(", ");
  return `mixes stdio keys (${quoted(STDIO_KEYS)}) with remote keys (${quoted(REMOTE_KEYS)}); a server is either stdio ("command") or remote ("url")`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return Object.keys(value).length === 0 ? "an empty mapping" : "a mapping";
  if (typeof value !== "string") return String(value);
  return showInvisibles(JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value));
}

/** JSON escapes only C0 controls; a zero-width space or a bidi control must show in an error too. */
function showInvisibles(text: string): string {
  return text.replace(/[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => {
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase();
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, "0")}`;
  });
}

/** `/servers/a~1b/args/0` → `["servers", "a/b", "args", 0]`, numbers where `data` has a list. */
function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  const path: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const segment = Array.isArray(node) ? Number(key) : key;
    path.push(segment);
    node = isPlainObject(node) || Array.isArray(node) ? (node as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return path;
}
