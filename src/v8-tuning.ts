/**
 * V8's flags for every entry that runs a scan: the CLI (bin/mcp-drift.js), the Action
 * (src/action-main.ts) and the bench's in-process classifier (bench/classify.ts). One place, so
 * the Action's peak memory is the CLI's the bench measures. Call it before anything heavy loads.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

export function tuneV8(): void {
  // The rules' patterns are long Unicode-aware regexes, most run a few times per scan. V8
  // first compiles a regex to bytecode for its interpreter and, on the next use, again to
  // machine code; for these patterns the bytecode alone costs about four times the machine
  // code (about a second for all of them, measured). Straight to machine code, each compiles
  // once. Set before the bundle loads: a regex compiles on its first use, not when created.
  setFlagsFromString("--no-regexp-tier-up");
  // A scan runs most of its code a few times (loading, preparing, a small catalog), which V8's
  // optimising compiler would compile on background threads (CPU time of ours too) for little
  // gain before the process exits. A function must stay hot for longer before it is optimised:
  // one server's scan took 5-11 % less CPU, a 10,000-tool first scan and one against a baseline
  // about 5 % less (the hot loops of a large catalog are still optimised, a little later).
  setFlagsFromString("--ticks-before-optimization=20");
  // V8 lets the heap grow to up to four times what survived its last full collection before it
  // collects again, so garbage, not the catalog, set a large catalog's peak: a 10,000-tool
  // `update` peaked at 562 MB with about 120 MB live. Growing by 40 % at most: 385 MB there,
  // 229-244 -> 200-219 MB for 10,000 tools against a baseline, 939 -> 675 MB for 100,000, for
  // 3-5 % more CPU at 10,000 tools (the flag is read at each full collection, so here is soon enough).
  setFlagsFromString("--heap-growing-percent=40");
  // The young generation is two semi-spaces that V8 doubles from 1 MB, while much of what is
  // allocated survives, up to 16 MB each on 64-bit, and once grown they stay resident: 32 MB of
  // a 10,000-tool scan's 225 MB peak, holding 2-4 MB of live objects at the peak. Their largest
  // size is fixed when the process starts, but the growth factor is read at each growth: once
  // they reach 4 MB each they grow no more, until the old generation passes 256 MB. 10,000 tools
  // against a baseline peaked at 178-194 MB, not 215-230, and their `update` at 288, not 320, for
  // three times the scavenges and 0-5 % more CPU (interleaved runs on a loaded machine). A large
  // heap makes each scavenge dearer (the old generation's pointers into the young one are visited
  // each time): capped throughout, a 100,000-tool `update` took 30 % more CPU, so past 256 MB the
  // semi-spaces grow as before, where 24 MB is a small share of the peak. (1 MB semi-spaces cost
  // 11 % more CPU at 10,000 tools; 8 MB ones peaked at 192-198 MB.) Read after a collection: a
  // long synchronous stretch may still grow them past 4 MB.
  const YOUNG_SEMI_SPACE_BYTES = 4 * 2 ** 20;
  const LARGE_OLD_SPACE_BYTES = 256 * 2 ** 20;
  const youngGrowth = new PerformanceObserver(() => {
    const spaces = getHeapSpaceStatistics();
    const size = (name: string) => spaces.find((space) => space.space_name === name)?.space_size ?? 0;
    if (size("old_space") > LARGE_OLD_SPACE_BYTES) {
      setFlagsFromString("--semi-space-growth-factor=2");
      youngGrowth.disconnect();
    } else if (size("new_space") >= 2 * YOUNG_SEMI_SPACE_BYTES) setFlagsFromString("--semi-space-growth-factor=1");
  });
  youngGrowth.observe({ entryTypes: ["gc"] });
}
