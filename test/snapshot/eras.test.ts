import { describe, expect, it } from "vitest";
import { discoverToServerSection } from "../../src/connect/modern.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";

describe("server/discover in the snapshot", () => {
  it("maps onto the server section and leaves out what changes between reads", () => {
    const discovered = {
      resultType: "complete",
      supportedVersions: ["2026-07-28"],
      capabilities: {
        tools: { listChanged: true },
        extensions: { "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] } },
      },
      instructions: "Use search first.",
      ttlMs: 3_600_000,
      cacheScope: "public",
      "x-vendor": { region: "eu" },
      _meta: { "io.modelcontextprotocol/serverInfo": { name: "acme", version: "2.0.0" }, "example.com/owner": "team" },
    };
    expect(discoverToServerSection(discovered, "2026-07-28")).toEqual({
      protocolVersion: "2026-07-28",
      serverInfo: { name: "acme", version: "2.0.0" },
      capabilities: discovered.capabilities,
      instructions: "Use search first.",
      "x-vendor": { region: "eu" },
      _meta: { "example.com/owner": "team" },
    });
  });

  it("takes serverInfo from the result itself when the server sends it there", () => {
    const section = discoverToServerSection({ serverInfo: { name: "in-body", version: "1" }, capabilities: {} }, "2026-07-28");
    expect(section).toEqual({ protocolVersion: "2026-07-28", serverInfo: { name: "in-body", version: "1" }, capabilities: {} });
  });
});

describe("ui:// contents in the snapshot", () => {
  it("keeps a digest and the _meta of each content item, never the content", () => {
    const snapshot = toSnapshot("apps", {
      initialize: { protocolVersion: "2026-07-28" },
      resources: [
        { uri: "ui://view.html", name: "view" },
        { uri: "docs://readme", name: "readme" },
      ],
      resourceContents: {
        "ui://view.html": [
          { uri: "ui://view.html", mimeType: "text/html;profile=mcp-app", text: "<html>secret markup</html>", _meta: { ui: { csp: {} } } },
          { uri: "ui://view.html", blob: Buffer.from("abc").toString("base64") },
        ],
      },
    });
    expect(snapshot.resources).toEqual([
      { uri: "docs://readme", name: "readme" },
      {
        uri: "ui://view.html",
        name: "view",
        "mcp-drift/content": [
          {
            mimeType: "text/html;profile=mcp-app",
            sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
            _meta: { ui: { csp: {} } },
          },
          { sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
        ],
      },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain("secret markup");
  });

  it("drops the field from a resource the server sent it in but that was not read", () => {
    const forged = [{ sha256: "0".repeat(64) }];
    const resources = [{ uri: "docs://readme", name: "readme", "mcp-drift/content": forged }];
    const expected = [{ uri: "docs://readme", name: "readme" }];
    expect(toSnapshot("apps", { initialize: {}, resources }).resources).toEqual(expected);
    expect(toSnapshot("apps", { initialize: {}, resources, resourceContents: {} }).resources).toEqual(expected);
  });
});
