import { describe, expect, it } from "vitest";
import type { Entity, Snapshot } from "../../src/model.js";
import { contentRule, excerptAround } from "../../src/classify/content-rule.js";
import type { RuleContext } from "../../src/classify/rule.js";
import { modelTexts, type ModelText } from "../../src/classify/texts.js";
import { ItemIndex } from "../../src/item-index.js";
import { contextFor, hitsOf, snapshotOf } from "../rules/pipeline.js";

/** A catalog with a text in every place a model reads one, and fields it does not read. */
const catalog: Snapshot = snapshotOf({
  tools: [
    {
      name: "search",
      title: "Search",
      description: "Search issues.",
      annotations: { title: "Search issues", readOnlyHint: true },
      inputSchema: {
        type: "object",
        $comment: "schema comment",
        "x-hint": { note: "vendor note" },
        properties: {
          q: { type: "string", description: "Query.", pattern: "^[a-z]+$", format: "regex", examples: ["bug"] },
          mode: { type: "string", enum: ["fast", "full"], default: "fast" },
          tuple: { type: "array", items: [{ title: "First" }, { const: "second" }] },
          nested: { type: "object", properties: { deep: { anyOf: [{ description: "Deep." }] } } },
        },
        required: ["q"],
      },
      outputSchema: { type: "object", properties: { hits: { description: "Matches." } } },
      icons: [{ src: "https://example.com/icon.png", mimeType: "image/png" }],
      _meta: { note: "not shown to the model" },
    },
  ],
  prompts: [{ name: "triage", description: "Triage an issue.", arguments: [{ name: "id", title: "Issue", description: "The issue." }] }],
  resources: [{ uri: "issues://open", name: "open", description: "Open issues.", mimeType: "application/json" }],
  resourceTemplates: [{ uriTemplate: "issues://{id}", name: "issue", title: "Issue by id", mimeType: "text/markdown" }],
});
catalog.initialize.instructions = "Use search first.";
catalog.initialize.serverInfo = { name: "issues", version: "1.0.0", title: "Issues", description: "An issue tracker." };

describe("modelTexts", () => {
  it("lists every text a model reads, with its place and kind, and nothing else", () => {
    expect(modelTexts(catalog).map((t) => `${t.entity} ${t.name} ${t.field} ${t.kind}: ${t.text}`)).toEqual([
      "server demo instructions instructions: Use search first.",
      "server demo serverInfo/title title: Issues",
      "server demo serverInfo/description description: An issue tracker.",
      "tool search name name: search",
      "tool search title title: Search",
      "tool search description description: Search issues.",
      "tool search annotations/title title: Search issues",
      "tool search inputSchema/$comment description: schema comment",
      "tool search inputSchema/x-hint/note value: vendor note",
      "tool search inputSchema/properties/q/name parameter: q",
      "tool search inputSchema/properties/q/description description: Query.",
      "tool search inputSchema/properties/q/examples/0 value: bug",
      "tool search inputSchema/properties/mode/name parameter: mode",
      "tool search inputSchema/properties/mode/default value: fast",
      "tool search inputSchema/properties/mode/enum/0 value: fast",
      "tool search inputSchema/properties/mode/enum/1 value: full",
      "tool search inputSchema/properties/tuple/name parameter: tuple",
      "tool search inputSchema/properties/tuple/items/0/title title: First",
      "tool search inputSchema/properties/tuple/items/1/const value: second",
      "tool search inputSchema/properties/nested/name parameter: nested",
      "tool search inputSchema/properties/nested/properties/deep/name parameter: deep",
      "tool search inputSchema/properties/nested/properties/deep/anyOf/0/description description: Deep.",
      "tool search outputSchema/properties/hits/name parameter: hits",
      "tool search outputSchema/properties/hits/description description: Matches.",
      "resource issues://open name name: open",
      "resource issues://open uri uri: issues://open",
      "resource issues://open mimeType value: application/json",
      "resource issues://open description description: Open issues.",
      "resourceTemplate issues://{id} name name: issue",
      "resourceTemplate issues://{id} uriTemplate uri: issues://{id}",
      "resourceTemplate issues://{id} mimeType value: text/markdown",
      "resourceTemplate issues://{id} title title: Issue by id",
      "prompt triage name name: triage",
      "prompt triage description description: Triage an issue.",
      "prompt triage arguments/id/name parameter: id",
      "prompt triage arguments/id/title title: Issue",
      "prompt triage arguments/id/description description: The issue.",
    ]);
  });
});

describe("the texts to judge", () => {
  const textsToJudge = (ctx: RuleContext) => {
    const texts: ModelText[] = [];
    ctx.analysis.forEachJudged(undefined, (text) => texts.push(text));
    return texts;
  };

  it("judges every text on a first scan", () => {
    expect(textsToJudge(contextFor(undefined, catalog))).toEqual(modelTexts(catalog));
  });

  it("judges only texts that are new or changed at their place against a baseline", () => {
    const head = structuredClone(catalog);
    head.tools![0]!.description = "Search issues. Then call export.";
    head.prompts!.push({ name: "close", description: "Close an issue." });
    // The same sentence moved to another place is new there.
    head.resources![0]!.description = "Search issues.";
    expect(textsToJudge(contextFor(catalog, head)).map((t) => `${t.name} ${t.field}: ${t.text}`)).toEqual([
      "search description: Search issues. Then call export.",
      "issues://open description: Search issues.",
      "close name: close",
      "close description: Close an issue.",
    ]);
  });

  it("judges a copy of an accepted text that the baseline did not hold twice", () => {
    const tool = { name: "search", description: "Search." };
    const once = snapshotOf({ tools: [tool] });
    const twice = snapshotOf({ tools: [tool, tool] });
    expect(textsToJudge(contextFor(once, twice)).map((t) => t.field)).toEqual(["name", "description"]);
    expect(textsToJudge(contextFor(twice, twice))).toEqual([]);
    expect(textsToJudge(contextFor(twice, once))).toEqual([]);
  });

  it("tells whether a place's text is judged, as the judged texts hold it", () => {
    const head = structuredClone(catalog);
    head.tools![0]!.description = "Search issues. Then call export.";
    const ctx = contextFor(catalog, head);
    expect(ctx.analysis.isJudged("tool", "search", "description")).toBe(true);
    expect(ctx.analysis.isJudged("tool", "search", "name")).toBe(false);
    expect(ctx.analysis.isJudged("prompt", "triage", "description")).toBe(false);
  });

  it("names each tool name judged with the item of its last judged copy", () => {
    const [first, second] = [
      { name: "search", description: "Search." },
      { name: "search", description: "Search again." },
    ];
    expect(contextFor(undefined, snapshotOf({ tools: [first, second] })).analysis.judgedToolNames.get("search")).toBe(second);
    const once = snapshotOf({ tools: [first] });
    const twice = snapshotOf({ tools: [first, second] });
    expect(contextFor(once, twice).analysis.judgedToolNames.get("search")).toBe(twice.tools![1]);
    expect(contextFor(twice, twice).analysis.judgedToolNames.has("search")).toBe(false);
  });
});

describe("itemOf", () => {
  const itemOf = (snapshot: Snapshot, entity: Entity, name: string) => new ItemIndex(snapshot).itemOf("head", entity, name);

  it("finds the item a text belongs to", () => {
    expect(itemOf(catalog, "resourceTemplate", "issues://{id}")?.name).toBe("issue");
    expect(itemOf(catalog, "tool", "search")?.title).toBe("Search");
    expect(itemOf(catalog, "prompt", "search")).toBeUndefined();
  });
});

describe("contentRule", () => {
  /** Flags the word "export" wherever the model reads it, using the matchable copy. */
  const exportWord = (kinds?: ("description" | "name")[]) =>
    contentRule({
      id: "export-word",
      defaultSeverity: "low",
      summary: "The word export.",
      doc: "A test rule.",
      ...(kinds ? { kinds } : {}),
      detect: (text, m) => {
        const at = m.text.indexOf("export");
        if (at < 0) return [];
        const start = m.origin[at]!;
        return [
          { start, end: start + "export".length, reason: "says export", ...(text.kind === "name" ? { severity: "high" as const } : {}) },
        ];
      },
    });
  const head = snapshotOf({
    tools: [
      { name: "export", description: `${"x".repeat(70)} Then EXPORT everything. ${"y".repeat(70)}`, inputSchema: { type: "object" } },
    ],
  });

  it("turns detections into hits with a place, a message and an excerpt around the match", () => {
    expect(hitsOf(exportWord(), undefined, head)).toEqual([
      {
        entity: "tool",
        name: "export",
        field: "name",
        message: 'says export, in name of tool "export"',
        evidence: "export",
        severity: "high",
      },
      {
        entity: "tool",
        name: "export",
        field: "description",
        message: 'says export, in description of tool "export"',
        evidence: `…${"x".repeat(54)} Then EXPORT everything. ${"y".repeat(47)}…`, // 60 characters either side
      },
    ]);
  });

  it("reads only the kinds of text it asks for", () => {
    expect(hitsOf(exportWord(["description"]), undefined, head).map((h) => h.field)).toEqual(["description"]);
  });

  it("is a content rule: it judges text even on a first scan, and only new text against a baseline", () => {
    const rule = exportWord();
    expect(rule.kind).toBe("content");
    expect(hitsOf(rule, head, head)).toEqual([]);
  });
});

describe("excerptAround", () => {
  it("cuts at code points, never inside a surrogate pair", () => {
    const text = `${"😀".repeat(70)}MATCH${"😀".repeat(70)}`;
    const start = text.indexOf("MATCH");
    expect(excerptAround(text, start, start + 5)).toBe(`…${"😀".repeat(60)}MATCH${"😀".repeat(60)}…`);
  });
});
