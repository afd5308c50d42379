/**
 * The CLI (bin/mcp-drift.js), the Action (src/action-main.ts) and the bench's in-process
 * classifier (bench/classify.ts) all set V8's flags through src/v8-tuning.ts, before anything
 * heavy loads: a flag that bounds the heap's growth in one entry and not in another would make
 * the Action's peak memory differ from the CLI's the bench measures.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const ENTRIES = ["bin/mcp-drift.js", "src/action-main.ts", "bench/classify.ts"];

describe("V8 flags", () => {
  it.each(ENTRIES)("%s sets them through v8-tuning, and only there", async (file) => {
    const source = await readFile(join(ROOT, file), "utf8");
    expect(source).toMatch(/import \{ tuneV8 \} from "(?:\.\.\/build\/cli|\.\.\/src|\.)\/v8-tuning\.js";/);
    expect(source).toMatch(/^tuneV8\(\);$/m);
    expect(source).not.toContain("setFlagsFromString");
  });

  it("bound the heap's growth between full collections", async () => {
    const source = await readFile(join(ROOT, "src/v8-tuning.ts"), "utf8");
    expect(source).toContain('setFlagsFromString("--heap-growing-percent=40")');
  });
});
