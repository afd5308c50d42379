/**
 * Every tool name of a scan, by the key the model would confuse it under: the one index
 * the cross-server rules (tool-name-collision, cross-server-reference, the steering
 * techniques) read, with one set of separators.
 */
import { matchable } from "../matchable.js";
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
  return keyOfMatchable(matchable(name).text);
}

/** Everything that renders alike folded together: the key a look-alike shares with its target. */
export function lookalikeKey(name: string): string {
  return foldLookalikes(nameKey(name));
}

export class ToolNameIndex {
  /** By `nameKey`: which servers of the scan offer a tool of that name in any spelling. */
  readonly byKey: NameGroups;
  /** By `lookalikeKey`: which names a reader can mistake for each other. */
  readonly byLookalike: NameGroups;

  constructor(snapshots: ReadonlyMap<string, Snapshot>) {
    const byKey = new Map<string, Map<string, Map<string, number>>>();
    const byLookalike = new Map<string, Map<string, Map<string, number>>>();
    for (const [serverId, snapshot] of snapshots) {
      for (const tool of snapshot.tools ?? []) {
        if (typeof tool.name !== "string") continue;
        const key = nameKey(tool.name);
        count(byKey, key, serverId, tool.name);
        count(byLookalike, foldLookalikes(key), serverId, tool.name);
      }
    }
    this.byKey = byKey;
    this.byLookalike = byLookalike;
  }

  /** The servers other than `serverId` offering a tool whose `nameKey` is `key`, with those names; in scan order. */
  othersByKey(key: string, serverId: string): { serverId: string; names: ReadonlyMap<string, number> }[] {
    return [...(this.byKey.get(key) ?? [])].flatMap(([id, names]) => (id === serverId ? [] : [{ serverId: id, names }]));
  }
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
