/**
 * Line numbers in a snapshot file, so a finding can point at its item in the committed
 * JSON. One pass over the canonical text (see canonical.ts: one member or element per line,
 * two-space indent) records the line of every JSON Pointer; a lookup is then a few map reads.
 */
import { CATALOG_LISTS, type Entity } from "../model.js";
import { joinPath } from "../json-path.js";

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

/** Indexes `text`, which must be canonical snapshot text as `snapshotText()` writes it. */
export function snapshotLines(text: string): SnapshotLines {
  const lineOf = new Map<string, number>([["", 1]]);
  /** `/tools/search` → `/tools/3`: the first element with that identity, as the diff pairs them. */
  const byIdentity = new Map<string, string>();
  const open: Container[] = [{ pointer: "", isArray: false, nextIndex: 0 }];

  const lines = text.split("\n");
  for (let index = 1; index < lines.length; index++) {
    const content = lines[index]!.trimStart();
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
    lineOf.set(pointer, index + 1);
    if (value === "{" || value === "[") {
      const identityKey = parent.isArray ? (IDENTITY_KEYS.get(parent.pointer) ?? NESTED_IDENTITY_KEY) : undefined;
      open.push({
        pointer,
        isArray: value === "[",
        nextIndex: 0,
        ...(identityKey !== undefined && value === "{" ? { identity: { key: identityKey, arrayPointer: parent.pointer } } : {}),
      });
    }
  }

  /** Follows `segments` (escaped) from the root as far as the text has them. */
  const deepestLine = (segments: readonly string[]): number => {
    let pointer = "";
    for (const segment of segments) {
      const next = `${pointer}/${segment}`;
      // Identity first: in an identity-addressed list, "0" is an item's name, not an index.
      const found = byIdentity.get(next) ?? (lineOf.has(next) ? next : undefined);
      if (found === undefined) break;
      pointer = found;
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
