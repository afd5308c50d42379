/**
 * The baseline-update pull request of scheduled runs: the new snapshots committed on one
 * branch through the git data API (no checkout, no git binary), and one pull request for it
 * that is opened, kept current, or closed once the drift is gone.
 */
import type { Octokit } from "octokit";
import { GitHubApiError } from "./api-errors.js";
import type { Repository } from "./context.js";

/** The default configuration's branch: the name every earlier version used, so existing users keep theirs. */
export const BASELINE_BRANCH = "mcp-drift/baseline-update";

/**
 * The baseline-update branch of the configuration `key` (the name input or the config path).
 * Other configurations get a sibling, `mcp-drift/baseline-update-<key>`, never a child: git
 * cannot hold both `a/b` and `a/b/c`.
 */
export function baselineBranch(key: string, isDefaultConfig: boolean): string {
  if (isDefaultConfig) return BASELINE_BRANCH;
  const slug = key
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${BASELINE_BRANCH}-${slug || "config"}`;
}

/** GitHub refuses a pull request whose title is longer (422 "title is too long"). */
const TITLE_LIMIT = 256;

/** The pull request's title: the servers by id, or only their number when the ids do not fit. */
export function baselinePrTitle(serverIds: readonly string[]): string {
  const listed = `mcp-drift: update baselines (${serverIds.join(", ")})`;
  return listed.length <= TITLE_LIMIT ? listed : `mcp-drift: update baselines (${serverIds.length} servers)`;
}

export interface BaselineFile {
  /** Relative to the repository root, with `/` separators. */
  path: string;
  content: string;
}

export interface PullRequestText {
  title: string;
  body: string;
}

/** Where the baseline is published: the branch, and who and what a new pull request gets. */
export interface BaselineTarget {
  branch: string;
  labels: readonly string[];
  /** Logins, or `org/team` for a team. */
  reviewers: readonly string[];
}

export interface PublishOutcome {
  pullRequest: "opened" | "updated" | "unchanged";
  /** False when the branch already held exactly these files on the current default branch. */
  committed: boolean;
  url: string;
}

/**
 * Commits `files` (only these; every other file as on the default branch) on the target
 * branch, on top of the default branch's head, and opens or updates the pull request for it;
 * a pull request it opens gets the target's labels and reviewers.
 */
export async function publishBaseline(
  octokit: Octokit,
  repository: Repository,
  files: readonly BaselineFile[],
  text: PullRequestText,
  commitMessage: string,
  target: BaselineTarget,
): Promise<PublishOutcome> {
  const { branch } = target;
  const { data: repo } = await octokit.rest.repos.get(repository);
  const base = repo.default_branch;
  const { data: baseRef } = await octokit.rest.git.getRef({ ...repository, ref: `heads/${base}` });
  const parent = baseRef.object.sha;
  const { data: parentCommit } = await octokit.rest.git.getCommit({ ...repository, commit_sha: parent });

  const entries = [];
  for (const file of files) {
    const { data: blob } = await octokit.rest.git.createBlob({ ...repository, content: file.content, encoding: "utf-8" });
    entries.push({ path: file.path, mode: "100644" as const, type: "blob" as const, sha: blob.sha });
  }
  const { data: tree } = await octokit.rest.git.createTree({ ...repository, base_tree: parentCommit.tree.sha, tree: entries });

  const branchHead = await headOf(octokit, repository, branch);
  const upToDate = branchHead !== undefined && (await commitIs(octokit, repository, branchHead, tree.sha, parent));
  if (!upToDate) {
    const { data: commit } = await octokit.rest.git.createCommit({
      ...repository,
      message: commitMessage,
      tree: tree.sha,
      parents: [parent],
    });
    if (branchHead === undefined) {
      await octokit.rest.git.createRef({ ...repository, ref: `refs/heads/${branch}`, sha: commit.sha });
    } else {
      // The branch is ours alone and always rebuilt from the default branch: force is right.
      await octokit.rest.git.updateRef({ ...repository, ref: `heads/${branch}`, sha: commit.sha, force: true });
    }
  }

  const open = await openPullRequest(octokit, repository, branch);
  if (open === undefined) {
    const { data } = await octokit.rest.pulls.create({ ...repository, head: branch, base, ...text });
    if (target.labels.length > 0) {
      await octokit.rest.issues.addLabels({ ...repository, issue_number: data.number, labels: [...target.labels] });
    }
    const teams = target.reviewers.filter((r) => r.includes("/")).map((r) => r.slice(r.indexOf("/") + 1));
    const people = target.reviewers.filter((r) => !r.includes("/"));
    if (target.reviewers.length > 0) {
      await octokit.rest.pulls.requestReviewers({
        ...repository,
        pull_number: data.number,
        ...(people.length > 0 ? { reviewers: people } : {}),
        ...(teams.length > 0 ? { team_reviewers: teams } : {}),
      });
    }
    return { pullRequest: "opened", committed: !upToDate, url: data.html_url };
  }
  if (open.title === text.title && open.body === text.body && open.base.ref === base) {
    return { pullRequest: "unchanged", committed: !upToDate, url: open.html_url };
  }
  await octokit.rest.pulls.update({ ...repository, pull_number: open.number, base, ...text });
  return { pullRequest: "updated", committed: !upToDate, url: open.html_url };
}

/** Closes the open baseline pull request of `branch`, if any, with `comment` saying why; its URL. */
export async function closeBaselinePr(
  octokit: Octokit,
  repository: Repository,
  branch: string,
  comment: string,
): Promise<string | undefined> {
  const open = await openPullRequest(octokit, repository, branch);
  if (open === undefined) return undefined;
  await octokit.rest.issues.createComment({ ...repository, issue_number: open.number, body: comment });
  await octokit.rest.pulls.update({ ...repository, pull_number: open.number, state: "closed" });
  return open.html_url;
}

async function openPullRequest(octokit: Octokit, repository: Repository, branch: string) {
  const { data } = await octokit.rest.pulls.list({
    ...repository,
    state: "open",
    head: `${repository.owner}:${branch}`,
    per_page: 1,
  });
  return data[0];
}

/** The commit `branch` points to, or undefined when there is no such branch. */
async function headOf(octokit: Octokit, repository: Repository, branch: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repository, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** True when `sha` already is the commit we would make: this tree on this parent. */
async function commitIs(octokit: Octokit, repository: Repository, sha: string, tree: string, parent: string): Promise<boolean> {
  const { data } = await octokit.rest.git.getCommit({ ...repository, commit_sha: sha });
  return data.tree.sha === tree && data.parents.length === 1 && data.parents[0]!.sha === parent;
}
