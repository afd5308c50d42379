/**
 * The comment a reviewer gets for a real upgrade: three published servers (filesystem,
 * memory, github), pinned as devDependencies in an older and a newer release, bumped in one
 * pull request that commits their new snapshots. Run through the Action in-process against
 * the REST double, the review must fit one comment a person reads, with every finding from
 * medium up in view and the rest one click away.
 */
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atLeast, type Report } from "../../src/model.js";
import { escapeMarkdownInline } from "../../src/report/escape.js";
import { runCli } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";
import { commitAll, git, OWNER, pullRequestEvent, REPO, TOKEN, doublePerTest, runAction } from "./run-action.js";

const startDouble = doublePerTest();
const SERVERS = ["filesystem", "memory", "github"];

/**
 * The config as the pull request's two sides pin it: `old` or `new` releases of each package,
 * started from the workspace's node_modules as a repository's own dependencies would be.
 */
function config(release: "old" | "new"): string {
  const entry = (pkg: string) => `node_modules/${pkg}-${release}/dist/index.js`;
  return `version: 1
snapshots: snapshots
failOn: high
servers:
  filesystem:
    command: node
    args: [${entry("fs")}, allowed]
    timeout: 30s
  memory:
    command: node
    args: [${entry("memory")}]
    env: { MEMORY_FILE_PATH: allowed/memory.jsonl }
    timeout: 30s
  github:
    command: node
    args: [${entry("github")}]
    env: { GITHUB_PERSONAL_ACCESS_TOKEN: not-a-real-token }
    timeout: 30s
`;
}

/** The comment with every `<details>` block taken out: what a reviewer sees without a click. */
function visible(body: string): string {
  return body.replace(/<details>[\s\S]*?<\/details>/g, "");
}

describe("the review comment of a real three-server upgrade", () => {
  it("fits one comment under 20 KB with every finding from medium up in view", { timeout: 180_000 }, async () => {
    const workspace = join(await tempDir("mcp-drift-upgrade-"), "repo");
    await mkdir(join(workspace, "allowed"), { recursive: true });
    await writeFile(join(workspace, "allowed/.keep"), "");
    await symlink(join(ROOT, "node_modules"), join(workspace, "node_modules"));
    const env = { PATH: process.env.PATH };
    await writeFile(join(workspace, "mcp-drift.yml"), config("old"));
    const before = await runCli(["update"], { cwd: workspace, env });
    expect(before.code, before.stderr).toBe(0);
    const base = await commitAll(workspace, "pin the older releases");
    await git(workspace, "checkout", "--quiet", "-b", "feature");
    await writeFile(join(workspace, "mcp-drift.yml"), config("new"));
    const after = await runCli(["update"], { cwd: workspace, env });
    expect(after.code, after.stderr).toBe(0);
    await commitAll(workspace, "upgrade every server, accept the new snapshots");

    const files = Object.fromEntries(
      await Promise.all(
        ["mcp-drift.yml", ...SERVERS.map((id) => `snapshots/${id}.json`)].map(async (path) => [
          path,
          await git(workspace, "show", `${base}:${path}`),
        ]),
      ),
    );
    const double = await startDouble({ owner: OWNER, repo: REPO, defaultBranch: "main", token: TOKEN, files });
    const pullRequest = double.openPullRequest("feature");
    const result = await runAction({
      workspace,
      double,
      inputs: {},
      eventName: "pull_request",
      event: pullRequestEvent(pullRequest, { base }),
    });
    expect(result.code, result.stdout).toBe(1);

    // What the pull request changes, as the report-json output holds it.
    const changes = JSON.parse(await readFile(result.outputs["report-json"]!, "utf8")) as Report;
    expect(changes.servers.map((server) => [server.id, server.status])).toEqual(SERVERS.map((id) => [id, "changed"]));
    const major = changes.servers.flatMap((server) => server.findings.filter((f) => !f.ignored && atLeast(f.severity, "medium")));
    const minor = changes.servers.flatMap((server) => server.findings.filter((f) => !atLeast(f.severity, "medium")));
    // A real upgrade's size: dozens of findings each way, a critical new merge tool among them.
    expect(major.length).toBeGreaterThan(40);
    expect(minor.length).toBeGreaterThan(10);
    expect(major.some((f) => f.severity === "critical" && f.name === "merge_pull_request")).toBe(true);

    const [comment] = double.comments;
    expect(double.comments).toHaveLength(1);
    expect(Buffer.byteLength(comment!.body)).toBeLessThan(20_000);
    const shown = visible(comment!.body);
    for (const finding of major) {
      expect(shown, `${finding.rule} on ${finding.name}`).toContain(`<code>${escapeMarkdownInline(finding.name)}</code>`);
      expect(shown).toContain(`<code>${escapeMarkdownInline(finding.rule)}</code>`);
    }
    // The rest is one click away: folded here, or named with a pointer to the job summary.
    expect(comment!.body).toMatch(/<details><summary>\d+ lower findings \(\d+ low(?:, \d+ info)?\)<\/summary>|Not shown here/);
    expect(comment!.body).toMatch(/Not shown here, to keep this short: .*They are in the job summary/);
    // The job summary has everything.
    expect(Buffer.byteLength(result.summary)).toBeGreaterThan(Buffer.byteLength(comment!.body));
    for (const finding of minor) expect(result.summary).toContain(`<code>${escapeMarkdownInline(finding.name)}</code>`);
  });
});
