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
