/** One report model, four renderings. */
import type { Report } from "../model.js";
import { jsonReportChunks, renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { baselineArtifacts, renderSarif, sarifChunks, type SarifOptions, type SnapshotArtifact } from "./sarif.js";
import { renderText, type TextOptions } from "./text.js";
import { REPORT_FORMATS, type ReportFormat } from "./formats.js";

export { REPORT_FORMATS, type ReportFormat };

export interface RenderOptions extends TextOptions {
  /** Required for the sarif format: where each server's results point. */
  sarif?: SarifOptions;
}

/** `options.color` applies to the text format only. */
export function render(report: Report, format: ReportFormat, options: RenderOptions): string {
  switch (format) {
    case "text":
      return renderText(report, options);
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "sarif":
      if (!options.sarif) throw new Error("render: the sarif format needs options.sarif");
      return renderSarif(report, options.sarif);
  }
}

/**
 * `render(report, format, options)` in chunks to write one after another: the JSON and SARIF
 * reports of a large catalog are never one string.
 */
export function renderChunks(report: Report, format: ReportFormat, options: RenderOptions): Iterable<string> {
  switch (format) {
    case "json":
      return jsonReportChunks(report);
    case "sarif":
      if (!options.sarif) throw new Error("render: the sarif format needs options.sarif");
      return sarifChunks(report, options.sarif);
    default:
      return [render(report, format, options)];
  }
}

export { artifactPath } from "./sarif.js";
export { baselineArtifacts, jsonReportChunks, renderJson, renderMarkdown, renderSarif, renderText, sarifChunks };
export type { SarifOptions, SnapshotArtifact, TextOptions };
