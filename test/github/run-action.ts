/**
 * Runs the Action as the runner would: INPUT_* and GITHUB_* variables, an event payload file,
 * and files for outputs and the job summary, in a workspace holding a copy of the
 * repository's demo. `runAction` calls it in-process; `runBundledAction` runs the committed
 * dist/index.js in a node process of its own, exactly as the runner does.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { afterEach, expect } from "vitest";
import * as action from "../../src/action.js";
import type { JsonObject } from "../../src/model.js";
import { runCli } from "../helpers/cli.js";
import { GitHubDouble, type DoubleOptions } from "../helpers/github-double.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const exec = promisify(execFile);

export const OWNER = "acme";
export const REPO = "agents";
export const TOKEN = "ghs_test_token";
export const DEMO_FILES = ["mcp-drift.yml", "snapshots/notes.json", "snapshots/weather.json"];

interface ActionMetadata {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export const ACTION = parse(await readFile(join(ROOT, "action.yml"), "utf8")) as ActionMetadata;

/** `INPUT_<NAME>` for every input, from action.yml's defaults as the runner passes them, the token for the expression. */
function inputDefaults(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(ACTION.inputs).map(([name, input]) => [
      `INPUT_${name.toUpperCase()}`,
      name === "github-token" ? TOKEN : (input.default ?? ""),
    ]),
  );
}

export interface ActionRun {
  code: number;
  /** The step's log. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * A workspace (a checkout of the repository) with the demo config, fixtures and baselines in
 * `folder` of it (the working-directory input).
 */
export async function demoWorkspace(folder = "."): Promise<string> {
  const workspace = join(await tempDir("mcp-drift-action-"), "repo");
  const demo = join(workspace, folder);
  await mkdir(demo, { recursive: true });
  for (const path of ["mcp-drift.yml", "snapshots", "fixtures/demo", "fixtures/servers"]) {
    await cp(join(ROOT, path), join(demo, path), { recursive: true });
  }
  // The fixture server imports the MCP SDK from the project's node_modules.
  await symlink(join(ROOT, "node_modules"), join(demo, "node_modules"));
  return workspace;
}

/** The default branch's files as the double should hold them: the workspace's committed ones. */
/** The double's options for a repository whose default branch holds the workspace's files. */
export async function repositoryOf(workspace: string): Promise<DoubleOptions> {
  return { owner: OWNER, repo: REPO, defaultBranch: "main", token: TOKEN, files: await repositoryFiles(workspace) };
}

export async function repositoryFiles(workspace: string): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(DEMO_FILES.map(async (path) => [path, await readFile(join(workspace, path), "utf8")])));
}

/** Gives the demo's weather server a new tool, so a second server drifts. */
export async function driftWeather(workspace: string): Promise<void> {
  const file = join(workspace, "fixtures/demo/weather.json");
  const catalog = JSON.parse(await readFile(file, "utf8")) as { tools: JsonObject[] };
  catalog.tools.push({
    name: "delete_station",
    description: "Delete a weather station.",
    inputSchema: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
  });
  await writeFile(file, JSON.stringify(catalog, null, 2));
}

/** Puts both demo servers back to what their baselines record: no drift at all. */
export async function removeDrift(workspace: string): Promise<void> {
  await cp(join(ROOT, "fixtures/demo/notes-v1.json"), join(workspace, "fixtures/demo/notes.json"));
  await cp(join(ROOT, "fixtures/demo/weather.json"), join(workspace, "fixtures/demo/weather.json"));
}

/** `name<<DELIMITER` / value / `DELIMITER` blocks, as the runner reads GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (header === null) continue;
    const end = lines.indexOf(header[2]!, i + 1);
    if (end === -1) throw new Error(`output ${header[1]} has no closing delimiter`);
    outputs[header[1]!] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return outputs;
}

export interface RunOptions {
  workspace: string;
  double: GitHubDouble;
  inputs: Record<string, string>;
  eventName: string;
  event: JsonObject;
  /** More variables in the step's environment, e.g. secrets the config expands. */
  env?: NodeJS.ProcessEnv;
}

/** The step's environment and the runner's files it names, from a fresh runner temp folder. */
async function stepEnvironment({ workspace, double, inputs, eventName, event, env: extraEnv }: RunOptions) {
  const runner = await tempDir("mcp-drift-runner-");
  const files = { event: join(runner, "event.json"), output: join(runner, "output"), summary: join(runner, "summary.md") };
  await writeFile(files.event, JSON.stringify(event));
  await writeFile(files.output, "");
  await writeFile(files.summary, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    ...inputDefaults(),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_RUN_ID: "4242",
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: "0000000000000000000000000000000000000000",
    GITHUB_REF: eventName === "pull_request" ? "refs/pull/1/merge" : "refs/heads/main",
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: runner,
    ...extraEnv,
  };
  /** What the step left in the runner's files. */
  const results = async () => ({
    outputs: parseOutputs(await readFile(files.output, "utf8")),
    summary: await readFile(files.summary, "utf8"),
  });
  return { env, results };
}

/** Runs the Action's sources in this process, its log captured. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const { env, results } = await stepEnvironment(options);
  let stdout = "";
  // The double has no rate limits: octokit's write spacing (1 s, 3 s for notifying writes) would only add waiting.
  const code = await action.runAction(env, { stdout: (text) => void (stdout += text), cwd: options.workspace, throttle: false });
  return { code, stdout, ...(await results()) };
}

/** Runs the committed bundle in a node process, as the runner does; its stderr too. */
export async function runBundledAction(options: RunOptions): Promise<ActionRun & { stderr: string }> {
  const { env, results } = await stepEnvironment(options);
  const result = await exec(process.execPath, [join(ROOT, ACTION.runs.main)], { cwd: options.workspace, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  return { ...result, ...(await results()) };
}

/**
 * A `pull_request` event payload. Without `base`, the event names no base commit (the
 * Action then only checks the committed baselines, as before reviews).
 */
export function pullRequestEvent(number: number, options: { base?: string; labels?: string[] } = {}): JsonObject {
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      head: { ref: "feature", repo: { full_name: `${OWNER}/${REPO}` } },
      base: { ref: "main", ...(options.base === undefined ? {} : { sha: options.base }) },
      labels: (options.labels ?? []).map((name, id) => ({ id, name })),
    },
    repository: { full_name: `${OWNER}/${REPO}`, default_branch: "main" },
  };
}

/** Runs git in `cwd` with a fixed identity; its standard output. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = {
    PATH: process.env.PATH,
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.com",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.com",
    HOME: cwd,
  };
  return (await exec("git", args, { cwd, env })).stdout.trim();
}

/** Makes the workspace a git repository whose `main` holds its files; the commit's sha. */
export async function commitAll(workspace: string, message: string): Promise<string> {
  if (!(await readFile(join(workspace, ".gitignore"), "utf8").catch(() => undefined))) {
    await writeFile(join(workspace, ".gitignore"), "node_modules\n");
    await git(workspace, "init", "--quiet", "--initial-branch", "main");
  }
  await git(workspace, "add", "--all");
  await git(workspace, "commit", "--quiet", "--message", message);
  return git(workspace, "rev-parse", "HEAD");
}

/** The risky revision of the notes server: it gains a tool that deletes every note. */
export const RISKY_TOOL = "delete_all_notes";

/**
 * A pull request as a user makes it: on top of `main` (the demo, with notes at its baseline),
 * it pins the notes server to a new revision that adds RISKY_TOOL (a config change), runs
 * `mcp-drift update --server notes` and commits the new snapshot, so the committed baseline
 * is true and only the base-to-head comparison can see the new tool. In a git repository
 * whose checkout has the base commit. The base commit's sha.
 */
export async function riskyRevisionPullRequest(workspace: string): Promise<string> {
  await removeDrift(workspace);
  const base = await commitAll(workspace, "the demo, every baseline true");
  await git(workspace, "checkout", "--quiet", "-b", "feature");
  const catalog = JSON.parse(await readFile(join(workspace, "fixtures/demo/notes.json"), "utf8")) as { tools: JsonObject[] };
  catalog.tools.push({
    name: RISKY_TOOL,
    description: "Delete every note in the workspace, permanently.",
    inputSchema: { type: "object", properties: { confirm: { type: "boolean" } } },
  });
  await writeFile(join(workspace, "fixtures/demo/notes-v2.json"), JSON.stringify(catalog, null, 2));
  const config = join(workspace, "mcp-drift.yml");
  await writeFile(config, (await readFile(config, "utf8")).replace('"fixtures/demo/notes.json"', '"fixtures/demo/notes-v2.json"'));
  const update = await runCli(["update", "--server", "notes"], { cwd: workspace, env: { PATH: process.env.PATH } });
  expect(update.code, update.stderr).toBe(0);
  await commitAll(workspace, "notes: pin the new revision, accept its snapshot");
  return base;
}

/**
 * Registers an afterEach that closes the test's REST double and fails the test when the
 * double saw a request GitHub's API description does not allow. Returns the starter.
 */
export function doublePerTest(): (options: DoubleOptions) => Promise<GitHubDouble> {
  let current: GitHubDouble | undefined;
  afterEach(async () => {
    const violations = current?.violations ?? [];
    await current?.close();
    current = undefined;
    expect(violations).toEqual([]);
  });
  return async (options) => (current = await GitHubDouble.start(options));
}

/** The sticky comment's marker for the demo's config (the key is the config path from the repository root). */
export const COMMENT_MARKER = "<!-- mcp-drift:comment key=mcp-drift.yml -->";

/** The demo workspace, a double serving its repository, and the step run on a pull request's event. */
export async function demoOnPullRequests(startDouble: (options: DoubleOptions) => Promise<GitHubDouble>) {
  const workspace = await demoWorkspace();
  const double = await startDouble(await repositoryOf(workspace));
  const runOn = (pullRequest: number, inputs: Record<string, string> = {}) =>
    runAction({ workspace, double, inputs, eventName: "pull_request", event: pullRequestEvent(pullRequest) });
  return { workspace, double, runOn };
}
