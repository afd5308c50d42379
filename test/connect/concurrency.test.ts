/**
 * The default concurrency fits work that is mostly waiting: sixteen servers that each answer
 * only once all sixteen have started are scanned by a config that sets no concurrency. Had the
 * default been lower, none would answer before its timeout: no clock decides this test.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { CONFIG_DEFAULTS } from "../../src/config/load.js";
import { scan } from "../../src/scan.js";
import { tempDir } from "../helpers/paths.js";
import { fixturePath } from "./fixtures.js";

const SERVERS = 16;

describe("the default concurrency", () => {
  it(`scans ${SERVERS} servers at once`, async () => {
    expect(CONFIG_DEFAULTS.concurrency).toBeGreaterThanOrEqual(SERVERS);
    const dir = await tempDir();
    const started = join(dir, "started");
    await mkdir(started);
    const entries = Array.from({ length: SERVERS }, (_, i) => [
      `  waiting-${i}:`,
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(fixturePath("servers/barrier.mjs"))}, ${JSON.stringify(started)}, "${SERVERS}"]`,
    ]);
    // Ample for sixteen small processes to start on a loaded machine; isolation off, as it costs a start each.
    await writeFile(
      join(dir, "mcp-drift.yml"),
      ["version: 1", "isolation: off", "timeout: 60s", "servers:", ...entries.flat(), ""].join("\n"),
    );
    const config = await loadConfig(join(dir, "mcp-drift.yml"), { env: {} });
    const { report } = await scan(config, { env: {} });
    expect(report.servers.map((server) => [server.id, server.status, server.error?.message])).toEqual(
      Array.from({ length: SERVERS }, (_, i) => [`waiting-${i}`, "new", undefined]),
    );
  }, 90_000);
});
