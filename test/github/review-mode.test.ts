/**
 * check mode on a pull request whose event names its base commit, the Action run in-process
 * against the REST double: the review of what the pull request changes (base against head,
 * read from real git, or through the contents API when the checkout lacks the base) and of
 * whether the committed baselines are true, with annotations on the snapshot lines, the
 * approval label, and one comment per configuration.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GitHubDouble } from "../helpers/github-double.js";
import {
  OWNER,
  REPO,
  RISKY_TOOL,
  TOKEN,
  demoWorkspace,
  doublePerTest,
  pullRequestEvent,
  repositoryOf,
  riskyRevisionPullRequest,
  runAction,
  COMMENT_MARKER,
} from "./run-action.js";

const startDouble = doublePerTest();
const MARKER = COMMENT_MARKER;
const UNKEYED_MARKER = "<!-- mcp-drift:comment -->";
const RISKY_TOOL_IN_MARKDOWN = "delete&#95;all&#95;notes";

function commentsWith(double: GitHubDouble, marker: string) {
  return double.comments.filter((comment) => comment.body.startsWith(`${marker}\n`));
}

/** Every line of the step's log is a plain `mcp-drift: ` line or one of our annotations: nothing else can act as a command. */
function expectOnlyOurLines(stdout: string): void {
  const foreign = stdout
    .trimEnd()
    .split("\n")
    .filter((line) => !line.startsWith("mcp-drift: ") && !/^::(?:notice|warning|error)(?: [^:]*)?::mcp-drift: /.test(line));
  expect(foreign).toEqual([]);
}

describe("check mode reviews a pull request", () => {
  it("fails a pull request that commits the new snapshot of a risky server revision, names the new tool, and passes it once the approval label is added", async () => {
    const workspace = await demoWorkspace();
    const base = await riskyRevisionPullRequest(workspace);
    const double = await startDouble(await repositoryOf(workspace));
    const pullRequest = double.openPullRequest("feature");
    const run = (labels: string[] = []) =>
      runAction({ workspace, double, inputs: {}, eventName: "pull_request", event: pullRequestEvent(pullRequest, { base, labels }) });

    const result = await run();
    expect(result.code, result.stdout).toBe(1);
    expect(result.outputs["exit-code"]).toBe("1");
    expect(result.outputs["changed-servers"]).toBe("notes");
    // The base came from git: no contents API request.
    expect(double.requests.map((r) => r.operationId)).not.toContain("repos/get-content");
    const [comment] = commentsWith(double, MARKER);
    expect(comment, result.stdout).toBeDefined();
    expect(comment!.body).toContain("What this pull request changes for the agents");
    expect(comment!.body).toContain(RISKY_TOOL_IN_MARKDOWN);
    expect(comment!.body).toMatch(/high-impact/);
    // The version pin bump is shown to the reviewer.
    expect(comment!.body).toContain("server <code>notes</code> changed");
    expect(comment!.body).toContain("notes&#45;v2&#46;json");
    // The committed baseline is what the server serves: question 2 is clean.
    expect(comment!.body).toContain("Every committed baseline matches what its server serves now");
    expect(result.summary).toBe(comment!.body.slice(`${MARKER}\n`.length));

    // The finding is annotated on the tool's line of the committed snapshot.
    const snapshot = (await readFile(join(workspace, "snapshots/notes.json"), "utf8")).split("\n");
    const toolLine = snapshot.findIndex((line) => line.includes(`"name": "${RISKY_TOOL}"`)) + 1;
    expect(toolLine).toBeGreaterThan(1);
    const annotation = new RegExp(
      `^::error file=snapshots/notes\\.json,line=${toolLine},title=mcp-drift (?:high|critical)%3A [a-z-]+::mcp-drift: notes tool ${RISKY_TOOL}: `,
      "m",
    );
    expect(result.stdout).toMatch(annotation);
    expectOnlyOurLines(result.stdout);

    // A maintainer adds the approval label: the findings stay listed but no longer fail.
    const approved = await run(["mcp-drift-approved"]);
    expect(approved.code, approved.stdout).toBe(0);
    expect(commentsWith(double, MARKER)).toHaveLength(1);
    const body = commentsWith(double, MARKER)[0]!.body;
    expect(body).toContain("Approved");
    expect(body).toContain("<code>mcp&#45;drift&#45;approved</code> label");
    expect(body).toContain(RISKY_TOOL_IN_MARKDOWN);
    // Question 1's own verdict agrees with the approval.
    expect(body).toMatch(/^#### ✅ mcp-drift: .*fail-on high → exit 0$/m);
    expect(approved.stdout).toMatch(
      /^::warning file=snapshots\/notes\.json,line=\d+,title=mcp-drift [a-z]+%3A [a-z-]+ \(approved by mcp-drift-approved\)::/m,
    );
    expect(double.writes().map((r) => r.operationId)).toEqual(["issues/create-comment", "issues/update-comment"]);
  });

  it("fails a pull request whose committed baseline is stale, naming the command that fixes it, with the base read through the contents API", async () => {
    // Not a git repository: the checkout lacks the base commit, as with fetch-depth: 1.
    const workspace = await demoWorkspace();
    const double = await startDouble(await repositoryOf(workspace));
    const pullRequest = double.openPullRequest("feature");
    const base = double.refs.get("heads/main")!;
    const result = await runAction({
      workspace,
      double,
      inputs: {},
      eventName: "pull_request",
      event: pullRequestEvent(pullRequest, { base }),
    });
    expect(result.code, result.stdout).toBe(1);
    expect(double.requests.filter((r) => r.operationId === "repos/get-content").map((r) => r.query.ref)).toContain(base);
    const [comment] = commentsWith(double, MARKER);
    expect(comment!.body).toContain("differs from what the server serves now");
    expect(comment!.body).toContain("npx mcp-drift update --server notes");
    expect(comment!.body).toContain("The config's server entries are unchanged.");
    expect(result.stdout).toMatch(
      /^::error file=snapshots\/notes\.json,line=1,title=mcp-drift%3A stale baseline::mcp-drift: notes: the committed baseline differs from what the server serves now\. Run npx mcp-drift update --server notes and commit the result\.$/m,
    );
    expectOnlyOurLines(result.stdout);
  });

  it("keeps one comment per configuration: two steps keep two comments, and an old unkeyed comment is adopted once", async () => {
    const workspace = await demoWorkspace();
    await writeFile(
      join(workspace, "weather.yml"),
      (await readFile(join(workspace, "mcp-drift.yml"), "utf8")).replace(/\n {2}notes:\n[\s\S]*$/, "\n"),
    );
    const double = await startDouble(await repositoryOf(workspace));
    const pullRequest = double.openPullRequest("feature");
    const old = double.addComment(pullRequest, `${UNKEYED_MARKER}\nan earlier version's report`, "github-actions[bot]");
    const run = (inputs: Record<string, string>) =>
      runAction({
        workspace,
        double,
        inputs: { comment: "always", ...inputs },
        eventName: "pull_request",
        event: pullRequestEvent(pullRequest),
      });

    await run({});
    await run({ config: "weather.yml" });
    await run({ config: "weather.yml", name: "weather only" });
    // The first configuration took over the unkeyed comment; the others each posted their own.
    expect(commentsWith(double, MARKER).map((c) => c.id)).toEqual([old.id]);
    expect(commentsWith(double, "<!-- mcp-drift:comment key=weather.yml -->")).toHaveLength(1);
    expect(commentsWith(double, "<!-- mcp-drift:comment key=weather%20only -->")).toHaveLength(1);
    expect(double.comments).toHaveLength(3);
    expect(commentsWith(double, MARKER)[0]!.body).toContain("update&#95;note");
    expect(commentsWith(double, "<!-- mcp-drift:comment key=weather.yml -->")[0]!.body).not.toContain("update&#95;note");

    // Each runs again: each comment is updated in place, none is added, none taken over.
    await run({ config: "weather.yml" });
    await run({});
    expect(double.comments).toHaveLength(3);
    expect(double.writes().map((r) => r.operationId)).toEqual(["issues/update-comment", "issues/create-comment", "issues/create-comment"]);
  });

  it("puts a config error on its file and line, escaped, and exits 2", async () => {
    const workspace = await demoWorkspace();
    const double = await startDouble({ owner: OWNER, repo: REPO, defaultBranch: "main", token: TOKEN, files: {} });
    const config = join(workspace, "mcp-drift.yml");
    await writeFile(config, (await readFile(config, "utf8")).replace("failOn: high", "failOn: sometimes, %0A::error::forged"));
    const line = (await readFile(config, "utf8")).split("\n").findIndex((text) => text.startsWith("failOn:")) + 1;
    const result = await runAction({ workspace, double, inputs: {}, eventName: "pull_request", event: pullRequestEvent(1) });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      new RegExp(`^::error file=mcp-drift\\.yml,line=${line},col=\\d+,title=mcp-drift%3A config error::mcp-drift: .*failOn`, "m"),
    );
    expect(result.stdout).not.toMatch(/^::error::forged/m);
    expect(result.stdout).toContain("%250A");
    expectOnlyOurLines(result.stdout);
  });
});
