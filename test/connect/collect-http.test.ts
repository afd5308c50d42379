import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import type { ServerConfig, TransportKind } from "../../src/model.js";
import { startHttpFixture, type HttpFixture } from "../helpers/servers.js";
import { fixturePath } from "./fixtures.js";

const REQUIRED_HEADER = { name: "X-Api-Key", value: "letmein" };

function startHttpServer(mode: "--http" | "--sse"): Promise<HttpFixture> {
  return startHttpFixture([
    fixturePath("catalogs/basic.json"),
    mode,
    "--require-header",
    `${REQUIRED_HEADER.name}=${REQUIRED_HEADER.value}`,
  ]);
}

function remoteServer(transport: TransportKind, url: string, headers?: Record<string, string>): ServerConfig {
  return { id: "remote", transport, url, headers, timeoutMs: 10_000, secrets: [] };
}

describe.each([
  { transport: "streamable-http", mode: "--http", path: "/mcp" },
  { transport: "sse", mode: "--sse", path: "/sse" },
] as const)("collectServer over $transport", ({ transport, mode, path }) => {
  let server: HttpFixture;
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
