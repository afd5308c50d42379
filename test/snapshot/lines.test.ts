import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinPath } from "../../src/json-path.js";
import { CATALOG_LISTS, isJsonObject, type Json, type JsonObject, type Snapshot } from "../../src/model.js";
import { snapshotLines, snapshotValueLines } from "../../src/snapshot/lines.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { snapshotText } from "../../src/snapshot/store.js";
import { rawCatalog } from "./arbitraries.js";

const snapshot = toSnapshot("notes", {
  initialize: {
    protocolVersion: "2025-11-25",
    serverInfo: { name: "notes", version: "2.1.0" },
    instructions: "Search before reading.",
  },
  tools: [
    {
      name: "search",
      description: "Search notes.",
      inputSchema: {
        type: "object",
        properties: {
          q: { type: "string", description: "Query text." },
          "x/y": { type: "string", description: "Odd key." },
        },
      },
    },
    // Sorts first, so it sits at index 0 while index 1 holds "a/b~c".
    { name: "1", description: "Named like an index." },
    { name: "a/b~c", description: "Slash and tilde." },
    { name: "search", description: "Second item with this name." },
    { description: "No name at all." },
  ],
  resources: [{ uri: "file:///tmp/a.txt", name: "a", description: "A file." }],
  prompts: [
    {
      name: "summarize",
      arguments: [
        { name: "topic", description: "What the notes are about." },
        { name: "length", description: "How long." },
      ],
    },
  ],
});
const text = snapshotText(snapshot);
const lines = snapshotLines(text);

/** The trimmed text of 1-based line `n`. */
function lineAt(n: number): string {
  return text.split("\n")[n - 1]!.trim();
}

describe("snapshotLines", () => {
  it("puts a whole item on its identity line", () => {
    expect(lineAt(lines.locate("tool", "search", ""))).toBe('"name": "search"');
    expect(lineAt(lines.locate("tool", "a/b~c", ""))).toBe('"name": "a/b~c"');
    expect(lineAt(lines.locate("resource", "file:///tmp/a.txt", ""))).toBe('"uri": "file:///tmp/a.txt"');
    expect(lineAt(lines.locate("prompt", "summarize", ""))).toBe('"name": "summarize"');
  });

  it("reads an identity that looks like an index as a name", () => {
    expect(lineAt(lines.locate("tool", "1", ""))).toBe('"name": "1"');
    expect(lineAt(lines.locate("tool", "1", "description"))).toBe('"description": "Named like an index.",');
  });

  it("finds fields at any depth, with segments escaped as in change paths", () => {
    expect(lineAt(lines.locate("tool", "search", "description"))).toBe('"description": "Search notes.",');
    expect(lineAt(lines.locate("tool", "search", "inputSchema/properties/q/description"))).toBe('"description": "Query text.",');
    expect(lineAt(lines.locate("tool", "search", `inputSchema/properties/${joinPath("x/y")}/description`))).toBe(
      '"description": "Odd key.",',
    );
  });

  it("addresses a prompt's arguments by name", () => {
    expect(lineAt(lines.locate("prompt", "summarize", "arguments/length/description"))).toBe('"description": "How long.",');
    expect(lineAt(lines.locate("prompt", "summarize", "arguments/topic"))).toBe("{");
    expect(lineAt(lines.locate("prompt", "summarize", "arguments/topic") + 1)).toBe('"description": "What the notes are about.",');
  });

  it("points server findings at initialize, and a finding about the whole server at line 1", () => {
    expect(lineAt(lines.locate("server", "notes", "instructions"))).toBe('"instructions": "Search before reading.",');
    expect(lineAt(lines.locate("server", "notes", "serverInfo/version"))).toBe('"version": "2.1.0"');
    expect(lines.locate("server", "notes", "")).toBe(1);
  });

  it("takes the first of two items with the same identity, as the diff pairs them", () => {
    const first = lines.locate("tool", "search", "description");
    const second = text.split("\n").findIndex((line) => line.includes("Second item with this name.")) + 1;
    expect(first).toBeLessThan(second);
  });

  it("falls back to the nearest enclosing part the file still has", () => {
    // A removed tool: the tools list.
    expect(lineAt(lines.locate("tool", "delete_note", ""))).toBe('"tools": [');
    // A removed parameter: the properties object.
    expect(lineAt(lines.locate("tool", "search", "inputSchema/properties/limit"))).toBe('"properties": {');
    // A removed argument: the arguments list.
    expect(lineAt(lines.locate("prompt", "summarize", "arguments/style/description"))).toBe('"arguments": [');
    // A removed instructions field: initialize.
    const bareText = snapshotText(toSnapshot("bare", { initialize: {} }));
    const bare = snapshotLines(bareText);
    expect(bareText.split("\n")[bare.locate("server", "bare", "instructions") - 1]).toBe('  "initialize": {},');
    // A list the server no longer has at all: the top of the file.
    expect(lines.locate("resourceTemplate", "file:///{path}", "")).toBe(1);
    expect(bare.locate("tool", "search", "description")).toBe(1);
  });

  it('points an item without identity (name "") at its list', () => {
    expect(lineAt(lines.locate("tool", "", "description"))).toBe('"tools": [');
  });

  it("reads a file laid out otherwise (a hand-edited baseline) line by line, to the same members", () => {
    // Canonical text skips the inside of each item until a lookup enters it; this one may not.
    const edited = `${JSON.stringify(JSON.parse(text), null, 4)}\n`;
    const editedLines = snapshotLines(edited);
    const editedAt = (n: number) => edited.split("\n")[n - 1]!.trim();
    const places: [Parameters<typeof lines.locate>[0], string, string][] = [
      ["tool", "search", ""],
      ["tool", "1", "description"],
      ["tool", "search", `inputSchema/properties/${joinPath("x/y")}/description`],
      ["tool", "delete_note", ""],
      ["prompt", "summarize", "arguments/length/description"],
      ["resource", "file:///tmp/a.txt", ""],
      ["server", "notes", "serverInfo/version"],
    ];
    for (const [entity, name, field] of places) {
      expect(editedAt(editedLines.locate(entity, name, field)), `${entity} ${name} ${field}`).toBe(
        lineAt(lines.locate(entity, name, field)),
      );
    }
  });

  it("agrees with where each member lands when the file is written, for any catalog", () => {
    fc.assert(
      fc.property(rawCatalog, (raw) => {
        const head = toSnapshot("s", raw);
        const index = snapshotLines(snapshotText(head));
        for (const { name, entity, field, set } of memberPaths(head)) {
          expect(index.locate(entity, name, field), `${entity} ${name} ${field}`).toBe(sentinelLine(head, set));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("snapshotValueLines", () => {
  /** Places a finding can name: every member path, array elements by index and by name, and places the file lacks. */
  const places = (head: Snapshot): [MemberPath["entity"], string, string][] => {
    const found: [MemberPath["entity"], string, string][] = memberPaths(head).map(({ entity, name, field }) => [entity, name, field]);
    const more: [MemberPath["entity"], string, string][] = [];
    for (const [entity, name, field] of found) {
      more.push(
        [entity, name, ""],
        [entity, name, `${field}/0`],
        [entity, name, `${field}/name`],
        [entity, name, `${field}/missing/deeper`],
      );
    }
    return [...found, ...more, ["tool", "no-such-tool", ""], ["prompt", "p", "arguments/0/description"], ["server", "s", ""]];
  };

  it("gives the line the snapshot's text gives, for any catalog, without writing the text", () => {
    fc.assert(
      fc.property(rawCatalog, (raw) => {
        const head = toSnapshot("s", raw);
        const fromText = snapshotLines(snapshotText(head));
        const fromValue = snapshotValueLines(head);
        for (const [entity, name, field] of places(head)) {
          expect(fromValue.locate(entity, name, field), `${entity} ${name} ${field}`).toBe(fromText.locate(entity, name, field));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("agrees on the fixed catalog too, lookups in any order", () => {
    const fromValue = snapshotValueLines(snapshot);
    const all = places(snapshot);
    for (const [entity, name, field] of [...all].reverse()) {
      expect(fromValue.locate(entity, name, field), `${entity} ${name} ${field}`).toBe(lines.locate(entity, name, field));
    }
  });
});

const SENTINEL = "\u0000where?";

interface MemberPath {
  entity: (typeof CATALOG_LISTS)[number]["entity"] | "server";
  name: string;
  field: string;
  /** Replaces this member's value in a copy of the snapshot. */
  set: (copy: Snapshot, value: Json) => void;
}

/**
 * Every object member of `initialize` and of the first item of each identity, with the field
 * path a finding would use. Array elements are left out: they are addressed by index or name.
 */
function memberPaths(head: Snapshot): MemberPath[] {
  const paths: MemberPath[] = [];
  const walk = (
    value: JsonObject,
    entity: MemberPath["entity"],
    name: string,
    prefix: string[],
    resolve: (copy: Snapshot) => JsonObject,
  ): void => {
    for (const key of Object.keys(value)) {
      const field = [...prefix, joinPath(key)];
      // A top-level key "" would read as the whole item, which is what field "" means.
      if (field.join("/") !== "") {
        // defineProperty, so that a key such as "__proto__" stays data.
        const set = (copy: Snapshot, replacement: Json) =>
          void Object.defineProperty(resolve(copy), key, { value: replacement, enumerable: true });
        paths.push({ entity, name, field: field.join("/"), set });
      }
      const child = value[key];
      if (isJsonObject(child)) walk(child, entity, name, field, (copy) => resolve(copy)[key] as JsonObject);
    }
  };
  walk(head.initialize, "server", "s", [], (copy) => copy.initialize);
  for (const { list, entity, key } of CATALOG_LISTS) {
    const seen = new Set<string>();
    (head[list] ?? []).forEach((item, index) => {
      const identity = item[key];
      if (typeof identity !== "string" || seen.has(identity)) return;
      seen.add(identity);
      walk(item, entity, identity, [], (copy) => copy[list]![index]!);
    });
  }
  return paths;
}

/**
 * The line where a member is written, found independently of the index: put a sentinel in its
 * value and see where the sentinel lands. Nothing before the member moves, since keys are
 * written in sorted order whatever their values.
 */
function sentinelLine(head: Snapshot, set: (copy: Snapshot, value: Json) => void): number {
  const copy = structuredClone(head);
  set(copy, SENTINEL);
  const marker = JSON.stringify(SENTINEL).slice(1, -1);
  return (
    snapshotText(copy)
      .split("\n")
      .findIndex((line) => line.includes(marker)) + 1
  );
}
