import { describe, expect, it } from "vitest";
import type { Change } from "../../src/model.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import { DESCRIPTION_AFTER, HOSTILE_PARTS, buildReport, finding, hostileReport, notesServer, sampleReport } from "./sample.js";

const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;
/** One SGR colour/style sequence, the only escape sequence the text report may emit. */
const SGR = /\x1b\[\d+m/g;

describe("renderText", () => {
  const plain = renderText(sampleReport(), { color: false });
  const lines = plain.split("\n");

  it("opens with a one-line verdict", () => {
    expect(lines[0]).toBe(
      "mcp-drift: 1 of 3 servers changed, 1 could not be scanned · 2 findings (1 high, 1 low), 1 ignored · fail-on high → exit 2 (scan incomplete)",
    );
  });

  it("words a passing and a failing verdict", () => {
    const unchanged = buildReport([{ id: "fs", status: "unchanged", changes: [], findings: [] }], "high");
    expect(renderText(unchanged, { color: false }).split("\n")[0]).toBe(
      "mcp-drift: 0 of 1 server changed · no findings · fail-on high → exit 0",
    );
    const failing = buildReport([notesServer()], "high");
    expect(renderText(failing, { color: false }).split("\n")[0]).toBe(
      "mcp-drift: 1 of 1 server changed · 2 findings (1 high, 1 low), 1 ignored · fail-on high → exit 1",
    );
  });

  it("gives each server a header with its status and counts, tools by tier", () => {
    expect(lines).toContain("▸ notes · changed · 3 tools: 1 read, 1 write, 1 high-impact · 5 changes · 2 findings · 1 ignored");
    expect(lines).toContain("▸ filesystem · unchanged · 2 tools: 2 read");
    expect(lines).toContain("▸ tickets · error");
    expect(lines).toContain("  error: connect ECONNREFUSED 127.0.0.1:8080");
  });

  it("lists added and removed items and changed values with before and after", () => {
    expect(lines).toContain("  + tool delete_note");
    expect(lines).toContain("  - prompt summarize");
    const description = lines.indexOf("  ~ tools/search/description");
    expect(lines.slice(description + 1, description + 3)).toEqual([
      '      before: "Search notes by keyword."',
      `      after:  ${JSON.stringify(DESCRIPTION_AFTER)}`,
    ]);
    expect(lines).toContain(
      '  + tools/search/inputSchema/properties/callback_url: {"type":"string","format":"uri","description":"Where to post results."}',
    );
  });

  it("lists findings most severe first, each with its evidence, and ignored ones last with their reason", () => {
    const high = lines.indexOf("  HIGH      high-impact-capability-added  tool:delete_note  New tool can delete data");
    const low = lines.findIndex((line) => line.startsWith("  LOW       description-changed  tool:search"));
    const ignored = lines.findIndex((line) => line.startsWith("  MEDIUM    suspicious-parameter  tool:search"));
    expect(high).toBeGreaterThan(0);
    expect(lines[high + 1]).toBe("            evidence: delete_note");
    expect(low).toBeGreaterThan(high);
    expect(lines[low + 1]).toBe(`            evidence (description): ${DESCRIPTION_AFTER}`);
    expect(ignored).toBeGreaterThan(low);
    expect(lines[ignored]).toContain("(ignored: results are posted to our own webhook)");
  });

  it("ends with the notices", () => {
    expect(lines.slice(-3)).toEqual([
      "notices (info, not failing):",
      "  - ignore for rule tool-added on server notes expired on 2026-01-01 and no longer applies",
      "",
    ]);
  });

  it("truncates long values", () => {
    const long = "word ".repeat(100);
    const report = buildReport([
      {
        id: "s",
        status: "changed",
        changes: [{ kind: "changed", entity: "tool", name: "t", path: "tools/t/description", before: "x", after: long }],
        findings: [],
      },
    ]);
    const after = renderText(report, { color: false })
      .split("\n")
      .find((line) => line.includes("after:"));
    expect(after?.endsWith("…")).toBe(true);
    expect(after!.length).toBeLessThan(long.length);
  });

  it("uses no escape sequences without colour and only SGR colours with it", () => {
    expect(plain).not.toContain("\x1b");
    const coloured = renderText(sampleReport(), { color: true });
    expect(coloured).toMatch(SGR);
    expect(coloured.replace(SGR, "")).toBe(plain);
  });

  it("colours severities and the verdict", () => {
    const coloured = renderText(buildReport([notesServer()], "high"), { color: true });
    expect(coloured.split("\n")[0]).toContain("\x1b[31m"); // red: exit 1
    expect(coloured).toContain("\x1b[31mHIGH    \x1b[39m");
    expect(coloured).toContain("\x1b[36mLOW     \x1b[39m");
    expect(coloured).toMatch(/\x1b\[2m {2}MEDIUM {4}suspicious-parameter/); // ignored: dimmed
  });

  describe("with hostile server text", () => {
    for (const color of [false, true]) {
      const output = renderText(hostileReport(), { color });

      it(`lets no control or invisible character through (color: ${color})`, () => {
        expect(output.replace(SGR, "").replaceAll("\n", "")).not.toMatch(HIDDEN);
        expect(output).not.toContain(HOSTILE_PARTS.clearScreen);
        expect(output).not.toContain("\x07");
        expect(output).toContain("\\x1b[2J");
        expect(output).toContain("\\u{202E}txt.exe");
        expect(output).toContain("pay\\u{200B}pal");
        expect(output).toContain("\\u{E0049}\\u{E0047}\\u{E004E}");
      });

      it(`starts every line with the report's own text, never the server's (color: ${color})`, () => {
        for (const line of output.replace(SGR, "").split("\n")) expect(line.trimStart()).not.toMatch(/^::/);
        expect(output).toContain("\\n::error::pwned");
      });
    }
  });

  it("shows an ignored finding without a reason", () => {
    const report = buildReport([
      {
        id: "s",
        status: "changed",
        changes: [],
        findings: [finding({ rule: "tool-added", severity: "info", name: "t", evidence: "", ignored: true })],
      },
    ]);
    const output = renderText(report, { color: false });
    expect(output).toContain("  INFO      tool-added  tool:t  tool-added on t (ignored)\n");
    expect(output).not.toContain("evidence");
  });
});

describe("renderText of a server longer than a screen", () => {
  const changes: Change[] = Array.from({ length: 60 }, (_, index) => ({
    kind: "added",
    entity: "tool",
    name: `tool_${index}`,
    path: `tools/tool_${index}`,
  }));
  const findings = [
    finding({ rule: "write-capability-added", severity: "high", name: "tool_0", message: 'tool "tool_0" can change data' }),
    ...["tool_1", "tool_2", "tool_3"].map((name) =>
      finding({ rule: "tool-added", severity: "medium", name, message: `tool "${name}" was added` }),
    ),
    finding({ rule: "output-schema-changed", severity: "low", name: "tool_4" }),
  ];
  const report = buildReport([{ id: "big", status: "changed", changes, findings }]);

  it("shows the findings from medium up, alike ones as one, and says how to see the rest", () => {
    const lines = renderText(report, { color: false }).split("\n");
    expect(lines.slice(2)).toEqual([
      "▸ big · changed · 60 changes · 5 findings",
      '  HIGH      write-capability-added  tool:tool_0  tool "tool_0" can change data',
      "            evidence: tool_0",
      "  MEDIUM    tool-added  3 alike: tool … was added",
      "            on tool_1, tool_2, tool_3",
      "  … not shown: 60 changes, the findings below medium (--verbose shows everything)",
      "",
    ]);
  });

  it("shows everything with verbose", () => {
    const verbose = renderText(report, { color: false, verbose: true });
    expect(verbose).toContain("  + tool tool_59\n");
    expect(verbose).toContain("  LOW       output-schema-changed  tool:tool_4");
    expect(verbose).not.toContain("not shown");
  });
});

describe("reports of a huge catalog", () => {
  it("render 150,000 changes and findings without running out of call stack", () => {
    const count = 150_000;
    const changes: Change[] = Array.from({ length: count }, (_, index) => ({
      kind: "added",
      entity: "tool",
      name: `t${index}`,
      path: `tools/t${index}`,
    }));
    const findings = changes.map((change) => finding({ rule: "tool-added", severity: "medium", name: change.name }));
    const report = buildReport([{ id: "huge", status: "new", changes, findings }]);
    const text = renderText(report, { color: false, verbose: true });
    expect(text).toContain("  + tool t149999\n");
    expect(renderMarkdown(report)).toContain("t149999");
  });
});
