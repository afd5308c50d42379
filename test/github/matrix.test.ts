/**
 * The sharded workflow (docs/workflows/sharded.yml) against the REST double: a matrix of
 * shard jobs (`shard: K/4`) that post nothing, then a merge job (`merge: shard-reports/*.json`)
 * that posts the one comment, job summary and JSON report the unsharded run posts.
 */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { GitHubDouble } from "../helpers/github-double.js";
import { ROOT } from "../helpers/paths.js";
import {
  ACTION,
  COMMENT_MARKER,
  demoOnPullRequests,
  doublePerTest,
  demoWorkspace,
  driftWeather,
  pullRequestEvent,
  repositoryOf,
  riskyRevisionPullRequest,
  runAction,
} from "./run-action.js";

const MARKER = COMMENT_MARKER;
const startDouble = doublePerTest();

async function setUp() {
  const { workspace, double, runOn: run } = await demoOnPullRequests(startDouble);
  /** The matrix jobs, each artifact downloaded into shard-reports/ as download-artifact's merge-multiple does. */
  const shardJobs = async (pullRequest: number, count: number) => {
    await mkdir(join(workspace, "shard-reports"), { recursive: true });
    const runs = [];
    for (let k = 1; k <= count; k++) {
      const job = await run(pullRequest, { shard: `${k}/${count}` });
      expect(job.code, job.stdout).toBe(0);
      const file = job.outputs["report-json"]!;
      expect(basename(file)).toBe(`shard-${k}-of-${count}.json`);
      await copyFile(file, join(workspace, "shard-reports", basename(file)));
      runs.push(job);
    }
    return runs;
  };
  return { workspace, double, run, shardJobs };
}

describe("a sharded matrix and its merge job", () => {
  it("posts one comment, the unsharded run's, and nothing from the shard jobs", async () => {
    const { double, run, shardJobs } = await setUp();
    const single = double.openPullRequest("feature");
    const sharded = double.openPullRequest("feature-sharded");
    const comments = (pullRequest: number) => double.comments.filter((c) => c.issueNumber === pullRequest && c.body.startsWith(MARKER));

    const unsharded = await run(single);
    expect(comments(single)).toHaveLength(1);
    const writes = double.writes().length;

    const jobs = await shardJobs(sharded, 4);
    expect(double.writes()).toHaveLength(writes);
    for (const job of jobs) expect(job.summary).toBe("");

    const merged = await run(sharded, { merge: "shard-reports/*.json" });
    expect(merged.stdout).toContain("merging 4 shard reports: shard-reports/shard-1-of-4.json");
    expect(comments(sharded)).toHaveLength(1);
    expect(double.writes()).toHaveLength(writes + 1);
    expect(comments(sharded)[0]!.body).toBe(comments(single)[0]!.body);
    expect(comments(single)[0]!.body).toContain("update&#95;note");
    expect(merged.summary).toBe(unsharded.summary);
    expect(merged.code).toBe(unsharded.code);
    const { "report-json": mergedJson, ...mergedOutputs } = merged.outputs;
    const { "report-json": singleJson, ...singleOutputs } = unsharded.outputs;
    expect(mergedOutputs).toEqual(singleOutputs);
    expect(await readFile(mergedJson!, "utf8")).toBe(await readFile(singleJson!, "utf8"));
  });

  it("reviews a pull request with the merged live scan as the single job reviews it", async () => {
    const workspace = await demoWorkspace();
    const base = await riskyRevisionPullRequest(workspace);
    // The live servers differ from a committed baseline too, so the review's second question has something to say.
    await driftWeather(workspace);
    const double = await startDouble(await repositoryOf(workspace));
    const single = double.openPullRequest("feature");
    const sharded = double.openPullRequest("feature");
    const run = (pullRequest: number, inputs: Record<string, string> = {}) =>
      runAction({ workspace, double, inputs, eventName: "pull_request", event: pullRequestEvent(pullRequest, { base }) });
    const comments = (pullRequest: number) => double.comments.filter((c) => c.issueNumber === pullRequest && c.body.startsWith(MARKER));

    const unsharded = await run(single);
    expect(comments(single)[0]!.body).toContain("delete&#95;all&#95;notes");
    expect(comments(single)[0]!.body).toContain("update --server weather");
    await mkdir(join(workspace, "shard-reports"));
    for (const k of [1, 2, 3]) {
      const job = await run(sharded, { shard: `${k}/3` });
      expect(job.code, job.stdout).toBe(0);
      await copyFile(job.outputs["report-json"]!, join(workspace, "shard-reports", basename(job.outputs["report-json"]!)));
    }
    const merged = await run(sharded, { merge: "shard-reports/*.json" });
    expect(comments(sharded)).toHaveLength(1);
    expect(comments(sharded)[0]!.body).toBe(comments(single)[0]!.body);
    expect(merged.summary).toBe(unsharded.summary);
    expect(merged.code).toBe(unsharded.code);
    expect(merged.code).toBe(1);
  });

  it("opens the baseline pull request the single update-pr job opens, from the merged shards", async () => {
    const workspace = await demoWorkspace();
    const runIn = (double: GitHubDouble, inputs: Record<string, string>) =>
      runAction({ workspace, double, inputs: { mode: "update-pr", ...inputs }, eventName: "schedule", event: {} });
    const single = await startDouble(await repositoryOf(workspace));
    const unsharded = await runIn(single, {});
    expect(unsharded.code, unsharded.stdout).not.toBe(2);
    expect(single.pulls).toHaveLength(1);

    const sharded = await GitHubDouble.start(await repositoryOf(workspace));
    try {
      await mkdir(join(workspace, "shard-reports"));
      for (const k of [1, 2, 3, 4]) {
        const job = await runIn(sharded, { shard: `${k}/4` });
        expect(job.code, job.stdout).toBe(0);
        await copyFile(job.outputs["report-json"]!, join(workspace, "shard-reports", basename(job.outputs["report-json"]!)));
      }
      expect(sharded.writes()).toEqual([]);
      const merged = await runIn(sharded, { merge: "shard-reports/*.json" });
      expect(merged.code).toBe(unsharded.code);
      expect(merged.outputs["pull-request-url"]).toBe(unsharded.outputs["pull-request-url"]);
      expect(sharded.pulls).toEqual(single.pulls);
      expect(sharded.writes().map((r) => r.operationId)).toEqual(single.writes().map((r) => r.operationId));
      const branchFiles = (double: GitHubDouble) => {
        const commit = double.commits.get(double.refs.get(`heads/${double.pulls[0]!.head}`)!)!;
        return [...double.trees.get(commit.tree)!].map(([path, blob]) => [path, double.blobs.get(blob)]);
      };
      expect(branchFiles(sharded)).toEqual(branchFiles(single));
      expect(merged.summary).toBe(unsharded.summary);
      expect(sharded.violations).toEqual([]);
    } finally {
      await sharded.close();
    }
  });

  it("fails the merge job, posting nothing, when a shard's artifact is missing", async () => {
    const { double, run, shardJobs } = await setUp();
    const pullRequest = double.openPullRequest("feature");
    await shardJobs(pullRequest, 2);
    const partial = await run(pullRequest, { merge: "shard-reports/shard-1-of-2.json" });
    expect(partial.code).toBe(2);
    expect(partial.stdout).toContain("shard 2/2 missing: merge got shard-1-of-2.json");
    const none = await run(pullRequest, { merge: "elsewhere/*.json" });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("input merge: elsewhere/*.json matches no file");
    expect(double.writes()).toEqual([]);
  });
});

type Step = { uses?: string; id?: string; with?: Record<string, string | number | boolean> };
type Job = { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] };

describe("docs/workflows/sharded.yml", () => {
  it("runs the matrix and the merge with inputs the Action declares, every shard downloaded where merge reads", async () => {
    const workflow = parse(await readFile(join(ROOT, "docs/workflows/sharded.yml"), "utf8")) as { jobs: Record<string, Job> };
    const { shards, merge } = workflow.jobs;
    const ours = (job: Job) => job.steps.filter((step) => step.uses?.startsWith("OWNER/mcp-drift@"));
    for (const step of [...ours(shards!), ...ours(merge!)]) {
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(ACTION.inputs)).toContain(input);
    }
    const count = shards!.strategy!.matrix.shard.length;
    expect(shards!.strategy!.matrix.shard).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(ours(shards!)[0]!.with!.shard).toBe(`\${{ matrix.shard }}/${count}`);
    const upload = shards!.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with!.path).toBe(`\${{ steps.${ours(shards!)[0]!.id}.outputs.report-json }}`);
    expect(Object.keys(ACTION.outputs)).toContain("report-json");

    expect(merge!.needs).toBe("shards");
    const download = merge!.steps.find((step) => step.uses?.startsWith("actions/download-artifact@"))!;
    expect(download.with!["merge-multiple"]).toBe(true);
    expect(String(upload.with!.name).replace("${{ matrix.shard }}", "7")).toMatch(
      new RegExp(`^${String(download.with!.pattern).replace("*", ".*")}$`),
    );
    expect(ours(merge!)[0]!.with!.merge).toBe(`${download.with!.path}/*.json`);
  });
});
