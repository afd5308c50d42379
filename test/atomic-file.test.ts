import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
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
});
