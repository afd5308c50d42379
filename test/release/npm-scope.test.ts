/**
 * Which registry a scoped package's release is looked up in: npm takes a scope's registry
 * (`--@acme:registry`, `npm_config_@acme:registry`) over the default one wherever each is set.
 * Two local registries answer the same package with other integrities, so the one asked shows
 * in the release. Each is a double of the npm registry's package document route (GET /<name>,
 * a scoped name's `/` sent as `%2f`, the abbreviated-metadata Accept header npm sends) and
 * records any other request as a violation.
 */
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { releaseOf } from "../../src/release/resolve.js";

interface NpmDouble {
  url: string;
  integrity: string;
  violations: string[];
  close(): Promise<void>;
}

async function npmRegistry(integrity: string): Promise<NpmDouble> {
  const violations: string[] = [];
  const server: Server = createServer((req, res) => {
    const name = req.url === "/@acme%2fdemo" ? "@acme/demo" : req.url === "/demo" ? "demo" : undefined;
    const why =
      req.method !== "GET"
        ? "only GET reads a package document"
        : name === undefined
          ? "not a package document this registry holds"
          : !(req.headers.accept ?? "").includes("application/vnd.npm.install-v1+json")
            ? "npm asks for the abbreviated document"
            : undefined;
    if (why !== undefined) {
      violations.push(`${req.method} ${req.url}: ${why}`);
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      return;
    }
    res.writeHead(200, { "content-type": "application/vnd.npm.install-v1+json" });
    res.end(
      JSON.stringify({ name, "dist-tags": { latest: "1.0.0" }, versions: { "1.0.0": { name, version: "1.0.0", dist: { integrity } } } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    integrity,
    violations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const sri = (content: string) => `sha512-${createHash("sha512").update(content).digest("base64")}`;

let scoped: NpmDouble;
let fallback: NpmDouble;
beforeAll(async () => {
  scoped = await npmRegistry(sri("the scope registry's tarball"));
  fallback = await npmRegistry(sri("the default registry's tarball"));
});
afterEach(() => {
  expect([...scoped.violations, ...fallback.violations]).toEqual([]);
});
afterAll(async () => {
  await Promise.all([scoped.close(), fallback.close()]);
});

const integrityOf = async (server: Parameters<typeof releaseOf>[0], env: NodeJS.ProcessEnv = {}) => {
  const { release, notice } = await releaseOf(server, undefined, { env });
  expect(notice).toBeUndefined();
  return release?.integrity;
};

describe("the registry of a scoped package", () => {
  it("is --@scope:registry, whose value is not the package", async () => {
    const server = {
      id: "demo",
      command: "npx",
      args: ["-y", "--@acme:registry", `${scoped.url}/`, "@acme/demo@1.0.0"],
      env: { npm_config_registry: fallback.url },
    };
    expect(await integrityOf(server)).toBe(scoped.integrity);
    const inline = { ...server, args: ["-y", `--@acme:registry=${scoped.url}`, "@acme/demo@1.0.0"] };
    expect(await integrityOf(inline)).toBe(scoped.integrity);
  });

  it("is the server's npm_config_@scope:registry over a --registry flag", async () => {
    const server = {
      id: "demo",
      command: "npx",
      args: ["--registry", fallback.url, "@acme/demo@1.0.0"],
      env: { "npm_config_@acme:registry": scoped.url },
    };
    expect(await integrityOf(server)).toBe(scoped.integrity);
  });

  it("is the scanner's npm_config_@scope:registry only when passEnv hands it to the server", async () => {
    const server = { id: "demo", command: "npx", args: ["@acme/demo@1.0.0"] };
    const env = { "npm_config_@acme:registry": scoped.url, npm_config_registry: fallback.url };
    expect(await integrityOf(server, env)).toBe(fallback.integrity);
    expect(await integrityOf({ ...server, passEnv: ["npm_config_@acme:registry"] }, env)).toBe(scoped.integrity);
  });

  it("is not asked for an unscoped package", async () => {
    const server = {
      id: "demo",
      command: "npx",
      args: ["demo@1.0.0"],
      env: { "npm_config_@acme:registry": scoped.url, npm_config_registry: fallback.url },
    };
    expect(await integrityOf(server)).toBe(fallback.integrity);
  });
});
