/** The release a uvx or pipx launch runs, against a double of PyPI's JSON API (see doubles.ts). */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { classify } from "../../src/classify/classify.js";
import type { Release, Snapshot } from "../../src/model.js";
import { releaseOf } from "../../src/release/resolve.js";
import { RULES } from "../../src/rules/index.js";
import { createServer } from "node:net";
import { contextFor, snapshotOf } from "../rules/pipeline.js";
import { sha256, startPypi, type PypiDouble } from "./doubles.js";

let pypi: PypiDouble;
const env = () => ({ MCP_DRIFT_PYPI_URL: pypi.url });
const uvx = (...args: string[]) => ({ id: "fetch", command: "uvx", args });

beforeAll(async () => {
  pypi = await startPypi();
});
afterEach(() => {
  expect(pypi.violations).toEqual([]);
  pypi.requests.length = 0;
  pypi.projects.clear();
});
afterAll(async () => {
  await pypi.close();
});

function publish(version: string, marker: string) {
  const versions = pypi.projects.get("mcp-server-fetch") ?? new Map();
  versions.set(version, [
    { filename: `mcp_server_fetch-${version}-py3-none-any.whl`, content: `wheel ${version} ${marker}` },
    { filename: `mcp_server_fetch-${version}.tar.gz`, content: `sdist ${version} ${marker}` },
  ]);
  pypi.projects.set("mcp-server-fetch", versions);
}

function withRelease(release: Release): Snapshot {
  return { ...snapshotOf(), server: { id: "fetch", release } };
}

describe("PyPI releases through the JSON API", () => {
  it("records every file of a pinned version with its SHA-256, asking for that version only", async () => {
    publish("1.0.0", "a");
    publish("1.1.0", "b");
    const { release, notice } = await releaseOf(uvx("mcp-server-fetch==1.0.0"), undefined, { env: env() });
    expect(notice).toBeUndefined();
    expect(release).toEqual({
      ecosystem: "pypi",
      launcher: "uvx",
      package: "mcp-server-fetch",
      requested: "==1.0.0",
      registry: pypi.url,
      version: "1.0.0",
      files: {
        "mcp_server_fetch-1.0.0-py3-none-any.whl": `sha256:${sha256("wheel 1.0.0 a")}`,
        "mcp_server_fetch-1.0.0.tar.gz": `sha256:${sha256("sdist 1.0.0 a")}`,
      },
      url: `${pypi.url}/project/mcp-server-fetch/1.0.0/`,
    });
    expect(pypi.requests).toEqual(["GET /pypi/mcp-server-fetch/1.0.0/json"]);
  });

  it("resolves an unpinned launch to the latest version, then reads that version's files", async () => {
    publish("1.0.0", "a");
    publish("1.1.0", "b");
    const { release } = await releaseOf(uvx("--from", "MCP_Server.Fetch", "mcp-server-fetch"), undefined, { env: env() });
    expect(release).toMatchObject({ package: "mcp-server-fetch", requested: "", version: "1.1.0" });
    expect(pypi.requests).toEqual(["GET /pypi/mcp-server-fetch/json", "GET /pypi/mcp-server-fetch/1.1.0/json"]);
    const viaPipx = await releaseOf(
      { id: "fetch", command: "pipx", args: ["run", "--spec", "mcp-server-fetch==1.1.0", "fetch"] },
      undefined,
      {
        env: env(),
      },
    );
    expect(viaPipx.release?.files).toEqual(release?.files);
  });

  it("finds the same version with other files as critical, and a new version as a linked change", async () => {
    publish("1.0.0", "a");
    const before = (await releaseOf(uvx("mcp-server-fetch==1.0.0"), undefined, { env: env() })).release!;
    publish("1.0.0", "rebuilt with other code");
    const after = (await releaseOf(uvx("mcp-server-fetch==1.0.0"), undefined, { env: env() })).release!;
    const findings = classify(contextFor(withRelease(before), withRelease(after)), RULES);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["release-contents-changed", "critical"]]);
    expect(findings[0]!.evidence).toBe(
      `mcp_server_fetch-1.0.0-py3-none-any.whl sha256:${sha256("wheel 1.0.0 a")} → sha256:${sha256("wheel 1.0.0 rebuilt with other code")}; ` +
        `mcp_server_fetch-1.0.0.tar.gz sha256:${sha256("sdist 1.0.0 a")} → sha256:${sha256("sdist 1.0.0 rebuilt with other code")}`,
    );

    publish("1.1.0", "b");
    const bumped = (await releaseOf(uvx("mcp-server-fetch@1.1.0"), undefined, { env: env() })).release!;
    const bump = classify(contextFor(withRelease(after), withRelease(bumped)), RULES);
    expect(bump.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "release-changed",
        "info",
        `server "fetch" now runs pypi "mcp-server-fetch" 1.1.0 (was pypi "mcp-server-fetch" 1.0.0): ${pypi.url}/project/mcp-server-fetch/1.1.0/`,
      ],
    ]);
  });

  it("says so instead of guessing when it cannot resolve: a range, an unknown version, a registry down", async () => {
    publish("1.0.0", "a");
    const range = await releaseOf(uvx("mcp-server-fetch>=1.0"), undefined, { env: env() });
    expect(range.release).toEqual({ ecosystem: "pypi", launcher: "uvx", package: "mcp-server-fetch", requested: ">=1.0" });
    expect(range.notice).toContain("a version range is not resolved; pin one version with ==");
    expect(pypi.requests).toEqual([]);

    const missing = await releaseOf(uvx("mcp-server-fetch==9.9"), undefined, { env: env() });
    expect(missing.notice).toBe(
      `server "fetch": the release of pypi "mcp-server-fetch" was not verified (GET ${pypi.url}/pypi/mcp-server-fetch/9.9/json: HTTP 404); only its launch target is recorded`,
    );

    // A baseline that recorded this launch keeps its record, said to be unverified: an outage is not a change.
    const base = (await releaseOf(uvx("mcp-server-fetch==1.0.0"), undefined, { env: env() })).release!;
    const closed = await closedPort();
    const down = await releaseOf(uvx("mcp-server-fetch==1.0.0"), base, { env: { MCP_DRIFT_PYPI_URL: `http://127.0.0.1:${closed}` } });
    expect(down.release).toBe(base);
    expect(down.notice).toMatch(
      /^server "fetch": the release of pypi "mcp-server-fetch" was not verified \(GET http:\/\/127\.0\.0\.1:\d+\/pypi\/mcp-server-fetch\/1\.0\.0\/json: .*ECONNREFUSED.*\); the baseline's version and digests are kept, unverified$/,
    );
  });

  it("never records or quotes the credentials of a registry URL", async () => {
    publish("1.0.0", "a");
    const withToken = pypi.url.replace("http://", "http://user:s3cret-token@");
    const { release, notice } = await releaseOf(uvx("mcp-server-fetch==1.0.0"), undefined, { env: { MCP_DRIFT_PYPI_URL: withToken } });
    expect(notice).toBeUndefined();
    expect(release?.registry).toBe(pypi.url);
    expect(JSON.stringify(release)).not.toContain("s3cret-token");
  });

  it("looks nothing up offline", async () => {
    publish("1.0.0", "a");
    const { release, notice } = await releaseOf(uvx("mcp-server-fetch==1.0.0"), undefined, { env: env(), offline: true });
    expect(release).toEqual({ ecosystem: "pypi", launcher: "uvx", package: "mcp-server-fetch", requested: "==1.0.0" });
    expect(notice).toBe('server "fetch": pypi "mcp-server-fetch" was not looked up (--offline); only its launch target is recorded');
    expect(pypi.requests).toEqual([]);
  });
});

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
