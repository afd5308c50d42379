import { createHash, type Hash } from "node:crypto";
import { pathSegments } from "./json-path.js";
import { CATALOG_LISTS, isJsonObject, type Json, type JsonObject, type RuleHit, type Snapshot } from "./model.js";

/** The scan a finding was read from: its server and both snapshots. */
export interface FingerprintScope {
  serverId: string;
  head: Snapshot;
  base?: Snapshot;
}

type Place = Pick<RuleHit, "entity" | "name" | "field">;

/**
 * Identifies one finding across runs: the same rule on the same place with the same text
 * keeps its fingerprint, so an ignore can bind to it; any other text breaks the bind.
 * Evidence is an excerpt for display, so the fingerprint also covers the whole value at
 * the finding's place in both snapshots: text a server appends past the excerpt is new
 * evidence. Severity is left out on purpose: an override must not orphan an ignore.
 * `detail` tells apart findings that would otherwise share all of that (see `classify`).
 *
 * The whole SHA-256, because the server chooses the text: with 48 bits it could make a
 * harmless text and a hostile one share a fingerprint in 2^24 tries.
 */
export function findingFingerprint(scope: FingerprintScope, rule: string, hit: Place & Pick<RuleHit, "evidence">, detail?: string): string {
  const fields = [scope.serverId, rule, hit.entity, hit.name, hit.field, hit.evidence];
  const subjects = [subjectDigest(scope.head, hit), scope.base ? subjectDigest(scope.base, hit) : null];
  // JSON keeps every field's boundaries, whatever characters a server puts in them.
  const material = JSON.stringify(detail === undefined ? [...fields, subjects] : [...fields, subjects, detail]);
  return createHash("sha256").update(material).digest("hex");
}

const subjectDigests = new WeakMap<Snapshot, Map<string, string>>();

/** The digest of the finding's subject in one snapshot, hashed once per place and scan. */
function subjectDigest(snapshot: Snapshot, place: Place): string {
  let digests = subjectDigests.get(snapshot);
  if (digests === undefined) subjectDigests.set(snapshot, (digests = new Map()));
  const key = JSON.stringify([place.entity, place.name, place.field]);
  let digest = digests.get(key);
  if (digest === undefined) {
    const hash = createHash("sha256");
    feed(hash, subjectOf(snapshot, place));
    digests.set(key, (digest = hash.digest("hex")));
  }
  return digest;
}

/**
 * What the evidence was cut from: the value at `field` in every item with the finding's
 * identity (a server may list a name twice), or in `initialize` for the server. The walk
 * stops at a list or a missing key and keeps the value it reached, a superset: prompt
 * arguments are named in fields but listed in order, and a removed field is absent.
 */
function subjectOf(snapshot: Snapshot, place: Place): Json[] {
  const items = place.entity === "server" ? [snapshot.initialize] : itemsNamed(snapshot, place);
  const segments = place.field === "" ? [] : pathSegments(place.field);
  return items.map((item) => {
    let value: Json = item;
    for (const segment of segments) {
      if (!isJsonObject(value) || !Object.hasOwn(value, segment) || value[segment] === undefined) break;
      value = value[segment] as Json;
    }
    return value;
  });
}

const itemIndexes = new WeakMap<Snapshot, Map<string, JsonObject[]>>();

/** Every item of the entity with that identity, indexed once per snapshot. */
function itemsNamed(snapshot: Snapshot, place: Place): JsonObject[] {
  let index = itemIndexes.get(snapshot);
  if (index === undefined) {
    index = new Map();
    for (const { list, entity, key } of CATALOG_LISTS) {
      for (const item of snapshot[list] ?? []) {
        // An item without a string identity is named "" in findings, as `modelTexts` names it.
        const id = JSON.stringify([entity, typeof item[key] === "string" ? item[key] : ""]);
        const named = index.get(id);
        if (named) named.push(item);
        else index.set(id, [item]);
      }
    }
    itemIndexes.set(snapshot, index);
  }
  return index.get(JSON.stringify([place.entity, place.name])) ?? [];
}

/** Hashes a JSON value with keys in sorted order, so key order in a file never matters. */
function feed(hash: Hash, value: Json): void {
  if (Array.isArray(value)) {
    hash.update("[");
    for (const element of value) {
      feed(hash, element);
      hash.update(",");
    }
    hash.update("]");
  } else if (isJsonObject(value)) {
    hash.update("{");
    // Skipped like JSON.stringify does: an optional field set to undefined is absent.
    for (const key of Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()) {
      hash.update(`${JSON.stringify(key)}:`);
      feed(hash, value[key] as Json);
      hash.update(",");
    }
    hash.update("}");
  } else hash.update(JSON.stringify(value));
}
