/**
 * scan.ts loads its judging half (judging.ts) while the servers start. A load that fails
 * (a broken install) fails the scan once every server has ended; it never ends the process
 * as an unhandled rejection, even when no server reaches the point that waits for it.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { Config } from "../src/model.js";
import { scan } from "../src/scan.js";
import { fixturePath } from "./connect/fixtures.js";
import { tempDir } from "./helpers/paths.js";

vi.mock("../src/judging.js", () => {
  throw new Error("judging.js could not be loaded");
});

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("fails the scan, not the process, when judging.ts cannot load and every baseline is unreadable", async () => {
  const snapshots = join(dir, "snapshots");
  await mkdir(snapshots, { recursive: true });
  // Unreadable: the server fails before anything waits for the judging half.
  await writeFile(join(snapshots, "basic.json"), "{");
  const config: Config = {
    file: join(dir, "mcp-drift.yml"),
    version: 1,
    snapshots,
    failOn: "high",
    concurrency: 1,
    runTimeoutMs: 60_000,
    isolation: "off",
    servers: [
      {
        id: "basic",
        transport: "stdio",
        command: process.execPath,
        args: [fixturePath("servers/catalog-server.mjs"), fixturePath("catalogs/basic.json")],
        timeoutMs: 20_000,
        secrets: [],
      },
    ],
    secrets: [],
    rules: {},
    ignore: [],
  };
  await expect(scan(config)).rejects.toThrow(/error when mocking a module/);
});
