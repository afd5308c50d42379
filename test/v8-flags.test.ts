/**
 * The CLI (bin/mcp-drift.js), the Action (src/action-main.ts) and the bench's in-process
 * classifier (bench/classify.ts) all set V8's flags through src/v8-tuning.ts, before anything
 * heavy loads: a flag that bounds the heap's growth in one entry and not in another would make
 * the Action's peak memory differ from the CLI's the bench measures.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const ENTRIES = ["bin/mcp-drift.js", "src/action-main.ts", "bench/classify.ts"];

/**
 * The young generation's size after a run that keeps much of what it allocates alive for a
 * while, yielding between batches (so the GC observer can run), in a process of its own: the
 * flags are process-wide. `tuned` calls the shipped build of tuneV8 first.
 */
async function youngGenerationMb(tuned: boolean): Promise<number> {
  const script = `
    import { getHeapSpaceStatistics } from "node:v8";
    ${tuned ? 'const { tuneV8 } = await import("./build/cli/v8-tuning.js"); tuneV8();' : ""}
    const kept = [];
    for (let i = 0; i < 3e6; i++) {
      kept.push({ i, s: "x" + i });
      if (kept.length > 200000) kept.splice(0, 100000);
      if (i % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    process.stdout.write(String(getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size / 2 ** 20));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT });
  return Number(stdout);
}

describe("V8 flags", () => {
  it.each(ENTRIES)("%s sets them through v8-tuning, and only there", async (file) => {
    const source = await readFile(join(ROOT, file), "utf8");
    expect(source).toMatch(/import \{ tuneV8 \} from "(?:\.\.\/build\/cli|\.\.\/src|\.)\/v8-tuning\.js";/);
    expect(source).toMatch(/^tuneV8\(\);$/m);
    expect(source).not.toContain("setFlagsFromString");
  });

  it("keep the young generation's semi-spaces at 4 MB each, where untuned they grow further", async () => {
    const [tuned, untuned] = await Promise.all([youngGenerationMb(true), youngGenerationMb(false)]);
    expect(tuned).toBeLessThanOrEqual(8);
    expect(untuned).toBeGreaterThan(8);
  });

  it("bound the heap's growth between full collections", async () => {
    const source = await readFile(join(ROOT, "src/v8-tuning.ts"), "utf8");
    expect(source).toContain('setFlagsFromString("--heap-growing-percent=40")');
  });
});
