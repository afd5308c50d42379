/** One report model, three renderings. */
import type { Report } from "../model.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderText, type TextOptions } from "./text.js";

export const REPORT_FORMATS = ["text", "json", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type RenderOptions = TextOptions;

/** `options.color` applies to the text format only. */
export function render(report: Report, format: ReportFormat, options: RenderOptions): string {
  switch (format) {
    case "text":
      return renderText(report, options);
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
  }
}

export { renderJson, renderMarkdown, renderText };
export type { TextOptions };
