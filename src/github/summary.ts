/** The job summary: Markdown appended to the file named by GITHUB_STEP_SUMMARY. */
import { appendFile } from "node:fs/promises";
import { truncateMarkdown } from "./truncate.js";

/** GitHub rejects a step summary over 1 MiB; three UTF-8 bytes per UTF-16 unit at most keeps under it. */
const SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);

/** Appends the report; without GITHUB_STEP_SUMMARY (not on a runner) there is nowhere to write. */
export async function writeSummary(file: string | undefined, markdown: string, fullReportAt: string): Promise<void> {
  if (!file) return;
  await appendFile(file, truncateMarkdown(markdown, SUMMARY_LIMIT, fullReportAt));
}
