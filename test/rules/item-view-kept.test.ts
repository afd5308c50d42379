import { describe, expect, it } from "vitest";
import { viewOf } from "../../src/rules/parameters/item-view.js";
import { contextFor, server, tool } from "./pipeline.js";

// A drift rule asks for a tool's view between the parts of judged texts, once per newly required
// parameter: the view must be worked out once, or a tool with thousands of parameters made
// required costs the square of their count.
describe("an item's view asked between parts", () => {
  it("is worked out once for the server", () => {
    const properties = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, { type: "string" }]));
    const base = server(tool("lookup", "Looks a record up.", properties));
    const head = server(tool("lookup", "Looks a record up.", properties, Object.keys(properties)));
    const ctx = contextFor(base, head);
    const item = head.tools![0]!;
    expect(viewOf(ctx, item)).toBe(viewOf(ctx, item));
  });
});
