import { describe, expect, it } from "vitest";
import { diffSnapshots, newServerChanges } from "../../src/diff/diff.js";
import type { Release, Snapshot } from "../../src/model.js";
import { compareOffline } from "../../src/judging.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";

const initialize = { protocolVersion: "2025-06-18", serverInfo: { name: "tickets", version: "1.4.2" } };
const tools = [{ name: "search", description: "Search tickets.", inputSchema: { type: "object" } }];
const npm: Release = {
  ecosystem: "npm",
  launcher: "npx",
  package: "@acme/tickets-mcp",
  requested: "^1.4.0",
  version: "1.4.2",
  integrity: "sha512-old",
  url: "https://www.npmjs.com/package/@acme/tickets-mcp/v/1.4.2",
};

function running(release: Release | undefined, extra: Partial<Snapshot> = {}): Snapshot {
  const snapshot = toSnapshot("tickets", { initialize, tools });
  return { ...snapshot, server: { id: "tickets", ...(release && { release }) }, ...extra };
}

const policy = { failOn: "high" as const, rules: {}, ignore: [] };

describe("a change of the release a server runs", () => {
  it("is a change of the server at release/<field>, and the server's status is changed", () => {
    const head = { ...npm, version: "1.5.0", integrity: "sha512-new", url: "https://www.npmjs.com/package/@acme/tickets-mcp/v/1.5.0" };
    const changes = diffSnapshots(running(npm), running(head));
    expect(changes).toEqual([
      { kind: "changed", entity: "server", name: "tickets", path: "release/integrity", before: "sha512-old", after: "sha512-new" },
      { kind: "changed", entity: "server", name: "tickets", path: "release/version", before: "1.4.2", after: "1.5.0" },
    ]);
    const report = compareOffline(running(npm), running(head), policy);
    expect(report.servers[0]?.status).toBe("changed");
    expect(report.servers[0]?.changes.map((c) => c.path)).toEqual(["release/integrity", "release/version"]);
    expect(report.servers[0]?.findings.map((f) => f.rule)).toContain("release-changed");
  });

  it("the same version with other contents is a change of its integrity", () => {
    const changes = diffSnapshots(running(npm), running({ ...npm, integrity: "sha512-republished" }));
    expect(changes.map((c) => c.path)).toEqual(["release/integrity"]);
  });

  it("another package is a change, and PyPI files are compared one by one", () => {
    expect(diffSnapshots(running(npm), running({ ...npm, package: "@evil/tickets-mcp" })).map((c) => c.path)).toEqual(["release/package"]);
    const pypi: Release = {
      ecosystem: "pypi",
      launcher: "uvx",
      package: "mcp-x",
      requested: "==1.0",
      version: "1.0",
      files: { "a/b.whl": "sha256:1", "c.tar.gz": "sha256:2" },
    };
    const changes = diffSnapshots(running(pypi), running({ ...pypi, files: { "a/b.whl": "sha256:9", "d.whl": "sha256:3" } }));
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ["changed", "release/files/a~1b.whl"],
      ["removed", "release/files/c.tar.gz"],
      ["added", "release/files/d.whl"],
    ]);
  });

  it("an offline scan (no version, no integrity) against a looked-up baseline is no change, nor a moved page", () => {
    const offline: Release = { ecosystem: "npm", launcher: "npx", package: npm.package, requested: npm.requested };
    expect(diffSnapshots(running(npm), running(offline))).toEqual([]);
    expect(diffSnapshots(running(offline), running(npm))).toEqual([]);
    expect(diffSnapshots(running(npm), running({ ...npm, url: "https://registry.example/x" }))).toEqual([]);
    const report = compareOffline(running(npm), running(offline), policy);
    expect(report.servers[0]?.status).toBe("unchanged");
  });

  it("offline on one side, the version asked for is compared instead", () => {
    const offline: Release = { ecosystem: "npm", launcher: "npx", package: npm.package, requested: "2.0.0" };
    expect(diffSnapshots(running(npm), running(offline))).toEqual([
      { kind: "changed", entity: "server", name: "tickets", path: "release/requested", before: "^1.4.0", after: "2.0.0" },
    ]);
  });

  it("comes after the initialize fields and before the lists, and leaves their paths as they were", () => {
    const head = running({ ...npm, version: "1.5.0" }, { initialize: { ...initialize, instructions: "New." } });
    const changes = diffSnapshots(running(npm), { ...head, tools: [{ ...tools[0]!, description: "Other." }] });
    expect(changes.map((c) => c.path)).toEqual(["server/instructions", "release/version", "tools/search/description"]);
  });

  it("a release on one side only, or a new server, is no release change", () => {
    expect(diffSnapshots(running(undefined), running(npm))).toEqual([]);
    expect(diffSnapshots(running(npm), running(undefined))).toEqual([]);
    expect(newServerChanges(running(npm)).some((c) => c.path.startsWith("release"))).toBe(false);
  });
});
