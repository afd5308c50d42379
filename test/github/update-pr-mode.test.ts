/**
 * update-pr mode on a schedule, the Action run in-process against the REST double: the new
 * snapshots committed on the baseline branch through the git data API, one pull request
 * opened, then updated, then closed when the drift is gone.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Report } from "../../src/model.js";
import { runCli } from "../helpers/cli.js";
import {
  OWNER,
  REPO,
  TOKEN,
  demoWorkspace,
  doublePerTest,
  driftWeather,
  removeDrift,
  repositoryFiles,
  runAction,
  repositoryOf,
} from "./run-action.js";

const BRANCH = "mcp-drift/baseline-update";
const startDouble = doublePerTest();

/** What `mcp-drift update` writes for the workspace's current catalogs: the files the commit must hold. */
async function acceptedSnapshots(workspace: string): Promise<Record<string, string>> {
  const copy = join(workspace, "..", `accepted-${Date.now()}`);
  await cp(workspace, copy, { recursive: true, verbatimSymlinks: true });
  const update = await runCli(["update"], { cwd: copy, env: { PATH: process.env.PATH } });
  expect(update.code, update.stderr).toBe(0);
  const read = (id: string) => readFile(join(copy, "snapshots", `${id}.json`), "utf8");
  return { "snapshots/notes.json": await read("notes"), "snapshots/weather.json": await read("weather") };
}

it("opens the baseline pull request on drift, updates the same one on more drift, and closes it when the drift is gone", async () => {
  const workspace = await demoWorkspace();
  const committed = await repositoryFiles(workspace);
  const double = await startDouble({ owner: OWNER, repo: REPO, defaultBranch: "main", token: TOKEN, files: committed });
  const mainHead = double.refs.get("heads/main")!;
  const run = () =>
    runAction({ workspace, double, inputs: { mode: "update-pr" }, eventName: "schedule", event: { schedule: "0 6 * * 1" } });
  const operations = (from: number) => double!.requests.slice(from).map((r) => r.operationId);

  // 1. The notes server drifted: a branch from main's head, a commit with only its snapshot, a PR.
  const first = await run();
  const report = JSON.parse(await readFile(first.outputs["report-json"]!, "utf8")) as Report;
  expect(first.code, first.stdout).toBe(report.exitCode);
  expect(double.pulls).toHaveLength(1);
  const pull = double.pulls[0]!;
  expect(pull).toMatchObject({ state: "open", head: BRANCH, base: "main" });
  expect(pull.title).toBe("mcp-drift: update baselines (notes)");
  expect(pull.body).toContain("merging it accepts the catalogs below as the new baselines");
  expect(pull.body).toContain("update&#95;note");
  expect(first.outputs["pull-request-url"]).toBe(`https://github.example/${OWNER}/${REPO}/pull/1`);
  const firstCommit = double.refs.get(`heads/${BRANCH}`)!;
  expect(double.commits.get(firstCommit)!.parents).toEqual([mainHead]);
  expect(double.changedPaths(firstCommit)).toEqual(["snapshots/notes.json"]);
  const accepted = await acceptedSnapshots(workspace);
  expect(double.filesAt(firstCommit).get("snapshots/notes.json")).toBe(accepted["snapshots/notes.json"]);
  expect(double.filesAt(firstCommit).get("snapshots/weather.json")).toBe(committed["snapshots/weather.json"]);
  // Only the changed snapshot was sent.
  const trees = double.requests.filter((r) => r.operationId === "git/create-tree");
  expect(trees.map((r) => (r.body as { tree: { path: string }[] }).tree.map((e) => e.path))).toEqual([["snapshots/notes.json"]]);

  // 2. The weather server drifts too: the same PR, its branch rebuilt on main with both snapshots.
  await driftWeather(workspace);
  let mark = double.requests.length;
  const second = await run();
  expect(second.outputs["pull-request-url"]).toBe(first.outputs["pull-request-url"]);
  expect(double.pulls).toHaveLength(1);
  expect(double.pulls[0]!.title).toBe("mcp-drift: update baselines (weather, notes)");
  expect(double.pulls[0]!.body).toContain("delete&#95;station");
  const secondCommit = double.refs.get(`heads/${BRANCH}`)!;
  expect(secondCommit).not.toBe(firstCommit);
  expect(double.commits.get(secondCommit)!.parents).toEqual([mainHead]);
  expect(double.changedPaths(secondCommit)).toEqual(["snapshots/notes.json", "snapshots/weather.json"]);
  const acceptedNow = await acceptedSnapshots(workspace);
  for (const [path, content] of Object.entries(acceptedNow)) expect(double.filesAt(secondCommit).get(path)).toBe(content);
  expect(operations(mark)).toContain("git/update-ref");
  expect(operations(mark)).toContain("pulls/update");
  expect(operations(mark)).not.toContain("pulls/create");

  // 3. The same drift again: no new commit, no ref update, no PR edit.
  mark = double.requests.length;
  await run();
  expect(double.refs.get(`heads/${BRANCH}`)).toBe(secondCommit);
  expect(operations(mark)).not.toContain("git/create-commit");
  expect(operations(mark)).not.toContain("git/update-ref");
  expect(operations(mark)).not.toContain("pulls/update");

  // 4. Both servers match their baselines again: the PR is closed with a comment saying why.
  await removeDrift(workspace);
  const last = await run();
  expect(last.code).toBe(0);
  expect(last.outputs["pull-request-url"]).toBe("");
  expect(double.pulls).toHaveLength(1);
  expect(double.pulls[0]!.state).toBe("closed");
  expect(double.comments.map((c) => [c.issueNumber, c.body])).toEqual([
    [1, expect.stringContaining("Every server matches its committed baseline again")],
  ]);

  // 5. And a run without drift and without an open PR writes nothing.
  mark = double.requests.length;
  await run();
  expect(double.requests.slice(mark).filter((r) => r.method !== "GET")).toEqual([]);
});

it("leaves the open baseline pull request alone when nothing drifted but a server could not be scanned", async () => {
  const workspace = await demoWorkspace();
  const double = await startDouble(await repositoryOf(workspace));
  const run = () =>
    runAction({ workspace, double, inputs: { mode: "update-pr" }, eventName: "schedule", event: { schedule: "0 6 * * 1" } });
  await run();
  expect(double.pulls.map((p) => p.state)).toEqual(["open"]);

  // The drift is gone, but a broken server's catalog is unknown: closing would claim all is well.
  await removeDrift(workspace);
  const config = join(workspace, "mcp-drift.yml");
  await writeFile(config, `${await readFile(config, "utf8")}  broken:\n    command: node\n    args: ["-e", "process.exit(3)"]\n`);
  const mark = double.requests.length;
  const result = await run();
  expect(result.code).toBe(2);
  expect(double.pulls.map((p) => p.state)).toEqual(["open"]);
  expect(double.requests.slice(mark)).toEqual([]);
});

it("keeps each configuration's baseline pull request on a branch of its own, with the labels and reviewers asked for", async () => {
  const workspace = await demoWorkspace();
  const double = await startDouble(await repositoryOf(workspace));
  const run = (inputs: Record<string, string>) =>
    runAction({ workspace, double, inputs: { mode: "update-pr", ...inputs }, eventName: "schedule", event: { schedule: "0 6 * * 1" } });

  const named = await run({ name: "Nightly tools", labels: "mcp-drift, needs review", reviewers: "octocat, acme/security" });
  expect(named.code, named.stdout).toBe(1);
  // A sibling of the default branch, never a child: git cannot hold both a/b and a/b/c.
  expect(double.pulls[0]).toMatchObject({
    head: "mcp-drift/baseline-update-nightly-tools",
    labels: ["mcp-drift", "needs review"],
    reviewers: ["octocat", "acme/security"],
  });
  await run({ branch: "bots/mcp-drift" });
  await run({});
  expect(double.pulls.map((p) => p.head)).toEqual(["mcp-drift/baseline-update-nightly-tools", "bots/mcp-drift", BRANCH]);
  expect(double.pulls.map((p) => p.labels)).toEqual([["mcp-drift", "needs review"], [], []]);
});

it("says which setting and permission a refused pull request needs, and where to change them, without a stack trace", async () => {
  const workspace = await demoWorkspace();
  const double = await startDouble(await repositoryOf(workspace));
  double.refused.set("pulls/create", "GitHub Actions is not permitted to create or approve pull requests.");
  const result = await runAction({ workspace, double, inputs: { mode: "update-pr" }, eventName: "schedule", event: {} });
  expect(result.code).toBe(2);
  const errors = result.stdout.split("\n").filter((line) => line.startsWith("::error"));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(
    "::error::mcp-drift: GitHub API: could not create the baseline-update pull request (HTTP 403: GitHub Actions is not permitted to create or approve pull requests.).",
  );
  expect(errors[0]).toContain("`pull-requests: write`");
  expect(errors[0]).toContain(
    '"Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions',
  );
  expect(result.stdout).not.toMatch(/internal error|\s+at [\w.<>]+ \(|RequestError/);
});
