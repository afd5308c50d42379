/**
 * Host files as the CLI reads them: the same real fixture server, declared the way each host
 * declares it, is baselined and scanned over real stdio through `--config <host file>`.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/model.js";
import { REDACTED } from "../../src/secrets.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { CATALOG_SERVER, ROOT, tempDir } from "../helpers/paths.js";

const NODE = process.execPath;
const BASIC = join(ROOT, "fixtures/catalogs/basic.json");
const ENV_ECHO = join(ROOT, "fixtures/servers/env-echo-server.mjs");
const env = { PATH: process.env.PATH };

/** A project holding the host file at `relative`, with the catalog copied in so the file can name it relatively. */
async function project(relative: string, text: string): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, relative);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  await writeFile(join(dir, "catalog.json"), await readFile(BASIC));
  return { dir, file };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The fixture server as each host writes it, one host per syntax (JSONC, TOML, JSON, YAML);
 * relative paths rely on the host's own workspace folder. The other hosts' shapes are covered
 * by test/config/host-formats.test.ts.
 */
const HOST_FILES: { host: string; path: string; text: string }[] = [
  {
    host: "VS Code",
    path: ".vscode/mcp.json",
    text: `// JSONC, as VS Code allows\n${json({
      servers: { "Catalog Server": { type: "stdio", command: NODE, args: [CATALOG_SERVER, "${workspaceFolder}/catalog.json"] } },
    })}`,
  },
  {
    host: "Codex",
    path: ".codex/config.toml",
    text: `[mcp_servers."Catalog Server"]\ncommand = ${JSON.stringify(NODE)}\nargs = [${JSON.stringify(CATALOG_SERVER)}, "catalog.json"]\n`,
  },
  {
    host: "Gemini CLI",
    path: ".gemini/settings.json",
    text: json({ mcpServers: { "Catalog Server": { command: NODE, args: [CATALOG_SERVER, "catalog.json"], timeout: 20_000 } } }),
  },
  {
    host: "Continue",
    path: ".continue/mcpServers/catalog.yaml",
    text: `name: Catalog\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: Catalog Server\n    command: ${JSON.stringify(NODE)}\n    args: [${JSON.stringify(CATALOG_SERVER)}, catalog.json]\n`,
  },
];

describe("one server through each host's file", () => {
  it.each(HOST_FILES)("$host: $path is baselined in the project and scans unchanged", async ({ path, text }) => {
    const { dir, file } = await project(path, text);
    const update = await runCli(["update", "--config", file], { cwd: dir, env });
    expect(update.code, update.stderr).toBe(0);
    // The baseline lands in the project, not beside the host file in its dot-folder.
    const snapshot = JSON.parse(await readFile(join(dir, "snapshots", "catalog-server.json"), "utf8")) as Snapshot;
    expect(snapshot.tools?.map((tool) => tool.name)).toContain("search");
    const scan = await runCli(["scan", "--config", file, "-f", "json"], { cwd: dir, env });
    expect(scan.code, scan.stderr).toBe(0);
    expect(parseReport(scan).servers).toEqual([expect.objectContaining({ id: "catalog-server", status: "unchanged", findings: [] })]);
  });
});

describe("VS Code inputs and envFile reach the server, and no output shows them", () => {
  const mcpJson = json({
    inputs: [{ type: "promptString", id: "api-token", description: "API token", password: true }],
    servers: {
      echo: {
        type: "stdio",
        command: NODE,
        args: [ENV_ECHO],
        env: { API_TOKEN: "${input:api-token}" },
        envFile: "${workspaceFolder}/.env",
      },
      catalog: { type: "stdio", command: NODE, args: [CATALOG_SERVER, "${workspaceFolder}/catalog.json"] },
    },
  });

  it("an input set as MCP_DRIFT_INPUT_<ID> and the envFile's values are passed, and redacted", async () => {
    const { dir, file } = await project(".vscode/mcp.json", mcpJson);
    await writeFile(join(dir, ".env"), "FROM_ENV_FILE=envfile-s3cret-value\n");
    const run = await runCli(["scan", "--config", file, "-f", "json"], {
      cwd: dir,
      env: { ...env, MCP_DRIFT_INPUT_API_TOKEN: "input-s3cret-value" },
    });
    expect(run.code, run.stderr).not.toBe(2);
    const report = parseReport(run);
    expect(report.servers.map((server) => [server.id, server.status])).toEqual([
      ["echo", "new"],
      ["catalog", "new"],
    ]);
    const written = JSON.stringify(report) + run.stderr;
    expect(written).not.toContain("input-s3cret-value");
    expect(written).not.toContain("envfile-s3cret-value");
    await runCli(["update", "--config", file], { cwd: dir, env: { ...env, MCP_DRIFT_INPUT_API_TOKEN: "input-s3cret-value" } });
    const echoed = await readFile(join(dir, "snapshots", "echo.json"), "utf8");
    const environment = JSON.parse((JSON.parse(echoed) as Snapshot).tools?.[0]?.description as string) as Record<string, string>;
    // The server got both values; the baseline holds neither.
    expect(environment).toMatchObject({ API_TOKEN: REDACTED, FROM_ENV_FILE: REDACTED });
    expect(echoed).not.toContain("s3cret");
  });

  it("an input not set skips its server with a notice and scans the rest", async () => {
    const { dir, file } = await project(".vscode/mcp.json", mcpJson);
    await writeFile(join(dir, ".env"), "FROM_ENV_FILE=x\n");
    const run = await runCli(["scan", "--config", file, "-f", "json"], { cwd: dir, env });
    expect(run.code, run.stderr).not.toBe(2);
    const report = parseReport(run);
    expect(report.servers.map((server) => server.id)).toEqual(["catalog"]);
    expect(report.notices).toContain(
      `${file}: server "echo" not scanned: it needs the VS Code input "api-token", prompted for in the editor; set MCP_DRIFT_INPUT_API_TOKEN to scan it in CI`,
    );
  });
});
