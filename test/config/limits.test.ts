import { describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { DEFAULT_LIMITS, errorLines, writeTempConfig } from "./helpers.js";

const MiB = 1024 * 1024;

describe("limits", () => {
  test("safe defaults when the config sets none", async () => {
    const file = await writeTempConfig("mcp-drift.yml", "version: 1\nservers:\n  a:\n    command: x\n");
    const config = await loadConfig(file, { env: {} });
    expect(config.runTimeoutMs).toBe(600_000);
    expect(config.servers[0]).toMatchObject({ timeoutMs: 30_000, ...DEFAULT_LIMITS });
  });

  test("top-level values are defaults for every server; a server's own values win", async () => {
    const text = [
      "version: 1",
      "runTimeout: 2m",
      "timeout: 5s",
      "maxItems: 1000",
      "maxResponseBytes: 512KiB",
      "maxCatalogBytes: 8MiB",
      "servers:",
      "  plain:",
      "    command: x",
      "  own:",
      "    url: https://mcp.example.com/mcp",
      "    timeout: 500ms",
      "    maxItems: 10",
      "    maxResponseBytes: 2048",
      "    maxCatalogBytes: 1GiB",
      "",
    ].join("\n");
    const config = await loadConfig(await writeTempConfig("mcp-drift.yml", text), { env: {} });
    expect(config.runTimeoutMs).toBe(120_000);
    expect(config.servers[0]).toMatchObject({ timeoutMs: 5000, maxItems: 1000, maxResponseBytes: 512 * 1024, maxCatalogBytes: 8 * MiB });
    expect(config.servers[1]).toMatchObject({ timeoutMs: 500, maxItems: 10, maxResponseBytes: 2048, maxCatalogBytes: 1024 * MiB });
  });

  test("a size in bytes may be written with B", async () => {
    const text = "version: 1\nservers:\n  a:\n    command: x\n    maxResponseBytes: 100B\n";
    const config = await loadConfig(await writeTempConfig("mcp-drift.yml", text), { env: {} });
    expect(config.servers[0]?.maxResponseBytes).toBe(100);
  });

  test("bad values name the place and what was expected", async () => {
    const text = [
      "version: 1",
      "runTimeout: forever",
      "maxResponseBytes: 16MB",
      "servers:",
      "  a:",
      "    command: x",
      "    maxItems: 0",
      "    maxCatalogBytes: -1",
      "",
    ].join("\n");
    const file = await writeTempConfig("mcp-drift.yml", text);
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:2:13: runTimeout: expected a duration such as 500ms, 30s or 2m, or a number of seconds, got "forever"`,
      `${file}:3:19: maxResponseBytes: expected a size such as 512KiB, 16MiB or 1GiB, or a number of bytes, got "16MB"`,
      `${file}:7:15: servers.a.maxItems: expected a whole number of items, at least 1, got 0`,
      `${file}:8:22: servers.a.maxCatalogBytes: expected a size such as 512KiB, 16MiB or 1GiB, or a number of bytes, got -1`,
    ]);
  });

  test("a duration longer than a timer can wait is refused, not turned into an instant timeout", async () => {
    const text = [
      "version: 1",
      "runTimeout: 99999999m",
      "servers:",
      "  a:",
      "    command: x",
      "    timeout: 3000000",
      "  b:",
      "    command: x",
      "    timeout: 35791m",
      "",
    ].join("\n");
    const file = await writeTempConfig("mcp-drift.yml", text);
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:2:13: runTimeout: expected a duration of at most 35791m (about 24 days), got "99999999m"`,
      `${file}:6:14: servers.a.timeout: expected a duration of at most 35791m (about 24 days), got 3000000`,
    ]);
  });

  test("a host file's millisecond timeout is bounded where it is written", async () => {
    const file = await writeTempConfig("settings.json", '{"mcpServers": {"Slow": {"command": "x", "timeout": 1e12}}}');
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:1:53: mcpServers.Slow.timeout: expected a duration of at most 35791m (about 24 days), got 1000000000`,
    ]);
  });
});
