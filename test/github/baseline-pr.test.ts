import { describe, expect, it } from "vitest";
import { baselinePrTitle } from "../../src/github/baseline-pr.js";

/** GitHub answers 422 "title is too long" past this, which would fail the whole scheduled run. */
const GITHUB_TITLE_LIMIT = 256;

describe("baselinePrTitle", () => {
  it("names the servers whose baselines change", () => {
    expect(baselinePrTitle(["weather", "notes"])).toBe("mcp-drift: update baselines (weather, notes)");
  });

  it("counts the servers instead when their ids would pass GitHub's title limit", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `internal-knowledge-base-${i}`);
    expect(`mcp-drift: update baselines (${ids.join(", ")})`.length).toBeGreaterThan(GITHUB_TITLE_LIMIT);
    expect(baselinePrTitle(ids)).toBe("mcp-drift: update baselines (12 servers)");
    const longest = baselinePrTitle(["a".repeat(128), "b".repeat(128)]);
    expect(longest.length).toBeLessThanOrEqual(GITHUB_TITLE_LIMIT);
  });
});
