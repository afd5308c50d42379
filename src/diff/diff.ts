/**
 * Structural diff of two snapshots into `Change`s keyed by item identity.
 *
 * Items are matched by identity, duplicates kept apart; a matched pair is walked down
 * through objects, and whatever else differs (a scalar, an array, a change of type) is one
 * change with the whole old and new value: a changed `required` or `enum` list reads best
 * as before/after, not as index edits. The walk is our own, in one linear pass: json-diff-ts,
 * which did this before, grows far faster than the input (an object of 40,000 changed keys
 * took 4.1 s, of 200,000 over 100 s), and a server chooses how large its schemas are.
 */
import { isDeepStrictEqual } from "node:util";
import {
  CATALOG_LISTS,
  isJsonObject,
  SNAPSHOT_FORMAT,
  type Change,
  type Entity,
  type Json,
  type JsonObject,
  type Release,
  type Snapshot,
} from "../model.js";
import { canonicalize, compareCodePoints } from "../snapshot/canonical.js";
import { itemIdentity } from "../snapshot/normalize.js";
import { joinPath } from "../json-path.js";

/**
 * Every difference between `base` and `head`: server (initialize) fields first, then the
 * release the server runs, then tools, resources, resource templates and prompts, each
 * ordered by name, then path. Given `unchanged`, it gets every paired item that holds the
 * same JSON in the same key order (head item → base item): whatever is worked out of such
 * an item, to the order of its reasons, is the same for the baseline's copy.
 */
export function diffSnapshots(base: Snapshot, head: Snapshot, unchanged?: Map<JsonObject, JsonObject>): Change[] {
  const server: Subject = { entity: "server", name: head.server.id };
  return [
    ...fieldChanges(base.initialize, head.initialize, server, ["server"]),
    ...releaseChanges(base.server.release, head.server.release, server),
    // A list the server did not announce is an empty list: its items were added or removed.
    ...CATALOG_LISTS.flatMap(({ list, entity, key }) => listChanges(base[list] ?? [], head[list] ?? [], list, entity, key, unchanged)),
  ];
}

/**
 * The changes of a server without a baseline: its diff against an empty catalog. Every
 * item is one `added` change, and so is every top-level `initialize` field, so that rules
 * judging new text also see, for example, the server's instructions.
 */
export function newServerChanges(head: Snapshot): Change[] {
  return diffSnapshots({ format: SNAPSHOT_FORMAT, server: head.server, initialize: {} }, head);
}

/**
 * The release the server runs, as changes of the server at `release/<field>`: a first segment
 * no initialize field has (those are all `server/…`), so neither can be read as the other.
 * Fields are compared as the release rules compare them (release/compare.ts): the version,
 * integrity and PyPI files only when both scans looked them up (an offline scan records none,
 * and that is no change), the version asked for in their place when either has no version.
 * A launch that names no package on one side is a change of the config, not of a release.
 */
function releaseChanges(base: Release | undefined, head: Release | undefined, server: Subject): Change[] {
  if (base === undefined || head === undefined) return [];
  const changes: Change[] = [];
  const compare = (field: "ecosystem" | "package" | "version" | "requested" | "integrity") => {
    const [before, after] = [base[field], head[field]];
    if (before !== undefined && after !== undefined && before !== after) changes.push(change(server, ["release", field], before, after));
  };
  compare("ecosystem");
  compare("package");
  compare(base.version !== undefined && head.version !== undefined ? "version" : "requested");
  compare("integrity");
  if (base.files !== undefined && head.files !== undefined) collect(base.files, head.files, ["release", "files"], server, changes);
  return changes.sort((a, b) => compareCodePoints(a.path, b.path));
}

/** What a change is about: the `entity` and `name` every `Change` carries. */
interface Subject {
  entity: Entity;
  name: string;
}

/**
 * Items pair up by identity. Duplicate identities pair in snapshot order (first with
 * first); the extra ones are added or removed. An item without an identity can only pair
 * with an identical one, so any change to it shows as a removal plus an addition.
 */
function listChanges(
  baseItems: readonly JsonObject[],
  headItems: readonly JsonObject[],
  list: string,
  entity: Entity,
  key: string,
  unchanged: Map<JsonObject, JsonObject> | undefined,
): Change[] {
  const baseGroups = groupForMatching(baseItems, key);
  const headGroups = groupForMatching(headItems, key);
  const changes: Change[] = [];
  const pairUp = (before: MatchGroup | undefined, after: MatchGroup | undefined): void => {
    const pairs = Math.max(before?.items.length ?? 0, after?.items.length ?? 0);
    for (let index = 0; index < pairs; index++) {
      const oldItem = before?.items[index];
      const newItem = after?.items[index];
      if (oldItem && newItem) {
        const sameness = sameJson(oldItem, newItem);
        if (sameness === IN_ORDER) unchanged?.set(newItem, oldItem);
        if (sameness !== DIFFERENT) continue;
      }
      // What a change is about, made only for pairs that differ: most pairs are the same.
      const subject: Subject = { entity, name: (before ?? after)?.name ?? "" };
      const path = [list, subject.name];
      if (!oldItem || !newItem) changes.push(change(subject, path, oldItem, newItem));
      // A loop, not a spread: an item can change in more fields than a call takes arguments.
      else for (const fieldChange of fieldChanges(oldItem, newItem, subject, path)) changes.push(fieldChange);
    }
  };
  for (const [group, before] of baseGroups) pairUp(before, headGroups.get(group));
  for (const [group, after] of headGroups) if (!baseGroups.has(group)) pairUp(undefined, after);
  return changes.sort((a, b) => compareCodePoints(a.name, b.name) || compareCodePoints(a.path, b.path));
}

/** What `sameJson` finds: other JSON, the same JSON with its keys in the same order, or in another order. */
const DIFFERENT = 0;
const IN_ORDER = 1;
const REORDERED = 2;
type Sameness = typeof DIFFERENT | typeof IN_ORDER | typeof REORDERED;

/**
 * Whether two items hold the same JSON, and their keys in the same order: most of a catalog
 * is unchanged between two scans, and a check that stops at the first difference and builds
 * nothing costs far less than collecting the pair's changes. Numbers compare as JSON reads
 * them (0 and -0 alike: the snapshot file cannot tell them apart either). Recursive as deep
 * as the item, which the scan bounds (MAX_JSON_DEPTH).
 */
function sameJson(before: Json | undefined, after: Json | undefined): Sameness {
  if (before === after) return IN_ORDER;
  if (typeof before !== "object" || typeof after !== "object" || before === null || after === null) return DIFFERENT;
  let sameness: Sameness = IN_ORDER;
  if (Array.isArray(before) || Array.isArray(after)) {
    if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return DIFFERENT;
    for (let index = 0; index < before.length; index++) {
      const element = sameJson(before[index], after[index]);
      if (element === DIFFERENT) return DIFFERENT;
      if (element === REORDERED) sameness = REORDERED;
    }
    return sameness;
  }
  const keys = Object.keys(before);
  const afterKeys = Object.keys(after);
  if (keys.length !== afterKeys.length) return DIFFERENT;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (key !== afterKeys[index]) {
      if (!Object.hasOwn(after, key)) return DIFFERENT;
      sameness = REORDERED;
    }
    const member = sameJson(before[key], after[key]);
    if (member === DIFFERENT) return DIFFERENT;
    if (member === REORDERED) sameness = REORDERED;
  }
  return sameness;
}

/** Items matched on one identity (or one content): `name` is the identity, empty without one. */
interface MatchGroup {
  name: string;
  items: JsonObject[];
}

/** Items by what they are matched on: identity, or the whole content when they have none. */
function groupForMatching(items: readonly JsonObject[], key: string): Map<string, MatchGroup> {
  const groups = new Map<string, MatchGroup>();
  for (const item of items) {
    const identity = itemIdentity(item, key);
    const group = identity !== undefined ? `id:${identity}` : `content:${JSON.stringify(canonicalize(item))}`;
    const entry = groups.get(group);
    if (entry === undefined) groups.set(group, { name: identity ?? "", items: [item] });
    else entry.items.push(item);
  }
  return groups;
}

/** Field-level changes between two versions of one item, sorted by path. */
function fieldChanges(before: JsonObject, after: JsonObject, subject: Subject, prefix: string[]): Change[] {
  const changes: Change[] = [];
  collect(before, after, prefix, subject, changes);
  return changes.sort((a, b) => compareCodePoints(a.path, b.path));
}

/** Walks two versions of an object down through the keys where both hold an object. */
function collect(before: JsonObject, after: JsonObject, path: readonly string[], subject: Subject, out: Change[]): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const oldValue = ownValue(before, key);
    const newValue = ownValue(after, key);
    if (isJsonObject(oldValue) && isJsonObject(newValue)) collect(oldValue, newValue, [...path, key], subject, out);
    else if (!isDeepStrictEqual(oldValue, newValue)) out.push(change(subject, [...path, key], oldValue, newValue));
  }
}

/** `added` without `before`, `removed` without `after`, `changed` with both. */
function change(subject: Subject, path: readonly string[], before: Json | undefined, after: Json | undefined): Change {
  const kind = before === undefined ? "added" : after === undefined ? "removed" : "changed";
  return {
    kind,
    ...subject,
    path: joinPath(...path),
    ...(before !== undefined && { before }),
    ...(after !== undefined && { after }),
  };
}

/** Own properties only, so a field named like an Object.prototype member is still data. */
function ownValue(object: JsonObject, key: string): Json | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
