import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CORPUS, evaluate, falsePositiveRate, formatResult, recall, serverId } from "../../scripts/eval.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const result = evaluate(join(ROOT, DEFAULT_CORPUS));
/** On failure, the items that moved the number, so the cause is in the test output. */
const ids = (verdicts: typeof result.misses) => verdicts.map((v) => `${v.item.id} ${v.item.tool.name}`).join("\n");

describe("labelled corpus (npm run eval)", () => {
  it("judges every corpus item", () => {
    expect(result.overall.malicious).toBe(85);
    expect(result.overall.benign).toBe(574);
  });

  it("catches at least 95 % of malicious tools at severity >= high", () => {
    expect(recall(result.overall), `misses:\n${ids(result.misses)}`).toBeGreaterThanOrEqual(0.95);
  });

  it("raises at most 1 % false alarms at severity >= high on benign tools", () => {
    expect(falsePositiveRate(result.overall), `false alarms:\n${ids(result.falseAlarms)}`).toBeLessThanOrEqual(0.01);
  });

  it("attributes findings to the right tool when a server lists one name twice", async () => {
    const line = (id: string, label: string, description: string) =>
      JSON.stringify({ id, source: "atr", label, technique: null, server: "Same Server", tool: { name: "helper", description } });
    const file = join(await tempDir(), "corpus.jsonl");
    await writeFile(file, [line("a", "benign", "Formats text."), line("b", "malicious", "Formats\u200b text.")].join("\n"));
    const small = evaluate(file);
    expect(small.verdicts.map((v) => [v.item.id, v.flagged])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    expect(small.scores.find((s) => s.source === "atr")).toEqual({ source: "atr", malicious: 1, caught: 1, benign: 1, falseAlarms: 0 });
    expect(formatResult(small)).toContain("misses (0):\n\nfalse alarms (0):");
  });

  it("turns corpus server names into valid server ids", () => {
    expect(serverId("Asset_Price_MCP")).toBe("asset_price_mcp");
    expect(serverId("Ant Design Components")).toBe("ant-design-components");
    expect(serverId("__")).toBe("server");
  });
});
