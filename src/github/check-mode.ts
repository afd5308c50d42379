/**
 * check mode, on pull requests: the report as one sticky comment per configuration on the
 * pull request, posted or kept current as the comment input says.
 */
import { githubClient } from "./client.js";
import { commentMarker, upsertComment } from "./comment.js";
import { GitHubApiError } from "./api-errors.js";
import type { ActionContext } from "./context.js";
import type { StepLog } from "./step-log.js";
import { BODY_LIMIT, truncateMarkdown } from "./truncate.js";

/**
 * What a reviewer reads in one sitting: the comment keeps every finding from medium up and
 * folds or leaves out the rest past this many bytes, pointing at the job summary, which has
 * everything. GitHub's own limit (BODY_LIMIT) is three times that.
 */
export const COMMENT_BYTES = 20_000;

/** What is posted: the report, under this configuration's key, and whether it has something to say. */
export interface PullRequestComment {
  key: string;
  markdown: string;
  /** Nothing changed and nothing to report: with `comment: auto` such a result posts no first comment. */
  clean: boolean;
}

/**
 * Comment failures never fail the step: the report is in the summary, and the exit code
 * follows policy. `fullReportAt` says where a truncated comment's reader finds the rest.
 */
export async function commentOnPullRequest(
  context: ActionContext,
  comment: PullRequestComment,
  fullReportAt: string,
  log: StepLog,
): Promise<void> {
  const policy = context.inputs.comment;
  if (policy === "never") return;
  const pullRequest = context.pullRequestEvent?.number;
  if (pullRequest === undefined) {
    log.info(`no pull request in the ${context.eventName || "unknown"} event: no comment, the report is in the job summary`);
    return;
  }
  const client = githubClient(context);
  if (client === undefined) {
    log.warning("no github-token or GITHUB_REPOSITORY, so no pull request comment; the report is in the job summary");
    return;
  }
  const room = BODY_LIMIT - commentMarker(comment.key).length - 1;
  const body = truncateMarkdown(comment.markdown, room, fullReportAt);
  const create = policy === "always" || !comment.clean;
  try {
    const outcome = await upsertComment(client.octokit, client.repository, pullRequest, comment.key, body, create);
    log.info(
      outcome.action === "skipped" ? "clean result and no earlier comment: nothing posted" : `comment ${outcome.action}: ${outcome.url}`,
    );
  } catch (error) {
    const reason =
      error instanceof GitHubApiError && (error.status === 403 || error.status === 404)
        ? `the token cannot write to this pull request (a pull request from a fork, or no pull-requests: write permission). ${error.message}`
        : describe(error);
    log.warning(`could not comment on pull request #${pullRequest}: ${reason}. The report is in the job summary.`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
