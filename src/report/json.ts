/** The machine-readable report (`mcp-drift/report@1`), described by ./schema.json. */
import type { Report } from "../model.js";
import { escapedJsonChunks, prettyJsonPieces } from "../json-text.js";

/** Two-space JSON with a trailing newline, safe to print: hidden characters are `\uXXXX` escapes. */
export function renderJson(report: Report): string {
  return [...jsonReportChunks(report)].join("");
}

/**
 * Down to each change, finding and tool of a server (report → servers → server → list → item):
 * what a large catalog has many of.
 */
const WHOLE_AT = 4;

/**
 * `renderJson(report)` in chunks of about 1 MiB, for writing: a first scan of 100,000 tools
 * is a report of hundreds of MB, which as one string (twice: stringified, then escaped) comes
 * close to V8's longest string and costs its size in memory several times over.
 */
export function* jsonReportChunks(report: Report): Generator<string> {
  yield* escapedJsonChunks(prettyJsonPieces(report, WHOLE_AT));
  yield "\n";
}
