import { defineConfig } from "vitest/config";

/**
 * Files that get a fresh worker. bounds.test.ts and the 100,000-tool test read texts of many
 * MiB: in a worker that earlier files have filled, bounds.test.ts ran 85-166 s instead of
 * 15-23 s on its own. scan-judging-load.test.ts mocks a module, which a shared worker has
 * already loaded for earlier files. per-scene-retention.test.ts weighs the heap before and after
 * its job ends: in a shared worker, earlier files' leftovers let go in between (17 MB in one run).
 */
const FRESH = [
  "test/rules/bounds.test.ts",
  "test/e2e/large-catalog.test.ts",
  "test/scan-judging-load.test.ts",
  "test/rules/per-scene-retention.test.ts",
];

export default defineConfig({
  test: {
    // Hang detectors, not speed targets (those live in bench/): generous enough for a loaded
    // two-core runner, where the suite ran ten times slower than on a quiet machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Tests spawn real MCP servers; two cores, so keep the worker count small.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Each file importing the whole pipeline afresh cost a quarter of the suite's time on
        // two cores. Sharing a worker's modules is safe here: module state is constants, bounded
        // caches of pure readings (words, lexicon candidates), the child-process registry and the
        // sandbox probe (a fact about the machine), and tests that set process.env restore it.
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: FRESH, isolate: false },
      },
      { extends: true, test: { name: "fresh", include: FRESH, isolate: true } },
    ],
  },
});
