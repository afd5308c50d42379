/**
 * The Action's entry, bundled into dist/index.js: runs `runAction` as the runner's step, on
 * this process's environment, standard output and signals.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

// As bin/mcp-drift.js does, and for its reason: the rules' long Unicode-aware patterns compile
// once, straight to machine code, instead of to bytecode first (about four times the cost).
// Set before action.js loads (a dynamic import, which the bundle keeps lazy): a regex
// compiles on its first use, and loading the rules uses some.
setFlagsFromString("--no-regexp-tier-up");
// As bin/mcp-drift.js does: a function is optimised only once it has stayed hot for longer.
setFlagsFromString("--ticks-before-optimization=20");
// As bin/mcp-drift.js does: the heap grows by 40 % at most between full collections.
setFlagsFromString("--heap-growing-percent=40");
// As bin/mcp-drift.js does: the young generation's semi-spaces grow to 4 MB each, not 16,
// until the old generation passes 256 MB.
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

const { runAction } = await import("./action.js");

// A cancelled job gets SIGINT, then SIGTERM. Node runs no "exit" hooks when a signal ends it;
// exiting on purpose lets the stdio transport's hook end every server it started.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

const code = await runAction(process.env, { stdout: (text) => process.stdout.write(text), cwd: process.cwd() });
// Exit once output is flushed: a misbehaving server library must not keep the step alive.
process.stdout.write("", () => process.exit(code));
