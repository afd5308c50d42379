/**
 * Both eras of MCP, each over the one process or endpoint the scan starts: SDK v2 servers that
 * speak only 2026-07-28, servers that speak both, and the 2025 servers the scanner always read.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import type { ServerConfig } from "../../src/model.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { catalogServer, fixturePath } from "./fixtures.js";
import { BASIC, V2, startV2Http, v2Server } from "./v2.js";

function remote(url: string, extra: Partial<ServerConfig> = {}): ServerConfig {
  return { id: "fixture", transport: "streamable-http", url, timeoutMs: 10_000, secrets: [], ...extra };
}

const snapshotOf = async (server: ServerConfig) => toSnapshot("fixture", await collectServer(server, { clientVersion: "0.0.0" }));

/** The snapshot with the recorded revision taken out. */
function withoutRevision(snapshot: Awaited<ReturnType<typeof snapshotOf>>) {
  const { protocolVersion: _, ...initialize } = snapshot.initialize;
  return { ...snapshot, initialize };
}

describe("a server that speaks only 2026-07-28", () => {
  it("is read over stdio, on the one process the scan starts", async () => {
    // The command counts its own starts: a probe process of its own would show here.
    const starts = join(mkdtempSync(join(tmpdir(), "mcp-drift-eras-")), "starts");
    const server: ServerConfig = {
      ...v2Server([]),
      command: "/bin/sh",
      args: ["-c", 'echo start >> "$0"; exec "$1" "$2" "$3"', starts, process.execPath, fixturePath(`servers/${V2}`), BASIC],
    };
    const snapshot = await snapshotOf(server);
    expect(readFileSync(starts, "utf8")).toBe("start\n");
    expect(snapshot.initialize).toEqual({
      protocolVersion: "2026-07-28",
      serverInfo: { name: "catalog-fixture", version: "1.2.0", title: "Catalog fixture", "x-build": "abc123" },
      capabilities: { tools: {}, resources: {}, prompts: {} },
      instructions: "Use search before fetch.",
    });
    expect(snapshot.tools?.map((tool) => tool.name)).toEqual(["delete_document", "fetch", "search"]);
    expect(snapshot.tools?.find((tool) => tool.name === "search")?.["x-vendor-rank"]).toBe(7);
    expect(snapshot.resources).toHaveLength(2);
    expect(snapshot.resourceTemplates).toHaveLength(1);
    expect(snapshot.prompts).toHaveLength(2);
    // Nothing of the list results' envelopes (resultType, ttlMs, cacheScope, _meta) enters.
    expect(JSON.stringify(snapshot)).not.toMatch(/ttlMs|cacheScope|resultType|io\.modelcontextprotocol\/serverInfo/);
  });

  it("gives the same snapshot over stdio and over Streamable HTTP", async () => {
    const http = await startV2Http([BASIC]);
    try {
      expect(await snapshotOf(remote(http.url))).toEqual(await snapshotOf(v2Server([])));
    } finally {
      http.child.kill();
    }
  });

  it("is read when pinned to 2026-07-28, and refuses a pin to a 2025 revision with its own error", async () => {
    expect((await snapshotOf(v2Server([], { protocol: "2026-07-28" }))).initialize.protocolVersion).toBe("2026-07-28");
    await expect(collectServer(v2Server([], { protocol: "2025-11-25" }))).rejects.toThrow(
      /^fixture: initialize failed: MCP error -32022: Unsupported protocol version: 2025-11-25/,
    );
  });

  it("takes an empty-string cursor as a cursor, not as the end of the list", async () => {
    const snapshot = await snapshotOf(v2Server(["--empty-cursor"]));
    expect(snapshot.tools?.map((tool) => tool.name)).toEqual(["delete_document", "fetch", "search"]);
    expect(snapshot.resources).toHaveLength(2);
  });
});

describe("SDK v2's own client", () => {
  // Why the collection stays raw in the new era too: the typed client reads the same server
  // and loses what it has no schema for.
  it("drops the fields it does not know that mcp-drift keeps", async () => {
    const client = new Client({ name: "sdk-v2", version: "0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [fixturePath(`servers/${V2}`), BASIC] }));
    try {
      const search = (await client.listTools()).tools.find((tool) => tool.name === "search") as Record<string, unknown>;
      expect(search["x-vendor-rank"]).toBeUndefined();
      expect(search.annotations).toEqual({ readOnlyHint: true, openWorldHint: false });
      expect(client.getServerVersion()).not.toHaveProperty("x-build");
    } finally {
      await client.close();
    }
    const ours = await snapshotOf(v2Server([]));
    const search = ours.tools?.find((tool) => tool.name === "search");
    expect(search?.["x-vendor-rank"]).toBe(7);
    expect(search?.annotations).toEqual({ readOnlyHint: true, openWorldHint: false, "x-audited": "2026-01-15" });
    expect(ours.initialize.serverInfo).toHaveProperty("x-build", "abc123");
  });
});

describe("a server that speaks both eras", () => {
  let http: { child: ChildProcess; url: string };
  beforeAll(async () => {
    http = await startV2Http([BASIC, "--era", "dual"]);
  });
  afterAll(() => {
    http.child.kill();
  });

  it.each([
    ["stdio", () => v2Server(["--era", "dual"])],
    ["Streamable HTTP", () => remote(http.url)],
  ])("gives the same snapshot in either era over %s, apart from the revision", async (_, server) => {
    const legacy = await snapshotOf(server());
    const modern = await snapshotOf({ ...server(), protocol: "2026-07-28" });
    expect(legacy.initialize.protocolVersion).toBe("2025-11-25");
    expect(modern.initialize.protocolVersion).toBe("2026-07-28");
    expect(withoutRevision(modern)).toEqual(withoutRevision(legacy));
  });
});

describe("a 2025 server", () => {
  it("is read as before under auto", async () => {
    const snapshot = await snapshotOf(catalogServer("basic.json"));
    expect(snapshot.initialize.protocolVersion).toBe("2025-11-25");
  });

  it("speaks a pinned 2025 revision", async () => {
    expect((await snapshotOf(catalogServer("basic.json", [], { protocol: "2025-06-18" }))).initialize.protocolVersion).toBe("2025-06-18");
  });

  it("fails a pin to 2026-07-28 with the server's own refusal", async () => {
    await expect(collectServer(catalogServer("basic.json", [], { protocol: "2026-07-28" }))).rejects.toThrow(
      /^fixture: server\/discover failed: MCP error -32601: Method not found/,
    );
  });
});
