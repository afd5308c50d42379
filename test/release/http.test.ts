/** Registry answers are bounded in size however they are sent: a hostile or broken registry cannot make a scan buffer without end. */
import { createServer, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseOf } from "../../src/release/resolve.js";

/** Sends 1 MiB chunks, without a Content-Length, until the client goes away; says when it did. */
function endless(res: ServerResponse): Promise<void> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  return new Promise((resolve) => {
    res.on("close", resolve);
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
    };
    res.on("drain", pump);
    pump();
  });
}

let server: Server;
let url: string;
const closed: Promise<void>[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === "HEAD") {
      // An OCI registry that leaves out Docker-Content-Digest: the digest is taken from the GET's body.
      res.writeHead(200, { "content-type": "application/vnd.oci.image.index.v1+json" });
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    closed.push(endless(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("release look-ups against a registry that never stops sending", () => {
  it("refuses an npm packument past the bound and hangs up", async () => {
    closed.length = 0;
    const { notice } = await releaseOf({ id: "big", command: "npx", args: ["-y", "mcp-server@1.0.0"] }, undefined, {
      env: { npm_config_registry: url },
    });
    expect(notice).toMatch(
      /^server "big": the release of npm "mcp-server" was not verified \(GET .*: the answer is larger than \d+ bytes\)/,
    );
    expect(closed).toHaveLength(1);
    await closed[0];
  });

  it("refuses an OCI manifest past the bound when the digest must be computed from it", async () => {
    closed.length = 0;
    const image = `${url.replace("http://", "").replace("127.0.0.1", "localhost")}/acme/server:1.0.0`;
    const { notice } = await releaseOf({ id: "image", command: "docker", args: ["run", "-i", "--rm", image] }, undefined, {});
    expect(notice).toMatch(
      /^server "image": the release of oci ".*acme\/server" was not verified \(GET .*: the answer is larger than \d+ bytes\)/,
    );
    expect(closed).toHaveLength(1);
    await closed[0];
  });
});

describe("release look-ups take only the forms registries write", () => {
  let odd: Server;
  let oddUrl: string;
  beforeAll(async () => {
    // Answers well-formed documents whose integrity, digest, version or file name is not in its registry's form.
    odd = createServer((req, res) => {
      if (req.url === "/demo") {
        res.writeHead(200, { "content-type": "application/json" });
        const versions = { "1.0.0": { dist: { integrity: "\x1b]8;;https://evil.example\x07sha512-x" } } };
        res.end(JSON.stringify({ name: "demo", "dist-tags": { latest: "1.0.0" }, versions }));
      } else if (req.url?.startsWith("/v2/")) {
        res.writeHead(200, { "docker-content-digest": "sha256:not-a-digest" });
        res.end();
      } else if (req.url === "/pypi/demo/1.0.0/json") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ info: { version: "1.0.0" }, urls: [{ filename: "../demo.whl", digests: { sha256: "0".repeat(64) } }] }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => odd.listen(0, "127.0.0.1", resolve));
    oddUrl = `http://127.0.0.1:${(odd.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => odd.close(resolve));
  });

  it("refuses an npm integrity, an OCI digest or a PyPI file name that is not one", async () => {
    const npm = await releaseOf({ id: "a", command: "npx", args: ["demo@1.0.0"] }, undefined, { env: { npm_config_registry: oddUrl } });
    expect(npm.notice).toMatch(/demo@1\.0\.0 has no dist\.integrity in the form npm writes\)/);
    const image = `${oddUrl.replace("http://127.0.0.1", "localhost")}/acme/server:1.0.0`;
    const oci = await releaseOf({ id: "b", command: "docker", args: ["run", image] }, undefined, {});
    expect(oci.notice).toMatch(/the registry answered no valid digest\)/);
    const pypi = await releaseOf({ id: "c", command: "uvx", args: ["demo==1.0.0"] }, undefined, { env: { MCP_DRIFT_PYPI_URL: oddUrl } });
    expect(pypi.notice).toMatch(/a file name or SHA-256 not in the form PyPI writes\)/);
    for (const { release } of [npm, oci, pypi]) expect(release).not.toHaveProperty("integrity");
    expect(pypi.release).not.toHaveProperty("files");
  });
});
