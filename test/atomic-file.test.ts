import { execFileSync } from "node:child_process";
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomically } from "../src/atomic-file.js";
import { tempDir } from "./helpers/paths.js";

describe("writeFileAtomically", () => {
  it("replaces a file with text or chunks, leaving no temp file", async () => {
    const dir = await tempDir();
    const file = join(dir, "report.json");
    await writeFile(file, "old report, longer than the new one\n");
    await writeFileAtomically(file, "new\n");
    expect(await readFile(file, "utf8")).toBe("new\n");
    await writeFileAtomically(file, ["a", "ü", "\n"].values());
    expect(await readFile(file, "utf8")).toBe("aü\n");
    expect(await readdir(dir)).toEqual(["report.json"]);
  });

  it("leaves the old file whole when the new one fails midway, and cleans up", async () => {
    const dir = await tempDir();
    const file = join(dir, "report.txt");
    await writeFile(file, "old\n");
    function* failing(): Generator<string> {
      yield "half a report";
      throw new Error("renderer failed");
    }
    await expect(writeFileAtomically(file, failing())).rejects.toThrow("renderer failed");
    expect(await readFile(file, "utf8")).toBe("old\n");
    expect(await readdir(dir)).toEqual(["report.txt"]);
  });

  it("fails on a folder that does not exist or a target that is a folder, leaving nothing behind", async () => {
    const dir = await tempDir();
    await expect(writeFileAtomically(join(dir, "missing", "r.txt"), "x")).rejects.toThrow(/ENOENT/);
    await mkdir(join(dir, "taken"));
    await expect(writeFileAtomically(join(dir, "taken"), "x")).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["taken"]);
  });

  it("writes into a pipe as it is rather than renaming a file over it (as `-o /dev/null` must)", async () => {
    const dir = await tempDir();
    const fifo = join(dir, "report.pipe");
    execFileSync("mkfifo", [fifo]);
    // Opening a FIFO for reading waits for a writer: the read and the write meet.
    const [read] = await Promise.all([readFile(fifo, "utf8"), writeFileAtomically(fifo, ["a", "b\n"].values())]);
    expect(read).toBe("ab\n");
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(["report.pipe"]);
  });

  it("replaces what a link points at and keeps the link", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "real"));
    const real = join(dir, "real", "report.md");
    await writeFile(real, "old\n");
    const link = join(dir, "report.md");
    await symlink(real, link);
    await writeFileAtomically(link, "new\n");
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, "utf8")).toBe("new\n");
    expect(await readdir(join(dir, "real"))).toEqual(["report.md"]);
  });
});
