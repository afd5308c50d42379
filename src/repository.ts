/**
 * The git repository a file lies in, found as git finds it: the nearest folder above with a
 * `.git` entry (a folder, or a worktree's or submodule's `.git` file). Paths that code
 * scanning and pull requests read are relative to that folder.
 */
import { lstatSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository's top folder, or undefined when `start` lies in none. */
export function repositoryRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      const entry = lstatSync(join(dir, ".git"));
      if (entry.isDirectory() || entry.isFile()) return dir;
    } catch {
      // no .git here; keep walking up
    }
    if (dirname(dir) === dir) return undefined;
  }
}
