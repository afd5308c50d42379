import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { SEVERITIES } from "../../src/model.js";
import { renderRuleDocs } from "../../src/rules/docs.js";
import { RULES, RULE_IDS, ruleById } from "../../src/rules/index.js";

describe("rule registry", () => {
  it("has unique kebab-case ids, valid severities and real docs", () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(SEVERITIES).toContain(rule.defaultSeverity);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.doc.length).toBeGreaterThan(40);
    }
  });

  it("holds the drift rules of the design with their default severities", () => {
    expect(Object.fromEntries(RULES.map((r) => [r.id, `${r.kind}/${r.defaultSeverity}`]))).toEqual({
      "tool-added": "drift/medium",
      "tool-removed": "drift/low",
      "prompt-added": "drift/medium",
      "prompt-removed": "drift/low",
      "resource-added": "drift/low",
      "resource-removed": "drift/low",
      "resource-template-added": "drift/low",
      "resource-template-removed": "drift/low",
      "description-changed": "drift/medium",
      "server-instructions-changed": "drift/high",
      "server-identity-changed": "drift/medium",
      "input-schema-changed": "drift/medium",
      "schema-loosened": "drift/medium",
      "output-schema-changed": "drift/low",
      "annotation-escalated": "drift/high",
      "baseline-missing": "drift/medium",
    });
  });

  it("looks rules up by id", () => {
    expect(ruleById("schema-loosened")?.id).toBe("schema-loosened");
    expect(ruleById("no-such-rule")).toBeUndefined();
  });
});

describe("renderRuleDocs", () => {
  const docs = renderRuleDocs(RULES);

  it("has a table row and a section for every registered rule", () => {
    for (const rule of RULES) {
      expect(docs).toContain(`| [\`${rule.id}\`](#${rule.id}) | ${rule.kind} | ${rule.defaultSeverity} |`);
      expect(docs).toContain(`\n## ${rule.id}\n`);
      expect(docs).toContain(rule.doc);
      expect(docs).toContain(`  - rule: ${rule.id}\n`);
    }
  });

  it("escapes pipes so a summary cannot break its table row", () => {
    const [rule] = RULES;
    if (!rule) throw new Error("empty registry");
    const out = renderRuleDocs([{ ...rule, summary: "a | b" }]);
    expect(out).toContain("| a \\| b |");
  });
});

describe("docs/rules.md", () => {
  it("is what the registry generates (run `npm run docs` after changing a rule)", async () => {
    const committed = await readFile(new URL("../../docs/rules.md", import.meta.url), "utf8");
    expect(committed).toBe(renderRuleDocs(RULES));
  });
});
