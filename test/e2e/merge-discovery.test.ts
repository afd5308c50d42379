/**
 * merge finds its config as scan does: shards scanned in a folder with no mcp-drift.yml (its
 * servers discovered from a host file) are merged there with no --config, into the report the
 * unsharded scan makes.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CATALOG_SERVER, tempDir } from "../helpers/paths.js";

const env = { PATH: process.env.PATH };

it("merges shards of a discovered config with no --config", async () => {
  const dir = await tempDir("mcp-drift-merge-discovery-");
  const servers: Record<string, object> = {};
  for (const id of ["mail", "notes", "wiki"]) {
    const tools = [{ name: `${id}_read`, description: `Read ${id}.`, inputSchema: { type: "object" } }];
    await writeFile(join(dir, `${id}.json`), JSON.stringify({ serverInfo: { name: id, version: "1.0.0" }, tools }));
    servers[id] = { command: process.execPath, args: [CATALOG_SERVER, join(dir, `${id}.json`)] };
  }
  await writeFile(join(dir, ".mcp.json"), JSON.stringify({ mcpServers: servers }));
  const cli = (...args: string[]) => runCli(args, { cwd: dir, env });

  const update = await cli("update", "--server", "claude-code.mail");
  expect(update.code, update.stderr).toBe(0);
  const single = await cli("scan");
  const shards: string[] = [];
  for (const k of [1, 2]) {
    const shard = await cli("scan", "--shard", `${k}/2`, "--format", "json", "--output", `shard-${k}.json`);
    expect(shard.code, shard.stderr).toBe(0);
    shards.push(`shard-${k}.json`);
  }
  const merged = await cli("merge", ...shards);
  expect(merged.stderr).toContain("mcp-drift: no mcp-drift.yml; scanning the host files found: .mcp.json (Claude Code:");
  expect(merged.code, merged.stderr).toBe(single.code);
  expect(merged.stdout).toBe(single.stdout);
  expect(merged.stdout).toContain("claude-code.wiki");
}, 60_000);
