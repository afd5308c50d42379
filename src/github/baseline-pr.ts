/**
 * The baseline-update pull request of scheduled runs: the new snapshots committed on one
 * branch through the git data API (no checkout, no git binary), and one pull request for it
 * that is opened, kept current, or closed once the drift is gone.
 */
import { RequestError, type Octokit } from "octokit";
import type { Repository } from "./context.js";

export const BASELINE_BRANCH = "mcp-drift/baseline-update";

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

export interface PublishOutcome {
  pullRequest: "opened" | "updated" | "unchanged";
  /** False when the branch already held exactly these files on the current default branch. */
  committed: boolean;
  url: string;
}

/**
 * Commits `files` (only these; every other file as on the default branch) on BASELINE_BRANCH,
 * on top of the default branch's head, and opens or updates the pull request for it.
 */
export async function publishBaseline(
  octokit: Octokit,
  repository: Repository,
  files: readonly BaselineFile[],
  text: PullRequestText,
  commitMessage: string,
): Promise<PublishOutcome> {
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

  const branchHead = await headOf(octokit, repository);
  const upToDate = branchHead !== undefined && (await commitIs(octokit, repository, branchHead, tree.sha, parent));
  if (!upToDate) {
    const { data: commit } = await octokit.rest.git.createCommit({
      ...repository,
      message: commitMessage,
      tree: tree.sha,
      parents: [parent],
    });
    if (branchHead === undefined) {
      await octokit.rest.git.createRef({ ...repository, ref: `refs/heads/${BASELINE_BRANCH}`, sha: commit.sha });
    } else {
      // The branch is ours alone and always rebuilt from the default branch: force is right.
      await octokit.rest.git.updateRef({ ...repository, ref: `heads/${BASELINE_BRANCH}`, sha: commit.sha, force: true });
    }
  }

  const open = await openPullRequest(octokit, repository);
  if (open === undefined) {
    const { data } = await octokit.rest.pulls.create({ ...repository, head: BASELINE_BRANCH, base, ...text });
    return { pullRequest: "opened", committed: !upToDate, url: data.html_url };
  }
  if (open.title === text.title && open.body === text.body && open.base.ref === base) {
    return { pullRequest: "unchanged", committed: !upToDate, url: open.html_url };
  }
  await octokit.rest.pulls.update({ ...repository, pull_number: open.number, base, ...text });
  return { pullRequest: "updated", committed: !upToDate, url: open.html_url };
}

/** Closes the open baseline pull request, if any, with `comment` saying why; its URL. */
export async function closeBaselinePr(octokit: Octokit, repository: Repository, comment: string): Promise<string | undefined> {
  const open = await openPullRequest(octokit, repository);
  if (open === undefined) return undefined;
  await octokit.rest.issues.createComment({ ...repository, issue_number: open.number, body: comment });
  await octokit.rest.pulls.update({ ...repository, pull_number: open.number, state: "closed" });
  return open.html_url;
}

async function openPullRequest(octokit: Octokit, repository: Repository) {
  const { data } = await octokit.rest.pulls.list({
    ...repository,
    state: "open",
    head: `${repository.owner}:${BASELINE_BRANCH}`,
    per_page: 1,
  });
  return data[0];
}

/** The commit BASELINE_BRANCH points to, or undefined when there is no such branch. */
async function headOf(octokit: Octokit, repository: Repository): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repository, ref: `heads/${BASELINE_BRANCH}` });
    return data.object.sha;
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return undefined;
    throw error;
  }
}

/** True when `sha` already is the commit we would make: this tree on this parent. */
async function commitIs(octokit: Octokit, repository: Repository, sha: string, tree: string, parent: string): Promise<boolean> {
  const { data } = await octokit.rest.git.getCommit({ ...repository, commit_sha: sha });
  return data.tree.sha === tree && data.parents.length === 1 && data.parents[0]!.sha === parent;
}
