/**
 * One sticky pull request comment: found by a hidden marker, updated in place, never posted
 * twice, and not written at all when its body would not change.
 */
import type { Octokit } from "octokit";
import type { Repository } from "./context.js";

/** Invisible in the rendered comment; identifies ours among every other comment. */
export const COMMENT_MARKER = "<!-- mcp-drift:comment -->";

/** `author_association` values of people with write access to the repository. */
const WRITE_ASSOCIATIONS = new Set(["OWNER", "MEMBER", "COLLABORATOR"]);

/**
 * Our comment carries the marker and was written by a bot (the Action's token, a GitHub App's)
 * or by someone with write access (a personal token). Anyone can type the marker into a
 * comment of their own; adopting that one would put the report under their name, to edit.
 */
function isOurs(comment: { body?: string; user: { type: string } | null; author_association: string }): boolean {
  const trusted = comment.user?.type === "Bot" || WRITE_ASSOCIATIONS.has(comment.author_association);
  return trusted && comment.body?.startsWith(COMMENT_MARKER) === true;
}

export type CommentOutcome =
  | { action: "created" | "updated" | "unchanged"; url: string }
  /** No earlier comment, and `create` was false. */
  | { action: "skipped" };

/**
 * Makes the pull request's sticky comment read `body` (which starts with COMMENT_MARKER).
 * An earlier comment is always brought up to date; a first one is posted only when `create`.
 */
export async function upsertComment(
  octokit: Octokit,
  repository: Repository,
  pullRequest: number,
  body: string,
  create: boolean,
): Promise<CommentOutcome> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repository,
    issue_number: pullRequest,
    per_page: 100,
  });
  const existing = comments.find(isOurs);
  if (existing) {
    if (existing.body === body) return { action: "unchanged", url: existing.html_url };
    const { data } = await octokit.rest.issues.updateComment({ ...repository, comment_id: existing.id, body });
    return { action: "updated", url: data.html_url };
  }
  if (!create) return { action: "skipped" };
  const { data } = await octokit.rest.issues.createComment({ ...repository, issue_number: pullRequest, body });
  return { action: "created", url: data.html_url };
}
