import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { SEVERITIES } from "../../src/model.js";
import { renderRuleDocs } from "../../src/rules/docs.js";
import { RULES, RULE_IDS, ruleById } from "../../src/rules/index.js";

describe("rule registry", () => {
  it("has unique kebab-case ids, valid severities and real docs", () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    // The light id list config validation loads is the registry's, rule for rule.
    expect(RULES.map((rule) => rule.id)).toEqual(RULE_IDS);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(SEVERITIES).toContain(rule.defaultSeverity);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.doc.length).toBeGreaterThan(40);
    }
  });

  it("holds the rule catalog of the design with its default severities", () => {
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
      "server-instructions-changed": "drift/medium",
      "server-identity-changed": "drift/medium",
      "input-schema-changed": "drift/medium",
      "schema-loosened": "drift/medium",
      "output-schema-changed": "drift/low",
      "annotation-escalated": "drift/high",
      "write-capability-added": "drift/high",
      "high-impact-capability-added": "drift/critical",
      "baseline-missing": "drift/medium",
      "instruction-like-text": "content/high",
      "sensitive-data-reference": "content/medium",
      "exfiltration-pattern": "content/high",
      "hidden-characters": "content/high",
      "encoded-content": "content/medium",
      "cross-server-reference": "content/high",
      "tool-name-collision": "content/medium",
      "suspicious-parameter": "content/medium",
      "catalog-varies": "content/critical",
      "ui-tool-model-visible": "drift/high",
      "ui-domain-added": "drift/high",
      "ui-content-changed": "drift/medium",
      "unpinned-server": "content/medium",
      "release-changed": "drift/info",
      "release-contents-changed": "drift/critical",
    });
  });

  it("shows every rule with an example in its docs", () => {
    for (const rule of RULES) expect(rule.example, rule.id).toBeTruthy();
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
