import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonObject, RawCatalog, Snapshot } from "../../src/model.js";
import { compareCodePoints } from "../../src/snapshot/canonical.js";
import { toSnapshot, unchangedItems } from "../../src/snapshot/normalize.js";
import { snapshotText } from "../../src/snapshot/store.js";
import { rawCatalog, reordered } from "./arbitraries.js";

const initialize: JsonObject = {
  protocolVersion: "2025-06-18",
  serverInfo: { name: "files", version: "1.2.0" },
  capabilities: { tools: { listChanged: true } },
  instructions: "Use read_file for files.",
  _meta: { "example.com/build": "abc" },
  somethingNew: [1, 2],
};

describe("toSnapshot", () => {
  it("builds the snapshot shape, keeping initialize whole and only the lists the server sent", () => {
    const snapshot = toSnapshot("files", { initialize, tools: [{ name: "read_file" }], prompts: [] });
    expect(snapshot).toStrictEqual({
      format: "mcp-drift/snapshot@1",
      server: { id: "files" },
      initialize,
      tools: [{ name: "read_file" }],
      prompts: [],
    });
    expect(Object.keys(snapshot.initialize)).toEqual([
      "_meta",
      "capabilities",
      "instructions",
      "protocolVersion",
      "serverInfo",
      "somethingNew",
    ]);
  });

  it("sorts items by identity, items without one last, and keeps duplicates", () => {
    const snapshot = toSnapshot("s", {
      initialize: {},
      tools: [{ description: "no name" }, { name: "b" }, { name: 7 }, { name: "a", v: 2 }, { name: "a", v: 1 }],
      resources: [{ uri: "file:///b" }, { uri: "file:///a" }],
      resourceTemplates: [{ uriTemplate: "z://{x}" }, { uriTemplate: "a://{x}" }],
      prompts: [{ name: "review" }, { name: "ask" }],
    });
    expect(snapshot.tools).toStrictEqual([
      { name: "a", v: 1 },
      { name: "a", v: 2 },
      { name: "b" },
      { description: "no name" },
      { name: 7 },
    ]);
    expect(snapshot.resources?.map((r) => r.uri)).toEqual(["file:///a", "file:///b"]);
    expect(snapshot.resourceTemplates?.map((t) => t.uriTemplate)).toEqual(["a://{x}", "z://{x}"]);
    expect(snapshot.prompts?.map((p) => p.name)).toEqual(["ask", "review"]);
  });

  it("gives byte-identical output whatever order items and keys arrive in", () => {
    const pair = rawCatalog.chain((raw) => fc.tuple(fc.constant(raw), reordered(raw)));
    fc.assert(
      fc.property(pair, ([raw, again]) => {
        expect(snapshotText(toSnapshot("s", again))).toBe(snapshotText(toSnapshot("s", raw)));
      }),
    );
  });

  it("redacts every occurrence of a secret in any string, keys included", () => {
    const raw: RawCatalog = {
      initialize: { instructions: "token sk-live-123 and again sk-live-123" },
      tools: [
        {
          name: "call",
          description: "Bearer sk-live-123",
          inputSchema: { properties: { "sk-live-123": { default: ["x sk-live-123 y"] } } },
        },
      ],
    };
    const snapshot = toSnapshot("s", raw, { secrets: ["sk-live-123"] });
    const text = snapshotText(snapshot);
    expect(text).not.toContain("sk-live-123");
    expect(snapshot.initialize.instructions).toBe("token [REDACTED] and again [REDACTED]");
    expect(snapshot.tools?.[0]).toStrictEqual({
      name: "call",
      description: "Bearer [REDACTED]",
      inputSchema: { properties: { "[REDACTED]": { default: ["x [REDACTED] y"] } } },
    });
  });

  it("redacts a secret that contains another one whole, and ignores values under 4 characters", () => {
    const snapshot = toSnapshot(
      "s",
      { initialize: { a: "key abcd-efgh, short abc, regex a.b*" } },
      { secrets: ["abcd", "abcd-efgh", "abc", "a.b*"] },
    );
    expect(snapshot.initialize.a).toBe("key [REDACTED], short abc, regex [REDACTED]");
  });

  it("does not modify its input", () => {
    const raw: RawCatalog = { initialize: { b: 1, a: "secret-value" }, tools: [{ name: "b" }, { name: "a" }] };
    const copy = structuredClone(raw);
    toSnapshot("s", raw, { secrets: ["secret-value"] });
    expect(raw).toStrictEqual(copy);
    expect(Object.keys(raw.initialize)).toEqual(["b", "a"]);
  });

  describe("with the baseline's unchanged items", () => {
    const against = (raw: RawCatalog, baseline: Snapshot, secrets: readonly string[] = []) =>
      toSnapshot("s", raw, { secrets, unchanged: unchangedItems(raw, baseline, secrets) });
    /** The baseline as a scan reads it: the snapshot file parsed. */
    const stored = (raw: RawCatalog, secrets: readonly string[] = []): Snapshot =>
      JSON.parse(snapshotText(toSnapshot("s", raw, { secrets }))) as Snapshot;
    /** Equal with every key in the same order and every number the same (0 is not -0). */
    const expectSame = (actual: Snapshot, expected: Snapshot) => {
      expect(actual).toStrictEqual(expected);
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    };

    it("builds the snapshot it builds without, whatever the baseline holds", () => {
      // The baseline is another catalog or this one's own, so that items are reused as often as not.
      const catalogs = rawCatalog.chain((now) =>
        fc.tuple(fc.oneof(rawCatalog, fc.constant(now)), fc.constant(now), fc.constantFrom([], ["read"], ["ü", "search"])),
      );
      fc.assert(
        fc.property(catalogs, ([before, now, secrets]) => {
          expectSame(against(now, stored(before, secrets), secrets), toSnapshot("s", now, { secrets }));
        }),
      );
    });

    it("takes the baseline's own item for each item sent as it was, in any order, and copies the others", () => {
      const pair = rawCatalog.chain((raw) => fc.tuple(fc.constant(raw), reordered(raw)));
      fc.assert(
        fc.property(pair, ([raw, again]) => {
          const baseline = stored(raw);
          const snapshot = against(again, baseline);
          expectSame(snapshot, toSnapshot("s", again));
          const named = (items: JsonObject[] | undefined, key: string) => (items ?? []).filter((item) => typeof item[key] === "string");
          const reused = named(snapshot.tools, "name").filter((tool) => baseline.tools?.includes(tool));
          // Copied: -0 (the file writes 0) and keys JS enumerates before code point order ("9", "10").
          const plain = (item: JsonObject) => !hasNegativeZero(item) && inCodePointOrder(item);
          expect(reused.length).toBe(named(snapshot.tools, "name").filter(plain).length);
          expect(new Set(reused).size).toBe(reused.length);
        }),
      );
    });

    it("copies an item whose baseline keys are out of order, redact, or hold a -0", () => {
      const tool = { name: "t", inputSchema: { type: "object", properties: { b: {}, a: {} } }, n: -0 };
      const handEdited = stored({ initialize: {}, tools: [tool] });
      handEdited.tools = [{ n: 0, name: "t", inputSchema: { type: "object", properties: { b: {}, a: {} } } }];
      const fromHandEdited = against({ initialize: {}, tools: [tool] }, handEdited);
      expect(fromHandEdited.tools?.[0]).not.toBe(handEdited.tools[0]);
      expectSame(fromHandEdited, toSnapshot("s", { initialize: {}, tools: [tool] }));
      expect(Object.is(fromHandEdited.tools?.[0]?.n, -0)).toBe(true);

      const keyed = { name: "k", inputSchema: { properties: { "sk-0000": { type: "string" } } } };
      const baseline = stored({ initialize: {}, tools: [keyed] });
      const redacted = against({ initialize: {}, tools: [keyed] }, baseline, ["sk-0000"]);
      expect(redacted.tools?.[0]).not.toBe(baseline.tools?.[0]);
      expectSame(redacted, toSnapshot("s", { initialize: {}, tools: [keyed] }, { secrets: ["sk-0000"] }));
    });

    it("compares a sent item no deeper than the baseline's, however deep it is sent", () => {
      let deep: JsonObject = {};
      for (let level = 0; level < 100_000; level++) deep = { nested: deep };
      const baseline = stored({ initialize: {}, tools: [{ name: "t", inputSchema: { nested: {} } }] });
      const sent = { name: "t", inputSchema: deep };
      expect(unchangedItems({ initialize: {}, tools: [sent] }, baseline).size).toBe(0);
    });

    it("leaves a resource whose content was read to its copy, which carries the digests", () => {
      const resource = { uri: "ui://app", name: "app" };
      const contents = { "ui://app": [{ text: "<p>hi</p>" }] };
      const baseline = stored({ initialize: {}, resources: [resource], resourceContents: contents });
      expect(unchangedItems({ initialize: {}, resources: [resource], resourceContents: contents }, baseline).size).toBe(0);
      expect(unchangedItems({ initialize: {}, resources: [resource] }, stored({ initialize: {}, resources: [resource] })).size).toBe(1);
    });
  });
});

function hasNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true;
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).some(hasNegativeZero);
}

function inCodePointOrder(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  const keys = Object.keys(value);
  const sorted = [...keys].sort((a, b) => compareCodePoints(a, b));
  return keys.every((key, index) => key === sorted[index]) && Object.values(value).every(inCodePointOrder);
}
