/**
 * The run stays within its bounds whatever a server or a baseline holds: nesting too deep
 * for the recursive stages is a per-server error, and a run whose time is up while its
 * catalogs are being classified exits 2 and says why.
 */
import { mkdir, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Config, ServerConfig } from "../src/model.js";
import { scan } from "../src/scan.js";
import { fixturePath } from "./connect/fixtures.js";
import { tempDir } from "./helpers/paths.js";

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function stdio(id: string, args: string[]): ServerConfig {
  return { id, transport: "stdio", command: process.execPath, args, timeoutMs: 20_000, secrets: [] };
}

function config(servers: ServerConfig[], runTimeoutMs = 60_000): Config {
  return {
    file: join(dir, "mcp-drift.yml"),
    version: 1,
    snapshots: join(dir, "snapshots"),
    failOn: "high",
    concurrency: 2,
    runTimeoutMs,
    isolation: "off",
    servers,
    secrets: [],
    rules: {},
    ignore: [],
  };
}

const basic = stdio("basic", [fixturePath("servers/catalog-server.mjs"), fixturePath("catalogs/basic.json")]);

describe("a server's answer nested 50,000 levels deep", () => {
  it("is an error of that server, with a clear message, while the others are scanned", async () => {
    const deep = stdio("deep", [fixturePath("servers/hostile/bounds-deep.mjs")]);
    const { report, heads } = await scan(config([deep, basic]));
    expect(report.servers.map((s) => [s.id, s.status])).toEqual([
      ["deep", "error"],
      ["basic", "new"],
    ]);
    expect(report.servers[0]!.error?.message).toBe(
      "deep: the catalog nests deeper than 128 levels, at tools/0/inputSchema/items/items/items/…",
    );
    expect(report.exitCode).toBe(2);
    expect([...heads.keys()]).toEqual(["basic"]);
  });

  it("is accepted up to the limit", async () => {
    // The catalog, "tools", the tool and its schema are four levels: 124 more stay within 128.
    const deep = stdio("deep", [fixturePath("servers/hostile/bounds-deep.mjs"), "--depth", "124"]);
    const { report } = await scan(config([deep]));
    expect(report.servers[0]!.status).toBe("new");
  });
});

describe("a baseline planted where a file should be", () => {
  it("is an error of that server naming the file, and the run exits 2", async () => {
    await mkdir(join(dir, "snapshots"));
    await symlink("/dev/zero", join(dir, "snapshots", "basic.json"));
    const { report } = await scan(config([basic]));
    expect(report.servers[0]!.error?.message).toBe(
      `${join(dir, "snapshots", "basic.json")}: is a symbolic link, not a regular file (expected a snapshot file)`,
    );
    expect(report.exitCode).toBe(2);
  });
});

describe("the run's deadline during classification", () => {
  it("ends the run with exit code 2 and a report that says why", async () => {
    // The clock reads 0 when the run starts and an hour later ever after: the servers answer
    // in real time (their timers are not this clock), and the time is up when classifying.
    let reads = 0;
    const now = () => (reads++ === 0 ? 0 : 3_600_000);
    const other = stdio("other", [fixturePath("servers/catalog-server.mjs"), fixturePath("catalogs/basic.json")]);
    const { report } = await scan(config([basic, other], 5_000), { now });
    expect(report.exitCode).toBe(2);
    expect(report.servers.map((s) => [s.id, s.status, s.error?.message])).toEqual([
      ["basic", "error", "basic: the run took longer than runTimeout (5s) while its catalog was being classified"],
      ["other", "error", "other: the run took longer than runTimeout (5s) while its catalog was being classified"],
    ]);
  });
});
