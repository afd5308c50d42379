/**
 * The base commit of a review read from the local git repository: `git show <sha>:<path>`.
 * A shallow checkout (actions/checkout's default fetch-depth: 1) lacks the base commit; the
 * Action then reads it through the GitHub API instead.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { UserError } from "./model.js";
import type { BaseTree } from "./review.js";

const exec = promisify(execFile);
/** Snapshots are bounded well below this; git's output past it is an error, not a partial file. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/**
 * The tree of `ref` (a branch, tag or sha) in the repository at `root`, or undefined when git
 * is missing, `root` is no repository, or it does not have that commit.
 */
export async function gitBaseTree(root: string, ref: string, env: NodeJS.ProcessEnv = process.env): Promise<BaseTree | undefined> {
  const git = (args: string[]) =>
    exec("git", ["-C", root, ...args], { env, maxBuffer: MAX_OUTPUT, encoding: "utf8" }).then(
      (result) => result.stdout,
      (error: { stderr?: string; message: string }) => {
        throw new UserError(`git ${args[0]} in ${root} failed: ${(error.stderr || error.message).trim()}`);
      },
    );
  let sha: string;
  try {
    // `--end-of-options` keeps a ref from being read as an option.
    sha = (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    return undefined;
  }
  const label = ref.startsWith(sha) ? sha.slice(0, 7) : `${ref} (${sha.slice(0, 7)})`;
  return {
    label,
    source: "git",
    read: async (path) => {
      // ls-tree tells a missing file (empty output) from a failing git (an error).
      const entry = await git(["ls-tree", "-z", sha, "--", path]);
      if (!entry.includes(" blob ")) return undefined;
      return git(["cat-file", "blob", `${sha}:${path}`]);
    },
    list: async (dir) => {
      const out = await git(["ls-tree", "-z", "--name-only", sha, "--", `${dir.replace(/\/+$/, "")}/`]);
      return out
        .split("\0")
        .filter((name) => name !== "")
        .map((name) => name.slice(name.lastIndexOf("/") + 1));
    },
  };
}
