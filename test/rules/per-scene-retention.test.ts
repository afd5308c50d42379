/**
 * What the instruction detectors remember per scene (a judged text's place) must not keep
 * the scenes alive: an offline `check` or `diff` judges a whole catalog in one synchronous
 * job, and a WeakRef keeps every target it is made for or read through alive until the job
 * ends, so every text's matchable copy stayed in memory at once, the parts notwithstanding.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { compareOffline } from "../../src/judging.js";
import type { Snapshot } from "../../src/model.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const heapAfterGc = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

describe("instruction detectors on a catalog judged in one job", () => {
  it("let each text's scene go before the job ends", async () => {
    const sentence = "Use this tool to read the files the user names; the reply tells the user which were read. ";
    const head: Snapshot = {
      format: "mcp-drift/snapshot@1",
      server: { id: "big" },
      initialize: {},
      tools: Array.from({ length: 3000 }, (_, i) => ({ name: `tool_${i}`, description: `Item ${i}. ${sentence.repeat(30)}` })),
    };
    compareOffline(undefined, head, { failOn: "high", rules: {}, ignore: [] });
    const inJob = heapAfterGc();
    await new Promise((resolve) => setImmediate(resolve));
    const afterJob = heapAfterGc();
    // Scenes kept to the job's end held 14 MB here; let go, what the job keeps is noise (0.05 MB).
    expect((inJob - afterJob) / 1e6).toBeLessThan(4);
  });
});
