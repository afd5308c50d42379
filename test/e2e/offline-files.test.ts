/**
 * `diff` and `check` read files a pull request may have planted: each is read only when it
 * is a regular file of bounded size, and an error names it without quoting it.
 */
import { execFileSync } from "node:child_process";
import { rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/paths.js";

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SECRET_FILE = "root:x:0:0:root:/root:/bin/bash\n";

describe("offline catalog files", () => {
  it("refuses a catalog symlinked to a file elsewhere, without quoting that file", async () => {
    await writeFile(join(dir, "passwd"), SECRET_FILE);
    await symlink(join(dir, "passwd"), join(dir, "tools.json"));
    const run = await runCli(["check", "tools.json"], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "mcp-drift: tools.json: is a symbolic link, not a regular file (expected a catalog file)\n",
    });
  });

  it("reports a catalog that is not JSON by line and column, without quoting it", async () => {
    await writeFile(join(dir, "tools.json"), SECRET_FILE);
    const run = await runCli(["check", "tools.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "mcp-drift: tools.json:1:1: invalid JSON: expected a value\n" });
  });

  it("refuses a FIFO instead of waiting for a writer", async () => {
    execFileSync("mkfifo", [join(dir, "old.json")]);
    await writeFile(join(dir, "new.json"), '{"tools": []}');
    const run = await runCli(["diff", "old.json", "new.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "mcp-drift: old.json: is a FIFO, not a regular file (expected a catalog file)\n" });
  });

  it("reports a catalog nested 50,000 levels deep instead of crashing", async () => {
    const depth = 50_000;
    await writeFile(join(dir, "tools.json"), `{"tools": [{"name": "deep", "inputSchema": ${"[".repeat(depth)}${"]".repeat(depth)}}]}`);
    const run = await runCli(["check", "tools.json"], { cwd: dir });
    // The root, "tools" and the tool are three levels; the 126th "[" (column 44 + 125) is the 129th.
    expect(run).toEqual({ code: 2, stdout: "", stderr: "mcp-drift: tools.json:1:169: invalid JSON: nested deeper than 128 levels\n" });
  });

  it("still reads a catalog that is a regular file", async () => {
    await writeFile(join(dir, "tools.json"), '{"tools": [{"name": "search", "description": "Search the docs."}]}');
    const run = await runCli(["check", "tools.json", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).servers[0].tools).toEqual([expect.objectContaining({ name: "search" })]);
  });
});
