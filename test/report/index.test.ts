import { describe, expect, it } from "vitest";
import { REPORT_FORMATS, render, renderJson, renderMarkdown, renderText } from "../../src/report/index.js";
import { sampleReport } from "./sample.js";

describe("render", () => {
  const report = sampleReport();

  it("dispatches each format to its renderer", () => {
    expect(REPORT_FORMATS).toEqual(["text", "json", "markdown", "sarif"]);
    expect(render(report, "text", { color: true })).toBe(renderText(report, { color: true }));
    expect(render(report, "text", { color: false })).toBe(renderText(report, { color: false }));
    expect(render(report, "json", { color: true })).toBe(renderJson(report));
    expect(render(report, "markdown", { color: true })).toBe(renderMarkdown(report));
  });

  it("uses colour in text only", () => {
    expect(render(report, "text", { color: true })).toContain("\x1b[");
    expect(render(report, "json", { color: true })).not.toContain("\x1b");
    expect(render(report, "markdown", { color: true })).not.toContain("\x1b");
  });
});
