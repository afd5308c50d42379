import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import type { ServerConfig, TransportKind } from "../../src/model.js";
import { fixturePath } from "./fixtures.js";

const REQUIRED_HEADER = { name: "X-Api-Key", value: "letmein" };

/** Starts catalog-server in an HTTP mode and resolves with the URL it prints once listening. */
function startHttpServer(mode: "--http" | "--sse"): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [
    fixturePath("servers/catalog-server.mjs"),
    fixturePath("catalogs/basic.json"),
    mode,
    "--require-header",
    `${REQUIRED_HEADER.name}=${REQUIRED_HEADER.value}`,
  ]);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`fixture server exited with code ${code}`)));
    createInterface({ input: child.stdout! }).once("line", (line) => {
      const url = /^LISTENING (\S+)$/.exec(line)?.[1];
      if (url === undefined) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ child, url });
    });
  });
}

function remoteServer(transport: TransportKind, url: string, headers?: Record<string, string>): ServerConfig {
  return { id: "remote", transport, url, headers, timeoutMs: 10_000, secrets: [] };
}

describe.each([
  { transport: "streamable-http", mode: "--http", path: "/mcp" },
  { transport: "sse", mode: "--sse", path: "/sse" },
] as const)("collectServer over $transport", ({ transport, mode, path }) => {
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    server = await startHttpServer(mode);
  });
  afterAll(() => {
    server.child.kill();
  });

  it("collects the catalog verbatim when the required header is configured", async () => {
    expect(new URL(server.url).pathname).toBe(path);
    const raw = await collectServer(remoteServer(transport, server.url, { [REQUIRED_HEADER.name]: REQUIRED_HEADER.value }));
    expect(raw.initialize.serverInfo).toMatchObject({ name: "catalog-fixture", "x-build": "abc123" });
    expect(raw.tools?.map((tool) => tool.name)).toEqual(["search", "fetch", "delete_document"]);
    expect(raw.tools?.[0]?.["x-vendor-rank"]).toBe(7);
    expect(raw.resources).toHaveLength(2);
    expect(raw.resourceTemplates).toHaveLength(1);
    expect(raw.prompts).toHaveLength(2);
  });

  it("reports 401 when the header is missing", async () => {
    await expect(collectServer(remoteServer(transport, server.url))).rejects.toThrow(/^remote: initialize failed: HTTP 401\b/);
  });

  it("reports 401 when the header has the wrong value", async () => {
    const headers = { [REQUIRED_HEADER.name]: "wrong" };
    await expect(collectServer(remoteServer(transport, server.url, headers))).rejects.toThrow(/HTTP 401/);
  });
});

describe("collectServer over HTTP without a server", () => {
  it("names the network error", async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => probe.once("listening", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    await expect(collectServer(remoteServer("streamable-http", `http://127.0.0.1:${port}/mcp`))).rejects.toThrow(
      /^remote: initialize failed: fetch failed: connect ECONNREFUSED/,
    );
  });
});
