import { createHash, type Hash } from "node:crypto";
import { pathSegments } from "./json-path.js";
import { ItemIndex, type Side } from "./item-index.js";
import { isJsonObject, type Json, type RuleHit, type Snapshot } from "./model.js";

/** The scan a finding was read from: its server and both snapshots. */
export interface FingerprintScope {
  serverId: string;
  head: Snapshot;
  base?: Snapshot;
  /** The scan's digests of finding subjects; a scope without them hashes each subject anew. */
  subjects?: SubjectDigests;
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
  const subjects = scope.subjects ?? new SubjectDigests(scope.head, scope.base, new ItemIndex(scope.head, scope.base));
  const fields = [scope.serverId, rule, hit.entity, hit.name, hit.field, hit.evidence];
  const digests = [subjects.digest("head", hit), scope.base ? subjects.digest("base", hit) : null];
  // JSON keeps every field's boundaries, whatever characters a server puts in them.
  const material = JSON.stringify(detail === undefined ? [...fields, digests] : [...fields, digests, detail]);
  return createHash("sha256").update(material).digest("hex");
}

/** The digests of finding subjects in one server's two snapshots, each hashed once per place and scan. */
export class SubjectDigests {
  private readonly digests = new Map<string, string>();

  constructor(
    private readonly head: Snapshot,
    private readonly base: Snapshot | undefined,
    private readonly items: ItemIndex,
  ) {}

  digest(side: Side, place: Place): string {
    const key = JSON.stringify([side, place.entity, place.name, place.field]);
    let digest = this.digests.get(key);
    if (digest === undefined) {
      const hash = createHash("sha256");
      feed(hash, this.subjectOf(side, place));
      this.digests.set(key, (digest = hash.digest("hex")));
    }
    return digest;
  }

  /**
   * What the evidence was cut from: the value at `field` in every item with the finding's
   * identity (a server may list a name twice), or in `initialize` for the server. The walk
   * stops at a list or a missing key and keeps the value it reached, a superset: prompt
   * arguments are named in fields but listed in order, and a removed field is absent.
   */
  private subjectOf(side: Side, place: Place): Json[] {
    const snapshot = side === "head" ? this.head : this.base;
    const items = place.entity === "server" ? (snapshot ? [snapshot.initialize] : []) : this.items.named(side, place.entity, place.name);
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
}

/**
 * A JSON value with keys in sorted order, so key order in a file never matters: written out
 * whole and hashed with one update, as a call into the hash per token cost most of a
 * finding's fingerprint.
 */
function feed(hash: Hash, value: Json): void {
  hash.update(sortedJson(value));
}

function sortedJson(value: Json): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = "[";
    for (let index = 0; index < value.length; index++) out += `${sortedJson(value[index] as Json)},`;
    return `${out}]`;
  }
  // A snapshot's keys come sorted already (see canonicalize): sorted again only when they are not.
  const keys = Object.keys(value);
  for (let index = 1; index < keys.length; index++) {
    if (keys[index - 1]! > keys[index]!) {
      keys.sort();
      break;
    }
  }
  let out = "{";
  for (const key of keys) {
    const member = value[key];
    // Skipped like JSON.stringify does: an optional field set to undefined is absent.
    if (member !== undefined) out += `${JSON.stringify(key)}:${sortedJson(member)},`;
  }
  return `${out}}`;
}
