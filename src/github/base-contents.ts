/**
 * The base commit of a pull request read through the contents API, for a checkout that does
 * not have it (actions/checkout's default fetch-depth: 1). Needs `contents: read`.
 */
import type { BaseTree } from "../review.js";
import { GitHubApiError } from "./api-errors.js";
import type { GitHubClient } from "./client.js";

export function contentsBaseTree(client: GitHubClient, sha: string, label: string): BaseTree {
  const { octokit, repository } = client;
  /** The contents API's answer for `path` at the base, or undefined when the base has none (404). */
  const get = async (path: string, raw: boolean) => {
    try {
      const { data } = await octokit.rest.repos.getContent({
        ...repository,
        path,
        ref: sha,
        ...(raw ? { mediaType: { format: "raw" } } : {}),
      });
      return data as unknown;
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return undefined;
      throw error;
    }
  };
  return {
    label,
    source: "the GitHub contents API",
    // The raw media type returns the file's bytes, up to the API's 100 MB, with no base64 to undo.
    read: async (path) => {
      const data = await get(path, true);
      if (data === undefined || typeof data === "string") return data;
      throw new GitHubApiError(`GitHub API: ${path} at ${label} is not a file`, 422);
    },
    list: async (dir) => {
      const data = await get(dir, false);
      if (!Array.isArray(data)) return [];
      return data.flatMap((entry: { type?: string; name?: string }) => (entry.type === "file" && entry.name ? [entry.name] : []));
    },
  };
}
