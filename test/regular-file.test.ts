import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegularFile } from "../src/regular-file.js";
import { tempDir } from "./helpers/paths.js";

describe("readRegularFile", () => {
  it("reads a file of several chunks whole, multi-byte characters across chunk ends included", async () => {
    const dir = await tempDir();
    const file = join(dir, "big.json");
    // 2.5 MiB of text whose three-byte characters straddle the 1 MiB read boundaries.
    const text = "ä€x".repeat(400_000);
    await writeFile(file, text);
    expect(await readRegularFile(file, "test file", { maxBytes: 1 << 30 })).toBe(text);
    await writeFile(file, "");
    expect(await readRegularFile(file, "test file", { maxBytes: 1 << 30 })).toBe("");
  });

  it("reads a file whose size says 0 (as /proc does) to its end, within the limit", async () => {
    if (process.platform !== "linux") return;
    const status = await readRegularFile("/proc/self/status", "test file", { maxBytes: 1 << 20 });
    expect(status).toContain("Name:");
    await expect(readRegularFile("/proc/self/status", "test file", { maxBytes: 16 })).rejects.toThrow(
      "/proc/self/status: larger than 16 bytes, too large for a test file",
    );
  });
});
