import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { toServerId } from "../../src/config/formats.js";
import { CONFIG_FIXTURES, DEFAULT_LIMITS, errorLines, writeTempConfig } from "./helpers.js";

// Every server redacts the run's secrets, whichever server they were configured for.
describe("host files are read as they are", () => {
  test("Claude Desktop: stdio entries, names made into ids, disabled servers skipped, other settings ignored", async () => {
    const file = join(CONFIG_FIXTURES, "claude-desktop", "claude_desktop_config.json");
    const config = await loadConfig(file, { env: { GITHUB_TOKEN: "ghp_secret" } });
    expect(config).toMatchObject({
      file,
      version: 1,
      snapshots: join(CONFIG_FIXTURES, "claude-desktop", "snapshots"),
      failOn: "high",
      concurrency: 4,
      rules: {},
      ignore: [],
    });
    expect(config.servers).toEqual([
      {
        id: "filesystem",
        transport: "stdio",
        command: "npx",
        args: ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"],
        cwd: join(CONFIG_FIXTURES, "claude-desktop"),
        timeoutMs: 30_000,
        ...DEFAULT_LIMITS,
        secrets: ["ghp_secret"],
      },
      {
        id: "github-tools",
        transport: "stdio",
        command: "docker",
        args: ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
        env: { GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_secret" },
        cwd: join(CONFIG_FIXTURES, "claude-desktop"),
        timeoutMs: 30_000,
        ...DEFAULT_LIMITS,
        secrets: ["ghp_secret"],
      },
    ]);
  });

  test("Claude Code .mcp.json: type http, sse and stdio", async () => {
    const file = join(CONFIG_FIXTURES, "claude-code", ".mcp.json");
    const config = await loadConfig(file, { env: { SENTRY_TOKEN: "sntrys_1" } });
    expect(config.servers).toEqual([
      {
        id: "sentry",
        transport: "streamable-http",
        url: "https://mcp.sentry.dev/mcp",
        headers: { Authorization: "Bearer sntrys_1" },
        timeoutMs: 30_000,
        ...DEFAULT_LIMITS,
        secrets: ["sntrys_1"],
      },
      { id: "asana", transport: "sse", url: "https://mcp.asana.com/sse", timeoutMs: 30_000, ...DEFAULT_LIMITS, secrets: ["sntrys_1"] },
      {
        id: "local",
        transport: "stdio",
        command: "node",
        args: ["server.js"],
        env: {},
        cwd: join(CONFIG_FIXTURES, "claude-code"),
        timeoutMs: 30_000,
        ...DEFAULT_LIMITS,
        secrets: ["sntrys_1"],
      },
    ]);
  });

  test("VS Code mcp.json: comments, trailing commas, ${env:NAME}, inputs and envFile ignored", async () => {
    const file = join(CONFIG_FIXTURES, "vscode", "mcp.json");
    const config = await loadConfig(file, { env: { PLAYWRIGHT_KEY: "pk", GITHUB_TOKEN: "gh" } });
    expect(config.servers).toEqual([
      {
        id: "playwright",
        transport: "stdio",
        command: "npx",
        args: ["@playwright/mcp@latest"],
        env: { API_KEY: "pk" },
        cwd: join(CONFIG_FIXTURES, "vscode"),
        timeoutMs: 30_000,
        ...DEFAULT_LIMITS,
        secrets: ["pk", "gh"],
      },
      {
        id: "github",
        transport: "streamable-http",
        url: "https://api.githubcopilot.com/mcp/",
        headers: { Authorization: "Bearer gh" },
        timeoutMs: 30_000,
        ...DEFAULT_LIMITS,
        secrets: ["pk", "gh"],
      },
    ]);
  });

  test("Gemini CLI settings.json: httpUrl is Streamable HTTP, timeout is milliseconds", async () => {
    const file = join(CONFIG_FIXTURES, "gemini", "settings.json");
    const config = await loadConfig(file, { env: { API_KEY: "k" } });
    expect(config.servers).toEqual([
      {
        id: "httpserver",
        transport: "streamable-http",
        url: "https://api.example.com/mcp",
        headers: { "X-Api-Key": "k" },
        timeoutMs: 5000,
        ...DEFAULT_LIMITS,
        secrets: ["k"],
      },
      {
        id: "pythontools",
        transport: "stdio",
        command: "python",
        args: ["-m", "my_mcp_server"],
        cwd: join(CONFIG_FIXTURES, "gemini", "mcp-servers", "python"),
        timeoutMs: 30_000,
        ...DEFAULT_LIMITS,
        secrets: ["k"],
      },
    ]);
  });

  test("a url without a type is Streamable HTTP", async () => {
    const file = await writeTempConfig("mcp.json", '{"mcpServers": {"remote": {"url": "https://example.com/mcp"}}}');
    const [server] = (await loadConfig(file)).servers;
    expect(server).toMatchObject({ id: "remote", transport: "streamable-http", url: "https://example.com/mcp" });
  });
});

describe("host file errors point into the host file", () => {
  test("a VS Code ${input:…} variable can't be resolved in CI", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "vscode-input.json");
    expect(await errorLines(loadConfig(file, { env: {} }))).toEqual([
      `${file}:7:38: servers.perplexity.env.PERPLEXITY_API_KEY: "\${input:perplexity-key}" is a VS Code input variable, prompted for in the editor, so it can't be resolved in CI; use \${env:NAME} or \${NAME} instead`,
    ]);
  });

  test("names that become the same id collide; an unknown type is named", async () => {
    const file = join(CONFIG_FIXTURES, "invalid", "id-collision.json");
    expect(await errorLines(loadConfig(file))).toEqual([
      `${file}:5:5: mcpServers: "my server" and "My Server" both become server id "my-server"; rename one`,
      `${file}:6:58: mcpServers.weird.type: expected one of stdio, http, sse, got "websocket"`,
    ]);
  });

  test("schema problems are reported under the host's own key names", async () => {
    const text = ['{"mcpServers": {', '  "Docs": {"httpUrl": "ftp://docs"},', '  "Empty": {"args": ["x"]}', "}}"].join("\n");
    const file = await writeTempConfig("settings.json", text);
    expect(await errorLines(loadConfig(file))).toEqual([
      `${file}:2:23: mcpServers.Docs.httpUrl: expected an http:// or https:// URL, got "ftp://docs"`,
      `${file}:3:12: mcpServers.Empty: expected either "command" (stdio) or "url" (remote)`,
    ]);
  });

  test("a bare $NAME asks for ${NAME}", async () => {
    const file = await writeTempConfig("mcp.json", '{"mcpServers": {"a": {"command": "x", "env": {"K": "$API_KEY"}}}}');
    expect(await errorLines(loadConfig(file))).toEqual([
      `${file}:1:52: mcpServers.a.env.K: write "\${API_KEY}" for the variable API_KEY, or "$$" for a literal "$"`,
    ]);
  });

  test("a name with nothing usable in it can't become an id", async () => {
    const file = await writeTempConfig("mcp.json", '{"mcpServers": {\n  "???": {"command": "x"},\n  "ok": {"command": "y"}\n}}');
    expect(await errorLines(loadConfig(file))).toEqual([
      `${file}:2:3: mcpServers: can't make a server id from "???": use letters or digits`,
    ]);
  });
});

describe("toServerId", () => {
  test.each([
    ["filesystem", "filesystem"],
    ["My Server", "my-server"],
    ["GitHub  (beta)", "github-beta"],
    ["@scope/pkg", "scope-pkg"],
    ["already.valid_id-1", "already.valid_id-1"],
    ["..", ""],
  ])("%j → %j", (name, id) => {
    expect(toServerId(name)).toBe(id);
  });
});
