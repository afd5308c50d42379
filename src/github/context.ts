/**
 * Everything the runner tells the Action: inputs (`INPUT_<NAME>`), the GITHUB_* variables
 * and the event payload. Read once, validated, then passed around as plain data.
 */
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, resolve } from "node:path";
import { artifactPath } from "../report/sarif.js";
import { SEVERITIES, UserError, isJsonObject, type FailOn, type Json } from "../model.js";

/** The inputs action.yml declares; a test keeps the two in step. */
export const INPUT_NAMES = [
  "config",
  "name",
  "servers",
  "fail-on",
  "mode",
  "comment",
  "approve-label",
  "sarif-file",
  "github-token",
  "working-directory",
  "branch",
  "labels",
  "reviewers",
  "shard",
  "merge",
] as const;
type InputName = (typeof INPUT_NAMES)[number];

const MODES = ["check", "update-pr"] as const;
type Mode = (typeof MODES)[number];
const COMMENT_POLICIES = ["auto", "always", "never"] as const;
type CommentPolicy = (typeof COMMENT_POLICIES)[number];

export interface ActionInputs {
  /** Absolute path of the config file, or undefined to look for the default names. */
  config?: string;
  /** What tells this configuration's comment and baseline branch from another step's; the config path when unset. */
  name?: string;
  servers: string[];
  failOn?: FailOn;
  mode: Mode;
  comment: CommentPolicy;
  /** The pull request label that approves the findings of what the pull request changes. */
  approveLabel: string;
  /** Absolute path to write SARIF to, when asked for. */
  sarifFile?: string;
  githubToken?: string;
  /** Absolute; config and SARIF paths are relative to it. */
  workingDirectory: string;
  /** update-pr: the baseline-update branch; derived from the configuration's key when unset. */
  branch?: string;
  /** update-pr: labels and reviewers (logins, or `org/team`) for the pull request it opens. */
  labels: string[];
  reviewers: string[];
  /** A matrix job's part, `K/N`: scan only shard K of N and write its shard report. */
  shard?: string;
  /** The merge job: the shard reports to judge as one run, files or `*` patterns relative to workingDirectory. */
  merge: string[];
}

/** The pull request the event is about, as the event payload describes it. */
export interface PullRequestEvent {
  number: number;
  /** The base branch's commit the pull request is compared with, and its branch name. */
  base?: { sha: string; ref: string };
  /** The pull request's labels when the event was sent. */
  labels: string[];
}

/** A type, not an interface, so octokit's request parameters accept it as they are. */
export type Repository = { owner: string; repo: string };

export interface ActionContext {
  inputs: ActionInputs;
  /** The values of inputs that are secrets (the github-token): no output may show them. */
  secrets: string[];
  eventName: string;
  /** The pull request when the event is about one. */
  pullRequestEvent?: PullRequestEvent;
  repository?: Repository;
  apiUrl: string;
  /** Where the workflow run can be seen, for links in comments. */
  runUrl?: string;
  /** The repository root on the runner; snapshot paths in commits are relative to it. */
  workspace: string;
  outputFile?: string;
  summaryFile?: string;
  /** A folder for files that outlive the step but not the job (the JSON report). */
  tempDir: string;
  /**
   * False only for runs against a local double of the API, which has no rate limits: octokit's
   * throttling (writes a second apart, three for those that notify) is then off.
   */
  throttle?: boolean;
}

/**
 * The value of input `name` as the runner passes it: `INPUT_` and the name upper-cased with
 * spaces as underscores and dashes kept (`fail-on` → `INPUT_FAIL-ON`), trimmed.
 */
function getInput(env: NodeJS.ProcessEnv, name: InputName): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** An input restricted to `allowed`; undefined when it is empty (not set). */
function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: InputName, allowed: readonly T[]): T | undefined {
  const value = getInput(env, name);
  if (value === "") return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`input ${name}: expected one of ${allowed.join(", ")}, got "${value}"`);
}

/** Items separated by commas, spaces or newlines. */
function list(value: string): string[] {
  return value.split(/[\s,]+/).filter((item) => item !== "");
}

function optional(value: string): string | undefined {
  return value === "" ? undefined : value;
}

function readInputs(env: NodeJS.ProcessEnv, workspace: string): ActionInputs {
  const workingDirectory = resolve(workspace, getInput(env, "working-directory") || ".");
  const config = optional(getInput(env, "config"));
  const sarifFile = optional(getInput(env, "sarif-file"));
  return {
    config: config === undefined ? undefined : resolve(workingDirectory, config),
    servers: list(getInput(env, "servers")),
    failOn: oneOf<FailOn>(env, "fail-on", [...SEVERITIES, "never"]),
    mode: oneOf(env, "mode", MODES) ?? "check",
    comment: oneOf(env, "comment", COMMENT_POLICIES) ?? "auto",
    approveLabel: getInput(env, "approve-label") || "mcp-drift-approved",
    sarifFile: sarifFile === undefined ? undefined : resolve(workingDirectory, sarifFile),
    githubToken: optional(getInput(env, "github-token")),
    workingDirectory,
    name: optional(getInput(env, "name")),
    branch: optional(getInput(env, "branch")),
    // A label may hold spaces: only commas and newlines separate labels.
    labels: getInput(env, "labels")
      .split(/[,\n]+/)
      .map((label) => label.trim())
      .filter((label) => label !== ""),
    reviewers: list(getInput(env, "reviewers")),
    shard: optional(getInput(env, "shard")),
    merge: list(getInput(env, "merge")),
  };
}

async function readEvent(file: string | undefined): Promise<Json> {
  if (file === undefined || file === "") return {};
  try {
    return JSON.parse(await readFile(file, "utf8")) as Json;
  } catch (error) {
    throw new UserError(`GITHUB_EVENT_PATH ${file}: cannot read the event payload (${String(error)})`, file);
  }
}

function pullRequestOf(event: Json): PullRequestEvent | undefined {
  const pull = isJsonObject(event) ? event.pull_request : undefined;
  if (!isJsonObject(pull) || typeof pull.number !== "number") return undefined;
  const base = isJsonObject(pull.base) ? pull.base : {};
  const labels = Array.isArray(pull.labels) ? pull.labels : [];
  return {
    number: pull.number,
    ...(typeof base.sha === "string" && /^[0-9a-f]{40}$/.test(base.sha)
      ? { base: { sha: base.sha, ref: typeof base.ref === "string" ? base.ref : base.sha.slice(0, 7) } }
      : {}),
    labels: labels.flatMap((label) => (isJsonObject(label) && typeof label.name === "string" ? [label.name] : [])),
  };
}

function parseRepository(value: string | undefined): Repository | undefined {
  const [owner, repo, ...rest] = (value ?? "").split("/");
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/** `cwd` is the folder the step runs in, the workspace when GITHUB_WORKSPACE is not set. */
export async function readContext(env: NodeJS.ProcessEnv, cwd: string): Promise<ActionContext> {
  const workspace = resolve(env.GITHUB_WORKSPACE || cwd);
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const inputs = readInputs(env, workspace);
  const pullRequestEvent = pullRequestOf(await readEvent(env.GITHUB_EVENT_PATH));
  return {
    inputs,
    secrets: inputs.githubToken === undefined ? [] : [inputs.githubToken],
    eventName: env.GITHUB_EVENT_NAME ?? "",
    ...(pullRequestEvent ? { pullRequestEvent } : {}),
    repository,
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    runUrl:
      repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    workspace,
    outputFile: optional(env.GITHUB_OUTPUT ?? ""),
    summaryFile: optional(env.GITHUB_STEP_SUMMARY ?? ""),
    tempDir: env.RUNNER_TEMP || tmpdir(),
  };
}

/**
 * `file` relative to the repository root (the workspace) with `/` separators, as the git data
 * API and SARIF want it; an error when it lies outside.
 */
export function repositoryPath(workspace: string, file: string): string {
  const path = artifactPath(workspace, file);
  if (path === ".." || path.startsWith("../") || isAbsolute(path)) {
    throw new UserError(`${file} is outside the repository (${workspace}); the snapshots folder must be inside GITHUB_WORKSPACE`);
  }
  return path;
}
