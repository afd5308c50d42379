import { describe, expect, it } from "vitest";
import { REPORT_FORMATS, render, renderJson, renderMarkdown, renderText } from "../../src/report/index.js";
import { hostileReport, sampleReport } from "./sample.js";

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

describe("every format in a CI log", () => {
  // A runner runs any line of a step's output that starts with `::` as a workflow command.
  const report = hostileReport();

  it.each(REPORT_FORMATS)("%s: no line that server text starts can act as a workflow command", (format) => {
    const sarif = { toolVersion: "1.2.3", artifactFor: (id: string) => ({ path: `snapshots/${id}.json` }) };
    const output = render(report, format, { color: false, sarif });
    expect(output).toContain("pwned");
    expect(output.split(/\r\n|[\r\n\u2028\u2029\u0085]/).filter((line) => /^\s*::/.test(line))).toEqual([]);
  });
});
