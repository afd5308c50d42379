import fc from "fast-check";
import { marked, type Token } from "marked";
import { describe, expect, it } from "vitest";
import type { Change } from "../../src/model.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { BODY_LIMIT, truncateMarkdown } from "../../src/github/truncate.js";
import { buildReport, finding } from "../report/sample.js";

const WHERE = "the workflow run";

/** Every token, nested ones included. */
function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...allTokens("tokens" in token && Array.isArray(token.tokens) ? token.tokens : [])]);
}

/** What a renderer sees: the notice outside any code block, and as many `</details>` as `<details>`. */
function expectWellFormed(result: string, limit: number): void {
  expect(result.length).toBeLessThanOrEqual(limit);
  const tokens = marked.lexer(result, { gfm: true });
  const notice = tokens.at(-1);
  expect(notice?.type).toBe("blockquote");
  expect(notice?.raw).toContain("was truncated");
  expect(
    allTokens(tokens)
      .filter((t) => t.type === "code")
      .some((t) => t.raw.includes("was truncated")),
  ).toBe(false);
  expect(result.split("<details>").length).toBe(result.split("</details>").length);
}

/** The lines kept before the closing tags and the notice. */
function keptLines(result: string): string[] {
  return result
    .slice(0, result.lastIndexOf("\n> [!NOTE]"))
    .split("\n")
    .filter((line) => line !== "" && line !== "</details>");
}

describe("truncateMarkdown", () => {
  it("returns a body that fits unchanged", () => {
    expect(truncateMarkdown("### ok\n\nall clear\n", 100, WHERE)).toBe("### ok\n\nall clear\n");
  });

  it("fits a real oversized report under GitHub's comment limit, honestly marked", () => {
    const long = "x".repeat(150);
    const changes: Change[] = Array.from({ length: 3000 }, (_, i) => ({
      kind: "changed",
      entity: "tool",
      name: `tool_${i}`,
      path: `tools/tool_${i}/inputSchema`,
      before: { description: long },
      after: { description: `${long}!` },
    }));
    const findings = Array.from({ length: 200 }, (_, i) => finding({ rule: "input-schema-changed", severity: "high", name: `tool_${i}` }));
    const body = renderMarkdown(buildReport([{ id: "big", status: "changed", changes, findings }]));
    expect(body.length).toBeGreaterThan(BODY_LIMIT);

    const result = truncateMarkdown(body, BODY_LIMIT, WHERE);
    expectWellFormed(result, BODY_LIMIT);
    expect(result).toContain(`This report is ${body.length} characters long, over the ${BODY_LIMIT}-character limit here`);
    expect(result).toContain(`The full report is in ${WHERE}.`);
    expect(result.length).toBeGreaterThan(BODY_LIMIT - 3000); // not cut needlessly short
    const bodyLines = body.split("\n").filter((line) => line !== "" && line !== "</details>");
    expect(bodyLines.slice(0, keptLines(result).length)).toEqual(keptLines(result));
  });

  it("drops a code block the cut would fall into rather than leave it open", () => {
    const code = Array.from({ length: 50 }, (_, i) => `  "line ${i}"`).join("\n");
    const body = `intro\n\n\`\`\`json\n${code}\n\`\`\`\n\nafter\n`;
    const result = truncateMarkdown(body, 600, WHERE);
    expectWellFormed(result, 600);
    expect(result.startsWith("intro\n\n")).toBe(true);
    expect(result).not.toContain("```");
    expect(result).not.toContain("line 0");
  });

  it("closes a <details> block the cut falls into", () => {
    const items = Array.from({ length: 100 }, (_, i) => `- changed item ${i}`).join("\n");
    const body = `intro\n\n<details><summary>100 changes</summary>\n\n${items}\n\n</details>\n\nafter\n`;
    const result = truncateMarkdown(body, 700, WHERE);
    expectWellFormed(result, 700);
    expect(result).toContain("- changed item 0");
    expect(result).toMatch(/- changed item \d+\n<\/details>\n\n> \[!NOTE\]/);
  });

  it("refuses a limit too small for the notice itself", () => {
    expect(() => truncateMarkdown("x".repeat(100), 20, WHERE)).toThrow(RangeError);
  });

  it("keeps every cut well formed, whatever the blocks and the limit", () => {
    const text = fc.stringMatching(/^[a-z ]{1,40}$/);
    const block: fc.Arbitrary<string> = fc.oneof(
      text,
      fc.array(text, { minLength: 1, maxLength: 8 }).map((lines) => `\`\`\`\n${lines.join("\n")}\n\`\`\``),
      fc
        .array(text, { minLength: 1, maxLength: 8 })
        .map((lines) => `<details><summary>more</summary>\n\n${lines.map((l) => `- ${l}`).join("\n")}\n\n</details>`),
      fc.array(text, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(" | ")} |`),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 30 }), fc.integer({ min: 250, max: 2000 }), (blocks, limit) => {
        const body = `${blocks.join("\n\n")}\n`;
        const result = truncateMarkdown(body, limit, WHERE);
        if (body.length <= limit) {
          expect(result).toBe(body);
        } else {
          expectWellFormed(result, limit);
          const kept = keptLines(result);
          expect(
            body
              .split("\n")
              .filter((line) => line !== "" && line !== "</details>")
              .slice(0, kept.length),
          ).toEqual(kept);
        }
      }),
    );
  });
});
