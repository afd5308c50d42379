/**
 * The release an npx launch runs, against a real npm registry (Verdaccio, see verdaccio.ts):
 * versions published with `npm publish`, the registry's integrity compared with the one
 * `npm publish` computed for its own tarball, and the same version given other contents by
 * the only route a registry leaves open (`npm unpublish` and a publish of the same version).
 * One scan runs the published server through npx itself, end to end.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import type { Release, Snapshot } from "../../src/model.js";
import { releaseOf } from "../../src/release/resolve.js";
import { RULES, RULE_IDS } from "../../src/rules/index.js";
import { scan } from "../../src/scan.js";
import { writeSnapshot } from "../../src/snapshot/store.js";
import { contextFor, snapshotOf } from "../rules/pipeline.js";
import { classify } from "../../src/classify/classify.js";
import { startRegistry, type Registry } from "./verdaccio.js";

/** A dependency-free MCP server over stdio (newline-delimited JSON-RPC): npx installs it from the registry alone. */
function serverBody(marker: string): string {
  return `#!/usr/bin/env node
// ${marker}
import { createInterface } from "node:readline";
const send = (message) => process.stdout.write(JSON.stringify(message) + "\\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  const request = JSON.parse(line);
  if (request.id === undefined) return;
  if (request.method === "initialize") {
    send({ jsonrpc: "2.0", id: request.id, result: { protocolVersion: request.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "demo-mcp", version: "1.0.0" } } });
  } else if (request.method === "tools/list") {
    send({ jsonrpc: "2.0", id: request.id, result: { tools: [{ name: "read_note", description: "Read a note by id.", inputSchema: { type: "object", properties: { id: { type: "string" } } } }] } });
  } else {
    send({ jsonrpc: "2.0", id: request.id, error: { code: -32601, message: "Method not found" } });
  }
});
`;
}

let registry: Registry;
/** What `npm publish --json` reported for each tarball it uploaded, by version. */
const published = new Map<string, string>();

async function publish(version: string, marker: string, tag?: string): Promise<string> {
  const folder = await registry.writePackage("demo-mcp", version, serverBody(marker));
  const output = await registry.npm(["publish", "--json", ...(tag ? ["--tag", tag] : [])], folder);
  // npm 11 keys the report by package name; npm 10 printed it bare.
  const report = JSON.parse(output) as { integrity?: string } & Record<string, { integrity?: string }>;
  const integrity = report.integrity ?? report["demo-mcp"]?.integrity;
  if (integrity === undefined) throw new Error(`npm publish --json reported no integrity: ${output}`);
  published.set(version, integrity);
  return integrity;
}

function launch(spec: string, env: Record<string, string> = {}) {
  return { id: "demo", command: "npx", args: ["-y", spec], env: { npm_config_registry: registry.url, ...env } };
}

beforeAll(async () => {
  registry = await startRegistry();
  await publish("1.0.0", "first");
  await publish("1.1.0", "second");
}, 120_000);

afterAll(async () => {
  await registry?.stop();
});

describe("npm releases from a real registry", () => {
  it("records the exact version and the integrity npm publish computed", async () => {
    const { release, notice } = await releaseOf(launch("demo-mcp@1.0.0"), undefined, { env: {} });
    expect(notice).toBeUndefined();
    expect(release).toEqual({
      ecosystem: "npm",
      launcher: "npx",
      package: "demo-mcp",
      requested: "1.0.0",
      registry: registry.url.replace(/\/$/, ""),
      version: "1.0.0",
      integrity: published.get("1.0.0"),
      url: `${registry.url}demo-mcp/1.0.0`,
    });
    expect(published.get("1.0.0")).not.toBe(published.get("1.1.0"));
  });

  it("resolves no version, a tag and ranges to the release npm would pick", async () => {
    const versionOf = async (spec: string) => (await releaseOf(launch(spec), undefined, { env: {} })).release?.version;
    expect(await versionOf("demo-mcp")).toBe("1.1.0");
    expect(await versionOf("demo-mcp@latest")).toBe("1.1.0");
    expect(await versionOf("demo-mcp@^1.0.0")).toBe("1.1.0");
    expect(await versionOf("demo-mcp@~1.0.0")).toBe("1.0.0");
    expect(await versionOf("demo-mcp@1.0")).toBe("1.0.0");
  });

  it("passes over a deprecated latest and deprecated matches as npm does, and agrees with npm's own pick", async () => {
    const folder = async (version: string) => registry.writePackage("demo-deprecated", version, serverBody(version));
    await registry.npm(["publish"], await folder("1.0.0"));
    await registry.npm(["publish"], await folder("1.1.0"));
    await registry.npm(["publish", "--tag", "next"], await folder("1.2.0"));
    await registry.npm(["deprecate", "demo-deprecated@>=1.1.0", "broken, use 1.0.0"], await folder("1.1.0"));
    const expected: [string, string][] = [
      ["demo-deprecated", "1.0.0"],
      ["demo-deprecated@^1.0.0", "1.0.0"],
      ["demo-deprecated@>=1.2.0", "1.2.0"],
      ["demo-deprecated@1.1.0", "1.1.0"],
      ["demo-deprecated@latest", "1.1.0"],
      ["demo-deprecated@next", "1.2.0"],
    ];
    // npm pack resolves each spec through npm-pick-manifest, as npx does, without running anything.
    const packed = JSON.parse(
      await registry.npm(["pack", ...expected.map(([spec]) => spec), "--dry-run", "--json"], await folder("0.0.0")),
    ) as { version: string }[];
    expect(packed.map((pack) => pack.version)).toEqual(expected.map(([, version]) => version));
    for (const [spec, version] of expected) {
      expect([spec, (await releaseOf(launch(spec), undefined, { env: {} })).release?.version]).toEqual([spec, version]);
    }
  }, 120_000);

  it("takes the registry from npx --registry and from the scanner's npm_config_registry", async () => {
    const viaFlag = await releaseOf({ id: "demo", command: "npx", args: ["--registry", registry.url, "demo-mcp@1.1.0"] }, undefined, {
      env: {},
    });
    expect(viaFlag.release?.integrity).toBe(published.get("1.1.0"));
    const viaScanner = await releaseOf({ id: "demo", command: "npx", args: ["demo-mcp@1.1.0"] }, undefined, {
      env: { npm_config_registry: registry.url },
    });
    expect(viaScanner.release?.integrity).toBe(published.get("1.1.0"));
  });

  it("reports a version the registry does not have as a notice, keeping the launch target", async () => {
    const { release, notice } = await releaseOf(launch("demo-mcp@9.9.9"), undefined, { env: {} });
    expect(release).toEqual({ ecosystem: "npm", launcher: "npx", package: "demo-mcp", requested: "9.9.9" });
    expect(notice).toMatch(
      /^server "demo": the release of npm "demo-mcp" was not verified \(.*no version of demo-mcp matches "9\.9\.9"\); only its launch target is recorded$/,
    );
  });

  it("finds a version bump and links the release", async () => {
    const base = withRelease((await releaseOf(launch("demo-mcp@1.0.0"), undefined, { env: {} })).release!);
    const head = withRelease((await releaseOf(launch("demo-mcp@1.1.0"), undefined, { env: {} })).release!);
    const findings = classify(contextFor(base, head), RULES);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["release-changed", "info"]]);
    expect(findings[0]!.message).toBe(
      `server "demo" now runs npm "demo-mcp" 1.1.0 (was npm "demo-mcp" 1.0.0): ${registry.url}demo-mcp/1.1.0`,
    );
  });
});

/**
 * Verdaccio, like npmjs.com, refuses to publish a version twice. It lets a publisher unpublish
 * a version and publish it again, which npmjs.com does not: the same version with other
 * contents, exactly what a pin of the integrity must catch. This test changes the registry,
 * so it runs last and the scan test before it records the first contents.
 */
describe("the same version with other contents", () => {
  let project: string;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), "mcp-drift-npm-scan-"));
    await writeFile(
      join(project, "mcp-drift.yml"),
      [
        "version: 1",
        "isolation: off",
        "failOn: high",
        "servers:",
        "  demo:",
        "    command: npx",
        `    args: ["-y", "demo-mcp@1.0.0"]`,
        "    env:",
        `      npm_config_registry: ${JSON.stringify(registry.url)}`,
        `      npm_config_cache: ${JSON.stringify(join(project, "npm-cache"))}`,
        `      npm_config_update_notifier: "false"`,
        "    timeout: 60s",
        "",
      ].join("\n"),
    );
  });

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it("is critical in a scan that runs the server through npx", async () => {
    const config = await loadConfig(join(project, "mcp-drift.yml"), { knownRules: RULE_IDS, env: process.env });
    const first = await scan(config, { env: {} });
    expect(first.report.servers[0]).toMatchObject({ id: "demo", status: "new" });
    const baseline = first.heads.get("demo")!;
    expect(baseline.server.release).toMatchObject({ version: "1.0.0", integrity: published.get("1.0.0") });
    await writeSnapshot(config.snapshots, baseline);

    await registry.npm(["unpublish", "demo-mcp@1.0.0", "--force"], project);
    const republished = await publish("1.0.0", "republished with other code", "again");
    expect(republished).not.toBe(baseline.server.release?.integrity);

    const second = await scan(config, { env: {} });
    const server = second.report.servers[0]!;
    // The catalog did not change; only the code behind it did, and that is the server's one change.
    expect(server.status).toBe("changed");
    expect(server.changes).toEqual([
      {
        kind: "changed",
        entity: "server",
        name: "demo",
        path: "release/integrity",
        before: baseline.server.release?.integrity,
        after: republished,
      },
    ]);
    expect(server.findings.map((f) => [f.rule, f.severity])).toEqual([["release-contents-changed", "critical"]]);
    expect(server.findings[0]!.evidence).toBe(`${baseline.server.release?.integrity} → ${republished}`);
    expect(second.report.exitCode).toBe(1);
    expect(second.heads.get("demo")?.server.release?.integrity).toBe(republished);

    const offline = await scan(config, { env: {}, offline: true });
    // Offline, nothing is looked up: the baseline's record is kept and the report says so.
    expect(offline.report.servers[0]!.findings).toEqual([]);
    expect(offline.report.notices).toContain(
      'server "demo": npm "demo-mcp" was not looked up (--offline); the baseline\'s version and digests are kept, unverified',
    );
  }, 180_000);
});

function withRelease(release: Release): Snapshot {
  return { ...snapshotOf(), server: { id: "demo", release } };
}
