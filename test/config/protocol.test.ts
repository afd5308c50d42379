import { describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { errorLines, writeTempConfig } from "./helpers.js";

describe("protocol", () => {
  test("auto by default and when written; a revision pins it", async () => {
    const text = [
      "version: 1",
      "servers:",
      "  plain:",
      "    command: x",
      "  auto:",
      "    command: x",
      "    protocol: auto",
      "  modern:",
      "    url: https://mcp.example.com/mcp",
      "    protocol: 2026-07-28",
      "  old:",
      "    url: https://mcp.example.com/sse",
      "    transport: sse",
      "    protocol: 2024-11-05",
      "",
    ].join("\n");
    const config = await loadConfig(await writeTempConfig("mcp-drift.yml", text), { env: {} });
    expect(config.servers.map((server) => server.protocol)).toEqual([undefined, undefined, "2026-07-28", "2024-11-05"]);
  });

  test("an unknown revision names the file, the place and what was expected", async () => {
    const file = await writeTempConfig("mcp-drift.yml", "version: 1\nservers:\n  a:\n    command: x\n    protocol: 2026-01-01\n");
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:5:15: servers.a.protocol: expected one of auto, 2026-07-28, 2025-11-25, 2025-06-18, 2025-03-26, 2024-11-05, got "2026-01-01" (did you mean "2026-07-28"?)`,
    ]);
  });

  test("2026-07-28 over legacy SSE is refused at its place", async () => {
    const text = "version: 1\nservers:\n  b:\n    url: https://mcp.example.com/sse\n    transport: sse\n    protocol: 2026-07-28\n";
    const file = await writeTempConfig("mcp-drift.yml", text);
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:6:15: servers.b.protocol: protocol 2026-07-28 is not spoken over the legacy sse transport: use transport: streamable-http, or a 2025 revision`,
    ]);
  });
});
