/**
 * Findings and config errors on the lines they are about, as workflow-command annotations:
 * they show in the pull request's "Files changed" view and need no code scanning.
 */
import { atLeast, UserError } from "../model.js";
import type { Review } from "../report/review.js";
import { sortFindings } from "../report/wording.js";
import { snapshotLines } from "../snapshot/lines.js";
import type { StepLog } from "./step-log.js";

/** GitHub shows at most 10 error and 10 warning annotations per step; past this many the rest only add noise to the log. */
const MAX_ANNOTATIONS = 50;

/**
 * One annotation per finding of question 1, on its line in the committed snapshot
 * (`pathOf(id)`, `texts`: the snapshot text), and one per stale baseline; the number shown.
 * Failing findings are errors, approved ones warnings, those below failOn notices.
 */
export function annotateReview(
  review: Review,
  pathOf: (serverId: string) => string,
  texts: ReadonlyMap<string, string>,
  log: StepLog,
): number {
  const notes: { level: "notice" | "warning" | "error"; text: string; file: string; line: number; title: string }[] = [];
  for (const stale of review.stale?.servers ?? []) {
    notes.push({
      level: "error",
      file: pathOf(stale),
      line: 1,
      title: "mcp-drift: stale baseline",
      text: `${stale}: the committed baseline differs from what the server serves now. Run ${review.stale!.command} and commit the result.`,
    });
  }
  for (const server of review.changes.servers) {
    const text = texts.get(server.id);
    const lines = text === undefined ? undefined : snapshotLines(text);
    for (const finding of sortFindings(server.findings.filter((f) => !f.ignored))) {
      const failing = atLeast(finding.severity, review.changes.failOn);
      notes.push({
        level: !failing ? "notice" : review.approvedBy ? "warning" : "error",
        file: pathOf(server.id),
        line: lines?.locate(finding.entity, finding.name, finding.field) ?? 1,
        title: `mcp-drift ${finding.severity}: ${finding.rule}${failing && review.approvedBy ? ` (approved by ${review.approvedBy.label})` : ""}`,
        text: `${server.id} ${finding.entity} ${finding.name}: ${finding.message}`,
      });
    }
  }
  for (const note of notes.slice(0, MAX_ANNOTATIONS))
    log.annotate(note.level, note.text, { file: note.file, line: note.line, title: note.title });
  if (notes.length > MAX_ANNOTATIONS)
    log.info(`${notes.length - MAX_ANNOTATIONS} more findings are not annotated; the report lists them all`);
  return Math.min(notes.length, MAX_ANNOTATIONS);
}

/** A config loader line: `file:line:col: path: message`. */
const LOCATED = /^(.+?):(\d+):(\d+): (.*)$/;

/**
 * A failure as annotations: a config error's every `file:line:col:` line on that line of
 * the file (`pathOf` makes the file repository-relative), anything else as one error.
 */
export function annotateFailure(message: string, error: unknown, pathOf: (file: string) => string | undefined, log: StepLog): void {
  const file = error instanceof UserError && error.file !== undefined ? pathOf(error.file) : undefined;
  if (file === undefined) {
    log.error(message);
    return;
  }
  for (const line of message.split("\n")) {
    const located = LOCATED.exec(line);
    if (located) {
      log.annotate("error", located[4]!, { file, line: Number(located[2]), col: Number(located[3]), title: "mcp-drift: config error" });
    } else {
      log.annotate("error", line, { file, title: "mcp-drift: config error" });
    }
  }
}
