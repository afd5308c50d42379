/**
 * A server that lists every tool twice must cost tool-name-collision work in proportion to
 * its tools, not their square: each duplicate once asked "is this the last judged text of
 * its name?" by walking every judged text (50,000 tools listed twice took 171 s, not 36 s).
 * The work is counted, not timed: every read of the server's tools goes through a counter.
 */
import { describe, expect, it } from "vitest";
import { newServerChanges } from "../../src/diff/diff.js";
import type { Snapshot } from "../../src/model.js";
import { ScanAnalysis } from "../../src/classify/analysis.js";
import { toolNameCollision } from "../../src/rules/tool-name-collision.js";

function listedTwice(count: number): Snapshot {
  const names = Array.from({ length: count }, (_, i) => `tool_${String(i).padStart(6, "0")}`);
  return {
    format: "mcp-drift/snapshot@1",
    server: { id: "twice" },
    initialize: {},
    tools: names.flatMap((name) => [name, name]).map((name) => ({ name, description: `The ${name} tool.` })),
  };
}

/** The rule's findings on a first scan of `head`, and how many of its tools it read to find them. */
function countedCheck(head: Snapshot): { findings: number; reads: number } {
  const scan = new ScanAnalysis(new Map([[head.server.id, head]]));
  const ctx = scan.context({ serverId: head.server.id, head, changes: newServerChanges(head) });
  let reads = 0;
  const counted = new Proxy(head.tools!, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  head.tools = counted;
  return { findings: toolNameCollision.check(ctx).length, reads };
}

describe("tool-name-collision on a server that lists every tool twice", () => {
  it("reads the server's tools a bounded number of times per tool, however many tools", () => {
    const small = countedCheck(listedTwice(500));
    const large = countedCheck(listedTwice(4_000));
    // One "listed twice" finding per name, on its last copy.
    expect(small.findings).toBe(500);
    expect(large.findings).toBe(4_000);
    // Each of the 2 × N tools read a few times at most; a walk per duplicate reads N² of them.
    expect(small.reads).toBeGreaterThan(0);
    expect(large.reads).toBeLessThanOrEqual(4 * 2 * 4_000);
    expect(large.reads / small.reads).toBeLessThanOrEqual(8 * 1.05);
  });
});
