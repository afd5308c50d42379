/**
 * check mode, on pull requests: the report as one sticky comment on the pull request, posted
 * or kept current as the comment input says.
 */
import { RequestError } from "octokit";
import type { Report } from "../model.js";
import { githubClient } from "./client.js";
import { COMMENT_MARKER, upsertComment } from "./comment.js";
import type { ActionContext } from "./context.js";
import type { StepLog } from "./step-log.js";
import { BODY_LIMIT, truncateMarkdown } from "./truncate.js";

/**
 * Comment failures never fail the step: the report is in the summary, and the exit code
 * follows policy. `fullReportAt` says where a truncated comment's reader finds the rest.
 */
export async function commentOnPullRequest(
  context: ActionContext,
  report: Report,
  markdown: string,
  fullReportAt: string,
  log: StepLog,
): Promise<void> {
  const policy = context.inputs.comment;
  if (policy === "never") return;
  if (context.pullRequest === undefined) {
    log.info(`no pull request in the ${context.eventName || "unknown"} event: no comment, the report is in the job summary`);
    return;
  }
  const client = githubClient(context);
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

/** Nothing changed and nothing to report: with `comment: auto` such a result posts no first comment. */
function isClean(report: Report): boolean {
  return (
    report.exitCode === 0 &&
    report.servers.every((server) => server.status === "unchanged" && server.findings.every((finding) => finding.ignored))
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
