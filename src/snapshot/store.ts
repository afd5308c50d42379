import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { writeFileAtomically } from "../atomic-file.js";
import { toServerId } from "../config/formats.js";
import { checkJsonText, MAX_JSON_DEPTH, parsedTextNestsDeeper } from "../json-bounds.js";
import {
  CATALOG_LISTS,
  isJsonObject,
  SERVER_LIMIT_DEFAULTS,
  SNAPSHOT_FORMAT,
  UserError,
  type Json,
  type JsonObject,
  type Snapshot,
} from "../model.js";
import { readRegularFileBytes, type RegularFileLimits } from "../regular-file.js";
import { canonicalJson, canonicalJsonPieces, compareCodePoints } from "./canonical.js";
import { toSnapshot } from "./normalize.js";
import { validate } from "./schema-validator.js";

/** schema.json compiled ahead of time (scripts/validators.ts): nothing is compiled at start-up. */
const validateSnapshot = validate as ValidateFunction<Snapshot>;

/** The same pattern config enforces; checked here too because the id becomes a file name. */
const SERVER_ID = /^[a-z0-9][a-z0-9._-]*$/;

export type WriteResult = "created" | "updated" | "unchanged";

export function snapshotPath(dir: string, serverId: string): string {
  if (!SERVER_ID.test(serverId)) {
    throw new UserError(`invalid server id ${JSON.stringify(serverId)} (expected [a-z0-9][a-z0-9._-]*)`);
  }
  return path.join(dir, `${serverId}.json`);
}

/** The exact bytes of a snapshot file. */
export function snapshotText(snapshot: Snapshot): string {
  // Snapshot is an interface, so TypeScript will not see it as a JsonObject; it is one.
  return canonicalJson(snapshot as unknown as JsonObject);
}

/**
 * The largest snapshot file read, for a server that may send `maxCatalogBytes`. Its
 * canonical form is larger than what it sent: the demo baselines are 1.5–1.7 times their
 * compact JSON (indentation, one member per line), deeply nested schemas indent more, and a
 * hidden character escaped as `\uXXXX` takes two to three times its bytes. Four times
 * covers a catalog at the limit, and at the 64 MiB default (256 MiB) stays under V8's
 * longest string (about 512 MiB), so a file too large is reported rather than a crash.
 */
export function maxSnapshotBytes(maxCatalogBytes: number = SERVER_LIMIT_DEFAULTS.maxCatalogBytes): number {
  return 4 * maxCatalogBytes;
}

/**
 * The committed baseline in `file`, or undefined when there is none. Never modifies it.
 * Only a regular file of at most `maxBytes` is read (see `readRegularFile`), and the read
 * stops when `signal` aborts.
 */
export async function readSnapshot(file: string, limits: Partial<RegularFileLimits> = {}): Promise<Snapshot | undefined> {
  const bytes = await readRegularFileBytes(file, "snapshot file", { maxBytes: maxSnapshotBytes(), ...limits });
  if (bytes === undefined) return undefined;
  return checkSnapshot(parseByItems(bytes) ?? parseJson(bytes.toString("utf8"), file), file);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A list item's last line and what may follow it in canonical text: the next item, or the list's end. */
const ITEM_CLOSE = Buffer.from("\n    }");
const NEXT_ITEM = Buffer.from(",\n    {");
const LIST_CLOSE = Buffer.from("\n  ]");
/**
 * Where each catalog list opens in canonical text, with its first item, and the offset of its
 * `[`; in the order of the file's keys, where the lists come before and after `"server"`.
 */
const LIST_OPENS = CATALOG_LISTS.map(({ list }) => {
  const member = `\n  ${JSON.stringify(list)}: `;
  return { list, open: Buffer.from(`${member}[\n    {`), bracket: member.length, afterServer: compareCodePoints(list, "server") > 0 };
}).sort((a, b) => compareCodePoints(a.list, b.list));
const SERVER_MEMBER = Buffer.from('\n  "server": {');

/**
 * A snapshot file in canonical layout parsed a list item at a time, each item decoded on its
 * own, or undefined when the file is not laid out so (then it is parsed whole, which also
 * says what is wrong with it). One string of the whole file would hold a large baseline twice
 * over (as UTF-16 once any character is outside Latin-1) besides its bytes and its value.
 *
 * The same value as JSON.parse of the whole text: an item's last line (`    }` at the item's
 * indent) cannot be inside a string, which holds no raw newline; a piece cut at a nested
 * closing line is not a whole JSON value and fails to parse; and the rest of the file, with
 * each list replaced by a string no file can hold (a random nonce), must parse with that
 * string as the value of the top-level member, or nothing of this is used. The depth bound
 * is checked on each part, an item two levels down.
 */
function parseByItems(bytes: Buffer): Json | undefined {
  const body = bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  const nonce = `\u0000${randomBytes(16).toString("hex")}`;
  const regions: { list: string; from: number; to: number; items: Json[] }[] = [];
  // Each list is looked for only where canonical order puts it, from the end of the one
  // before: searching the whole file for each list a server does not have cost more than
  // finding the items of the lists it has. A list elsewhere is parsed with the rest of the file.
  const server = body.indexOf(SERVER_MEMBER);
  let from = 0;
  for (const { list, open, bracket, afterServer } of LIST_OPENS) {
    if (server === -1) break;
    const at = afterServer ? body.indexOf(open, Math.max(from, server)) : body.subarray(0, server).indexOf(open, from);
    if (at === -1) continue;
    const items: Json[] = [];
    let start = at + open.length - 1;
    let to: number | undefined;
    while (to === undefined) {
      const close = body.indexOf(ITEM_CLOSE, start);
      if (close === -1) return undefined;
      const end = close + ITEM_CLOSE.length;
      const text = body.toString("utf8", start, end);
      let item: Json;
      try {
        item = JSON.parse(text) as Json;
      } catch {
        return undefined;
      }
      if (parsedTextNestsDeeper(text, MAX_JSON_DEPTH - 2)) return undefined;
      items.push(item);
      if (body.subarray(end, end + NEXT_ITEM.length).equals(NEXT_ITEM)) start = end + NEXT_ITEM.length - 1;
      else if (body.subarray(end, end + LIST_CLOSE.length).equals(LIST_CLOSE)) to = end + LIST_CLOSE.length;
      else return undefined;
    }
    regions.push({ list, from: at + bracket, to, items });
    from = to;
  }
  if (regions.length === 0) return undefined;
  let outerText = "";
  from = 0;
  for (const region of regions) {
    if (region.from < from) return undefined;
    outerText += `${body.toString("utf8", from, region.from)}${JSON.stringify(`${nonce}${region.list}`)}`;
    from = region.to;
  }
  outerText += body.toString("utf8", from);
  let outer: Json;
  try {
    outer = JSON.parse(outerText) as Json;
  } catch {
    return undefined;
  }
  if (!isJsonObject(outer) || parsedTextNestsDeeper(outerText)) return undefined;
  for (const region of regions) {
    if (outer[region.list] !== `${nonce}${region.list}`) return undefined;
    outer[region.list] = region.items;
  }
  return outer;
}

/**
 * Writes atomically: a temp file in the same folder, fsynced, then renamed over the old
 * one, so a crash or a concurrent writer leaves either a whole old or a whole new snapshot.
 * Identical bytes leave the file untouched (no mtime change, no churn for tools that watch
 * the folder). A failure is a `UserError` naming the file; the old file stays as it was.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot): Promise<WriteResult> {
  const file = snapshotPath(dir, snapshot.server.id);
  try {
    return await replaceFile(dir, file, snapshot);
  } catch (error) {
    // "EACCES: permission denied, open '…/.x.json.123.tmp'" → "EACCES: permission denied"
    const reason = errorCode(error) === undefined ? String(error) : (error as Error).message.split(", ")[0];
    throw new UserError(`${file}: cannot write snapshot (${reason})`, file);
  }
}

async function replaceFile(dir: string, file: string, snapshot: Snapshot): Promise<WriteResult> {
  const existingSize = await stat(file).then(
    (stats) => stats.size,
    (error: unknown) => {
      if (errorCode(error) === "ENOENT") return undefined;
      throw error;
    },
  );
  await mkdir(dir, { recursive: true });
  // A first baseline has nothing to be compared with: its bytes go to the file as they are
  // made, never all held at once (the file of a catalog of 100,000 tools is hundreds of MB).
  if (existingSize === undefined) {
    await writeFileAtomically(file, snapshotChunks(snapshot));
    return "created";
  }
  const { chunks, size, digest } = snapshotBytes(snapshot);
  // The scan has just read the baseline: it is read again only when it may be the same
  // bytes (same size), and then streamed through a hash, not held; another size is replaced.
  if (existingSize === size && (await fileDigest(file)) === digest) return "unchanged";
  await writeFileAtomically(file, chunks);
  return "updated";
}

/** Bytes per chunk of a snapshot being written: large enough for few writes, small enough to never be one huge string. */
const CHUNK_CHARACTERS = 1 << 20;

/** The snapshot file's bytes in chunks of about 1 MiB, made as they are asked for. */
function* snapshotChunks(snapshot: Snapshot): Generator<Buffer> {
  let batch: string[] = [];
  let batchLength = 0;
  for (const piece of canonicalJsonPieces(snapshot as unknown as JsonObject)) {
    batch.push(piece);
    batchLength += piece.length;
    if (batchLength >= CHUNK_CHARACTERS) {
      yield Buffer.from(batch.join(""), "utf8");
      batch = [];
      batchLength = 0;
    }
  }
  if (batchLength > 0) yield Buffer.from(batch.join(""), "utf8");
}

/** The snapshot file's bytes in chunks of about 1 MiB, their total size and SHA-256. */
function snapshotBytes(snapshot: Snapshot): { chunks: Buffer[]; size: number; digest: string } {
  const chunks: Buffer[] = [];
  const hash = createHash("sha256");
  let size = 0;
  for (const chunk of snapshotChunks(snapshot)) {
    hash.update(chunk);
    size += chunk.length;
    chunks.push(chunk);
  }
  return { chunks, size, digest: hash.digest("hex") };
}

async function fileDigest(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const EXPECTED_CATALOG =
  'expected a snapshot ("format": "mcp-drift/snapshot@1"), a tools/list result ({"tools": [...]}), ' +
  "a JSON-RPC response wrapping one, or an array of tools";

/**
 * A catalog for the offline commands: a snapshot file, a raw `tools/list` result, a
 * JSON-RPC response wrapping one, or a bare array of tools. Dumps become a snapshot whose
 * server id comes from the file name and whose `initialize` is empty.
 */
export function parseCatalog(text: string, file: string): Snapshot {
  const value = parseJson(text, file);
  if (isJsonObject(value) && value.format !== undefined) return checkSnapshot(value, file);
  return toSnapshot(serverIdFromFile(file), { initialize: {}, tools: toolsFromDump(value, file) });
}

function toolsFromDump(value: Json, file: string): JsonObject[] {
  const result = isJsonObject(value) && value.jsonrpc !== undefined ? jsonRpcResult(value, file) : value;
  const tools = isJsonObject(result) ? result.tools : result;
  if (!Array.isArray(tools)) throw new UserError(`${file}: ${EXPECTED_CATALOG}`, file);
  const notObject = tools.findIndex((tool) => !isJsonObject(tool));
  if (notObject !== -1) {
    throw new UserError(`${file}: tool #${notObject} is not an object`, file);
  }
  return tools.filter(isJsonObject);
}

function jsonRpcResult(response: JsonObject, file: string): Json | undefined {
  if (response.error !== undefined) {
    throw new UserError(`${file}: is a JSON-RPC error response, not a tools/list result`, file);
  }
  return response.result;
}

/** `dumps/Tools.List.JSON` → `tools.list`, made a server id as a host file's names are; `catalog` when nothing is left. */
export function serverIdFromFile(file: string): string {
  return toServerId(path.basename(file, path.extname(file))) || "catalog";
}

function checkSnapshot(value: Json, file: string): Snapshot {
  if (isJsonObject(value) && value.format !== undefined && value.format !== SNAPSHOT_FORMAT) {
    throw new UserError(`${file}: unknown format ${JSON.stringify(value.format)} (expected "${SNAPSHOT_FORMAT}")`, file);
  }
  if (validateSnapshot(value)) return value;
  throw new UserError(`${file}: invalid snapshot: ${describeSchemaError(validateSnapshot.errors?.[0])}`, file);
}

function describeSchemaError(error: ErrorObject | undefined): string {
  if (error === undefined) return "does not match the snapshot schema";
  const where = error.instancePath === "" ? "" : `${error.instancePath} `;
  const property: unknown = error.params.additionalProperty;
  const detail = typeof property === "string" ? ` (${JSON.stringify(property)})` : "";
  return `${where}${error.message ?? "is invalid"}${detail}`;
}

/**
 * JSON.parse of text nested no deeper than the recursive stages take. Text that fails is
 * checked again (see `checkJsonText`), so the error names the file, the line and column and
 * what was expected there, never the text itself (V8's own messages quote it). Parsing
 * first and counting brackets costs about half of checking every valid baseline in full.
 */
function parseJson(text: string, file: string): Json {
  // Editors on Windows may add a byte order mark; it is not part of the JSON.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let value: Json | undefined;
  try {
    value = JSON.parse(body) as Json;
  } catch {
    value = undefined;
  }
  if (value !== undefined && !parsedTextNestsDeeper(body)) return value;
  const problem = checkJsonText(body) ?? { offset: 0, message: "not a JSON value" };
  throw new UserError(`${file}:${lineColumn(body, problem.offset)}: invalid JSON: ${problem.message}`, file);
}

/** 1-based `line:column` of a character offset. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
