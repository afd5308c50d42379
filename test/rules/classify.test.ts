import { describe, expect, it } from "vitest";
import { SEVERITIES } from "../../src/model.js";
import { classify } from "../../src/rules/classify.js";
import type { Rule } from "../../src/rules/rule.js";
import { classifyFixture, contextFor, fixtureContext, snapshotOf } from "./pipeline.js";

describe("classify", () => {
  it("downgrades drift findings to info on a first scan, except baseline-missing", async () => {
    const findings = await classifyFixture("baseline-missing");
    const notInfo = findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.severity]);
    expect(notInfo).toEqual([["baseline-missing", "medium"]]);
    expect(findings.filter((f) => f.rule === "tool-added").map((f) => f.name)).toEqual([
      "read_note",
      "search_notes",
      "update_note",
    ]);
    expect(findings[0]).toMatchObject({
      rule: "baseline-missing",
      entity: "server",
      name: "notes",
      message: 'server "notes" has no baseline snapshot; its whole catalog is new',
      evidence: "3 tools, 1 resources, 1 resourceTemplates, 1 prompts",
    });
  });

  it("keeps a rule's per-hit severity and otherwise uses its default", async () => {
    const findings = await classifyFixture("release-with-rug-pull");
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["annotation-escalated", "high"],
      ["description-changed", "medium"],
      ["input-schema-changed", "medium"],
      ["server-identity-changed", "info"],
    ]);
  });

  it("sorts by severity, then rule, entity, name, field and evidence", async () => {
    const findings = await classifyFixture("baseline-missing");
    const keys = findings.map((f) =>
      [SEVERITIES.indexOf(f.severity), f.rule, f.entity, f.name, f.field, f.evidence].join("|"),
    );
    expect(findings.map((f) => f.rule).slice(0, 2)).toEqual(["baseline-missing", "prompt-added"]);
    expect(keys).toEqual([...keys].sort());
  });

  it("gives every finding a 12-hex fingerprint and ignored: false", async () => {
    const findings = await classifyFixture("description-changed");
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.fingerprint).toMatch(/^[0-9a-f]{12}$/);
      expect(f.ignored).toBe(false);
    }
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
  });

  it("runs only the rules it is given", async () => {
    const ctx = await fixtureContext("release-with-rug-pull");
    const alwaysHits: Rule = {
      id: "always",
      kind: "content",
      defaultSeverity: "low",
      summary: "test rule",
      doc: "test rule",
      check: () => [{ entity: "server", name: "notes", field: "", message: "m", evidence: "e" }],
    };
    expect(classify(ctx, [alwaysHits]).map((f) => [f.rule, f.severity])).toEqual([["always", "low"]]);
  });

  it("does not downgrade content rules on a first scan", () => {
    const contentRule: Rule = {
      id: "content-test",
      kind: "content",
      defaultSeverity: "high",
      summary: "test rule",
      doc: "test rule",
      check: () => [{ entity: "server", name: "demo", field: "", message: "m", evidence: "e" }],
    };
    expect(classify(contextFor(undefined, snapshotOf()), [contentRule]).map((f) => f.severity)).toEqual(["high"]);
  });

  it("finds nothing when nothing changed", async () => {
    expect(await classifyFixture("unchanged")).toEqual([]);
  });
});
