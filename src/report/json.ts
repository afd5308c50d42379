/** The machine-readable report (`mcp-drift/report@1`), described by ./schema.json. */
import type { Report } from "../model.js";
import { escapeJsonHidden } from "./escape.js";

/** Two-space JSON with a trailing newline, safe to print: hidden characters are `\uXXXX` escapes. */
export function renderJson(report: Report): string {
  return `${escapeJsonHidden(JSON.stringify(report, null, 2))}\n`;
}
