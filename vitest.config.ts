import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests spawn real MCP servers; two cores, so keep the worker count small.
    maxWorkers: 2,
  },
});
