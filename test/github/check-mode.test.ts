/**
 * check mode on pull requests, the Action run in-process against the REST double: one
 * sticky comment, updated in place, no write when nothing changed, the job summary, and the
 * fallback when the token cannot write. What the runner's log shows of hostile server text
 * is tested on the committed bundle, in bundle.test.ts.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model.js";
import type { GitHubDouble } from "../helpers/github-double.js";
import { ROOT } from "../helpers/paths.js";
import {
  ACTION,
  COMMENT_MARKER,
  OWNER,
  REPO,
  TOKEN,
  demoOnPullRequests,
  demoWorkspace,
  doublePerTest,
  driftWeather,
  pullRequestEvent,
  removeDrift,
  runAction,
  type ActionRun,
} from "./run-action.js";

const MARKER = COMMENT_MARKER;
const startDouble = doublePerTest();

async function setUp() {
  const { workspace, double, runOn } = await demoOnPullRequests(startDouble);
  const pullRequest = double.openPullRequest("feature");
  const run = (inputs: Record<string, string> = {}) => runOn(pullRequest, inputs);
  return { workspace, double, pullRequest, run };
}

async function reportOf(run: ActionRun): Promise<Report> {
  return JSON.parse(await readFile(run.outputs["report-json"]!, "utf8")) as Report;
}

function stickyComments(double: GitHubDouble) {
  return double.comments.filter((comment) => comment.body.startsWith(MARKER));
}

describe("check mode", () => {
  it("keeps exactly one comment, updates it in place, and writes nothing when the result is the same", async () => {
    const { workspace, double, pullRequest, run } = await setUp();
    // More comments than one page holds, so ours is found only by following pagination.
    for (let i = 0; i < 120; i++) double.addComment(pullRequest, `review remark ${i}`, "octocat");

    const first = await run();
    const firstReport = await reportOf(first);
    expect(first.code, first.stdout).toBe(firstReport.exitCode);
    expect(Object.keys(first.outputs)).toEqual(Object.keys(ACTION.outputs));
    expect(first.outputs["exit-code"]).toBe(String(firstReport.exitCode));
    expect(first.outputs["changed-servers"]).toBe("notes");
    expect(first.outputs.findings).toBe(String(firstReport.summary.failing));
    expect(stickyComments(double)).toHaveLength(1);
    const [comment] = stickyComments(double);
    expect(comment!.issueNumber).toBe(pullRequest);
    expect(comment!.body).toContain("update&#95;note");
    // The job summary is the same Markdown.
    expect(first.summary).toBe(comment!.body.slice(`${MARKER}\n`.length));

    await driftWeather(workspace);
    const second = await run();
    expect(second.outputs["changed-servers"]).toBe("weather,notes");
    expect(stickyComments(double)).toHaveLength(1);
    expect(stickyComments(double)[0]!.id).toBe(comment!.id);
    expect(stickyComments(double)[0]!.body).toContain("delete&#95;station");
    const commentWrites = double.writes().map((r) => r.operationId);
    expect(commentWrites).toEqual(["issues/create-comment", "issues/update-comment"]);

    const before = double.requests.length;
    const third = await run();
    expect(third.code).toBe(second.code);
    expect(double.requests.slice(before).map((r) => r.method)).not.toContain("POST");
    expect(double.requests.slice(before).map((r) => r.method)).not.toContain("PATCH");
    expect(double.writes()).toHaveLength(2);
  });

  it("adopts a marker comment only from a bot or someone with write access, never from an outsider", async () => {
    const { double, pullRequest, run } = await setUp();
    // Anyone can type the hidden marker; updating their comment would put the report under their name.
    const outsider = double.addComment(pullRequest, `${MARKER}\n### ✅ all clear`, "mallory", "CONTRIBUTOR");
    const maintainer = double.addComment(pullRequest, `${MARKER}\nan earlier report`, "maintainer", "COLLABORATOR");
    await run();
    expect(double.writes().map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${maintainer.id}`]);
    expect(outsider.body).toBe(`${MARKER}\n### ✅ all clear`);
    expect(maintainer.body).toContain("update&#95;note");

    // Without a trusted one, the Action posts its own comment and still leaves the outsider's alone.
    double.comments.splice(double.comments.indexOf(maintainer), 1);
    await run();
    expect(double.writes().at(-1)!.operationId).toBe("issues/create-comment");
    expect(double.comments.at(-1)).toMatchObject({ user: "github-actions[bot]", body: maintainer.body });
    expect(outsider.body).toBe(`${MARKER}\n### ✅ all clear`);
  });

  it("posts nothing for a clean result without an earlier comment, but updates an earlier one", async () => {
    const { workspace, double, run } = await setUp();
    await removeDrift(workspace);
    const clean = await run();
    expect(clean.code).toBe(0);
    expect(clean.outputs["changed-servers"]).toBe("");
    expect(clean.outputs.findings).toBe("0");
    expect(double.writes()).toEqual([]);
    expect(clean.summary).toContain("weather");

    await driftWeather(workspace);
    await run();
    expect(stickyComments(double)).toHaveLength(1);
    await removeDrift(workspace);
    await run();
    // Once there is a comment, it follows the result, back to all clear.
    expect(stickyComments(double)).toHaveLength(1);
    expect(stickyComments(double)[0]!.body).not.toContain("delete&#95;station");
    expect(double.writes().map((r) => r.operationId)).toEqual(["issues/create-comment", "issues/update-comment"]);
  });

  it("posts a clean result with comment: always, and never touches the API with comment: never", async () => {
    const { workspace, double, run } = await setUp();
    const never = await run({ comment: "never" });
    expect(double.requests).toEqual([]);
    expect(never.summary).toContain("notes");

    await removeDrift(workspace);
    const always = await run({ comment: "always" });
    expect(always.code).toBe(0);
    expect(stickyComments(double)).toHaveLength(1);
  });

  it("falls back to the job summary and a warning when the token cannot write (a fork), exiting by policy", async () => {
    const { double, run } = await setUp();
    double.writeAccess = false;
    const result = await run({ "fail-on": "info" });
    expect(result.code).toBe(1);
    expect(result.outputs["exit-code"]).toBe("1");
    expect(Number(result.outputs.findings)).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/^::warning::mcp-drift: could not comment on pull request #1: the token cannot write/m);
    expect(result.summary).toContain("update&#95;note");
    expect(double.comments).toEqual([]);
    expect(double.writes().map((r) => r.status)).toEqual([403]);
  });

  it("exits 2 when a server cannot be scanned, and says so in the comment", async () => {
    const { workspace, double, run } = await setUp();
    const config = join(workspace, "mcp-drift.yml");
    await writeFile(
      config,
      `${await readFile(config, "utf8")}  broken:\n    command: node\n    args: ["-e", "process.exit(3)"]\n    timeout: 5s\n`,
    );
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.outputs["exit-code"]).toBe("2");
    expect(stickyComments(double)[0]!.body).toContain("broken");
  });

  it("writes SARIF where asked, valid against the SARIF 2.1.0 schema, pointing at snapshot paths from the repository root", async () => {
    const workspace = await demoWorkspace("tools");
    const double = await startDouble({ owner: OWNER, repo: REPO, defaultBranch: "main", token: TOKEN, files: {} });
    const result = await runAction({
      workspace,
      double,
      inputs: { "working-directory": "tools", "sarif-file": "results/mcp-drift.sarif", comment: "never" },
      eventName: "pull_request",
      event: pullRequestEvent(1),
    });
    expect(result.outputs["sarif-file"]).toBe(join(workspace, "tools/results/mcp-drift.sarif"));
    const sarif = JSON.parse(await readFile(result.outputs["sarif-file"]!, "utf8")) as {
      runs: {
        tool: { driver: { version: string; rules: { id: string; helpUri: string; properties: { "security-severity": string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          properties: { severity: string };
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const schema = JSON.parse(await readFile(join(ROOT, "fixtures/sarif/sarif-schema-2.1.0.json"), "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const report = await reportOf(result);
    const results = sarif.runs[0]!.results;
    expect(results).toHaveLength(report.servers.flatMap((s) => s.findings).length);
    const uris = new Set(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set(["tools/snapshots/notes.json"]));
    // Each result cites a rule described at the finding's own severity, as code scanning ranks
    // it (GitHub: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, below low), with its help link.
    const { driver } = sarif.runs[0]!.tool;
    const ranges: Record<string, [number, number]> = {
      critical: [9, 10],
      high: [7, 8.9],
      medium: [4, 6.9],
      low: [0.1, 3.9],
      info: [0.1, 3.9],
    };
    const findings = report.servers.flatMap((s) => s.findings);
    expect(findings.map((f) => f.severity)).toContain("high");
    for (const [index, r] of results.entries()) {
      const rule = driver.rules[r.ruleIndex]!;
      expect(rule.id).toBe(r.ruleId);
      expect(r.properties.severity).toBe(findings[index]!.severity);
      const [low, high] = ranges[findings[index]!.severity]!;
      expect(Number(rule.properties["security-severity"])).toBeGreaterThanOrEqual(low);
      expect(Number(rule.properties["security-severity"])).toBeLessThanOrEqual(high);
      expect(rule.helpUri).toBe(`https://unpkg.com/mcp-drift@${driver.version}/docs/rules.md#${r.ruleId.split("/")[0]}`);
    }
  });

  it("exits 2 with an error annotation for an invalid input, writing no comment", async () => {
    const { double, run } = await setUp();
    const result = await run({ mode: "publish" });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^::error::mcp-drift: input mode: expected one of check, update-pr, got "publish"$/m);
    expect(result.outputs["exit-code"]).toBe("2");
    expect(double.requests).toEqual([]);
  });
});
