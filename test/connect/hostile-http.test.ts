/**
 * Hostile remote servers: errors are reported, not negotiated. Headers stay on the
 * configured origin, no OAuth discovery starts, and slow or huge bodies are cut.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import { originBoundFetch } from "../../src/connect/http.js";
import { ByteBudget } from "../../src/connect/limits.js";
import type { ServerConfig, TransportKind } from "../../src/model.js";
import { startHttpFixture, type HttpFixture } from "../helpers/servers.js";
import { fixturePath } from "./fixtures.js";
import { failure, startHostileHttp, type HostileHttp, type HttpMode } from "./hostile.js";

const API_KEY = { "X-Api-Key": "k3y-0123456789" };

function remote(url: string, extra: Partial<ServerConfig> = {}): ServerConfig {
  return { id: "remote", transport: "streamable-http", url, headers: API_KEY, timeoutMs: 10_000, secrets: [], ...extra };
}

const fixtures = new Map<HttpMode, HostileHttp>();
const modes: HttpMode[] = ["status-401", "status-500", "redirect-cross-origin", "redirect-same-origin", "trickle"];
beforeAll(async () => {
  for (const mode of modes) fixtures.set(mode, await startHostileHttp(mode));
});
afterAll(() => {
  for (const fixture of fixtures.values()) fixture.child.kill();
});
const fixture = (mode: HttpMode): HostileHttp => fixtures.get(mode)!;

describe.each<{ transport: TransportKind; request: string }>([
  { transport: "streamable-http", request: "main POST /mcp" },
  { transport: "sse", request: "main GET /mcp" },
])("a 401 over $transport", ({ transport, request }) => {
  it("is reported without any OAuth discovery request", async () => {
    const server = fixture("status-401");
    const before = (await server.requests()).length;
    const message = await failure(collectServer(remote(server.url, { transport })));
    expect(message).toMatch(/^remote: initialize failed: HTTP 401\b/);
    // The 401 names OAuth metadata; nothing but the one request was sent.
    expect((await server.requests()).slice(before)).toEqual([request]);
  });
});

describe("redirects", () => {
  it.each<TransportKind>(["streamable-http", "sse"])(
    "are refused across origins over %s, so the headers never leave",
    async (transport) => {
      const server = fixture("redirect-cross-origin");
      const message = await failure(collectServer(remote(server.url, { transport })));
      const origin = new URL(server.url).origin;
      expect(message).toMatch(
        new RegExp(
          `^remote: initialize failed: .*refused a redirect \\(HTTP 307\\) from ${origin} to another origin, http://127\\.0\\.0\\.1:\\d+$`,
        ),
      );
      expect((await server.requests()).filter((line) => line.startsWith("other"))).toEqual([]);
    },
  );

  it("are followed within the origin", async () => {
    const server = fixture("redirect-same-origin");
    const raw = await collectServer(remote(server.url));
    expect(raw.tools?.map((tool) => tool.name)).toEqual(["search"]);
    expect(await server.requests()).toContain("main POST /moved");
  });

  it("a request to another origin is refused before it is sent", async () => {
    const fetch = originBoundFetch(new URL("http://127.0.0.1:1/mcp"), new ByteBudget());
    await expect(fetch("http://127.0.0.1:2/messages", { headers: API_KEY })).rejects.toThrow(
      "refused to send a request to http://127.0.0.1:2: only http://127.0.0.1:1 is configured",
    );
  });
});

describe("bodies", () => {
  it("a 500 is reported with its status and a bounded excerpt of its body", async () => {
    const message = await failure(collectServer(remote(fixture("status-500").url)));
    expect(message).toMatch(/^remote: initialize failed: HTTP 500: .*Internal Server Error\. .*…$/);
    expect(message.length).toBeLessThan(1100);
  });

  it("a body that trickles in is cut by the timeout", async () => {
    const message = await failure(collectServer(remote(fixture("trickle").url, { timeoutMs: 1000 })));
    expect(message).toBe("remote: timed out after 1s during initialize");
  });
});

describe.each<{ transport: TransportKind; mode: string }>([
  { transport: "streamable-http", mode: "--http" },
  { transport: "sse", mode: "--sse" },
])("byte bounds over $transport", ({ transport, mode }) => {
  let server: HttpFixture;
  beforeAll(async () => {
    server = await startHttpFixture([fixturePath("catalogs/basic.json"), mode, "--generate-tools", "3000", "--page-size", "500"]);
  });
  afterAll(() => {
    server.child.kill();
  });

  it("a message past maxResponseBytes fails the scan", async () => {
    const message = await failure(collectServer(remote(server.url, { transport, maxResponseBytes: 64 * 1024 })));
    // The other lists are read at the same time and may still be waiting: the message names them after.
    expect(message).toMatch(/^remote: a message from the server is larger than maxResponseBytes \(64 KiB\) during tools\/list\b/);
  });

  it("pages that add up past maxCatalogBytes fail the scan", async () => {
    const message = await failure(collectServer(remote(server.url, { transport, maxCatalogBytes: 256 * 1024 })));
    expect(message).toMatch(/^remote: the server sent more than maxCatalogBytes \(256 KiB\) during tools\/list page \d+\b/);
  });

  it("a catalog within the bounds is read whole", async () => {
    const raw = await collectServer(remote(server.url, { transport }));
    expect(raw.tools).toHaveLength(3003);
  });
});

/** Starts fixtures/servers/hostile/bounds-sse.mjs and resolves with its URL. */
function startSplitEventServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [fixturePath("servers/hostile/bounds-sse.mjs"), ...args], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bounds-sse fixture exited with code ${code}`)));
    createInterface({ input: child.stdout! }).once("line", (line) => {
      const url = /^LISTENING (\S+)$/.exec(line)?.[1];
      if (url === undefined) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ child, url });
    });
  });
}

describe.each<{ transport: TransportKind; mode: string }>([
  { transport: "streamable-http", mode: "--http" },
  { transport: "sse", mode: "--sse" },
])("one event split over many data: lines, over $transport", ({ transport, mode }) => {
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    // About 1 MiB of tools/list in one event, no line of it longer than 100 bytes.
    server = await startSplitEventServer([mode]);
  });
  afterAll(() => {
    server.child.kill();
  });

  it("counts the whole event against maxResponseBytes", async () => {
    const message = await failure(collectServer(remote(server.url, { transport, maxResponseBytes: 64 * 1024 })));
    // The other lists are read at the same time and may still be waiting: the message names them after.
    expect(message).toMatch(/^remote: a message from the server is larger than maxResponseBytes \(64 KiB\) during tools\/list\b/);
  });

  it("is read whole within the bounds", async () => {
    const raw = await collectServer(remote(server.url, { transport, maxResponseBytes: 2 * 1024 * 1024 }));
    expect(raw.tools).toHaveLength(10_000);
  });
});
