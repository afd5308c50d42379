/**
 * Loaded with `node --import` into every process the bench times: at exit it writes the
 * process's own peak resident set (KiB) and CPU time (user + system, µs) to the file named by
 * MCP_DRIFT_BENCH_RSS. Its own process only: the servers it started are not counted, for
 * mcp-drift and the raw client alike. CPU time moves less with the machine's load than wall time.
 */
import { writeFileSync } from "node:fs";

const file = process.env.MCP_DRIFT_BENCH_RSS;
if (file) {
  process.once("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
}
