import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { collectServer } from "../../src/connect/collect.js";
import type { ServerConfig, TransportKind } from "../../src/model.js";
import { startHttpFixture, type HttpFixture } from "../helpers/servers.js";
import { ROOT, tempDir } from "../helpers/paths.js";
import { fixturePath } from "./fixtures.js";

const NO_ENDPOINT_SERVER = join(ROOT, "fixtures/servers/hostile/sse-no-endpoint.mjs");

function remoteServer(transport: TransportKind, url: string, timeoutMs = 10_000): ServerConfig {
  return { id: "remote", transport, url, timeoutMs, secrets: [] };
}

/** The servers of a VS Code `.vscode/mcp.json` naming `url` with `type: "http"`, read as mcp-drift reads it. */
async function vscodeServers(url: string): Promise<ServerConfig[]> {
  const workspace = await tempDir();
  await mkdir(join(workspace, ".vscode"));
  const file = join(workspace, ".vscode", "mcp.json");
  await writeFile(file, JSON.stringify({ servers: { legacy: { type: "http", url } } }));
  return (await loadConfig(file, { env: {} })).servers;
}

async function collectWithNotices(server: ServerConfig): Promise<{ tools: string[]; notices: string[] }> {
  const notices: string[] = [];
  const raw = await collectServer(server, { onNotice: (message) => notices.push(message) });
  return { tools: (raw.tools ?? []).map((tool) => String(tool.name)), notices };
}

describe("the transport a config names", () => {
  it("mcp-drift.yml: transport http falls back; no transport stays strict Streamable HTTP, as before", async () => {
    const folder = await tempDir();
    const file = join(folder, "mcp-drift.yml");
    const servers = [
      "servers:",
      "  fallback: { url: https://example.com/mcp, transport: http }",
      "  strict: { url: https://example.com/mcp }",
      "  legacy: { url: https://example.com/sse, transport: sse }",
    ];
    await writeFile(file, `version: 1\n${servers.join("\n")}\n`);
    const config = await loadConfig(file, { env: {} });
    expect(config.servers.map((server) => [server.id, server.transport])).toEqual([
      ["fallback", "http"],
      ["strict", "streamable-http"],
      ["legacy", "sse"],
    ]);
  });
});

describe("Streamable HTTP with fallback to the legacy HTTP+SSE transport", () => {
  let sseOnly: HttpFixture;
  let streamableOnly: HttpFixture;
  beforeAll(async () => {
    [sseOnly, streamableOnly] = await Promise.all([
      startHttpFixture([fixturePath("catalogs/basic.json"), "--sse"]),
      startHttpFixture([fixturePath("catalogs/basic.json"), "--http"]),
    ]);
  });
  afterAll(() => {
    sseOnly.child.kill();
    streamableOnly.child.kill();
  });

  it("reads a VS Code url as the fallback transport and reaches an SSE-only server through it", async () => {
    const servers = await vscodeServers(sseOnly.url);
    expect(servers.map((server) => server.transport)).toEqual(["http"]);
    const { tools, notices } = await collectWithNotices(servers[0]!);
    expect(tools).toEqual(["search", "fetch", "delete_document"]);
    // The SSE-only fixture answers the POST with 404; the notice says which transport was used.
    expect(notices).toEqual([
      "legacy: Streamable HTTP was refused with HTTP 404; scanned over the legacy HTTP+SSE transport (transport: http falls back)",
    ]);
  });

  it("stays on Streamable HTTP when the server speaks it", async () => {
    // This server answers GET with 405, so an SSE connection could not have succeeded.
    const { tools, notices } = await collectWithNotices(remoteServer("http", streamableOnly.url));
    expect(tools).toEqual(["search", "fetch", "delete_document"]);
    expect(notices).toEqual([]);
  });

  it("keeps an explicit streamable-http strict: an SSE-only server fails with the HTTP status", async () => {
    const failure = collectServer(remoteServer("streamable-http", sseOnly.url));
    await expect(failure).rejects.toThrow(/^remote: initialize failed: HTTP 404\b/);
    await expect(failure).rejects.toThrow(/transport: sse/);
  });

  it("names both attempts when the SSE stream is refused too", async () => {
    // The Streamable HTTP fixture refuses the POST to an unknown path with 404 and the GET with 404.
    const wrongPath = new URL("/elsewhere", streamableOnly.url).href;
    await expect(collectServer(remoteServer("http", wrongPath))).rejects.toThrow(
      /Streamable HTTP was refused with HTTP 404, and the legacy SSE stream failed too/,
    );
  });
});

describe("a hostile server that refuses Streamable HTTP and never sends the SSE endpoint event", () => {
  let hostile: HttpFixture;
  beforeAll(async () => {
    hostile = await startHttpFixture([], NO_ENDPOINT_SERVER);
  });
  afterAll(() => {
    hostile.child.kill();
  });

  it("times out naming the phase it waited in", async () => {
    await expect(collectServer(remoteServer("http", hostile.url, 3_000))).rejects.toThrow(
      "remote: timed out after 3s during initialize (the legacy SSE stream's endpoint event, after Streamable HTTP was refused with HTTP 405)",
    );
  });
});
