/**
 * Line numbers in a snapshot file, so a finding can point at its item in the committed
 * JSON. One pass over the canonical text (see canonical.ts: one member or element per line,
 * two-space indent) records the line of every JSON Pointer; a lookup is then a few map reads.
 */
import { CATALOG_LISTS, type Entity, isJsonObject, type Json, type JsonObject, type Snapshot } from "../model.js";
import { joinPath } from "../json-path.js";
import { sortedKeys } from "./canonical.js";

export interface SnapshotLines {
  /**
   * The 1-based line of `field` (escaped as in finding and change paths, `""` for the whole
   * item) of item `name` of `entity`, or of the server's `initialize` field. A whole item is
   * its identity line (`"name": "…"`). What the text lacks, such as a removed item or field,
   * falls back to its nearest enclosing part that is present: the list, the item, the parent.
   */
  locate(entity: Entity, name: string, field: string): number;
}

/** Elements of these arrays are also addressed by identity: `tools/search`, `arguments/topic`. */
const IDENTITY_KEYS = new Map<string, string>(CATALOG_LISTS.map(({ list, key }) => [`/${list}`, key]));
/** Nested arrays of named objects, such as a prompt's arguments, are addressed by `name`. */
const NESTED_IDENTITY_KEY = "name";

interface Container {
  pointer: string;
  isArray: boolean;
  nextIndex: number;
  /** For an object that is an array element: the member that names it, and the array's pointer. */
  identity?: { key: string; arrayPointer: string };
}

/**
 * Where a catalog item's lines are, found without reading them: its inside is indexed the
 * first time a lookup enters it. A first scan of 100,000 tools points a finding into each,
 * but most lines of a catalog are schema members no finding names.
 */
interface LazyItem {
  /** Offset of the item's first inner line, and of its closing line. */
  from: number;
  to: number;
  /** The 1-based line of its first inner line. */
  line: number;
  container: Container;
}

/** A list item's own lines in canonical text: `{` at this indent opens it, `}` at it closes it; its members are deeper. */
const ITEM_INDENT = "    ";
const MEMBER_INDENT = `${ITEM_INDENT}  `;

/** Indexes `text`, which must be canonical snapshot text as `snapshotText()` writes it. */
export function snapshotLines(text: string): SnapshotLines {
  const lineOf = new Map<string, number>([["", 1]]);
  /** `/tools/search` → `/tools/3`: the first element with that identity, as the diff pairs them. */
  const byIdentity = new Map<string, string>();
  const lazyItems = new Map<string, LazyItem>();

  /**
   * Reads the lines from offset `from` (a line start, of 1-based line `line`) to `to`, in the
   * containers `open`. With `lazy`, a catalog item whose lines are laid out as canonical text
   * lays them out is skipped, its identity line read, and its range kept for later.
   */
  const walk = (from: number, to: number, line: number, open: Container[], lazy: boolean): void => {
    for (let at = from; at < to; line++) {
      const newline = text.indexOf("\n", at);
      const lineEnd = newline === -1 || newline > to ? to : newline;
      const raw = text.slice(at, lineEnd);
      at = lineEnd + 1;
      const content = raw.trimStart();
      const parent = open.at(-1);
      if (!parent || content === "") continue;
      if (content.startsWith("}") || content.startsWith("]")) {
        open.pop();
        continue;
      }
      let pointer: string;
      let value: string;
      if (parent.isArray) {
        pointer = `${parent.pointer}/${parent.nextIndex++}`;
        value = content;
      } else {
        const { key, rest } = splitMember(content);
        pointer = `${parent.pointer}/${joinPath(key)}`;
        value = rest;
        if (parent.identity?.key === key && value.startsWith('"')) {
          const alias = `${parent.identity.arrayPointer}/${joinPath(JSON.parse(value) as string)}`;
          if (!byIdentity.has(alias)) byIdentity.set(alias, parent.pointer);
        }
      }
      lineOf.set(pointer, line);
      if (value === "{" || value === "[") {
        const identityKey = parent.isArray ? (IDENTITY_KEYS.get(parent.pointer) ?? NESTED_IDENTITY_KEY) : undefined;
        const container: Container = {
          pointer,
          isArray: value === "[",
          nextIndex: 0,
          ...(identityKey !== undefined && value === "{" ? { identity: { key: identityKey, arrayPointer: parent.pointer } } : {}),
        };
        const skipped =
          lazy && IDENTITY_KEYS.has(parent.pointer) && raw === `${ITEM_INDENT}{` ? skipItem(at, to, line + 1, container) : undefined;
        if (skipped === undefined) open.push(container);
        else {
          // Past its closing line too: the item was never opened here.
          at = skipped.next;
          line = skipped.closingLine;
        }
      }
    }
  };

  /**
   * Keeps the item whose first inner line starts at `from` for later and reads only its
   * identity member, as the walk would have; gives where the line after its closing line
   * starts and the closing line's number, or undefined when its lines are not laid out as
   * canonical text lays them out (it is then read line by line).
   */
  const skipItem = (from: number, to: number, line: number, container: Container): { next: number; closingLine: number } | undefined => {
    let at = from;
    let closingLine = line;
    let identityLine: string | undefined;
    const identityStart = container.identity ? `${MEMBER_INDENT}${JSON.stringify(container.identity.key)}: "` : undefined;
    /** Containers open inside the item: each inner line is indented two spaces per one. */
    let depth = 0;
    for (;;) {
      const newline = text.indexOf("\n", at);
      if (newline === -1 || newline >= to) return undefined;
      let indent = 0;
      while (text.charCodeAt(at + indent) === 0x20) indent++;
      const first = text[at + indent];
      const last = text[newline - 1];
      const closes = first === "}" || first === "]";
      if (closes && depth === 0) {
        if (indent !== ITEM_INDENT.length || first !== "}") return undefined;
        lazyItems.set(container.pointer, { from, to: at, line, container });
        at = newline + 1;
        break;
      }
      if (closes) depth--;
      // Indented as deep as it is nested, or not laid out as canonical text is: read line by line.
      if (indent !== MEMBER_INDENT.length + 2 * depth) return undefined;
      if (last === "{" || last === "[") depth++;
      if (depth === 0 && identityStart !== undefined && identityLine === undefined && text.startsWith(identityStart, at)) {
        identityLine = text.slice(at + indent, newline);
      }
      at = newline + 1;
      closingLine++;
    }
    if (identityLine !== undefined && container.identity !== undefined) {
      const alias = `${container.identity.arrayPointer}/${joinPath(JSON.parse(splitMember(identityLine).rest) as string)}`;
      if (!byIdentity.has(alias)) byIdentity.set(alias, container.pointer);
    }
    return { next: at, closingLine };
  };

  walk(text.indexOf("\n") + 1, text.length, 2, [{ pointer: "", isArray: false, nextIndex: 0 }], true);

  return lookups(lineOf, byIdentity, (pointer) => {
    const item = lazyItems.get(pointer);
    if (item === undefined) return;
    lazyItems.delete(pointer);
    walk(item.from, item.to, item.line, [item.container], false);
  });
}

/**
 * `snapshotLines(snapshotText(snapshot))`, worked out from the snapshot itself: where
 * canonicalJson puts each member follows from the structure (one member or element per line,
 * a non-empty object or array opening on its member's line and closing on a line of its own,
 * an empty one on its member's line), so the file's text is never written out. A container's
 * members are indexed only when a lookup enters it; the lines of what it skips are counted.
 */
export function snapshotValueLines(snapshot: Snapshot): SnapshotLines {
  const lineOf = new Map<string, number>([["", 1]]);
  const byIdentity = new Map<string, string>();
  /** Containers whose members are not indexed yet, by pointer (their own line is in lineOf). */
  const unopened = new Map<string, JsonObject | Json[]>([["", snapshot as unknown as JsonObject]]);
  /** Line counts of the items and their members, each counted once however often a lookup asks. */
  const counts = new WeakMap<object, number>();
  const count = (value: Json): number => (typeof value === "object" && value !== null ? (counts.get(value) ?? lineCount(value)) : 1);

  const enter = (pointer: string): void => {
    const container = unopened.get(pointer);
    if (container === undefined) return;
    unopened.delete(pointer);
    let next = (lineOf.get(pointer) ?? 1) + 1;
    const place = (childPointer: string, child: Json): void => {
      lineOf.set(childPointer, next);
      if (opens(child)) unopened.set(childPointer, child as JsonObject | Json[]);
      next += count(child);
    };
    if (Array.isArray(container)) {
      const identityKey = IDENTITY_KEYS.get(pointer) ?? NESTED_IDENTITY_KEY;
      for (let index = 0; index < container.length; index++) {
        const element = container[index] as Json;
        const elementPointer = `${pointer}/${index}`;
        if (isJsonObject(element) && opens(element)) {
          const identity = element[identityKey];
          if (typeof identity === "string") {
            const alias = `${pointer}/${joinPath(identity)}`;
            if (!byIdentity.has(alias)) byIdentity.set(alias, elementPointer);
          }
        }
        place(elementPointer, element);
      }
    } else {
      for (const key of sortedKeys(container)) place(`${pointer}/${joinPath(key)}`, container[key] as Json);
    }
  };

  // The catalog lists and their items are counted in one pass, which keeps the counts of the
  // items and of their members for when a lookup enters them.
  for (const { list } of CATALOG_LISTS) {
    const items = snapshot[list];
    if (items !== undefined) counts.set(items, lineCount(items, 3, counts));
  }
  enter("");
  return lookups(lineOf, byIdentity, enter);
}

/** A non-empty object or array: written over several lines. */
function opens(value: Json | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (!isJsonObject(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key) && value[key] !== undefined) return true;
  return false;
}

/**
 * How many lines canonicalJson writes `value` on (it does not depend on the order of keys).
 * With `keep`, the counts of the containers `levels` deep and less are kept in it.
 */
function lineCount(value: Json, levels = 0, keep?: WeakMap<object, number>): number {
  if (typeof value !== "object" || value === null) return 1;
  let lines = 2;
  let members = 0;
  if (Array.isArray(value)) {
    for (const element of value) {
      members++;
      lines += lineCount(element, levels - 1, keep);
    }
  } else {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const member = value[key];
      if (member === undefined) continue;
      members++;
      lines += lineCount(member, levels - 1, keep);
    }
  }
  const total = members === 0 ? 1 : lines;
  if (levels > 0) keep?.set(value, total);
  return total;
}

/**
 * Lookups over an index: `lineOf` (JSON Pointer → 1-based line), `byIdentity` (`/tools/search`
 * → `/tools/3`), and `enter`, which indexes an item kept for later when a lookup passes it.
 */
function lookups(
  lineOf: ReadonlyMap<string, number>,
  byIdentity: ReadonlyMap<string, string>,
  enter: (pointer: string) => void,
): SnapshotLines {
  /** Follows `segments` (escaped) from the root as far as the index has them. */
  const deepestLine = (segments: readonly string[]): number => {
    let pointer = "";
    for (const segment of segments) {
      const next = `${pointer}/${segment}`;
      // Identity first: in an identity-addressed list, "0" is an item's name, not an index.
      const found = byIdentity.get(next) ?? (lineOf.has(next) ? next : undefined);
      if (found === undefined) break;
      pointer = found;
      enter(pointer);
    }
    return lineOf.get(pointer) ?? 1;
  };
  return {
    locate(entity, name, field) {
      const fieldSegments = field === "" ? [] : field.split("/");
      if (entity === "server") return deepestLine(field === "" ? [] : ["initialize", ...fieldSegments]);
      const catalog = CATALOG_LISTS.find((c) => c.entity === entity);
      if (!catalog) return 1;
      const itemPath = [catalog.list, joinPath(name)];
      return deepestLine(field === "" ? [...itemPath, catalog.key] : [...itemPath, ...fieldSegments]);
    },
  };
}

/** `"key": value` → the parsed key and the value text. Keys are JSON strings on one line. */
function splitMember(content: string): { key: string; rest: string } {
  let end = 1;
  while (end < content.length && content[end] !== '"') end += content[end] === "\\" ? 2 : 1;
  return { key: JSON.parse(content.slice(0, end + 1)) as string, rest: stripComma(content.slice(end + 3)) };
}

function stripComma(value: string): string {
  return value.endsWith(",") ? value.slice(0, -1) : value;
}
