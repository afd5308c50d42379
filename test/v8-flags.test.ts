/**
 * The CLI (bin/mcp-drift.js), the Action (src/action-main.ts) and the bench's in-process
 * classifier (bench/classify.ts) set V8's flags themselves, before anything heavy loads. They
 * must set the same ones: a flag that bounds the heap's growth in one entry and not in another
 * would make the Action's peak memory differ from the CLI's the bench measures.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const ENTRIES = ["bin/mcp-drift.js", "src/action-main.ts", "bench/classify.ts"];

async function flagsOf(file: string): Promise<string[]> {
  const source = await readFile(join(ROOT, file), "utf8");
  return [...source.matchAll(/setFlagsFromString\("([^"]+)"\)/g)].map((match) => match[1]!);
}

describe("V8 flags", () => {
  it("are the same in every entry", async () => {
    const [cli, ...others] = await Promise.all(ENTRIES.map(flagsOf));
    for (const flags of others) expect(flags).toEqual(cli);
  });

  it("bound the heap's growth between full collections", async () => {
    expect(await flagsOf("bin/mcp-drift.js")).toContain("--heap-growing-percent=40");
  });
});
