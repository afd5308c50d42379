import { describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import { completenessNotice } from "../../src/connect/completeness.js";
import { fixturePath, stdioServer } from "./fixtures.js";
import { BASIC } from "./v2.js";

describe("completeness", () => {
  it("says a server with listChanged and dynamic-toolset meta tools may have more tools than were read", async () => {
    const raw = await collectServer(stdioServer("v2-catalog-server.mjs", [fixturePath("servers/dynamic/toolsets.json")]));
    expect(completenessNotice("dynamic", raw)).toBe(
      'dynamic: its catalog may be incomplete: it announces tools.listChanged and offers "list_available_toolsets", "enable_toolset", ' +
        "through which an agent can load tools this scan did not see; scan it with those toolsets enabled to cover them",
    );
  });

  it("says nothing of a server without them", async () => {
    expect(completenessNotice("basic", await collectServer(stdioServer("v2-catalog-server.mjs", [BASIC])))).toBeUndefined();
    const raw = { initialize: { capabilities: { tools: {} } }, tools: [{ name: "enable_toolset" }] };
    expect(completenessNotice("quiet", raw)).toBeUndefined();
  });
});
