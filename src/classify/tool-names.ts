/**
 * Every tool name of a scan, by the key the model would confuse it under: the one index
 * the cross-server rules (tool-name-collision, cross-server-reference, the steering
 * techniques) read, with one set of separators.
 */
import { matchable } from "../matchable.js";
import { remembered } from "../memo.js";
import { quote } from "../message-text.js";
import type { Snapshot } from "../model.js";

/** key → server id → its tool names with that key → how often it lists each; in scan, then listing, order. */
export type NameGroups = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;

/** What naming conventions differ in: `read_file`, `read-file`, `read.file`, `read file`. */
const SEPARATORS = /[\s_.-]+/gu;

/** ASCII look-alikes typosquatted names use, on top of the Unicode folding of `matchable`. */
const ASCII_LOOKALIKES: readonly [RegExp, string][] = [
  [/0/g, "o"],
  [/1/g, "l"],
  [/rn/g, "m"],
];

/** The key of a name already in matchable form (a word of a matchable text): separators dropped. */
export function keyOfMatchable(name: string): string {
  return name.replace(SEPARATORS, "");
}

/** How a tool name is matched: read as the model reads it (case, look-alike letters, invisibles folded), separators dropped. */
export function nameKey(name: string): string {
  return keyOf(name);
}

/**
 * Names already keyed: the per-server indexes of the rules key every tool and parameter name
 * of a catalog, and catalogs repeat their parameter names (`path`, `query`, `id`) across
 * tools. 50,000 names: a 10,000-tool catalog holds more than 10,000.
 */
const keyOf = remembered(50_000, (name: string) => keyOfMatchable(matchable(name).text));

/** Everything that renders alike folded together: the key a look-alike shares with its target. */
export function lookalikeKey(name: string): string {
  return foldLookalikes(nameKey(name));
}

/**
 * Words that present a name as a newer, better or official edition of another: what a copy
 * adds to the name it imitates (`send_email_v2`, `better_search`, `query_enhanced`), in the
 * languages tool and server names are written in.
 */
const EDITION =
  /^(?:v\d+|\d|new|newer|better|best|improved|enhanced|advanced|super|pro|plus|premium|ultra|ultimate|extra|turbo|fast|faster|smart|secure|safe|official|verified|updated|latest|optimi[sz]ed|boost|boosted|mejorad[oa]|mejor|nuev[oa]|neu|verbessert|nouveau|nouvelle|ameliore|améliorée?|官方|增强|新版|改良)$/u;

/**
 * Name words: separators and camelCase split, lower case (`sendEmailV2` → send, email, v2).
 * Not words.ts's `nameWords`: that keeps only ASCII letters and digits, and the edition words
 * here include `官方`, `改良` and `améliorée`.
 */
function editionWords(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[\s_.\-/:]+/u)
    .filter((w) => w !== "");
}

/** A name that adds edition words at either end of another: the other's look-alike key and the words added. */
export interface Edition {
  of: string;
  added: string;
}

/**
 * The name this one would be an edition of, when it starts or ends with edition words and
 * something of substance is left (`send_email_v2` → send_email; `pro` and `v2` alone are not).
 */
export function editionOf(name: string): Edition | undefined {
  const words = editionWords(name);
  let [first, last] = [0, words.length];
  while (first < last && EDITION.test(words[first]!)) first++;
  while (last > first && EDITION.test(words[last - 1]!)) last--;
  if (first === 0 && last === words.length) return undefined;
  const rest = words.slice(first, last).join("_");
  if (rest.length < 3) return undefined;
  return { of: lookalikeKey(rest), added: [...words.slice(0, first), ...words.slice(last)].join(" ") };
}

export class ToolNameIndex {
  /** By `nameKey`: which servers of the scan offer a tool of that name in any spelling. */
  readonly byKey: NameGroups;
  /** By `lookalikeKey`: which names a reader can mistake for each other. */
  readonly byLookalike: NameGroups;
  /** By the `lookalikeKey` of the name they present themselves as an edition of (`editionOf`). */
  readonly byEditionOf: NameGroups;

  constructor(snapshots: ReadonlyMap<string, Snapshot>) {
    const byKey = new Map<string, Map<string, Map<string, number>>>();
    const byLookalike = new Map<string, Map<string, Map<string, number>>>();
    const byEditionOf = new Map<string, Map<string, Map<string, number>>>();
    for (const [serverId, snapshot] of snapshots) {
      for (const tool of snapshot.tools ?? []) {
        if (typeof tool.name !== "string") continue;
        const key = nameKey(tool.name);
        count(byKey, key, serverId, tool.name);
        count(byLookalike, foldLookalikes(key), serverId, tool.name);
        const edition = editionOf(tool.name);
        if (edition !== undefined) count(byEditionOf, edition.of, serverId, tool.name);
      }
    }
    this.byKey = byKey;
    this.byLookalike = byLookalike;
    this.byEditionOf = byEditionOf;
  }

  /** The servers other than `serverId` offering a tool whose `nameKey` is `key`, with those names; in scan order. */
  othersByKey(key: string, serverId: string): { serverId: string; names: ReadonlyMap<string, number> }[] {
    // Asked of every word of every text in a scan of several servers: most name no tool.
    const servers = this.byKey.get(key);
    if (servers === undefined) return [];
    return [...servers].flatMap(([id, names]) => (id === serverId ? [] : [{ serverId: id, names }]));
  }
}

/**
 * How server id `id` imitates `other` ("imitates it …", "is it with …"; "it" being `other`), or undefined: the same after folding
 * look-alikes or separators (`filesystern`, `s1ack`, `git-hub`) and carrying more of them, a
 * doubled letter (`githubb`), or the other's id with edition words added (`postgres-enhanced`).
 */
export function imitatedServerId(id: string, other: string): string | undefined {
  if (id === other) return undefined;
  if (lookalikeKey(id) === lookalikeKey(other)) {
    const [mine, theirs] = [imitationMarks(id), imitationMarks(other)];
    return mine > theirs ? "imitates it with look-alike characters or separators" : undefined;
  }
  for (let i = 1; i < id.length; i++) {
    if (id[i] === id[i - 1] && id.slice(0, i) + id.slice(i + 1) === other) return "is it with a doubled letter";
  }
  const edition = editionOf(id);
  if (edition !== undefined && edition.of === lookalikeKey(other)) return `is it with ${quote(edition.added)} added`;
  return undefined;
}

/** Characters that stand in for others, then separators: of two ids that fold alike, the one with more imitates. */
function imitationMarks(id: string): number {
  const lookalikes = (id.match(/[^\x20-\x7e]|[01]|rn/gu) ?? []).length;
  const separators = (id.match(/[\s_.-]/gu) ?? []).length;
  return lookalikes * 1000 + separators;
}

function foldLookalikes(key: string): string {
  let folded = key;
  for (const [pattern, replacement] of ASCII_LOOKALIKES) folded = folded.replace(pattern, replacement);
  return folded;
}

function count(groups: Map<string, Map<string, Map<string, number>>>, key: string, serverId: string, name: string): void {
  let servers = groups.get(key);
  if (servers === undefined) groups.set(key, (servers = new Map()));
  let names = servers.get(serverId);
  if (names === undefined) servers.set(serverId, (names = new Map()));
  names.set(name, (names.get(name) ?? 0) + 1);
}
