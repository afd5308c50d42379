/**
 * What a stdio server inherits from the scanner: the base, the proxy and CA settings, and the
 * names `passEnv` adds, read through the real config loader and seen by a real server that
 * echoes its environment. Never a token, and a secret cannot be smuggled in through passEnv.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { collectServer } from "../../src/connect/collect.js";
import { DEFAULT_PASS_ENV } from "../../src/inherited-env.js";
import { UserError, type ServerConfig } from "../../src/model.js";
import schema from "../../src/config/schema.json" with { type: "json" };
import { tempDir } from "../helpers/paths.js";
import { fixturePath } from "./fixtures.js";

const ENV_ECHO = fixturePath("servers/env-echo-server.mjs");
/** Variables these tests set in our own environment, which the spawned servers inherit from. */
const SET = {
  HTTPS_PROXY: "http://proxy.internal.example:3128",
  NODE_EXTRA_CA_CERTS: "/etc/ssl/corp-root.pem",
  npm_config_registry: "https://npm.internal.example/",
  NPM_TOKEN: "npm_Zx8Qw3Lk5Vb7Nm1Pd9Rt",
  GITHUB_TOKEN: "ghp_aB3dE5gH7jK9mN1pQ3sT5vX7",
  MCP_DRIFT_TOOL_HOME: "/opt/tool-home",
  MCP_DRIFT_REGION: "eu-north-1",
};

let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(Object.keys(SET).map((name) => [name, process.env[name]]));
  Object.assign(process.env, SET);
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function configWith(yaml: string[]): Promise<string> {
  const dir = await tempDir();
  const file = join(dir, "mcp-drift.yml");
  await writeFile(file, ["version: 1", ...yaml, ""].join("\n"));
  return file;
}

function echoServer(id: string, ...fields: string[]): string[] {
  return [
    `  ${id}:`,
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(ENV_ECHO)}]`,
    ...fields.map((f) => `    ${f}`),
  ];
}

async function environmentOf(server: ServerConfig): Promise<Record<string, string>> {
  const raw = await collectServer(server);
  return JSON.parse(String(raw.tools?.[0]?.description)) as Record<string, string>;
}

describe("what a stdio server inherits", () => {
  it("gets the proxy and CA settings by default, and no token", async () => {
    const config = await loadConfig(await configWith(["servers:", ...echoServer("echo")]), { env: process.env });
    const env = await environmentOf(config.servers[0]!);
    expect(env.HTTPS_PROXY).toBe(SET.HTTPS_PROXY);
    expect(env.NODE_EXTRA_CA_CERTS).toBe(SET.NODE_EXTRA_CA_CERTS);
    expect(env.npm_config_registry).toBe(SET.npm_config_registry);
    expect(env.NPM_TOKEN).toBeUndefined();
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(env.MCP_DRIFT_TOOL_HOME).toBeUndefined();
  });

  it("gets the names passEnv adds: the top level's for every server, a server's own for it alone", async () => {
    const file = await configWith([
      "passEnv: [MCP_DRIFT_TOOL_HOME]",
      "servers:",
      ...echoServer("plain"),
      ...echoServer("regional", "passEnv: [MCP_DRIFT_REGION]"),
    ]);
    const config = await loadConfig(file, { env: process.env });
    const [plain, regional] = await Promise.all(config.servers.map(environmentOf));
    expect(plain?.MCP_DRIFT_TOOL_HOME).toBe(SET.MCP_DRIFT_TOOL_HOME);
    expect(plain?.MCP_DRIFT_REGION).toBeUndefined();
    expect(regional?.MCP_DRIFT_TOOL_HOME).toBe(SET.MCP_DRIFT_TOOL_HOME);
    expect(regional?.MCP_DRIFT_REGION).toBe(SET.MCP_DRIFT_REGION);
    expect(regional?.GITHUB_TOKEN).toBeUndefined();
  });

  it("gets the top level's passEnv in a server of an included host file too", async () => {
    const file = await configWith(["passEnv: [MCP_DRIFT_TOOL_HOME]", "include: [.mcp.json]"]);
    const echo = { command: process.execPath, args: [ENV_ECHO] };
    await writeFile(join(file, "..", ".mcp.json"), JSON.stringify({ mcpServers: { echo } }));
    const config = await loadConfig(file, { env: process.env });
    expect(config.servers.map((server) => server.id)).toEqual(["claude-code.echo"]);
    const env = await environmentOf(config.servers[0]!);
    expect(env.MCP_DRIFT_TOOL_HOME).toBe(SET.MCP_DRIFT_TOOL_HOME);
    expect(env.MCP_DRIFT_REGION).toBeUndefined();
  });

  it("holds back a default setting whose URL carries credentials, and passes it, redacted, when passEnv names it", async () => {
    process.env.HTTPS_PROXY = "http://build:s3cr3t%2Fpass@proxy.internal.example:3128";
    process.env.npm_config_registry = "https://npm_TokenAsUser9x@npm.internal.example/";
    const held = await loadConfig(await configWith(["servers:", ...echoServer("echo")]), { env: process.env });
    const heldEnv = await environmentOf(held.servers[0]!);
    expect(heldEnv.HTTPS_PROXY).toBeUndefined();
    expect(heldEnv.npm_config_registry).toBeUndefined();
    expect(heldEnv.NODE_EXTRA_CA_CERTS).toBe(SET.NODE_EXTRA_CA_CERTS);

    const named = await loadConfig(await configWith(["passEnv: [HTTPS_PROXY, npm_config_registry]", "servers:", ...echoServer("echo")]), {
      env: process.env,
    });
    const namedEnv = await environmentOf(named.servers[0]!);
    expect(namedEnv.HTTPS_PROXY).toBe(process.env.HTTPS_PROXY);
    expect(namedEnv.npm_config_registry).toBe(process.env.npm_config_registry);
    expect(named.secrets).toEqual(expect.arrayContaining(["s3cr3t%2Fpass", "s3cr3t/pass", "npm_TokenAsUser9x"]));
    // A user beside a password names an account, not a secret: redacting "build" would mangle every output.
    expect(named.secrets).not.toContain("build");
  });
});

describe("passEnv refuses secrets", () => {
  async function problemOf(yaml: string[]): Promise<string> {
    const error = await loadConfig(await configWith(yaml), { env: process.env }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }

  it("refuses a name that says token, at its line, and says how to pass a secret", async () => {
    const message = await problemOf(["passEnv: [MCP_DRIFT_REGION, GITHUB_TOKEN]", "servers:", ...echoServer("echo")]);
    expect(message).toMatch(/mcp-drift\.yml:2:\d+: passEnv\[1\]: passEnv may not carry "GITHUB_TOKEN": its name says it holds a secret/);
    expect(message).toContain('env: { GITHUB_TOKEN: "${GITHUB_TOKEN}" }');
  });

  it("refuses a name whose value the config passes as a ${VAR}", async () => {
    const message = await problemOf([
      "servers:",
      ...echoServer("echo", "passEnv: [MCP_DRIFT_REGION]"),
      ...echoServer("other", "env:", "  REGION: ${MCP_DRIFT_REGION}"),
    ]);
    expect(message).toContain('passEnv may not carry "MCP_DRIFT_REGION": its value is a secret this config passes as a ${VAR}');
  });

  it("belongs to stdio servers: a remote server with passEnv is a config error", async () => {
    const message = await problemOf(["servers:", "  remote:", "    url: https://mcp.example.com/mcp", "    passEnv: [MCP_DRIFT_REGION]"]);
    expect(message).toContain("mixes stdio keys");
  });
});

describe("the documented default", () => {
  it("names every variable the default passes", () => {
    const description = schema.properties.passEnv.description;
    // The proxy variables' lowercase forms are named once, as such.
    expect(description).toContain("and their lowercase forms");
    for (const name of DEFAULT_PASS_ENV.filter((n) => !/^npm_config_/i.test(n))) expect(description).toContain(name.toUpperCase());
    for (const setting of new Set(
      DEFAULT_PASS_ENV.filter((n) => /^npm_config_/i.test(n)).map((n) => n.slice("npm_config_".length).toLowerCase()),
    )) {
      expect(description).toContain(setting);
    }
  });

  it("holds no name that says secret", () => {
    expect(DEFAULT_PASS_ENV.filter((name) => /TOKEN|SECRET|PASSWORD|KEY|AUTH/i.test(name))).toEqual([]);
  });
});
