/**
 * `npx mcp-drift` from an installed tarball needs the bin, the compiled CLI it imports and
 * the JSON files loaded at run time to be in the package.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

const exec = promisify(execFile);

it("packs the bin, everything it imports and the published schemas", async () => {
  const { stdout } = await exec("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT });
  const files = new Set((JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path));
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
  const bin = pkg.bin["mcp-drift"]!;
  expect(files).toContain(bin);
  const entry = /from "\.\.\/(.+?)"/.exec(await readFile(join(ROOT, bin), "utf8"))![1]!;
  expect(files).toContain(entry);
  for (const schema of [
    "build/src/config/schema.json",
    "build/src/snapshot/schema.json",
    "src/config/schema.json",
    "src/report/schema.json",
    // SARIF rules link to it (helpUri), and the README does.
    "docs/rules.md",
  ]) {
    expect(files).toContain(schema);
  }
  expect([...files].some((f) => f.startsWith("test/") || f.startsWith("fixtures/") || f.startsWith("bench/"))).toBe(false);
  // The Action ships as dist/ in the repository; its modules import devDependencies (octokit).
  const actionOnly = (f: string) => f.startsWith("build/src/github/") || f === "build/src/action.js" || f === "build/src/action-main.js";
  expect([...files].filter(actionOnly)).toEqual([]);
});
