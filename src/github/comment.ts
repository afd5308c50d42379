/**
 * One sticky pull request comment: found by a hidden marker, updated in place, never posted
 * twice, and not written at all when its body would not change.
 */
import type { Octokit } from "octokit";
import type { Repository } from "./context.js";

/** The marker of comments written before comments had keys: adopted once by the first configuration that finds it. */
export const UNKEYED_MARKER = "<!-- mcp-drift:comment -->";

/**
 * Invisible in the rendered comment; identifies ours among every other comment, and this
 * configuration's among those of other mcp-drift steps (`key`: the name input or the config
 * path). The key is percent-encoded, so no key can close the HTML comment or look like another.
 */
export function commentMarker(key: string): string {
  return `<!-- mcp-drift:comment key=${encodeURIComponent(key)} -->`;
}

/** `author_association` values of people with write access to the repository. */
const WRITE_ASSOCIATIONS = new Set(["OWNER", "MEMBER", "COLLABORATOR"]);

/**
 * Our comment carries the marker and was written by a bot (the Action's token, a GitHub App's)
 * or by someone with write access (a personal token). Anyone can type the marker into a
 * comment of their own; adopting that one would put the report under their name, to edit.
 */
function isTrusted(comment: { user: { type: string } | null; author_association: string }): boolean {
  return comment.user?.type === "Bot" || WRITE_ASSOCIATIONS.has(comment.author_association);
}

function startsWithMarker(body: string | undefined, marker: string): boolean {
  return body === marker || body?.startsWith(`${marker}\n`) === true;
}

export type CommentOutcome =
  | { action: "created" | "updated" | "unchanged"; url: string }
  /** No earlier comment, and `create` was false. */
  | { action: "skipped" };

/**
 * Makes this configuration's sticky comment read `body`, which upsertComment starts with the
 * key's marker. An earlier comment with the marker is always brought up to date, and failing
 * that one with the unkeyed marker of earlier versions (it then carries the key, so it is
 * adopted once); a first one is posted only when `create`.
 */
export async function upsertComment(
  octokit: Octokit,
  repository: Repository,
  pullRequest: number,
  key: string,
  report: string,
  create: boolean,
): Promise<CommentOutcome> {
  const marker = commentMarker(key);
  const body = `${marker}\n${report}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repository,
    issue_number: pullRequest,
    per_page: 100,
  });
  const trusted = comments.filter(isTrusted);
  const existing =
    trusted.find((comment) => startsWithMarker(comment.body, marker)) ??
    trusted.find((comment) => startsWithMarker(comment.body, UNKEYED_MARKER));
  if (existing) {
    if (existing.body === body) return { action: "unchanged", url: existing.html_url };
    const { data } = await octokit.rest.issues.updateComment({ ...repository, comment_id: existing.id, body });
    return { action: "updated", url: data.html_url };
  }
  if (!create) return { action: "skipped" };
  const { data } = await octokit.rest.issues.createComment({ ...repository, issue_number: pullRequest, body });
  return { action: "created", url: data.html_url };
}
