/**
 * Hostile stdio servers: each one fails the collection with a bounded message that says
 * what happened, and leaves no process behind.
 */
import { describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import { ByteBudget, runDeadline } from "../../src/connect/limits.js";
import { StdioTransport } from "../../src/connect/stdio.js";
import { REDACTED } from "../../src/secrets.js";
import { until } from "../helpers/processes.js";
import { catalogServer, stdioServer } from "./fixtures.js";
import { failure, hostileServer, newPidFile, readPids, survivors } from "./hostile.js";

describe("servers that never answer", () => {
  it("times out a server that never answers initialize", async () => {
    const pidFile = await newPidFile();
    const message = await failure(collectServer(hostileServer("silent", pidFile, [], { timeoutMs: 1000 })));
    // Not a byte on stdout: the message says the server may still be starting.
    expect(message).toBe(
      "fixture: timed out after 1s during initialize (nothing from the server yet: npx and uvx fetch the package on a first run)",
    );
    expect(await survivors(pidFile)).toEqual([]);
  });

  it("times out a server that answers initialize but never tools/list", async () => {
    const pidFile = await newPidFile();
    // Long enough that a loaded runner gets through initialize before the deadline.
    const message = await failure(collectServer(hostileServer("stall-tools", pidFile, [], { timeoutMs: 3000 })));
    expect(message).toBe("fixture: timed out after 3s during tools/list");
  });

  it("kills a server that ignores SIGTERM and SIGINT, and its grandchildren in and out of its group", async () => {
    const pidFile = await newPidFile();
    const server = hostileServer("silent", pidFile, ["--ignore-signals", "--grandchildren"]);
    // Cut off once all three processes run, however long a loaded machine takes to start them.
    const cancel = new AbortController();
    const collecting = failure(collectServer(server, { signal: cancel.signal }));
    expect(await until(async () => (await readPids(pidFile)).length === 3)).toBe(true);
    cancel.abort();
    expect(await collecting).toBe("fixture: cancelled during initialize");
    expect(await survivors(pidFile)).toEqual([]);
  });

  it("kills a detached grandchild even when the server exits on its own first", async () => {
    const pidFile = await newPidFile();
    const message = await failure(collectServer(hostileServer("exit-mid-scan", pidFile, ["--grandchildren"])));
    expect(message).toMatch(/^fixture: server exited with code 1 during tools\/list: fatal: upstream refused/);
    const pids = await readPids(pidFile);
    expect(pids).toHaveLength(3);
    expect(await survivors(pidFile)).toEqual([]);
  });

  it("leaves nothing running after a successful scan of a server with grandchildren", async () => {
    const pidFile = await newPidFile();
    const raw = await collectServer(hostileServer("noisy", pidFile, ["--grandchildren", "--ignore-signals"]));
    expect(raw.tools?.map((tool) => tool.name)).toEqual(["search", "fetch"]);
    expect(await survivors(pidFile)).toEqual([]);
  });
});

describe("servers that break an announced list", () => {
  // An unannounced list is never asked for (collect-stdio.test.ts). One the server announced and
  // then answers with "method not found" holds nothing an agent could be shown either: the scan
  // reads it as none and says so, rather than failing servers whose SDK announces what they never
  // implement. Any other failure of the list still fails the scan.
  it("reads an announced resources list answered with method not found as none, says so, and leaves no process behind", async () => {
    const pidFile = await newPidFile();
    const notices: string[] = [];
    const raw = await collectServer(hostileServer("resources-unimplemented", pidFile), { onNotice: (message) => notices.push(message) });
    expect(raw).not.toHaveProperty("resources");
    expect(notices).toEqual([
      "fixture: resources/list is not implemented although the server announces resources; its resources are left out (read as none)",
      "fixture: resources/templates/list is not implemented; resource templates left out",
    ]);
    expect(await survivors(pidFile)).toEqual([]);
  });
});

describe("a server that stops reading and dies", () => {
  // Its stdin closes before it exits: our write fails with EPIPE while the process still runs.
  // The failure waits for the exit and the last of stderr, so it says why the server died.
  it("reports the exit and the server's stderr, not the broken pipe", async () => {
    const dying = `require("fs").closeSync(0); setTimeout(() => { process.stderr.write("why-it-died\\n"); process.exit(3); }, 300);`;
    const message = await failure(
      collectServer({ id: "fixture", transport: "stdio", command: process.execPath, args: ["-e", dying], timeoutMs: 10_000, secrets: [] }),
    );
    expect(message).toBe("fixture: server exited with code 3 during initialize: why-it-died");
  });
});

describe("servers that send too much", () => {
  it("stops endless pagination with fresh cursors at the page bound", async () => {
    // The page bound, not the server's timeout, must end it: a thousand pages took over the default 10 s at load ~10.
    const server = hostileServer("endless-pages", await newPidFile(), [], { timeoutMs: 90_000 });
    const message = await failure(collectServer(server));
    expect(message).toBe("fixture: tools/list failed: more than 1000 pages");
  });

  it("stops a repeating cursor", async () => {
    const message = await failure(collectServer(catalogServer("basic.json", ["--repeat-cursor"])));
    expect(message).toContain('cursor "same-cursor" repeated on page 2');
  });

  it("fails a 64 MiB item at the default maxResponseBytes", async () => {
    const pidFile = await newPidFile();
    const message = await failure(collectServer(hostileServer("huge-item", pidFile)));
    expect(message).toBe("fixture: a message from the server is larger than maxResponseBytes (16 MiB) during tools/list");
    expect(await survivors(pidFile)).toEqual([]);
  });

  it("fails past maxCatalogBytes, counted over every page", async () => {
    const server = stdioServer("catalog-server.mjs", ["--generate-tools", "5000", "--page-size", "100"], {
      maxCatalogBytes: 256 * 1024,
    });
    const message = await failure(collectServer(server));
    // About 25 KiB a page: the bound breaks on the eleventh, and the message names it.
    expect(message).toBe("fixture: the server sent more than maxCatalogBytes (256 KiB) during tools/list page 11");
  });

  it("fails past the configured maxItems", async () => {
    const server = stdioServer("catalog-server.mjs", ["--generate-tools", "30", "--page-size", "10"], { maxItems: 20 });
    expect(await failure(collectServer(server))).toBe("fixture: tools/list failed: more than 20 items (maxItems)");
  });

  it("still reads a catalog whose stdout is mixed with noise", async () => {
    const raw = await collectServer(hostileServer("noisy", await newPidFile()));
    expect(raw.initialize.serverInfo).toEqual({ name: "hostile-noisy", version: "1.0.0" });
    expect(raw.tools).toEqual([
      { name: "search", description: "The search tool.", inputSchema: { type: "object" } },
      { name: "fetch", description: "The fetch tool.", inputSchema: { type: "object" } },
    ]);
  });
});

describe("StdioTransport byte bounds", () => {
  it("kills a server as soon as its current line passes maxResponseBytes, without waiting for the line to end", async () => {
    // One line that never ends: buffering until its newline would grow without bound.
    const endless = "const chunk = 'x'.repeat(65536); setInterval(() => process.stdout.write(chunk), 1);";
    const budget = new ByteBudget({ maxResponseBytes: 1024 * 1024, maxCatalogBytes: 1024 * 1024 * 1024 });
    const transport = new StdioTransport({ command: process.execPath, args: ["-e", endless] }, budget);
    const closed = new Promise<void>((resolve) => (transport.onclose = resolve));
    await transport.start();
    await closed;
    expect(transport.exit).toEqual({ code: null, signal: "SIGKILL" });
    expect((budget.exceeded.reason as Error).message).toBe("a message from the server is larger than maxResponseBytes (1 MiB)");
    await transport.close();
  });
});

describe("error messages", () => {
  it("show the end of a long stderr, bounded", async () => {
    const script = "process.stderr.write('noise '.repeat(50000) + 'the real reason', () => process.exit(3))";
    const message = await failure(collectServer(stdioServer("unused", [], { command: process.execPath, args: ["-e", script] })));
    expect(message).toMatch(/^fixture: server exited with code 3 during initialize: .*noise the real reason$/);
    expect(message.length).toBeLessThan(2200);
  });

  it("cut a long reason, such as a server error with a huge text", async () => {
    const script =
      "process.stdin.once('data', () => { process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: 0, error: { code: -32000, message: 'e'.repeat(100000) } }) + '\\n'); });";
    const message = await failure(collectServer(stdioServer("unused", [], { command: process.execPath, args: ["-e", script] })));
    expect(message).toMatch(/^fixture: initialize failed: MCP error -32000: e+…$/);
    expect(message.length).toBeLessThan(1100);
  });

  it("redact a configured secret echoed on stderr", async () => {
    const token = "tok-4f9a8b7c6d5e";
    const server = hostileServer("exit-mid-scan", await newPidFile(), [], { env: { UPSTREAM_TOKEN: token }, secrets: [token] });
    const message = await failure(collectServer(server));
    expect(message).toContain(`fatal: upstream refused the connection (token ${REDACTED})`);
    expect(message).not.toContain(token);
  });

  it("never show the rest of a secret that the stderr tail cut through", async () => {
    const secret = "s3cret-0123456789abcdef";
    // The tail keeps the last 2048 characters, which start 8 characters before the secret's end.
    const script = `process.stderr.write(process.env.TOKEN + 'z'.repeat(2040)); process.exit(1)`;
    const server = stdioServer("unused", [], {
      command: process.execPath,
      args: ["-e", script],
      env: { TOKEN: secret },
      secrets: [secret],
    });
    const message = await failure(collectServer(server));
    expect(message).toMatch(/: z{2040}$/);
    expect(message).not.toContain(secret.slice(-8));
  });

  it("keep the whole of a short stderr, even when it starts like the end of a secret", async () => {
    const secret = "s3cret-value-e";
    const script = `process.stderr.write('error: bad config'); process.exit(1)`;
    const server = stdioServer("unused", [], { command: process.execPath, args: ["-e", script], secrets: [secret] });
    expect(await failure(collectServer(server))).toBe("fixture: server exited with code 1 during initialize: error: bad config");
  });
});

describe("cancellation", () => {
  it("does not start a server once the run is cancelled, and says why", async () => {
    const pidFile = await newPidFile();
    const signal = runDeadline(1);
    await new Promise((resolve) => signal.addEventListener("abort", resolve));
    const message = await failure(collectServer(hostileServer("silent", pidFile), { signal }));
    expect(message).toBe("fixture: not started: the run took longer than runTimeout (0.001s)");
    expect(await readPids(pidFile)).toEqual([]);
  });

  it("cancels a running server when the run's deadline passes", async () => {
    const pidFile = await newPidFile();
    const message = await failure(collectServer(hostileServer("silent", pidFile), { signal: runDeadline(500) }));
    expect(message).toBe("fixture: cancelled during initialize: the run took longer than runTimeout (0.5s)");
    expect(await survivors(pidFile)).toEqual([]);
  });
});
