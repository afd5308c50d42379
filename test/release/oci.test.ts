/** The release a docker or podman launch runs, against a double of the OCI distribution API (see doubles.ts). */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { classify } from "../../src/classify/classify.js";
import type { Release, Snapshot } from "../../src/model.js";
import { releaseOf } from "../../src/release/resolve.js";
import { RULES } from "../../src/rules/index.js";
import { contextFor, snapshotOf } from "../rules/pipeline.js";
import { imageIndex, sha256, startOci, type OciDouble } from "./doubles.js";

let registry: OciDouble;
/** `127.0.0.1:PORT`: an image reference names its registry by host and port. */
let host: string;
const docker = (image: string) => ({ id: "fetch", command: "docker", args: ["run", "-i", "--rm", "-e", "TOKEN", image] });
const resolve = async (image: string, base?: Release) => releaseOf(docker(image), base, { env: {} });

beforeAll(async () => {
  registry = await startOci();
  host = registry.url.replace("http://", "");
});
afterEach(() => {
  expect(registry.violations).toEqual([]);
  registry.requests.length = 0;
  registry.tags.clear();
  registry.requireToken = false;
  registry.omitDigestHeader = false;
});
afterAll(async () => {
  await registry.close();
});

function push(tag: string, marker: string): string {
  const tags = registry.tags.get("mcp/fetch") ?? new Map<string, string>();
  const manifest = imageIndex(marker);
  tags.set(tag, manifest);
  registry.tags.set("mcp/fetch", tags);
  return `sha256:${sha256(manifest)}`;
}

function withRelease(release: Release): Snapshot {
  return { ...snapshotOf(), server: { id: "fetch", release } };
}

describe("OCI releases through the distribution API", () => {
  it("records the manifest digest of a tag from one HEAD request", async () => {
    const digest = push("1.2.3", "a");
    const { release, notice } = await resolve(`${host}/mcp/fetch:1.2.3`);
    expect(notice).toBeUndefined();
    expect(release).toEqual({
      ecosystem: "oci",
      launcher: "docker",
      package: `${host}/mcp/fetch`,
      requested: "1.2.3",
      registry: registry.url,
      version: "1.2.3",
      integrity: digest,
      url: `${registry.url}/mcp/fetch`,
    });
    expect(registry.requests).toEqual(["HEAD /v2/mcp/fetch/manifests/1.2.3"]);
  });

  it("checks a pinned digest against the registry", async () => {
    const digest = push("1.2.3", "a");
    const { release, notice } = await resolve(`${host}/mcp/fetch@${digest}`);
    expect(notice).toBeUndefined();
    expect(release).toMatchObject({ requested: `@${digest}`, integrity: digest });
    expect(release?.version).toBeUndefined();
    const gone = await resolve(`${host}/mcp/fetch@sha256:${"0".repeat(64)}`);
    expect(gone.notice).toContain("HTTP 404");
  });

  it("asks the token service the 401 names, without credentials, and retries with the token", async () => {
    const digest = push("latest", "a");
    registry.requireToken = true;
    const { release, notice } = await resolve(`${host}/mcp/fetch`);
    expect(notice).toBeUndefined();
    expect(release).toMatchObject({ requested: "", version: "latest", integrity: digest });
    expect(registry.requests).toEqual([
      "HEAD /v2/mcp/fetch/manifests/latest",
      "GET /token?service=double-registry&scope=repository%3Amcp%2Ffetch%3Apull",
      "HEAD /v2/mcp/fetch/manifests/latest",
    ]);
  });

  it("digests the manifest itself when the registry leaves Docker-Content-Digest out", async () => {
    const digest = push("1.2.3", "a");
    registry.omitDigestHeader = true;
    const { release } = await resolve(`${host}/mcp/fetch:1.2.3`);
    expect(release?.integrity).toBe(digest);
    expect(registry.requests).toEqual(["HEAD /v2/mcp/fetch/manifests/1.2.3", "GET /v2/mcp/fetch/manifests/1.2.3"]);
  });

  it("finds an exact-version tag pushed again as critical, a floating tag that moved as a change", async () => {
    push("1.2.3", "a");
    const before = (await resolve(`${host}/mcp/fetch:1.2.3`)).release!;
    push("1.2.3", "pushed again");
    const after = (await resolve(`${host}/mcp/fetch:1.2.3`)).release!;
    const findings = classify(contextFor(withRelease(before), withRelease(after)), RULES);
    // unpinned-server too: a tag without a digest is what let this happen.
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["release-contents-changed", "critical"],
      ["unpinned-server", "medium"],
    ]);
    expect(findings[0]!.evidence).toBe(`${before.integrity} → ${after.integrity}`);
    expect(findings[1]!.message).toContain(`pin it as ${host}/mcp/fetch@${after.integrity}`);

    push("latest", "a");
    const latest = (await resolve(`${host}/mcp/fetch:latest`)).release!;
    push("latest", "b");
    const moved = (await resolve(`${host}/mcp/fetch:latest`)).release!;
    const drift = classify(contextFor(withRelease(latest), withRelease(moved)), RULES);
    expect(drift.map((f) => [f.rule, f.severity])).toEqual([
      ["unpinned-server", "medium"],
      ["release-changed", "info"],
    ]);
  });
});
