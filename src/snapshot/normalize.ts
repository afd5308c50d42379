import { createHash } from "node:crypto";
import { CATALOG_LISTS, SNAPSHOT_FORMAT, type Json, type JsonObject, type RawCatalog, type Release, type Snapshot } from "../model.js";
import { secretRedactor, type Redact } from "../secrets.js";
import { canonicalize, compareCodePoints, SURROGATE } from "./canonical.js";

/**
 * The canonical, deterministic snapshot of one server: every field the server sent, keys
 * sorted, list items sorted by identity, the run's secrets redacted in every form (`secrets`
 * is the run's whole list: a server can echo another's secret), and the release its launch
 * runs when there is one (see release/resolve.ts). `initialize`
 * is kept whole: none of its standard fields is volatile, and `_meta` may carry what the
 * model is told, so it stays too.
 */
export function toSnapshot(
  serverId: string,
  raw: RawCatalog,
  options: { secrets?: readonly string[]; release?: Release; unchanged?: ReadonlyMap<JsonObject, JsonObject> } = {},
): Snapshot {
  const redact = secretRedactor(options.secrets ?? []);
  const { unchanged } = options;
  const release =
    options.release === undefined
      ? {}
      : { release: normalizeObject(options.release as unknown as JsonObject, redact) as unknown as Release };
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    server: { id: serverId, ...release },
    initialize: normalizeObject(raw.initialize, redact),
  };
  for (const { list, key } of CATALOG_LISTS) {
    const items = list === "resources" ? withContentDigests(raw.resources, raw.resourceContents) : raw[list];
    if (items !== undefined) {
      snapshot[list] = sortItems(
        items.map((item) => unchanged?.get(item) ?? normalizeObject(item, redact)),
        key,
      );
    }
  }
  return snapshot;
}

/**
 * Each list item the server sent (in `raw`) that `toSnapshot` would normalise into an item of
 * the baseline, with that baseline item, for `toSnapshot` to take instead of building a copy
 * equal to it (its `unchanged` option): in a scan against a baseline nearly every item is
 * unchanged, and then the fresh snapshot and the baseline share those items (one copy of the
 * catalog, not two), and the diff finds each pair the same at once. Each baseline item is
 * taken once, so an item listed twice still gets a copy of its own. A resource whose content
 * was read gets its digests in a copy, and is left out. Safe on a sent item of any depth: the
 * comparison goes no deeper than the baseline item, whose depth was bounded when it was read.
 */
export function unchangedItems(raw: RawCatalog, baseline: Snapshot, secrets: readonly string[] = []): Map<JsonObject, JsonObject> {
  const redact = secretRedactor(secrets);
  const unchanged = new Map<JsonObject, JsonObject>();
  for (const { list, key } of CATALOG_LISTS) {
    const sent = raw[list];
    const kept = baseline[list];
    if (sent === undefined || kept === undefined) continue;
    const items = new BaselineItems(kept, key);
    for (const item of sent) {
      if (unchanged.has(item) || (list === "resources" && !sentAsIs(item, raw.resourceContents))) continue;
      const same = items.take(item, redact);
      if (same !== undefined) unchanged.set(item, same);
    }
  }
  return unchanged;
}

/** The baseline's items by identity, each to be taken once. */
class BaselineItems {
  private readonly byIdentity = new Map<string, JsonObject[]>();

  constructor(
    items: readonly JsonObject[],
    private readonly key: string,
  ) {
    for (const item of items) {
      const identity = itemIdentity(item, key);
      if (identity === undefined) continue;
      const named = this.byIdentity.get(identity);
      if (named === undefined) this.byIdentity.set(identity, [item]);
      else named.push(item);
    }
  }

  /** The baseline item `canonicalize(sent, redact)` would equal, key order included, or undefined. */
  take(sent: JsonObject, redact: Redact): JsonObject | undefined {
    const identity = itemIdentity(sent, this.key);
    const named = identity === undefined ? undefined : this.byIdentity.get(redact(identity));
    if (named === undefined || named.length === 0) return undefined;
    if (named.length > 1) return this.takeRepeated(identity!, named, sent, redact);
    if (!isCanonicalOf(named[0]!, sent, redact)) return undefined;
    return named.pop();
  }

  /**
   * Of an identity the baseline repeats, the item with the sent item's canonical JSON text.
   * Searching the group for each item sent would be quadratic in the names a server repeats.
   */
  private takeRepeated(identity: string, named: JsonObject[], sent: JsonObject, redact: Redact): JsonObject | undefined {
    let byText = this.repeated.get(identity);
    if (byText === undefined) {
      byText = new Map();
      for (const item of named) {
        const text = JSON.stringify(item);
        const same = byText.get(text);
        if (same === undefined) byText.set(text, [item]);
        else same.push(item);
      }
      this.repeated.set(identity, byText);
    }
    const same = byText.get(JSON.stringify(canonicalize(sent, redact)));
    const item = same?.at(-1);
    // The text alone does not tell a -0 from a 0, nor a key order JS enumerates otherwise.
    if (item === undefined || !isCanonicalOf(item, sent, redact)) return undefined;
    return same!.pop();
  }

  /** Each repeated identity's items by their JSON text, built when one of them is first sent. */
  private readonly repeated = new Map<string, Map<string, JsonObject[]>>();
}

/**
 * Whether `canonical` is what `canonicalize(value, redact)` returns: the same JSON, strings as
 * redacted, and every object's keys enumerated in the order the copy would enumerate them
 * (code point order; anything else, a key that redacts or one JS enumerates first, is left to
 * the copy). Numbers compare with Object.is, so a -0 keeps its copy as before. Recursive as
 * deep as `canonical`, an item of a baseline whose depth was bounded when it was read.
 */
function isCanonicalOf(canonical: Json, value: Json, redact: Redact): boolean {
  if (typeof value === "string") return redact(value) === canonical;
  if (typeof value !== "object" || value === null) return Object.is(value, canonical);
  if (typeof canonical !== "object" || canonical === null) return false;
  if (Array.isArray(value)) {
    if (!Array.isArray(canonical) || canonical.length !== value.length) return false;
    for (let index = 0; index < value.length; index++)
      if (!isCanonicalOf(canonical[index] as Json, value[index] as Json, redact)) return false;
    return true;
  }
  if (Array.isArray(canonical)) return false;
  const keys = Object.keys(canonical);
  if (keys.length !== Object.keys(value).length) return false;
  let previous: string | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (previous !== undefined && compareCodePoints(previous, key) >= 0) return false;
    if (!Object.hasOwn(value, key) || redact(key) !== key) return false;
    if (!isCanonicalOf(canonical[key] as Json, value[key] as Json, redact)) return false;
    previous = key;
  }
  return true;
}

/**
 * Where a read `ui://` resource's content goes in its item: one entry per content item with
 * its `mimeType`, the SHA-256 of its text (UTF-8) or decoded blob, and its `_meta` (where
 * MCP Apps declares CSP domains and permissions). The content itself is never stored. A
 * field of this name that a server sent is replaced.
 */
export const CONTENT_FIELD = "mcp-drift/content";

/** Whether `withContentDigests` keeps a sent resource as it is: no content was read for it, and it has no field of ours. */
function sentAsIs(sent: JsonObject, contents: Record<string, JsonObject[]> | undefined): boolean {
  const read = contents !== undefined && typeof sent.uri === "string" && Object.hasOwn(contents, sent.uri);
  return !read && !Object.hasOwn(sent, CONTENT_FIELD);
}

function withContentDigests(
  resources: JsonObject[] | undefined,
  contents: Record<string, JsonObject[]> | undefined,
): JsonObject[] | undefined {
  if (resources === undefined) return resources;
  return resources.map((sent) => {
    const read =
      contents !== undefined && typeof sent.uri === "string" && Object.hasOwn(contents, sent.uri) ? contents[sent.uri] : undefined;
    if (read === undefined && !Object.hasOwn(sent, CONTENT_FIELD)) return sent;
    // Dropped also from an item that was not read: only mcp-drift writes this field.
    const { [CONTENT_FIELD]: _sent, ...resource } = sent;
    if (read === undefined) return resource;
    return { ...resource, [CONTENT_FIELD]: read.map(contentDigest) };
  });
}

function contentDigest(content: JsonObject): JsonObject {
  const bytes =
    typeof content.text === "string"
      ? Buffer.from(content.text, "utf8")
      : typeof content.blob === "string"
        ? Buffer.from(content.blob, "base64")
        : Buffer.alloc(0);
  return {
    ...(typeof content.mimeType === "string" ? { mimeType: content.mimeType } : {}),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    ...(content._meta !== undefined ? { _meta: content._meta } : {}),
  };
}

/**
 * The identity of a list item (`name`, `uri` or `uriTemplate`), or undefined when the item
 * has none that is a string.
 */
export function itemIdentity(item: JsonObject, key: string): string | undefined {
  const identity = item[key];
  return typeof identity === "string" ? identity : undefined;
}

function normalizeObject(value: JsonObject, redact: Redact): JsonObject {
  return canonicalize(value, redact) as JsonObject;
}

/**
 * Sorted by identity; items without one go last. Ties (duplicate identities, or several
 * items without one) are broken by canonical JSON, so the input order never shows.
 */
function sortItems(items: JsonObject[], key: string): JsonObject[] {
  const decorated: SortEntry[] = items.map((item) => ({ item, identity: itemIdentity(item, key) }));
  // The items are canonical already, so JSON.stringify depends on their content alone. It
  // is only needed to break ties, hence computed on first use.
  const jsonOf = (entry: SortEntry): string => (entry.json ??= JSON.stringify(entry.item));
  // Without a surrogate in any identity, `<` (UTF-16 order) is code point order, and several
  // times faster than comparing code points in JS: a catalog of 10,000 tools spent more in
  // this sort than in normalising their names' objects.
  const compareIdentities = decorated.some(({ identity }) => identity !== undefined && SURROGATE.test(identity))
    ? compareCodePoints
    : compareUnits;
  decorated.sort((a, b) => {
    if (a.identity !== b.identity) {
      if (a.identity === undefined) return 1;
      if (b.identity === undefined) return -1;
      return compareIdentities(a.identity, b.identity);
    }
    return compareCodePoints(jsonOf(a), jsonOf(b));
  });
  return decorated.map((entry) => entry.item);
}

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface SortEntry {
  item: JsonObject;
  identity: string | undefined;
  json?: string;
}
