/**
 * update-pr mode, on a schedule or workflow_dispatch: one pull request that carries the new
 * snapshots of the servers that drifted, with the report as its body; merging it is the
 * approval. Closed again once every server matches its baseline.
 */
import { posix } from "node:path";
import { UserError, type Report, type Snapshot } from "../model.js";
import { escapeMarkdownInline } from "../report/escape.js";
import { snapshotPath, snapshotText } from "../snapshot/store.js";
import { baselinePrTitle, closeBaselinePr, publishBaseline, type BaselineFile, type BaselineTarget } from "./baseline-pr.js";
import { githubClient } from "./client.js";
import { repositoryPath, type ActionContext } from "./context.js";
import type { StepLog } from "./step-log.js";
import { BODY_LIMIT, truncateMarkdown } from "./truncate.js";

/** The new snapshot of each server in `changed`, at its path from the repository root. */
export function baselineFiles(
  context: ActionContext,
  snapshots: string,
  changed: readonly string[],
  heads: ReadonlyMap<string, Snapshot>,
): BaselineFile[] {
  return changed.map((id) => ({
    path: repositoryPath(context.workspace, snapshotPath(snapshots, id)),
    content: snapshotText(heads.get(id)!),
  }));
}

/**
 * Opens or updates the baseline pull request for `files` (the changed snapshots), or closes
 * the open one when there are none; the open pull request's URL, if any.
 */
export async function updateBaselinePr(
  context: ActionContext,
  report: Report,
  files: BaselineFile[],
  markdown: string,
  fullReportAt: string,
  target: BaselineTarget,
  log: StepLog,
): Promise<string | undefined> {
  const client = githubClient(context);
  if (client === undefined) throw new UserError("mode update-pr needs the github-token input and GITHUB_REPOSITORY");

  if (files.length === 0) {
    if (report.summary.error > 0) {
      log.info("no baseline changed, but a server could not be scanned: an open baseline pull request is left as it is");
      return undefined;
    }
    const run = context.runUrl ? ` (${context.runUrl})` : "";
    const why = `Every server matches its committed baseline again${run}, so this baseline update is no longer needed. Closed by mcp-drift.`;
    const closed = await closeBaselinePr(client.octokit, client.repository, target.branch, why);
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
  const outcome = await publishBaseline(client.octokit, client.repository, files, { title, body }, message, target);
  const committed = outcome.committed ? `, new commit on ${target.branch}` : "";
  log.info(`baseline pull request ${outcome.pullRequest}${committed}: ${outcome.url}`);
  return outcome.url;
}
