/**
 * server-github 0.6.2 → 2025.4.8, the real release that added issue and pull-request tools,
 * among them merge_pull_request. Listing tools needs no network; the token is a dummy.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SEVERITIES, atLeast, type Report, type ServerReport } from "../../src/model.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const config = (pkg: string) => `version: 1
servers:
  github:
    command: ${JSON.stringify(process.execPath)}
    args: [${JSON.stringify(join(ROOT, "node_modules", pkg, "dist/index.js"))}]
    env: { GITHUB_PERSONAL_ACCESS_TOKEN: "not-a-real-token" }
    timeout: 20s
`;

describe("upgrading server-github", () => {
  let first: Report;
  let upgrade: ServerReport;

  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "mcp-drift.yml"), config("github-old"));
    first = parseReport(await runCli(["update", "-f", "json"], { cwd: dir }));
    await writeFile(join(dir, "mcp-drift.yml"), config("github-new"));
    upgrade = parseReport(await runCli(["scan", "-f", "json"], { cwd: dir })).servers[0]!;
  });

  it("adds exactly the tools of the 2025.4.8 release", () => {
    expect(first.servers[0]!.status).toBe("new");
    const added = upgrade.changes.filter((c) => c.kind === "added" && c.path.split("/").length === 2).map((c) => c.name);
    expect(added.sort()).toEqual([
      "add_issue_comment",
      "create_pull_request_review",
      "get_issue",
      "get_pull_request",
      "get_pull_request_comments",
      "get_pull_request_files",
      "get_pull_request_reviews",
      "get_pull_request_status",
      "list_commits",
      "list_issues",
      "list_pull_requests",
      "merge_pull_request",
      "search_code",
      "search_issues",
      "search_users",
      "update_issue",
      "update_pull_request_branch",
    ]);
    expect(upgrade.changes.filter((c) => c.kind === "removed" && c.path.split("/").length === 2)).toEqual([]);
  });

  it("rates the new merge tool critical and the new read tools below high", () => {
    const loudest = (name: string) =>
      upgrade.findings
        .filter((f) => f.name === name)
        .map((f) => f.severity)
        .sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0];
    expect(upgrade.findings.filter((f) => f.name === "merge_pull_request" && f.rule === "high-impact-capability-added")).toHaveLength(1);
    expect(loudest("merge_pull_request")).toBe("critical");
    expect(loudest("update_issue")).toBe("high");
    for (const read of ["get_issue", "list_issues", "search_code", "get_pull_request_files", "list_commits"]) {
      expect(atLeast(loudest(read)!, "high"), read).toBe(false);
    }
    const tiers = Object.fromEntries(upgrade.tools!.map((t) => [t.name, t.tier]));
    expect(tiers).toMatchObject({ merge_pull_request: "high-impact", update_issue: "write", get_issue: "read", list_issues: "read" });
  });

  it("keeps the first scan of the older release quiet: an audit, nothing at high", () => {
    const loud = first.servers[0]!.findings.filter((f) => atLeast(f.severity, "high"));
    expect(loud).toEqual([]);
  });
});
