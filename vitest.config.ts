import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Hang detectors, not speed targets (those live in bench/): generous enough for a loaded
    // two-core runner, where the suite ran ten times slower than on a quiet machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Tests spawn real MCP servers; two cores, so keep the worker count small.
    maxWorkers: 2,
    // Each file importing the whole pipeline afresh cost a quarter of the suite's time on two
    // cores. Sharing a worker's modules is safe here: module state is kept to constants, the
    // child-process registry and the sandbox probe (a fact about the machine), and tests that
    // set process.env restore it.
    isolate: false,
  },
});
