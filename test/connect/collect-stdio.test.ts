import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import { PROCESS_TAG_VARIABLE } from "../../src/connect/processes.js";
import { DEFAULT_PASS_ENV } from "../../src/inherited-env.js";
import type { JsonObject } from "../../src/model.js";
import { until } from "../helpers/processes.js";
import { catalogServer, fixturePath, stdioServer } from "./fixtures.js";

const basic = JSON.parse(readFileSync(fixturePath("catalogs/basic.json"), "utf8")) as Record<string, JsonObject[]>;
const names = (items: JsonObject[] | undefined): unknown[] => (items ?? []).map((item) => item.name);

describe("collectServer over stdio", () => {
  it("returns the initialize result and every list verbatim", async () => {
    const raw = await collectServer(catalogServer("basic.json"));
    expect(raw.initialize.serverInfo).toEqual({ name: "catalog-fixture", version: "1.2.0", title: "Catalog fixture", "x-build": "abc123" });
    expect(raw.initialize.instructions).toBe("Use search before fetch.");
    expect(raw.initialize.capabilities).toEqual({ tools: {}, resources: {}, prompts: {} });
    expect(raw.tools).toEqual(basic.tools);
    expect(raw.resources).toEqual(basic.resources);
    expect(raw.resourceTemplates).toEqual(basic.resourceTemplates);
    expect(raw.prompts).toEqual(basic.prompts);
  });

  it("keeps unknown tool keys and made-up annotations", async () => {
    const raw = await collectServer(catalogServer("basic.json"));
    const search = raw.tools?.find((tool) => tool.name === "search");
    expect(search?.["x-vendor-rank"]).toBe(7);
    expect(search?.annotations).toEqual({ readOnlyHint: true, openWorldHint: false, "x-audited": "2026-01-15" });
  });

  it("collects every page, giving the same items as an unpaged server", async () => {
    const paged = await collectServer(catalogServer("basic.json", ["--page-size", "1"]));
    expect(paged).toEqual(await collectServer(catalogServer("basic.json")));
  });

  it("collects large paged lists in server order", async () => {
    const raw = await collectServer(stdioServer("catalog-server.mjs", ["--generate-tools", "250", "--page-size", "100"]));
    expect(raw.tools).toHaveLength(250);
    expect(raw.tools?.[0]?.name).toBe("tool_00001");
    expect(raw.tools?.[249]?.name).toBe("tool_00250");
  });

  it("keeps the order the server lists items in", async () => {
    const raw = await collectServer(catalogServer("basic.json", ["--reverse"]));
    expect(names(raw.tools)).toEqual(names(basic.tools).reverse());
  });

  it("drops items that are not objects, says so, and asks only for announced lists", async () => {
    const notices: string[] = [];
    const raw = await collectServer(catalogServer("malformed.json"), { onNotice: (message) => notices.push(message) });
    expect(raw.tools).toEqual([
      { name: "ok", description: "A well-formed tool.", inputSchema: { type: "object" } },
      { name: "no_schema", "x-anything": true },
    ]);
    expect(notices).toEqual(["fixture: tools/list page 1: 4 item(s) that are not JSON objects left out"]);
    expect(raw).not.toHaveProperty("prompts");
    expect(raw).not.toHaveProperty("resources");
  });

  it("reads an announced list the server answers with 'method not found' as none, and says so", async () => {
    const notices: string[] = [];
    const unimplemented = ["--unimplemented", "resources/list", "--unimplemented", "prompts/list"];
    const raw = await collectServer(catalogServer("basic.json", unimplemented), { onNotice: (message) => notices.push(message) });
    expect(raw.initialize.capabilities).toEqual({ tools: {}, resources: {}, prompts: {} });
    expect(raw.tools).toEqual(basic.tools);
    expect(raw.resourceTemplates).toEqual(basic.resourceTemplates);
    expect(raw).not.toHaveProperty("resources");
    expect(raw).not.toHaveProperty("prompts");
    expect(notices).toEqual([
      "fixture: resources/list is not implemented although the server announces resources; its resources are left out (read as none)",
      "fixture: prompts/list is not implemented although the server announces prompts; its prompts are left out (read as none)",
    ]);
  });

  it("fails when tools/list is answered with 'method not found': the tools are the catalog", async () => {
    await expect(collectServer(catalogServer("basic.json", ["--unimplemented", "tools/list"]))).rejects.toThrow(
      /tools\/list.*Method not found/is,
    );
  });
});

describe("collectServer introduction", () => {
  it("tells the server mcp-drift's own version, from package.json", async () => {
    const { version } = JSON.parse(readFileSync(fixturePath("../package.json"), "utf8")) as { version: string };
    const raw = await collectServer(stdioServer("client-echo-server.mjs"));
    expect(JSON.parse(String(raw.tools?.[0]?.description))).toEqual({ name: "mcp-drift", version });
    const told = await collectServer(stdioServer("client-echo-server.mjs"), { clientVersion: "9.9.9-test" });
    expect(JSON.parse(String(told.tools?.[0]?.description))).toEqual({ name: "mcp-drift", version: "9.9.9-test" });
  });
});

describe("collectServer environment", () => {
  afterEach(() => {
    delete process.env.GITHUB_TOKEN;
    delete process.env.MCP_DRIFT_MADE_UP_SECRET;
    delete process.env.RUNNER_TRACKING_ID;
  });

  it("gives the server only the minimal base env and its configured env", async () => {
    process.env.GITHUB_TOKEN = "ghp_secret_test";
    process.env.MCP_DRIFT_MADE_UP_SECRET = "made-up-secret-value";
    const raw = await collectServer(stdioServer("env-echo-server.mjs", [], { env: { CONFIGURED_VAR: "configured-value" } }));
    const description = raw.tools?.[0]?.description;
    expect(typeof description).toBe("string");
    const env = JSON.parse(description as string) as Record<string, string>;

    expect(env.CONFIGURED_VAR).toBe("configured-value");
    expect(env.PATH).toBe(process.env.PATH);
    expect(description).not.toContain("ghp_secret_test");
    expect(description).not.toContain("made-up-secret-value");
    const base = ["PATH", "HOME", "USER", "LOGNAME", "SHELL", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "TERM", "CONFIGURED_VAR"];
    // Proxy and CA settings pass by default (test/connect/pass-env.test.ts), wherever the tests run.
    const allowed = [...base, ...DEFAULT_PASS_ENV];
    expect(Object.keys(env).filter((key) => !allowed.includes(key))).toEqual([PROCESS_TAG_VARIABLE]);
    // The tag that finds the server's escaped descendants is random, not taken from our environment.
    expect(env[PROCESS_TAG_VARIABLE]).toMatch(/^[0-9a-f]{24}$/);
  });

  it("passes RUNNER_TRACKING_ID, by which the runner ends a job's leftover processes", async () => {
    process.env.RUNNER_TRACKING_ID = "github_0f3c2a";
    const raw = await collectServer(stdioServer("env-echo-server.mjs"));
    const env = JSON.parse(String(raw.tools?.[0]?.description)) as Record<string, string>;
    expect(env.RUNNER_TRACKING_ID).toBe("github_0f3c2a");
  });
});

/** Whether `pid` is gone; a SIGKILLed process lingers as a zombie until reaped, so poll this. */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

describe("collectServer process lifecycle", () => {
  it("ends the server and its grandchildren, even when both ignore SIGTERM", async () => {
    const raw = await collectServer(stdioServer("spawning-server.mjs"));
    const { serverPid, grandchildPid } = JSON.parse(raw.tools?.[0]?.description as string) as Record<string, number>;
    expect(serverPid).toBeGreaterThan(0);
    expect(grandchildPid).toBeGreaterThan(0);
    expect(await until(() => isGone(serverPid as number))).toBe(true);
    expect(await until(() => isGone(grandchildPid as number))).toBe(true);
  });

  it("reports a server that exits with its exit code, step and stderr", async () => {
    const server = stdioServer("catalog-server.mjs", [fixturePath("catalogs/does-not-exist.json")]);
    await expect(collectServer(server)).rejects.toThrow(/^fixture: server exited with code 1 during initialize: .*ENOENT/s);
  });

  it("reports a command that cannot be started", async () => {
    const server = stdioServer("x", [], { command: "/nonexistent/mcp-server" });
    await expect(collectServer(server)).rejects.toThrow(/^fixture: process start failed: .*ENOENT/);
  });

  it("redacts configured secrets from error messages", async () => {
    const server = stdioServer("catalog-server.mjs", [fixturePath("catalogs/token-s3cr3t.json")], { secrets: ["s3cr3t"] });
    const error = await collectServer(server).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("token-[REDACTED].json");
    expect((error as Error).message).not.toContain("s3cr3t");
  });
});

describe("collectServer bounds", () => {
  it("fails on a repeated cursor instead of looping", async () => {
    await expect(collectServer(catalogServer("basic.json", ["--repeat-cursor"]))).rejects.toThrow(
      'fixture: tools/list failed: cursor "same-cursor" repeated on page 2',
    );
  });

  it("fails past maxPages", async () => {
    await expect(collectServer(catalogServer("basic.json", ["--page-size", "1"]), { maxPages: 2 })).rejects.toThrow(
      "fixture: tools/list failed: more than 2 pages",
    );
  });

  it("fails past maxItems", async () => {
    const server = stdioServer("catalog-server.mjs", ["--generate-tools", "30", "--page-size", "10"]);
    await expect(collectServer({ ...server, maxItems: 20 })).rejects.toThrow("fixture: tools/list failed: more than 20 items (maxItems)");
  });

  it("times out the whole exchange and names the step", async () => {
    const server = catalogServer("basic.json", ["--delay-ms", "5000"], { timeoutMs: 500 });
    await expect(collectServer(server)).rejects.toThrow("fixture: timed out after 0.5s during initialize");
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    const collecting = collectServer(catalogServer("basic.json", ["--delay-ms", "5000"]), { signal: controller.signal });
    controller.abort();
    await expect(collecting).rejects.toThrow("fixture: cancelled during process start");
  });
});
