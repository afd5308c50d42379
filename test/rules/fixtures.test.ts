import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/rules/index.js";
import { classifyFixture, expectedRuleIds, fixtureNames } from "./pipeline.js";

const names = await fixtureNames();

describe("rule fixtures (base/head → diff → classify → exact rule ids)", () => {
  it.each(names)("%s", async (name) => {
    const findings = await classifyFixture(name);
    const ids = [...new Set(findings.map((f) => f.rule))].sort();
    expect(ids).toEqual([...(await expectedRuleIds(name))].sort());
  });

  it("has a fixture folder for every registered rule", () => {
    expect(RULE_IDS.filter((id) => !names.includes(id))).toEqual([]);
  });
});
