/** What counts as another release, and what as the same release with other contents. */
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/model.js";
import { contentsChange, releaseChange } from "../../src/release/compare.js";

const npm = (version: string | undefined, integrity?: string, requested = version ?? ""): Release => ({
  ecosystem: "npm",
  launcher: "npx",
  package: "demo-mcp",
  requested,
  ...(version !== undefined ? { version } : {}),
  ...(integrity !== undefined ? { integrity } : {}),
});
const oci = (tag: string, digest: string): Release => ({
  ecosystem: "oci",
  launcher: "docker",
  package: "ghcr.io/acme/mcp",
  requested: tag,
  version: tag,
  integrity: digest,
});

describe("release comparison", () => {
  it("sees nothing when a side was never looked up (an offline baseline) or nothing differs", () => {
    expect(releaseChange(npm(undefined, undefined, "1.0.0"), npm("1.0.0", "sha512-a"))).toBeUndefined();
    expect(contentsChange(npm(undefined, undefined, "1.0.0"), npm("1.0.0", "sha512-a"))).toBeUndefined();
    expect(releaseChange(npm("1.0.0", "sha512-a"), npm("1.0.0", "sha512-a"))).toBeUndefined();
    expect(releaseChange(undefined, npm("1.0.0", "sha512-a"))).toBeUndefined();
  });

  it("tells a new version from the same version with other contents", () => {
    expect(releaseChange(npm("1.0.0", "sha512-a"), npm("1.1.0", "sha512-b"))).toEqual({
      was: 'npm "demo-mcp" 1.0.0',
      now: 'npm "demo-mcp" 1.1.0',
    });
    expect(contentsChange(npm("1.0.0", "sha512-a"), npm("1.1.0", "sha512-b"))).toBeUndefined();
    expect(contentsChange(npm("1.0.0", "sha512-a"), npm("1.0.0", "sha512-b"))).toMatchObject({ evidence: "sha512-a → sha512-b" });
    expect(releaseChange(npm("1.0.0", "sha512-a"), npm("1.0.0", "sha512-b"))).toBeUndefined();
  });

  it("reports another package or a moved git ref as another release", () => {
    expect(releaseChange(npm("1.0.0", "sha512-a"), { ...npm("1.0.0", "sha512-a"), package: "other-mcp" })).toMatchObject({
      now: 'npm "other-mcp" 1.0.0',
    });
    const git = (ref: string): Release => ({ ecosystem: "git", launcher: "npx", package: "github:acme/mcp", requested: ref });
    expect(releaseChange(git("main"), git("v2"))).toEqual({ was: 'git "github:acme/mcp" main', now: 'git "github:acme/mcp" v2' });
  });

  it("expects a floating image tag to move, never an exact-version one", () => {
    expect(contentsChange(oci("latest", "sha256:a"), oci("latest", "sha256:b"))).toBeUndefined();
    expect(releaseChange(oci("latest", "sha256:a"), oci("latest", "sha256:b"))).toEqual({
      was: 'oci "ghcr.io/acme/mcp" latest@sha256:a',
      now: 'oci "ghcr.io/acme/mcp" latest@sha256:b',
    });
    expect(contentsChange(oci("v1.4.2", "sha256:a"), oci("v1.4.2", "sha256:b"))).toMatchObject({
      what: "manifest digest sha256:a → sha256:b",
    });
  });

  it("counts a PyPI file added to, removed from or changed in a version", () => {
    const pypi = (files: Record<string, string>): Release => ({
      ecosystem: "pypi",
      launcher: "uvx",
      package: "demo",
      requested: "==1.0",
      version: "1.0",
      files,
    });
    expect(contentsChange(pypi({ "a.whl": "sha256:1" }), pypi({ "a.whl": "sha256:1" }))).toBeUndefined();
    expect(
      contentsChange(pypi({ "a.whl": "sha256:1", "a.tar.gz": "sha256:2" }), pypi({ "a.whl": "sha256:9", "b.whl": "sha256:3" }))?.what,
    ).toBe("a.tar.gz removed (was sha256:2); a.whl sha256:1 → sha256:9; b.whl added (sha256:3)");
  });
});
