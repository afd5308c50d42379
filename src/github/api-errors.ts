/**
 * GitHub API failures a maintainer can act on: each names the operation that failed, what it
 * needs (a workflow permission, a repository setting) and where that is changed. client.ts
 * turns every failed request into one of these, so no octokit stack trace reaches the log.
 */
import { RequestError } from "octokit";
import { UserError } from "../model.js";

const WORKFLOW_PERMISSIONS = "the workflow's or job's `permissions:` block";
const ACTIONS_SETTINGS = "Settings → Actions → General → Workflow permissions";

interface OperationNeeds {
  /** What mcp-drift was doing, e.g. `create the baseline-update pull request`. */
  doing: string;
  /** The `permissions:` entry the token needs. */
  permission: string;
  /** A repository setting it also needs, with where to change it. */
  setting?: string;
}

/** By method and route template, as octokit passes them to its hooks. */
const OPERATIONS: Record<string, OperationNeeds> = {
  "GET /repos/{owner}/{repo}": { doing: "read the repository", permission: "contents: read" },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
    doing: "list the pull request's comments",
    permission: "pull-requests: read",
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": { doing: "post a comment", permission: "pull-requests: write" },
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": { doing: "update the comment", permission: "pull-requests: write" },
  "GET /repos/{owner}/{repo}/contents/{path}": { doing: "read the base commit's files", permission: "contents: read" },
  "GET /repos/{owner}/{repo}/git/ref/{ref}": { doing: "read a branch", permission: "contents: read" },
  "GET /repos/{owner}/{repo}/git/commits/{commit_sha}": { doing: "read a commit", permission: "contents: read" },
  "POST /repos/{owner}/{repo}/git/blobs": { doing: "store the new snapshots", permission: "contents: write" },
  "POST /repos/{owner}/{repo}/git/trees": { doing: "store the new snapshots", permission: "contents: write" },
  "POST /repos/{owner}/{repo}/git/commits": { doing: "commit the new snapshots", permission: "contents: write" },
  "POST /repos/{owner}/{repo}/git/refs": { doing: "create the baseline-update branch", permission: "contents: write" },
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}": { doing: "move the baseline-update branch", permission: "contents: write" },
  "GET /repos/{owner}/{repo}/pulls": { doing: "look for the open baseline-update pull request", permission: "pull-requests: read" },
  "POST /repos/{owner}/{repo}/pulls": {
    doing: "create the baseline-update pull request",
    permission: "pull-requests: write",
    setting: `"Allow GitHub Actions to create and approve pull requests" (${ACTIONS_SETTINGS}; for an organisation, its own Settings → Actions → General first)`,
  },
  "PATCH /repos/{owner}/{repo}/pulls/{pull_number}": {
    doing: "update the baseline-update pull request",
    permission: "pull-requests: write",
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": { doing: "label the pull request", permission: "pull-requests: write" },
  "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers": {
    doing: "request reviewers",
    permission: "pull-requests: write",
  },
};

/** A failed GitHub API request, explained. */
export class GitHubApiError extends UserError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "GitHubApiError";
  }
}

/** The request that failed, as octokit's error hook sees it. */
export interface FailedRequest {
  method: string;
  url: string;
}

/** `error` as a GitHubApiError that says what failed and how to fix it; other errors unchanged. */
export function explainApiFailure(error: unknown, request: FailedRequest): unknown {
  if (!(error instanceof RequestError)) return error;
  const needs = OPERATIONS[`${request.method.toUpperCase()} ${request.url}`] ?? {
    doing: `call ${request.method.toUpperCase()} ${request.url}`,
    permission: "the permission GitHub's REST documentation lists for it",
  };
  const said = githubMessage(error);
  const failed = `GitHub API: could not ${needs.doing} (HTTP ${error.status}${said ? `: ${said}` : ""})`;
  return new GitHubApiError(`${failed}. ${advice(error, needs)}`, error.status);
}

function advice(error: RequestError, needs: OperationNeeds): string {
  const grant = `The github-token needs \`${needs.permission}\` (in ${WORKFLOW_PERMISSIONS}, or the default in ${ACTIONS_SETTINGS})`;
  const setting = needs.setting ? ` and the repository setting ${needs.setting}` : "";
  const rateLimited = error.response?.headers["x-ratelimit-remaining"] === "0" || error.status === 429;
  if (rateLimited) return "The token's API rate limit is used up; run the job again later, or give it a token with a larger limit.";
  switch (error.status) {
    case 401:
      return "The github-token was refused: it is invalid or expired. Pass a valid token in the github-token input.";
    case 403:
      return `${grant}${setting}. A pull request from a fork gets a read-only token whatever the workflow asks for.`;
    case 404:
      return `GitHub answers 404 when the token cannot see the repository or the item: ${grant.charAt(0).toLowerCase()}${grant.slice(1)}${setting}, and a fine-grained token must include this repository.`;
    case 422:
      return "GitHub refused the request's content; its message above says why.";
    default:
      return error.status >= 500 ? "GitHub had an error; run the job again." : `${grant}${setting}.`;
  }
}

/** GitHub's own one-line message from the error body, without the documentation link. */
function githubMessage(error: RequestError): string {
  const data = error.response?.data as { message?: unknown; errors?: { message?: unknown }[] } | undefined;
  const details = (data?.errors ?? []).map((e) => e?.message).filter((m): m is string => typeof m === "string");
  const message = typeof data?.message === "string" ? data.message : "";
  return [message, ...details]
    .filter((part) => part !== "")
    .join("; ")
    .replace(/\s+/g, " ")
    .slice(0, 300);
}
