/**
 * Annotations from a review: a finding on its snapshot line, its level by policy and approval,
 * and server text that cannot end the command or start one of its own.
 */
import { describe, expect, it } from "vitest";
import { annotateReview } from "../../src/github/annotations.js";
import { stepLog } from "../../src/github/step-log.js";
import type { Finding, Report } from "../../src/model.js";
import type { Review } from "../../src/report/review.js";

const SNAPSHOT = `{
  "format": "mcp-drift/snapshot@1",
  "server": {
    "id": "notes"
  },
  "tools": [
    {
      "name": "read_note"
    },
    {
      "name": "x\\n::error::pwned"
    }
  ]
}
`;

function finding(severity: Finding["severity"], name: string): Finding {
  return {
    rule: "tool-added",
    severity,
    entity: "tool",
    name,
    field: "",
    message: `tool ${JSON.stringify(name)} was added: 100% new,\r\n::add-mask::x`,
    evidence: "",
    fingerprint: "f",
    ignored: false,
  };
}

function reviewOf(findings: Finding[], approvedBy?: string): Review {
  const changes = {
    failOn: "high",
    servers: [{ id: "notes", status: "changed", changes: [], findings }],
  } as unknown as Report;
  return {
    base: { label: "main", source: "git" },
    changes,
    removedServers: [],
    configChanges: [],
    ...(approvedBy ? { approvedBy: { label: approvedBy } } : {}),
    stale: undefined,
    exitCode: 1,
  };
}

function annotate(review: Review): string[] {
  let out = "";
  annotateReview(
    review,
    (id) => `snapshots/${id}.json`,
    new Map([["notes", SNAPSHOT]]),
    stepLog(
      (t) => t,
      (t) => void (out += t),
    ),
  );
  return out.trimEnd().split("\n");
}

describe("review annotations", () => {
  it("puts each finding on its item's line, one line per annotation whatever the server's text holds", () => {
    const lines = annotate(reviewOf([finding("low", "read_note"), finding("high", "x\n::error::pwned")]));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=snapshots\/notes\.json,line=11,title=mcp-drift high%3A tool-added::mcp-drift: notes tool x\\n::error::pwned: /,
    );
    expect(lines[0]).toContain("100%25 new,\\r\\n::add-mask::x");
    expect(lines[1]).toMatch(/^::notice file=snapshots\/notes\.json,line=8,title=mcp-drift low%3A tool-added::/);
  });

  it("makes approved failing findings warnings that name the label", () => {
    const [line] = annotate(reviewOf([finding("critical", "read_note")], "ok-to-ship"));
    expect(line).toMatch(
      /^::warning file=snapshots\/notes\.json,line=8,title=mcp-drift critical%3A tool-added \(approved by ok-to-ship\)::/,
    );
  });
});
