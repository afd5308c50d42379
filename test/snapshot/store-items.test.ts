/**
 * readSnapshot parses a canonical baseline a list item at a time (store.ts, parseByItems);
 * whatever the layout, the value must be JSON.parse's of the whole file, and a file it cannot
 * split so is read whole, with the same errors.
 */
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type JsonObject, UserError } from "../../src/model.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { readSnapshot, snapshotText } from "../../src/snapshot/store.js";
import { tempDir } from "../helpers/paths.js";
import { rawCatalog } from "./arbitraries.js";

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(text: string): Promise<unknown> {
  const file = join(dir, "s.json");
  await writeFile(file, text);
  return readSnapshot(file);
}

const snapshot = toSnapshot("notes", {
  initialize: { serverInfo: { name: "notes", version: "1.0.0" }, instructions: "Héllo ✓ \u200b" },
  tools: [
    { name: "a", description: "Über naïve — 日本", inputSchema: { type: "object", properties: { q: { type: "string" } } } },
    { name: "b", description: "Second.", outputSchema: { type: "object", properties: { "200": { type: "string" } } } },
  ],
  prompts: [{ name: "p", arguments: [{ name: "topic" }] }],
  resources: [{ uri: "file:///a", name: "a" }],
});

describe("readSnapshot, item by item", () => {
  it("reads any canonical snapshot as the value that was written", async () => {
    await fc.assert(
      fc.asyncProperty(rawCatalog, async (raw) => {
        const head = toSnapshot("s", raw);
        const text = snapshotText(head);
        expect(await read(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 60 },
    );
  });

  it("reads other layouts (compact, four spaces, a byte order mark, tabs) as JSON.parse does", async () => {
    const value = JSON.parse(snapshotText(snapshot)) as unknown;
    for (const text of [
      JSON.stringify(value),
      JSON.stringify(value, null, 4),
      `\uFEFF${snapshotText(snapshot)}`,
      JSON.stringify(value, null, "\t"),
    ]) {
      expect(await read(text)).toStrictEqual(value);
    }
  });

  it("is not misled by a list-like member nested at the list's indent", async () => {
    // initialize holds a "tools" member written at two spaces, the real list is compact: only the real one is the tools.
    const text = [
      '{"format": "mcp-drift/snapshot@1", "server": {"id": "notes"}, "initialize": {"x": 1,',
      '  "tools": [',
      "    {",
      '      "name": "nested"',
      "    }",
      '  ]}, "tools": [{"name": "real"}]}',
      "",
    ].join("\n");
    expect(await read(text)).toStrictEqual(JSON.parse(text));
    // The same list twice at the top level: the last one counts, as in JSON.parse.
    const twice = snapshotText(snapshot).replace(/\n}\n$/, ',\n  "tools": []\n}\n');
    expect(await read(twice)).toStrictEqual(JSON.parse(twice));
  });

  it("refuses an item nested too deep with the same error as before, and invalid text by line and column", async () => {
    const deep = snapshotText(toSnapshot("notes", { initialize: {}, tools: [{ name: "a", inputSchema: nest(126) }] }));
    const error = (await read(deep).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/:\d+:\d+: invalid JSON: nested deeper than 128 levels$/);
    const shallower = snapshotText(toSnapshot("notes", { initialize: {}, tools: [{ name: "a", inputSchema: nest(124) }] }));
    expect(await read(shallower)).toStrictEqual(JSON.parse(shallower));
    const broken = snapshotText(snapshot).replace('"name": "b"', '"name": "b",');
    await expect(read(broken)).rejects.toThrow(/:\d+:\d+: invalid JSON: /);
  });
});

/** An object nested `levels` deep. */
function nest(levels: number): JsonObject {
  let value: JsonObject = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}
