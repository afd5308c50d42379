/**
 * PATHs that make the sandbox pick one backend each, for tests that run on every backend
 * this machine has: `unshare` (util-linux, always on Linux) and `bwrap` (bubblewrap, where
 * installed). The sandbox finds its tools on the scanner's PATH, bwrap first.
 */
import { existsSync } from "node:fs";
import { symlink } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { tempDir } from "./paths.js";

export interface SandboxBackend {
  name: "bwrap" | "unshare";
  /** A PATH on which only this backend's tools (and node) are found. */
  path: () => Promise<string>;
}

function which(name: string): string | undefined {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((file) => existsSync(file));
}

async function pathWith(tools: string[]): Promise<string> {
  const bin = await tempDir("mcp-drift-path-");
  for (const tool of tools) await symlink(which(tool)!, join(bin, tool));
  await symlink(process.execPath, join(bin, "node"));
  return bin;
}

export const SANDBOX_BACKENDS: SandboxBackend[] = [
  ...(which("setpriv") && which("unshare") && which("mount")
    ? [{ name: "unshare" as const, path: () => pathWith(["setpriv", "unshare", "mount"]) }]
    : []),
  ...(which("bwrap") ? [{ name: "bwrap" as const, path: () => pathWith(["bwrap"]) }] : []),
];
