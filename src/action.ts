/**
 * The GitHub Action: a thin face over `scan()` and `review()`, like cli.ts, and run in-process
 * like it. `runAction` scans, writes the JSON report, the job summary and the outputs, then
 * acts by mode — `check`: on a pull request whose event names its base commit, the review of
 * what the pull request changes and of whether its baselines are true (review.ts), else the
 * plain scan; either as the configuration's sticky comment (github/check-mode.ts), with
 * annotations on the lines; `update-pr`: the configuration's baseline-update pull request
 * (github/update-pr-mode.ts) — and returns the exit code (0 pass, 1 findings, 2 untrusted).
 * action-main.ts runs it as the runner's step.
 */
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { DEFAULT_CONFIG_FILES } from "./config/index.js";
import { failureMessage } from "./failure.js";
import { gitBaseTree } from "./git-base.js";
import { annotateFailure, annotateReview } from "./github/annotations.js";
import { baselineBranch } from "./github/baseline-pr.js";
import { contentsBaseTree } from "./github/base-contents.js";
import { COMMENT_BYTES, commentOnPullRequest } from "./github/check-mode.js";
import { githubClient } from "./github/client.js";
import { readContext, repositoryPath, type ActionContext, type PullRequestEvent } from "./github/context.js";
import { writeOutputs } from "./github/outputs.js";
import { stepLog, type StepLog } from "./github/step-log.js";
import { writeSummary } from "./github/summary.js";
import { baselineFiles, updateBaselinePr } from "./github/update-pr-mode.js";
import { UserError, type Config, type ExitCode, type Report } from "./model.js";
import { packageVersion } from "./package-version.js";
import { baselineArtifacts, renderJson, renderMarkdown, renderSarif } from "./report/index.js";
import { renderReviewMarkdown } from "./report/review.js";
import { plural } from "./report/wording.js";
import { review, type BaseTree } from "./review.js";
import { merge, type ShardFile } from "./merge.js";
import { scan, type ScanResult } from "./scan.js";
import { parseShard, renderShardReport, scanShard, shardFileName } from "./shard.js";
import { loadScanConfig } from "./scan-config.js";
import { redactJson, scannerSecrets, secretRedactor } from "./secrets.js";
import { escapeRegExp } from "./escape-regexp.js";

export interface ActionIO {
  /** The step's log, where the runner also reads workflow commands. */
  stdout: (text: string) => void;
  /** The folder the step runs in: the workspace when GITHUB_WORKSPACE is not set. */
  cwd: string;
  /** False for runs against a local double of the API: no write spacing (see ActionContext.throttle). */
  throttle?: boolean;
}

type Outputs = {
  "exit-code": string;
  "changed-servers": string;
  findings: string;
  "report-json": string;
  "sarif-file": string;
  "pull-request-url": string;
};

/** One run of the Action on the runner's variables (`INPUT_*`, `GITHUB_*`, `RUNNER_TEMP`); never throws. */
export async function runAction(env: NodeJS.ProcessEnv, io: ActionIO): Promise<ExitCode> {
  const outputs: Outputs = {
    "exit-code": "2",
    "changed-servers": "",
    findings: "0",
    "report-json": "",
    "sarif-file": "",
    "pull-request-url": "",
  };
  let context: ActionContext | undefined;
  let exitCode: ExitCode = 2;
  // Until the config is loaded, the secrets the step's own environment shows, inputs included;
  // then the run's whole list, which adds every server's.
  let redact = secretRedactor(scannerSecrets(env));
  try {
    context = await readContext(env, io.cwd);
    if (io.throttle === false) context = { ...context, throttle: false };
    const config = await loadScanConfig({
      file: context.inputs.config,
      folder: context.inputs.workingDirectory,
      howToNameOne: "set the config input",
      env,
      secrets: context.secrets,
      failOn: context.inputs.failOn,
    });
    redact = secretRedactor(config.secrets);
    exitCode = await act(context, config, env, outputs, stepLog(redact, io.stdout));
  } catch (error) {
    // A config error lands on its file and line; the path is shown from the repository root.
    const workspace = context?.workspace ?? io.cwd;
    const inRepository = (file: string) => {
      try {
        return repositoryPath(workspace, file);
      } catch {
        return undefined;
      }
    };
    annotateFailure(failureMessage(error), error, inRepository, stepLog(redact, io.stdout));
    exitCode = 2;
  }
  outputs["exit-code"] = String(exitCode);
  await writeOutputs(context?.outputFile ?? env.GITHUB_OUTPUT, redactJson(outputs, redact));
  return exitCode;
}

/** What tells this configuration's comment and branch from another step's: the name input, else the config's path. */
function configurationKey(context: ActionContext, config: Config): { key: string; isDefault: boolean } {
  let path: string;
  try {
    path = repositoryPath(context.workspace, config.file);
  } catch {
    // A config outside the checkout has no repository path; its absolute path still tells it apart.
    path = config.file;
  }
  const key = context.inputs.name ?? path;
  return { key, isDefault: context.inputs.name === undefined && (DEFAULT_CONFIG_FILES as readonly string[]).includes(path) };
}

async function act(context: ActionContext, config: Config, env: NodeJS.ProcessEnv, outputs: Outputs, log: StepLog): Promise<ExitCode> {
  const { inputs } = context;
  if (inputs.shard !== undefined) {
    if (inputs.merge.length > 0)
      throw new UserError("inputs shard and merge: a step is a matrix job (shard) or the merge job (merge), not both");
    return writeShardReport(context, config, env, outputs, log);
  }
  // The merge job: the matrix's shard reports judged as the one live scan the single job would have made.
  const merged = inputs.merge.length > 0 ? await mergeShards(context, config, log) : undefined;
  const pull = context.pullRequestEvent;
  if (inputs.mode === "check" && pull?.base !== undefined) return reviewPullRequest(context, config, env, pull, outputs, log, merged);
  if (inputs.mode === "check" && pull !== undefined) {
    log.info("the pull_request event names no base commit, so only the committed baselines are checked against the live servers");
  }
  // scan() redacts the report as a whole: everything below renders only it and the snapshots.
  const { report, heads, isolationNotice } = merged ?? (await scan(config, { serverIds: inputs.servers, env }));
  if (isolationNotice) log.warning(isolationNotice);

  const changed = await writeReport(context, report, outputs);
  if (inputs.sarifFile !== undefined) {
    const artifactFor = baselineArtifacts(repositoryPath(context.workspace, config.snapshots), heads);
    await mkdir(dirname(inputs.sarifFile), { recursive: true });
    await writeFile(inputs.sarifFile, renderSarif(report, { toolVersion: await packageVersion(), artifactFor }));
    outputs["sarif-file"] = inputs.sarifFile;
  }
  for (const server of report.servers) {
    log.info(`${server.id}: ${server.status}, ${plural(server.changes.length, "change")}, ${plural(server.findings.length, "finding")}`);
  }
  log.info(`${plural(report.summary.failing, "finding")} at or above fail-on ${report.failOn}; exit code ${report.exitCode}`);

  const markdown = renderMarkdown(report);
  const fullReportAt = await writeJobSummary(context, markdown);
  const { key, isDefault } = configurationKey(context, config);
  if (inputs.mode === "check") {
    const comment = renderMarkdown(report, { maxBytes: COMMENT_BYTES, fullReportAt });
    await commentOnPullRequest(context, { key, markdown: comment, clean: isClean(report) }, fullReportAt, log);
  } else {
    const files = baselineFiles(context, config.snapshots, changed, heads);
    const target = { branch: inputs.branch ?? baselineBranch(key, isDefault), labels: inputs.labels, reviewers: inputs.reviewers };
    const url = await updateBaselinePr(context, report, files, markdown, fullReportAt, target, log);
    outputs["pull-request-url"] = url ?? "";
  }
  return report.exitCode;
}

/**
 * A matrix job (`shard: K/N`): the collecting half of the scan for shard K's servers, written
 * as the shard report the merge job judges (report-json names it, for actions/upload-artifact).
 * It posts nothing and gives no verdict: its servers' findings depend on the other shards'.
 */
async function writeShardReport(
  context: ActionContext,
  config: Config,
  env: NodeJS.ProcessEnv,
  outputs: Outputs,
  log: StepLog,
): Promise<ExitCode> {
  const shard = parseShard(context.inputs.shard!, "input shard");
  const { report } = await scanShard(config, shard, { serverIds: context.inputs.servers, env, version: await packageVersion() });
  if (report.isolationNotice) log.warning(report.isolationNotice);
  const file = join(await mkdtemp(join(context.tempDir, "mcp-drift-")), shardFileName(shard));
  // Written line by line: a shard's catalogs together may be longer than one string can be.
  await writeFile(file, renderShardReport(report, secretRedactor(config.secrets)));
  outputs["report-json"] = file;
  const ids = report.servers.map((s) => s.id);
  log.info(
    `shard ${shard.index}/${shard.count}: ${plural(ids.length, "server")} of ${report.run.servers.length}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}`,
  );
  log.info(`shard report ${file}: upload it for the merge job, which judges all ${shard.count} shards as one run`);
  return 0;
}

/** The merge input's files: each entry a file, or a pattern with `*` in its last segment, relative to working-directory. */
async function mergeShards(context: ActionContext, config: Config, log: StepLog) {
  const { workingDirectory } = context.inputs;
  const files: ShardFile[] = [];
  for (const pattern of context.inputs.merge) {
    const path = resolve(workingDirectory, pattern);
    const name = basename(path);
    if (!name.includes("*")) {
      files.push({ name: pattern, path });
      continue;
    }
    const matcher = new RegExp(`^${name.split("*").map(escapeRegExp).join("[^/]*")}$`);
    const entries = await readdir(dirname(path)).catch(() => []);
    const matches = entries.filter((entry) => matcher.test(entry)).sort();
    if (matches.length === 0)
      throw new UserError(`input merge: ${pattern} matches no file (did the merge job download the shards' artifacts there?)`);
    for (const entry of matches)
      files.push({ name: relative(workingDirectory, join(dirname(path), entry)), path: join(dirname(path), entry) });
  }
  log.info(`merging ${plural(files.length, "shard report")}: ${files.map((f) => f.name).join(", ")}`);
  return merge(files, config, { version: await packageVersion() });
}

/** Writes the JSON report and sets the outputs that describe it; the ids of the changed and new servers. */
async function writeReport(context: ActionContext, report: Report, outputs: Outputs): Promise<string[]> {
  const reportJson = join(await mkdtemp(join(context.tempDir, "mcp-drift-")), "report.json");
  await writeFile(reportJson, renderJson(report));
  const changed = report.servers.filter((s) => s.status === "changed" || s.status === "new").map((s) => s.id);
  Object.assign(outputs, {
    "changed-servers": changed.join(","),
    findings: String(report.summary.failing),
    "report-json": reportJson,
  });
  return changed;
}

/** Writes `markdown` as the job summary; where a shortened comment's reader finds the full report. */
async function writeJobSummary(context: ActionContext, markdown: string): Promise<string> {
  const run = context.runUrl ? ` (${context.runUrl})` : "";
  await writeSummary(context.summaryFile, markdown, `the JSON report of the workflow run${run}, the report-json output`);
  return `the job summary and the JSON report of the workflow run${run}`;
}

/** Nothing changed and nothing to report: with `comment: auto` such a result posts no first comment. */
function isClean(report: Report): boolean {
  return (
    report.exitCode === 0 &&
    report.servers.every((server) => server.status === "unchanged" && server.findings.every((finding) => finding.ignored))
  );
}

/**
 * check mode on a pull request: the review's two questions in one comment, summary and set of
 * annotations. The base commit's files come from the checkout when it has that commit
 * (fetch-depth: 0 or 2), else from the contents API.
 */
async function reviewPullRequest(
  context: ActionContext,
  config: Config,
  env: NodeJS.ProcessEnv,
  pull: PullRequestEvent,
  outputs: Outputs,
  log: StepLog,
  merged?: ScanResult,
): Promise<ExitCode> {
  const { inputs } = context;
  const base = await baseTree(context, pull, env, log);
  const approvedBy = pull.labels.includes(inputs.approveLabel) ? inputs.approveLabel : undefined;
  const result = await review(config, {
    base,
    root: context.workspace,
    live: true,
    serverIds: inputs.servers,
    env,
    approvedBy,
    ...(merged ? { liveScan: merged } : {}),
  });
  if (result.scan?.isolationNotice) log.warning(result.scan.isolationNotice);
  const { changes, stale } = result.review;

  await writeReport(context, changes, outputs);
  const snapshotPathOf = (id: string) => repositoryPath(context.workspace, join(config.snapshots, `${id}.json`));
  if (inputs.sarifFile !== undefined) {
    // The findings of what the pull request changes sit on the lines of the committed snapshots.
    const artifactFor = (id: string) => ({ path: snapshotPathOf(id), text: result.headTexts.get(id) });
    await mkdir(dirname(inputs.sarifFile), { recursive: true });
    await writeFile(inputs.sarifFile, renderSarif(changes, { toolVersion: await packageVersion(), artifactFor }));
    outputs["sarif-file"] = inputs.sarifFile;
  }
  for (const server of changes.servers) {
    log.info(
      `${server.id}: ${server.status} in this pull request, ${plural(server.changes.length, "change")}, ${plural(server.findings.length, "finding")}`,
    );
  }
  if (approvedBy) log.info(`the label ${approvedBy} approves this pull request's findings: listed, not failing`);
  if (stale) log.info(`stale baselines: ${stale.servers.join(", ")}; to fix: ${stale.command}`);
  annotateReview(result.review, snapshotPathOf, result.headTexts, log);
  log.info(`exit code ${result.review.exitCode}`);

  const fullReportAt = await writeJobSummary(context, renderReviewMarkdown(result.review));
  const { key } = configurationKey(context, config);
  const clean =
    result.review.exitCode === 0 &&
    stale === undefined &&
    result.review.configChanges.length === 0 &&
    result.review.removedServers.length === 0 &&
    isClean(changes);
  const comment = renderReviewMarkdown(result.review, { maxBytes: COMMENT_BYTES, fullReportAt });
  await commentOnPullRequest(context, { key, markdown: comment, clean }, fullReportAt, log);
  return result.review.exitCode;
}

async function baseTree(context: ActionContext, pull: PullRequestEvent, env: NodeJS.ProcessEnv, log: StepLog): Promise<BaseTree> {
  const { sha, ref } = pull.base!;
  const fromGit = await gitBaseTree(context.workspace, sha, env);
  if (fromGit !== undefined) return fromGit;
  const client = githubClient(context);
  if (client === undefined) {
    throw new UserError(
      `the checkout does not have the pull request's base commit ${sha.slice(0, 7)} and there is no github-token to read it through the API: ` +
        "check out with fetch-depth: 0 (actions/checkout), or pass github-token",
    );
  }
  log.info(`the checkout does not have the base commit ${sha.slice(0, 7)} (fetch-depth: 0 would); reading it through the contents API`);
  return contentsBaseTree(client, sha, `${ref} (${sha.slice(0, 7)})`);
}
