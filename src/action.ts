/**
 * The GitHub Action entry (bundled into dist/index.js): a thin face over `scan()`, like
 * cli.ts. It scans, writes the JSON report, the job summary and the outputs, then acts by
 * mode — `check`: the sticky pull request comment; `update-pr`: the baseline-update pull
 * request — and exits with the report's exit code (0 pass, 1 findings, 2 untrusted).
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import { Octokit, RequestError } from "octokit";
import { DEFAULT_CONFIG_FILES, findConfigFile, loadConfig } from "./config/index.js";
import { UserError, type Config, type ExitCode, type Report } from "./model.js";
import { escapeMarkdownInline, escapeTerminal } from "./report/escape.js";
import { baselineArtifacts, renderJson, renderMarkdown, renderSarif } from "./report/index.js";
import { plural } from "./report/wording.js";
import { RULE_IDS } from "./rules/index.js";
import { scan } from "./scan.js";
import { redactJson, scannerSecrets, secretRedactor, type Redact } from "./secrets.js";
import { snapshotPath, snapshotText } from "./snapshot/store.js";
import { BASELINE_BRANCH, baselinePrTitle, closeBaselinePr, publishBaseline, type BaselineFile } from "./github/baseline-pr.js";
import { COMMENT_MARKER, upsertComment } from "./github/comment.js";
import { readContext, repositoryPath, type ActionContext, type Repository } from "./github/context.js";
import { annotation, writeOutputs } from "./github/outputs.js";
import { writeSummary } from "./github/summary.js";
import { BODY_LIMIT, truncateMarkdown } from "./github/truncate.js";

type Outputs = {
  "exit-code": string;
  "changed-servers": string;
  findings: string;
  "report-json": string;
  "sarif-file": string;
  "pull-request-url": string;
};

/**
 * The step's log: plain lines and annotations, redacted, escaped and prefixed, so nothing a
 * server wrote can show a secret or act as a workflow command.
 */
interface StepLog {
  info(text: string): void;
  warning(text: string): void;
  error(text: string): void;
}

function stepLog(redact: Redact): StepLog {
  const line = (text: string) => `mcp-drift: ${escapeTerminal(redact(text))}`;
  return {
    info: (text) => process.stdout.write(`${line(text)}\n`),
    warning: (text) => process.stdout.write(annotation("warning", line(text))),
    error: (text) => process.stdout.write(annotation("error", line(text))),
  };
}

async function runAction(env: NodeJS.ProcessEnv): Promise<ExitCode> {
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
    context = await readContext(env);
    const config = await loadActionConfig(context, env);
    redact = secretRedactor(config.secrets);
    exitCode = await act(context, config, env, outputs, stepLog(redact));
  } catch (error) {
    const message = error instanceof UserError ? error.message : String((error as Error)?.stack ?? error);
    stepLog(redact).error(message);
    exitCode = 2;
  }
  outputs["exit-code"] = String(exitCode);
  await writeOutputs(context?.outputFile ?? env.GITHUB_OUTPUT, redactJson(outputs, redact));
  return exitCode;
}

/** The config with the fail-on input applied; the secret inputs join the run's secrets. */
async function loadActionConfig(context: ActionContext, env: NodeJS.ProcessEnv): Promise<Config> {
  const { inputs } = context;
  const file = inputs.config ?? (await findConfig(inputs.workingDirectory));
  const loaded = await loadConfig(file, { env, knownRules: RULE_IDS, secrets: context.secrets });
  return { ...loaded, failOn: inputs.failOn ?? loaded.failOn };
}

async function act(context: ActionContext, config: Config, env: NodeJS.ProcessEnv, outputs: Outputs, log: StepLog): Promise<ExitCode> {
  const { inputs } = context;
  // scan() redacts the report as a whole: everything below renders only it and the snapshots.
  const { report, heads, isolationNotice } = await scan(config, { serverIds: inputs.servers, env });
  if (isolationNotice) log.warning(isolationNotice);

  const reportJson = join(await mkdtemp(join(context.tempDir, "mcp-drift-")), "report.json");
  await writeFile(reportJson, renderJson(report));
  const changed = report.servers.filter((s) => s.status === "changed" || s.status === "new").map((s) => s.id);
  Object.assign(outputs, {
    "changed-servers": changed.join(","),
    findings: String(report.summary.failing),
    "report-json": reportJson,
  });
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
  const run = context.runUrl ? ` (${context.runUrl})` : "";
  await writeSummary(context.summaryFile, markdown, `the JSON report of the workflow run${run}, the report-json output`);
  const fullReportAt = `the job summary and the JSON report of the workflow run${run}`;
  if (inputs.mode === "check") {
    await comment(context, report, markdown, fullReportAt, log);
  } else {
    const baseline = changed.map((id) => ({
      path: repositoryPath(context.workspace, snapshotPath(config.snapshots, id)),
      content: snapshotText(heads.get(id)!),
    }));
    const url = await updateBaselinePr(context, report, baseline, markdown, fullReportAt, log);
    outputs["pull-request-url"] = url ?? "";
  }
  return report.exitCode;
}

async function findConfig(folder: string): Promise<string> {
  const file = await findConfigFile(folder);
  if (file === undefined) throw new UserError(`no ${DEFAULT_CONFIG_FILES.join(" or ")} in ${folder}; set the config input`);
  return file;
}

function github(context: ActionContext): { octokit: Octokit; repository: Repository } | undefined {
  if (context.inputs.githubToken === undefined || context.repository === undefined) return undefined;
  const octokit = new Octokit({ auth: context.inputs.githubToken, baseUrl: context.apiUrl, userAgent: "mcp-drift-action" });
  return { octokit, repository: context.repository };
}

/** Nothing changed and nothing to report: with `comment: auto` such a result posts no first comment. */
function isClean(report: Report): boolean {
  return (
    report.exitCode === 0 &&
    report.servers.every((server) => server.status === "unchanged" && server.findings.every((finding) => finding.ignored))
  );
}

/** Comment failures never fail the step: the report is in the summary, and the exit code follows policy. */
async function comment(context: ActionContext, report: Report, markdown: string, fullReportAt: string, log: StepLog): Promise<void> {
  const policy = context.inputs.comment;
  if (policy === "never") return;
  if (context.pullRequest === undefined) {
    log.info(`no pull request in the ${context.eventName || "unknown"} event: no comment, the report is in the job summary`);
    return;
  }
  const client = github(context);
  if (client === undefined) {
    log.warning("no github-token or GITHUB_REPOSITORY, so no pull request comment; the report is in the job summary");
    return;
  }
  const body = truncateMarkdown(`${COMMENT_MARKER}\n${markdown}`, BODY_LIMIT, fullReportAt);
  const create = policy === "always" || !isClean(report);
  try {
    const outcome = await upsertComment(client.octokit, client.repository, context.pullRequest, body, create);
    log.info(
      outcome.action === "skipped" ? "clean result and no earlier comment: nothing posted" : `comment ${outcome.action}: ${outcome.url}`,
    );
  } catch (error) {
    const reason =
      error instanceof RequestError && (error.status === 403 || error.status === 404)
        ? "the token cannot write to this pull request (a pull request from a fork, or no pull-requests: write permission)"
        : describe(error);
    log.warning(`could not comment on pull request #${context.pullRequest}: ${reason}. The report is in the job summary.`);
  }
}

/**
 * Opens or updates the baseline pull request for `files` (the changed snapshots), or closes
 * the open one when there are none; the open pull request's URL, if any.
 */
async function updateBaselinePr(
  context: ActionContext,
  report: Report,
  files: BaselineFile[],
  markdown: string,
  fullReportAt: string,
  log: StepLog,
): Promise<string | undefined> {
  const client = github(context);
  if (client === undefined) throw new UserError("mode update-pr needs the github-token input and GITHUB_REPOSITORY");

  if (files.length === 0) {
    if (report.summary.error > 0) {
      log.info("no baseline changed, but a server could not be scanned: an open baseline pull request is left as it is");
      return undefined;
    }
    const run = context.runUrl ? ` (${context.runUrl})` : "";
    const why = `Every server matches its committed baseline again${run}, so this baseline update is no longer needed. Closed by mcp-drift.`;
    const closed = await closeBaselinePr(client.octokit, client.repository, why);
    log.info(closed ? `no drift: closed ${closed}` : "no drift: no baseline pull request to open or close");
    return undefined;
  }

  // A snapshot file is named after its server.
  const title = baselinePrTitle(files.map((file) => posix.basename(file.path, ".json")));
  const paths = files.map((file) => `<code>${escapeMarkdownInline(file.path)}</code>`).join(", ");
  const intro =
    `These servers' catalogs differ from their committed baselines. This pull request updates ${paths}; ` +
    "merging it accepts the catalogs below as the new baselines, so review the findings first.";
  const body = truncateMarkdown(`${intro}\n\n${markdown}`, BODY_LIMIT, fullReportAt);
  const message = `${title}\n\n${files.map((file) => file.path).join("\n")}\n`;
  const outcome = await publishBaseline(client.octokit, client.repository, files, { title, body }, message);
  const committed = outcome.committed ? `, new commit on ${BASELINE_BRANCH}` : "";
  log.info(`baseline pull request ${outcome.pullRequest}${committed}: ${outcome.url}`);
  return outcome.url;
}

/** package.json sits one folder above both src/action.ts and the bundled dist/index.js. */
async function packageVersion(): Promise<string> {
  try {
    return (JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// A cancelled job gets SIGINT, then SIGTERM. Node runs no "exit" hooks when a signal ends it;
// exiting on purpose lets the stdio transport's hook end every server it started.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

const code = await runAction(process.env);
// Exit once output is flushed: a misbehaving server library must not keep the step alive.
process.stdout.write("", () => process.exit(code));
