import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { UserError } from "../../src/model.js";
import { CONFIG_FIXTURES, DEFAULT_LIMITS, errorLines, makeTempFolder, writeTempConfig } from "./helpers.js";

const env = { HOME_DIR: "/home/me", TICKETS_TOKEN: "tok-123", EVENTS_URL: "https://events.example.com/sse" };
/** Every value expanded from the environment, whichever server it is for: any server could echo it. */
const RUN_SECRETS = ["/home/me", "tok-123", "https://events.example.com/sse"];

describe("loadConfig on mcp-drift.yml", () => {
  const file = join(CONFIG_FIXTURES, "mcp-drift.yml");

  test("reads every setting, applies defaults and makes paths absolute", async () => {
    const config = await loadConfig(file, { env });
    expect(config.file).toBe(file);
    expect(config.version).toBe(1);
    expect(config.snapshots).toBe(join(CONFIG_FIXTURES, "baselines"));
    expect(config.failOn).toBe("medium");
    expect(config.concurrency).toBe(2);
    expect(config.rules).toEqual({ "description-changed": "low", "tool-added": "off" });
    expect(config.ignore).toEqual([
      {
        rule: "suspicious-parameter",
        server: "filesystem",
        item: "tool:write_file",
        reason: "content is the file body the user asked to write",
        expires: "2027-03-01",
        fingerprint: "1ea87fa0ca244348178f502e712f6826e5638081ff8f34ce19db8a83c3032441",
      },
    ]);
  });

  test("keeps servers in file order, numeric ids included", async () => {
    const config = await loadConfig(file, { env });
    expect(config.servers.map((server) => server.id)).toEqual(["filesystem", "tickets", "legacy.events", "1"]);
  });

  test("normalises a stdio server: variables, $$, cwd, timeout", async () => {
    const [filesystem] = (await loadConfig(file, { env })).servers;
    expect(filesystem).toEqual({
      id: "filesystem",
      transport: "stdio",
      command: "npx",
      args: ["-y", "@modelcontextprotocol/server-filesystem@2026.8.31", ".", "costs $5"],
      env: { LOG_LEVEL: "info", HOME_DIR: "/home/me" },
      cwd: join(CONFIG_FIXTURES, "workspace"),
      timeoutMs: 500,
      ...DEFAULT_LIMITS,
      secrets: RUN_SECRETS,
    });
  });

  test("normalises remote servers: transport default, minutes and fractional seconds", async () => {
    const servers = (await loadConfig(file, { env })).servers;
    expect(servers[1]).toEqual({
      id: "tickets",
      transport: "streamable-http",
      url: "https://mcp.example.com/mcp",
      headers: { Authorization: "Bearer tok-123" },
      timeoutMs: 120_000,
      ...DEFAULT_LIMITS,
      secrets: RUN_SECRETS,
    });
    expect(servers[2]).toMatchObject({ id: "legacy.events", transport: "sse", url: env.EVENTS_URL, timeoutMs: 1500 });
    // A stdio server without `cwd` runs in the config file's folder.
    expect(servers[3]).toEqual({
      id: "1",
      transport: "stdio",
      command: "./bin/server",
      cwd: dirname(file),
      timeoutMs: 30_000,
      ...DEFAULT_LIMITS,
      secrets: RUN_SECRETS,
    });
  });

  test("a set variable beats its default and becomes a secret", async () => {
    const [filesystem] = (await loadConfig(file, { env: { ...env, LOG_LEVEL: "debug" } })).servers;
    expect(filesystem?.env?.LOG_LEVEL).toBe("debug");
    expect(filesystem?.secrets).toEqual(["debug", ...RUN_SECRETS]);
  });

  test("every server redacts the run's secrets: every server's, the caller's and the scanner's own", async () => {
    const scannerEnv = { ...env, DEPLOY_API_KEY: "dk-Live-7Hq2Wm9Xc4Rt", GIT_AUTHOR_NAME: "Jane Developer" };
    const config = await loadConfig(file, { env: scannerEnv, secrets: ["ghs_input_token_0123", ""] });
    const expected = [...RUN_SECRETS, "ghs_input_token_0123", "dk-Live-7Hq2Wm9Xc4Rt"];
    expect(config.secrets).toEqual(expected);
    // One list for the whole run, so its redactor is built once.
    for (const server of config.servers) expect(server.secrets).toBe(config.secrets);
  });

  test("accepts rule ids from knownRules", async () => {
    const knownRules = ["description-changed", "tool-added", "suspicious-parameter"];
    await expect(loadConfig(file, { env, knownRules })).resolves.toMatchObject({ failOn: "medium" });
  });

  test("locates problems inside a YAML alias at the anchored value", async () => {
    const text = [
      "version: 1",
      "servers:",
      "  a:",
      "    command: x",
      '    env: &common { LEVEL: "${LEVEL}" }',
      "  b:",
      "    command: y",
      "    env: *common",
    ].join("\n");
    const file = await writeTempConfig("mcp-drift.yml", text);
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:5:27: servers.a.env.LEVEL: environment variable LEVEL is not set`,
      `${file}:5:27: servers.b.env.LEVEL: environment variable LEVEL is not set`,
    ]);
  });

  test("reads a file with a byte order mark and CRLF line ends", async () => {
    const file = await writeTempConfig("mcp-drift.yml", "\uFEFFversion: 1\r\nservers:\r\n  a:\r\n    command: x\r\n");
    expect((await loadConfig(file)).servers.map((server) => server.id)).toEqual(["a"]);
  });

  test("uses the documented defaults for a minimal file", async () => {
    const minimal = await writeTempConfig("mcp-drift.yml", "version: 1\nservers:\n  a:\n    command: x\n");
    const config = await loadConfig(minimal, { env: {} });
    expect(config).toMatchObject({ snapshots: join(dirname(minimal), "snapshots"), failOn: "high", concurrency: 16 });
    expect(config.rules).toEqual({});
    expect(config.ignore).toEqual([]);
  });
});

describe("loadConfig errors", () => {
  test("lists every schema problem as file:line:col: path: expectation, in file order", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "problems.yml");
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:2:9: failOn: expected one of critical, high, medium, low, info, never, got "hgih" (did you mean "high"?)`,
      `${file}:3:14: concurrency: expected at most 64, got 100`,
      `${file}:6:5: servers.tickets: expected either "command" (stdio) or "url" (remote)`,
      `${file}:8:5: servers.files: expected either "command" (stdio) or "url" (remote)`,
      `${file}:8:5: servers.files: unknown key "cmd" (did you mean "command"?)`,
      `${file}:10:5: servers.both: mixes stdio keys ("command") with remote keys ("url"); a server is either stdio ("command") or remote ("url")`,
      `${file}:12:3: servers: invalid key "Bad Id": expected a server id: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, at most 128 characters`,
      `${file}:16:14: servers.slow.timeout: expected a duration such as 500ms, 30s or 2m, or a number of seconds, got "3h"`,
      `${file}:17:20: servers.slow.args[1]: expected a string, got 8080 (quote it)`,
      `${file}:19:5: ignore[0]: missing required key "reason"`,
      `${file}:20:11: ignore[0].item: expected tool:NAME, prompt:NAME, resource:URI, resourceTemplate:URI_TEMPLATE or server:ID, got "tools:x"`,
      `${file}:21:14: ignore[0].expires: expected a date that exists, as YYYY-MM-DD, got "2027-13-01"`,
    ]);
  });

  test("reports unset variables, bad expanded URLs, unknown rules and unknown servers together", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "unresolved.yml");
    const knownRules = ["description-changed", "tool-added"];
    expect(await errorLines(loadConfig(file, { env: {}, knownRules }))).toEqual([
      `${file}:6:22: servers.tickets.headers.Authorization: environment variable TICKETS_TOKEN is not set`,
      `${file}:8:10: servers.events.url: expected an http:// or https:// URL once variables are expanded, got "\${EVENTS_URL:-ftp://example.com}"`,
      `${file}:10:3: rules: unknown rule "description-chnaged" (did you mean "description-changed"?)`,
      `${file}:13:13: ignore[0].server: unknown server "ticket" (did you mean "tickets"?)`,
    ]);
  });

  test("an ignore needs a reason in words, a date that exists, a readable item and a whole fingerprint", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "ignores.yml");
    const reason = "expected a reason in words: at least two, not counting spaces and invisible characters";
    const item =
      "expected an item without invisible characters or words that mix Latin with Cyrillic or Greek letters; " +
      "to accept a finding on such an item, bind the ignore to its fingerprint";
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:9:13: ignore[0].reason: ${reason}, got " "`,
      `${file}:11:13: ignore[1].reason: ${reason}, got "\\t"`,
      `${file}:13:13: ignore[2].reason: ${reason}, got "\\u200B"`,
      `${file}:15:13: ignore[3].reason: ${reason}, got "\\u3164 \\u3164"`,
      `${file}:17:13: ignore[4].reason: ${reason}, got "ok"`,
      `${file}:20:14: ignore[5].expires: expected a date that exists, as YYYY-MM-DD, got "2099-02-31"`,
      `${file}:23:14: ignore[6].expires: expected a date that exists, as YYYY-MM-DD, got "2027-02-29"`,
      `${file}:25:11: ignore[7].item: ${item}, got "tool:write_file\\u200B"`,
      `${file}:28:11: ignore[8].item: ${item}, got "tool:wr\u0456te_file"`,
      `${file}:32:18: ignore[9].fingerprint: expected a fingerprint as printed in the JSON report: 64 lowercase hex digits, got "3f2a9c1b"`,
    ]);
  });

  test("names an unknown ignore rule when knownRules lacks it", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "unresolved.yml");
    const lines = await errorLines(loadConfig(file, { env: { TICKETS_TOKEN: "t" }, knownRules: ["description-changed"] }));
    expect(lines).toContain(`${file}:12:11: ignore[0].rule: unknown rule "tool-added"`);
  });

  test("without knownRules any well-formed rule id is accepted", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "unresolved.yml");
    const lines = await errorLines(loadConfig(file, { env: {} }));
    expect(lines.some((line) => line.includes("unknown rule"))).toBe(false);
  });

  test("a YAML syntax error names the file and line:col", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "syntax.yml");
    expect(await errorLines(loadConfig(file))).toEqual([`${file}:5:3: Map keys must be unique`]);
  });

  test("a missing file is a UserError naming it", async () => {
    const lines = await errorLines(loadConfig("no-such-dir/mcp-drift.yml"));
    expect(lines).toEqual(["no-such-dir/mcp-drift.yml: file not found"]);
  });

  test("a folder is not a config file", async () => {
    const nested = join(await makeTempFolder(), "mcp-drift.yml");
    await mkdir(nested);
    expect(await errorLines(loadConfig(nested))).toEqual([`${nested}: is a folder, not a config file`]);
  });

  test("the top level must be a mapping", async () => {
    const list = await writeTempConfig("mcp-drift.yml", "# servers\n- a\n- b\n");
    expect(await errorLines(loadConfig(list))).toEqual([`${list}:2:1: expected a mapping, got a list`]);
    const empty = await writeTempConfig("mcp-drift.yml", "");
    expect(await errorLines(loadConfig(empty))).toEqual([`${empty}:1:1: expected a mapping, got nothing`]);
  });

  test("a missing version is reported, even when the file looks like a VS Code file", async () => {
    const file = await writeTempConfig("mcp-drift.yml", "servers:\n  a:\n    command: x\n");
    expect(await errorLines(loadConfig(file))).toEqual([`${file}:1:1: missing required key "version"`]);
  });

  test("a config without servers scans nothing, so it is an error", async () => {
    const file = await writeTempConfig("mcp-drift.yml", "version: 1\nservers: {}\n");
    expect(await errorLines(loadConfig(file))).toEqual([`${file}:2:10: servers: expected at least one entry, got an empty mapping`]);
  });

  test("the UserError carries the absolute file path", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "syntax.yml");
    await expect(loadConfig(file)).rejects.toMatchObject({ name: "UserError", file });
    await expect(loadConfig(file)).rejects.toBeInstanceOf(UserError);
  });

  test("ids that escape the snapshot folder are rejected", async () => {
    const file = await writeTempConfig("mcp-drift.yml", 'version: 1\nservers:\n  "..":\n    command: x\n  a/b:\n    command: x\n');
    const lines = await errorLines(loadConfig(file));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${escapeRegExp(file)}:3:3: servers: invalid key "\\.\\.": expected a server id`));
    expect(lines[1]).toMatch(new RegExp(`^${escapeRegExp(file)}:5:3: servers: invalid key "a/b": expected a server id`));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
