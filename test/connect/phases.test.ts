/**
 * What a collection tells as it goes, and what a failure names: the progress events of one
 * server (the four lists asked for at once, each page after page) and the phase a timeout hit.
 */
import { describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import type { ProgressEvent } from "../../src/connect/progress.js";
import { catalogServer, stdioServer } from "./fixtures.js";
import { failure } from "./hostile.js";

function recorder(): { events: ProgressEvent[]; onProgress: (event: ProgressEvent) => void } {
  const events: ProgressEvent[] = [];
  return { events, onProgress: (event) => events.push(event) };
}

describe("progress events of one server", () => {
  it("start, handshake, then every announced list's pages, the lists asked for before any has answered", async () => {
    const { events, onProgress } = recorder();
    const raw = await collectServer(catalogServer("basic.json", ["--page-size", "1"]), { onProgress });

    const steps = events.map((e) =>
      e.phase === "listing" ? `${e.list} ${e.page}` : e.phase === "listed" ? `${e.list} ✓${e.items}` : e.phase,
    );
    expect(steps.slice(0, 2)).toEqual(["starting", "handshake"]);
    // All four first pages go out at once: each list's first request precedes every answer.
    expect(steps.slice(2, 6).sort()).toEqual(["prompts 1", "resourceTemplates 1", "resources 1", "tools 1"]);
    for (const { list, length } of [
      { list: "tools", length: raw.tools?.length },
      { list: "resources", length: raw.resources?.length },
      { list: "resourceTemplates", length: raw.resourceTemplates?.length },
      { list: "prompts", length: raw.prompts?.length },
    ]) {
      // One item a page: a page per item, in order, then the list's count.
      const pages = steps.filter((step) => step.startsWith(`${list} `) && !step.includes("✓"));
      expect(pages).toEqual(Array.from({ length: length ?? 0 }, (_, i) => `${list} ${i + 1}`));
      expect(steps.indexOf(`${list} ✓${length}`)).toBeGreaterThan(steps.lastIndexOf(`${list} ${length}`));
    }
    expect(events.every((e) => e.server === "fixture")).toBe(true);
  });
});

describe("a timeout names its phase", () => {
  it("names the page of the list that never came", async () => {
    const { events, onProgress } = recorder();
    // Long enough that a loaded machine gets through initialize and the first page.
    const server = stdioServer("hostile/stall-page.mjs", [], { timeoutMs: 3000 });
    expect(await failure(collectServer(server, { onProgress }))).toBe("fixture: timed out after 3s during tools/list page 2");
    expect(events.filter((e) => e.phase === "listing")).toEqual([
      { server: "fixture", phase: "listing", list: "tools", page: 1 },
      { server: "fixture", phase: "listing", list: "tools", page: 2 },
    ]);
  });
});
