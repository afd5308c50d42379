/**
 * Every host format, read as its host reads it: each fixture in fixtures/hosts/ is modelled on
 * that host's documentation (fixtures/hosts/README.md names the page) and loads to the servers
 * the host would start.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { toServerId } from "../../src/config/formats.js";
import { HOST_FORMATS, hostFormatOf } from "../../src/config/hosts/index.js";
import { loadConfig } from "../../src/config/index.js";
import type { ServerConfig } from "../../src/model.js";
import { CONFIG_FIXTURES, errorLines, makeTempFolder, writeTempConfig } from "./helpers.js";

const HOSTS = fileURLToPath(new URL("../../fixtures/hosts", import.meta.url));

/** A server without the limits and the run-wide secret list every server carries. */
function brief({ secrets: _secrets, maxItems: _items, maxResponseBytes: _response, maxCatalogBytes: _catalog, ...server }: ServerConfig) {
  return server;
}

async function servers(file: string, env: NodeJS.ProcessEnv = {}) {
  return (await loadConfig(file, { env })).servers.map(brief);
}

/** Writes `text` at `relative` under a fresh folder, as a host would find it there. */
async function writeHostFile(relative: string, text: string): Promise<string> {
  const file = join(await makeTempFolder(), relative);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

describe("each host's documented file loads to the servers the host starts", () => {
  test("Claude Desktop: stdio servers, started in the file's folder", async () => {
    const folder = join(HOSTS, "claude-desktop");
    const config = await loadConfig(join(folder, "claude_desktop_config.json"), { env: {} });
    expect(config.servers.map(brief)).toEqual([
      {
        id: "filesystem",
        transport: "stdio",
        command: "npx",
        args: ["-y", "@modelcontextprotocol/server-filesystem", "/Users/username/Desktop", "/Users/username/Downloads"],
        cwd: folder,
        timeoutMs: 30_000,
      },
    ]);
    expect(config.snapshots).toBe(join(folder, "snapshots"));
    expect(config.notices).toBeUndefined();
  });

  test("Claude Code .mcp.json: ${NAME} and ${NAME:-default}, type http", async () => {
    const folder = join(HOSTS, "claude-code");
    const file = join(folder, ".mcp.json");
    expect(await servers(file, { API_KEY: "k1" })).toEqual([
      { id: "shared-server", transport: "stdio", command: "/path/to/server", args: [], env: {}, cwd: folder, timeoutMs: 30_000 },
      {
        id: "api-server",
        transport: "streamable-http",
        url: "https://api.example.com/mcp",
        headers: { Authorization: "Bearer k1" },
        timeoutMs: 30_000,
      },
    ]);
    const [, api] = await servers(file, { API_KEY: "k1", API_BASE_URL: "https://staging.example.com" });
    expect(api?.url).toBe("https://staging.example.com/mcp");
  });

  test("Claude Code ~/.claude.json: user servers and each project's own, named by project", async () => {
    const file = join(HOSTS, "claude-code", ".claude.json");
    const loaded = await servers(file, { AIRTABLE_API_KEY: "air" });
    expect(loaded.map((server) => [server.id, server.transport])).toEqual([
      ["airtable", "stdio"],
      ["web-app-sentry", "streamable-http"],
    ]);
    expect(loaded[0]?.env).toEqual({ AIRTABLE_API_KEY: "air" });
  });

  test("Cursor: ${env:NAME}, ${workspaceFolder} is the folder above .cursor, envFile under env", async () => {
    const workspace = join(HOSTS, "cursor");
    const config = await loadConfig(join(workspace, ".cursor", "mcp.json"), { env: { API_KEY: "k2" } });
    expect(config.servers.map(brief)).toEqual([
      {
        id: "server-name",
        transport: "stdio",
        command: "npx",
        args: ["-y", "mcp-server"],
        env: { DATABASE_URL: "postgres://localhost/dev", LOG_LEVEL: "debug", API_KEY: "k2" },
        cwd: workspace,
        timeoutMs: 30_000,
      },
      {
        id: "local-server",
        transport: "stdio",
        command: "python",
        args: [join(workspace, "mcp_server.py")],
        cwd: workspace,
        timeoutMs: 30_000,
      },
      {
        id: "remote-server",
        transport: "http",
        url: "http://localhost:3000/mcp",
        headers: { API_KEY: "k2" },
        timeoutMs: 30_000,
      },
    ]);
    // What an envFile holds is as secret as what the environment holds.
    expect(config.secrets).toEqual(expect.arrayContaining(["k2", "postgres://localhost/dev", "debug"]));
    expect(config.snapshots).toBe(join(workspace, "snapshots"));
  });

  test("VS Code mcp.json: JSONC, envFile taken literally, an input not set skips its server with a notice", async () => {
    const workspace = join(HOSTS, "vscode");
    const config = await loadConfig(join(workspace, ".vscode", "mcp.json"), { env: {} });
    expect(config.servers.map(brief)).toEqual([
      {
        id: "memory",
        transport: "stdio",
        command: "npx",
        args: ["-y", "@modelcontextprotocol/server-memory"],
        // VS Code expands no variables inside the env file.
        env: { MEMORY_FILE_PATH: "${workspaceFolder}/memory.json", MEMORY_TOKEN: "mem-t0ken" },
        cwd: workspace,
        timeoutMs: 30_000,
      },
      { id: "context7", transport: "http", url: "https://mcp.context7.com/mcp", timeoutMs: 30_000 },
    ]);
    expect(config.secrets).toContain("mem-t0ken");
    expect(config.notices).toEqual([
      `${join(workspace, ".vscode", "mcp.json")}: server "perplexity" not scanned: it needs the VS Code input "perplexity-key", prompted for in the editor; set MCP_DRIFT_INPUT_PERPLEXITY_KEY to scan it in CI`,
    ]);
  });

  test("VS Code mcp.json: an input set in the environment is used, and is a secret", async () => {
    const config = await loadConfig(join(HOSTS, "vscode", ".vscode", "mcp.json"), { env: { MCP_DRIFT_INPUT_PERPLEXITY_KEY: "pplx-1" } });
    expect(config.servers.map((server) => server.id)).toEqual(["memory", "perplexity", "context7"]);
    expect(config.servers[1]?.env).toEqual({ PERPLEXITY_API_KEY: "pplx-1" });
    expect(config.secrets).toContain("pplx-1");
    expect(config.notices).toBeUndefined();
  });

  test("VS Code settings.json: the mcp block, ${workspaceFolder} and ${userHome}", async () => {
    const workspace = join(HOSTS, "vscode");
    expect(await servers(join(workspace, ".vscode", "settings.json"), { MY_TOKEN: "t" })).toEqual([
      {
        id: "my-mcp-server",
        transport: "stdio",
        command: "my-command",
        args: ["--root", workspace, "--home", homedir()],
        env: { TOKEN: "t" },
        cwd: workspace,
        timeoutMs: 30_000,
      },
    ]);
  });

  test("Windsurf: serverUrl, ${env:NAME}, a disabled server skipped with a notice", async () => {
    const file = join(HOSTS, "windsurf", "mcp_config.json");
    const config = await loadConfig(file, { env: { GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_1", AUTH_TOKEN: "a1" } });
    expect(config.servers.map(brief)).toEqual([
      {
        id: "github",
        transport: "stdio",
        command: "npx",
        args: ["-y", "@modelcontextprotocol/server-github"],
        env: { GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_1" },
        cwd: join(HOSTS, "windsurf"),
        timeoutMs: 30_000,
      },
      {
        id: "figma",
        transport: "http",
        url: "https://your-server-url/mcp",
        headers: { Authorization: "Bearer a1" },
        timeoutMs: 30_000,
      },
    ]);
    expect(config.notices).toEqual([`${file}: server "git" not scanned: it is disabled in the host file (disabled: true)`]);
  });

  test("Gemini CLI: url is SSE, httpUrl Streamable HTTP, $NAME and ${NAME}, timeouts in ms, cwd from the project", async () => {
    const project = join(HOSTS, "gemini");
    const env = { DB_CONNECTION_STRING: "postgres://db", EXTERNAL_API_KEY: "ext" };
    expect(await servers(join(project, ".gemini", "settings.json"), env)).toEqual([
      {
        id: "pythontools",
        transport: "stdio",
        command: "python",
        args: ["-m", "my_mcp_server", "--port", "8080"],
        env: { DATABASE_URL: "postgres://db", API_KEY: "ext" },
        cwd: join(project, "mcp-servers", "python"),
        timeoutMs: 15_000,
      },
      { id: "discoveredserver", transport: "sse", url: "https://api.example.com/sse", timeoutMs: 30_000 },
      {
        id: "httpserverwithauth",
        transport: "streamable-http",
        url: "http://localhost:3000/mcp",
        headers: { Authorization: "Bearer your-api-token" },
        timeoutMs: 5000,
      },
      { id: "filteredserver", transport: "stdio", command: "python", args: ["-m", "my_mcp_server"], cwd: project, timeoutMs: 30_000 },
    ]);
  });

  test("Codex config.toml: env_vars and env_http_headers from the environment, bearer_token_env_var, enabled = false", async () => {
    const file = join(HOSTS, "codex", ".codex", "config.toml");
    const config = await loadConfig(file, { env: { API_KEY2: "k2", FIGMA_TOKEN: "fig", FIGMA_API_KEY: "fk" } });
    expect(config.servers.map(brief)).toEqual([
      {
        id: "server_name",
        transport: "stdio",
        command: "npx",
        args: ["-y", "mcp-server"],
        env: { API_KEY2: "k2", API_KEY: "value" },
        cwd: "/Users/me/code/my-server",
        timeoutMs: 30_000,
      },
      {
        id: "figma",
        transport: "streamable-http",
        url: "https://mcp.figma.com/mcp",
        headers: { "X-Figma-Region": "us-east-1", "X-Api-Key": "fk", Authorization: "Bearer fig" },
        timeoutMs: 30_000,
      },
    ]);
    expect(config.notices).toEqual([`${file}: server "docs" not scanned: it is disabled in the host file (enabled: false)`]);
  });

  test("Codex: an env_vars name or env_http_headers variable that is not set is left out, as Codex leaves it out", async () => {
    const file = join(HOSTS, "codex", ".codex", "config.toml");
    const config = await loadConfig(file, { env: { FIGMA_TOKEN: "fig", FIGMA_API_KEY: "  " } });
    expect(config.servers.map((server) => [server.id, server.env ?? server.headers])).toEqual([
      ["server_name", { API_KEY: "value" }],
      ["figma", { "X-Figma-Region": "us-east-1", Authorization: "Bearer fig" }],
    ]);
  });

  test("Zed: flat and nested command shapes, remote url; an extension's server is skipped with a notice", async () => {
    const project = join(HOSTS, "zed");
    const file = join(project, ".zed", "settings.json");
    const config = await loadConfig(file, { env: {} });
    expect(config.servers.map(brief)).toEqual([
      {
        id: "local-mcp-server",
        transport: "stdio",
        command: "some-command",
        args: ["arg-1", "arg-2"],
        env: {},
        cwd: project,
        timeoutMs: 30_000,
      },
      {
        id: "remote-mcp-server",
        transport: "streamable-http",
        url: "https://example.com/mcp",
        headers: { Authorization: "Bearer <token>" },
        timeoutMs: 30_000,
      },
      {
        id: "your-mcp-server",
        transport: "stdio",
        command: "some-command",
        args: ["arg-1", "arg-2"],
        env: {},
        cwd: project,
        timeoutMs: 30_000,
      },
    ]);
    expect(config.notices).toEqual([
      `${file}: server "github-mcp-server" not scanned: it is provided by a Zed extension, which only Zed can start`,
    ]);
  });

  test("Continue config.yaml: an mcpServers list, ${{ secrets.NAME }} from the environment, type sse", async () => {
    const config = await servers(join(HOSTS, "continue", ".continue", "config.yaml"), { GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_2" });
    expect(config.map((server) => [server.id, server.transport])).toEqual([
      ["sqlite-mcp", "stdio"],
      ["github", "stdio"],
      ["remote", "sse"],
    ]);
    expect(config[0]?.args).toEqual(["-y", "mcp-sqlite", "/path/to/your/database.db"]);
    expect(config[1]?.env).toEqual({ GITHUB_PERSONAL_ACCESS_TOKEN: "ghp_2" });
    expect(config[2]?.url).toBe("https://example.com/sse");
  });

  test("Continue block files: YAML blocks and Claude-shaped JSON in .continue/mcpServers/", async () => {
    const blocks = join(HOSTS, "continue", ".continue", "mcpServers");
    expect(await servers(join(blocks, "playwright-mcp.yaml"))).toEqual([
      {
        id: "browser-search",
        transport: "stdio",
        command: "npx",
        args: ["@playwright/mcp@latest"],
        cwd: join(HOSTS, "continue"),
        timeoutMs: 30_000,
      },
    ]);
    const [memory] = await servers(join(blocks, "mcp.json"));
    expect(memory).toMatchObject({ id: "memory", command: "npx", cwd: join(HOSTS, "continue") });
  });

  test("opencode.jsonc: local command lists, environment, {env:NAME}, enabled: false", async () => {
    const project = join(HOSTS, "opencode");
    const file = join(project, "opencode.jsonc");
    const config = await loadConfig(file, { env: { CONTEXT7_API_KEY: "c7" } });
    expect(config.servers.map(brief)).toEqual([
      {
        id: "my-local-mcp-server",
        transport: "stdio",
        command: "npx",
        args: ["-y", "my-mcp-command"],
        env: { MY_ENV_VAR: "my_env_var_value" },
        cwd: project,
        timeoutMs: 30_000,
      },
      {
        id: "context7",
        transport: "http",
        url: "https://mcp.context7.com/mcp",
        headers: { CONTEXT7_API_KEY: "c7" },
        timeoutMs: 30_000,
      },
    ]);
    expect(config.notices).toEqual([`${file}: server "my-mcp-foo" not scanned: it is disabled in the host file (enabled: false)`]);
  });

  test("opencode .agents/mcp.json: the server map alone", async () => {
    const file = await writeHostFile(
      ".agents/mcp.json",
      '{"jira": {"type": "remote", "url": "https://jira.example.com/mcp", "enabled": true}}',
    );
    expect(await servers(file)).toEqual([{ id: "jira", transport: "http", url: "https://jira.example.com/mcp", timeoutMs: 30_000 }]);
  });
});

describe("which host reads a file", () => {
  test.each([
    ["claude-desktop/claude_desktop_config.json", "claude-desktop"],
    ["claude-code/.mcp.json", "claude-code"],
    ["claude-code/.claude.json", "claude-code"],
    ["cursor/.cursor/mcp.json", "cursor"],
    ["vscode/.vscode/mcp.json", "vscode"],
    ["vscode/.vscode/settings.json", "vscode"],
    ["windsurf/mcp_config.json", "windsurf"],
    ["gemini/.gemini/settings.json", "gemini"],
    ["codex/.codex/config.toml", "codex"],
    ["zed/.zed/settings.json", "zed"],
    ["continue/.continue/config.yaml", "continue"],
    ["continue/.continue/mcpServers/playwright-mcp.yaml", "continue"],
    ["continue/.continue/mcpServers/mcp.json", "continue"],
    ["opencode/opencode.jsonc", "opencode"],
  ])("%s is %s's", async (relative, host) => {
    const config = await import("../../src/config/formats.js").then(({ readConfigSource }) =>
      readConfigSource(relative, join(HOSTS, relative)),
    );
    expect(hostFormatOf(config.path, config.data)?.format.id).toBe(host);
  });

  test("every host has a fixture, project files are relative paths, and ids are unique", () => {
    const ids = HOST_FORMATS.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([
      "claude-code",
      "claude-desktop",
      "codex",
      "continue",
      "cursor",
      "gemini",
      "opencode",
      "vscode",
      "windsurf",
      "zed",
    ]);
    for (const format of HOST_FORMATS) {
      for (const path of [...format.projectFiles, ...format.userFiles]) expect(path).toMatch(/^[^/~][^\\]*[^/]$/);
    }
  });

  test("an mcpServers file with no host in its name reads as Claude Code's; a YAML file with servers is mcp-drift's", async () => {
    const remote = await writeTempConfig("servers.json", '{"mcpServers": {"remote": {"url": "https://example.com/mcp"}}}');
    expect(await servers(remote)).toEqual([
      { id: "remote", transport: "streamable-http", url: "https://example.com/mcp", timeoutMs: 30_000 },
    ]);
    const own = await writeTempConfig("mcp-drift.yml", "servers:\n  a:\n    command: x\n");
    expect(await errorLines(loadConfig(own))).toEqual([`${own}:1:1: missing required key "version"`]);
  });
});

describe("variables, as each host spells them", () => {
  test("Gemini: a $ before anything but a name is literal; an unset $NAME is named where it is", async () => {
    const text = '{"mcpServers": {"a": {"command": "x", "args": ["costs $5", "$$", "${HOME_DIR}/x"], "env": {"K": "$MISSING"}}}}';
    const file = await writeHostFile(".gemini/settings.json", text);
    expect(await errorLines(loadConfig(file, { env: { HOME_DIR: "/h" } }))).toEqual([
      `${file}:1:97: mcpServers.a.env.K: environment variable MISSING is not set`,
    ]);
    const [server] = await servers(file, { HOME_DIR: "/h", MISSING: "m" });
    expect(server?.args).toEqual(["costs $5", "$$", "/h/x"]);
  });

  test("Codex and Zed take every string literally", async () => {
    const codex = await writeHostFile(".codex/config.toml", '[mcp_servers.a]\ncommand = "x"\nargs = ["${HOME}", "$$", "$5"]\n');
    expect((await servers(codex))[0]?.args).toEqual(["${HOME}", "$$", "$5"]);
    const zed = await writeHostFile(".zed/settings.json", '{"context_servers": {"a": {"command": "x", "args": ["${HOME}", "$X"]}}}');
    expect((await servers(zed))[0]?.args).toEqual(["${HOME}", "$X"]);
  });

  test("opencode: {env:NAME} only; Continue: ${{ secrets.NAME }} only", async () => {
    const opencode = await writeHostFile("opencode.json", '{"mcp": {"a": {"type": "local", "command": ["x", "{env:TOKEN}", "${TOKEN}"]}}}');
    expect((await servers(opencode, { TOKEN: "t" }))[0]?.args).toEqual(["t", "${TOKEN}"]);
    const continueFile = await writeHostFile(
      ".continue/mcpServers/a.yaml",
      'name: a\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: a\n    command: x\n    args: ["${{ secrets.TOKEN }}", "${{ inputs.TOKEN }}", "${TOKEN}"]\n',
    );
    expect((await servers(continueFile, { TOKEN: "t" }))[0]?.args).toEqual(["t", "t", "${TOKEN}"]);
  });

  test("Cursor: ${workspaceFolderBasename}, ${pathSeparator} and ${/}", async () => {
    const file = await writeHostFile(
      ".cursor/mcp.json",
      '{"mcpServers": {"a": {"command": "x", "args": ["${workspaceFolderBasename}${/}y${pathSeparator}z"]}}}',
    );
    const workspace = dirname(dirname(file));
    expect((await servers(file))[0]?.args).toEqual([`${workspace.split("/").at(-1)}/y/z`]);
  });
});

describe("host file errors point into the host file", () => {
  test("a bad value in VS Code's JSONC names the file, line, column and what was expected", async () => {
    const text = ["{", "  // comment", '  "servers": {', '    "a": {"command": "x", "args": "--verbose",},', "  },", "}"].join("\n");
    const file = await writeHostFile(".vscode/mcp.json", text);
    expect(await errorLines(loadConfig(file))).toEqual([`${file}:4:35: servers.a.args: expected a list, got "--verbose"`]);
  });

  test("a bad value in Codex's TOML is placed too, and so is a TOML syntax error", async () => {
    const text = ['model = "o3"', "", "[mcp_servers.docs]", 'command = "docs-server"', "args = 4000", ""].join("\n");
    const file = await writeHostFile(".codex/config.toml", text);
    expect(await errorLines(loadConfig(file))).toEqual([`${file}:5:8: mcp_servers.docs.args: expected a list, got 4000`]);
    const broken = await writeHostFile(".codex/config.toml", '[mcp_servers.docs]\ncommand = "docs-server\n');
    const [line] = await errorLines(loadConfig(broken));
    expect(line).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:\\d+: `));
  });

  test("opencode: args errors point into the command list", async () => {
    const file = await writeHostFile("opencode.json", '{"mcp": {\n  "a": {"type": "local", "command": ["x", 5]}\n}}');
    expect(await errorLines(loadConfig(file))).toEqual([`${file}:2:43: mcp.a.command[1]: expected a string, got 5 (quote it)`]);
    const wrongType = await writeHostFile("opencode.json", '{"mcp": {\n  "a": {"type": "stdio", "command": ["x"]}\n}}');
    expect(await errorLines(loadConfig(wrongType))).toEqual([`${wrongType}:2:17: mcp.a.type: expected "local" or "remote", got "stdio"`]);
  });

  test("Gemini: an unknown type is named", async () => {
    const file = await writeHostFile(".gemini/settings.json", '{"mcpServers": {\n  "a": {"url": "https://x/sse", "type": "ws"}\n}}');
    expect(await errorLines(loadConfig(file))).toEqual([`${file}:2:41: mcpServers.a.type: expected one of sse, http, got "ws"`]);
  });

  test("an envFile that is not there names the envFile", async () => {
    const file = await writeHostFile(
      ".vscode/mcp.json",
      '{"servers": {\n  "a": {"command": "x", "envFile": "${workspaceFolder}/.env.local"}\n}}',
    );
    const workspace = dirname(dirname(file));
    expect(await errorLines(loadConfig(file))).toEqual([
      `${file}:2:36: servers.a.envFile: envFile not found: ${join(workspace, ".env.local")}`,
    ]);
  });

  // A repository's host file decides the path: a device would otherwise be read without end.
  test.skipIf(process.platform === "win32")("an envFile that is a device is refused, not read", async () => {
    const file = await writeHostFile(".vscode/mcp.json", '{"servers": {\n  "a": {"command": "x", "envFile": "/dev/zero"}\n}}');
    expect(await errorLines(loadConfig(file))).toEqual([
      `${file}:2:36: servers.a.envFile: envFile /dev/zero: is a device, not a regular file (expected a file of NAME=value lines)`,
    ]);
  });

  test("a file whose every server is skipped says so instead of scanning nothing", async () => {
    const file = await writeHostFile(".vscode/mcp.json", '{"servers": {"a": {"command": "x", "env": {"K": "${input:key}"}}}}');
    expect(await errorLines(loadConfig(file))).toEqual([
      `${file}:1:1: no VS Code server left to scan; server "a" not scanned: it needs the VS Code input "key", prompted for in the editor; set MCP_DRIFT_INPUT_KEY to scan it in CI`,
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

  test("a bare $NAME in a Claude Code file asks for ${NAME}", async () => {
    const file = await writeTempConfig(".mcp.json", '{"mcpServers": {"a": {"command": "x", "env": {"K": "$API_KEY"}}}}');
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
