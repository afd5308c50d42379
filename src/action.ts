/**
 * The GitHub Action: a thin face over `scan()`, like cli.ts, and run in-process like it.
 * `runAction` scans, writes the JSON report, the job summary and the outputs, then acts by
 * mode — `check`: the sticky pull request comment (github/check-mode.ts); `update-pr`: the
 * baseline-update pull request (github/update-pr-mode.ts) — and returns the report's exit
 * code (0 pass, 1 findings, 2 untrusted). action-main.ts runs it as the runner's step.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { failureMessage } from "./failure.js";
import { commentOnPullRequest } from "./github/check-mode.js";
import { readContext, repositoryPath, type ActionContext } from "./github/context.js";
import { writeOutputs } from "./github/outputs.js";
import { stepLog, type StepLog } from "./github/step-log.js";
import { writeSummary } from "./github/summary.js";
import { baselineFiles, updateBaselinePr } from "./github/update-pr-mode.js";
import type { Config, ExitCode } from "./model.js";
import { packageVersion } from "./package-version.js";
import { baselineArtifacts, renderJson, renderMarkdown, renderSarif } from "./report/index.js";
import { plural } from "./report/wording.js";
import { scan } from "./scan.js";
import { loadScanConfig } from "./scan-config.js";
import { redactJson, scannerSecrets, secretRedactor } from "./secrets.js";

export interface ActionIO {
  /** The step's log, where the runner also reads workflow commands. */
  stdout: (text: string) => void;
  /** The folder the step runs in: the workspace when GITHUB_WORKSPACE is not set. */
  cwd: string;
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
    stepLog(redact, io.stdout).error(failureMessage(error));
    exitCode = 2;
  }
  outputs["exit-code"] = String(exitCode);
  await writeOutputs(context?.outputFile ?? env.GITHUB_OUTPUT, redactJson(outputs, redact));
  return exitCode;
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
    await commentOnPullRequest(context, report, markdown, fullReportAt, log);
  } else {
    const files = baselineFiles(context, config.snapshots, changed, heads);
    const url = await updateBaselinePr(context, report, files, markdown, fullReportAt, log);
    outputs["pull-request-url"] = url ?? "";
  }
  return report.exitCode;
}
