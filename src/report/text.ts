/** The terminal report. Every server-supplied string goes through escapeTerminal. */
import type { Change, Finding, Json, Report, ServerReport, ServerStatus, Severity } from "../model.js";
import { escapeTerminal, truncate } from "./escape.js";
import { entityLabel, isItemChange, plural, sortFindings, tierCounts, verdictLine } from "./wording.js";

export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a terminal without NO_COLOR, or by --color. */
  color: boolean;
}

type Paint = (text: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
  magenta: Paint;
}

function palette(color: boolean): Palette {
  const sgr =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    magenta: sgr(35, 39),
  };
}

const MAX_VALUE = 120;
const MAX_MESSAGE = 300;
const MAX_EVIDENCE = 200;
const MAX_ERROR = 500;
/** Width of the longest severity label, `CRITICAL`, so columns line up. */
const SEVERITY_WIDTH = 8;

/** Untrusted text for one line: bounded, then escaped (escaping after cutting keeps escapes whole). */
function safe(text: string, max: number): string {
  return escapeTerminal(truncate(text, max));
}

function safeValue(value: Json): string {
  return safe(JSON.stringify(value), MAX_VALUE);
}

function severityPaint(severity: Severity, style: Palette): Paint {
  switch (severity) {
    case "critical":
      return (text) => style.bold(style.magenta(text));
    case "high":
      return style.red;
    case "medium":
      return style.yellow;
    case "low":
      return style.cyan;
    case "info":
      return style.dim;
  }
}

function statusPaint(status: ServerStatus, style: Palette): Paint {
  switch (status) {
    case "unchanged":
      return style.green;
    case "changed":
      return style.yellow;
    case "new":
      return style.cyan;
    case "error":
      return style.red;
  }
}

function changeLines(change: Change, style: Palette): string[] {
  const sign = { added: style.green("+"), removed: style.red("-"), changed: style.yellow("~") }[change.kind];
  if (isItemChange(change)) return [`  ${sign} ${entityLabel(change.entity)} ${safe(change.name, MAX_VALUE)}`];

  const path = safe(change.path, MAX_VALUE);
  if (change.kind === "changed") {
    const lines = [`  ${sign} ${path}`];
    if (change.before !== undefined) lines.push(`      ${style.dim("before:")} ${safeValue(change.before)}`);
    if (change.after !== undefined) lines.push(`      ${style.dim("after: ")} ${safeValue(change.after)}`);
    return lines;
  }
  const value = change.kind === "added" ? change.after : change.before;
  return [value === undefined ? `  ${sign} ${path}` : `  ${sign} ${path}: ${safeValue(value)}`];
}

function findingLines(finding: Finding, style: Palette): string[] {
  const label = finding.severity.toUpperCase().padEnd(SEVERITY_WIDTH);
  const item = `${finding.entity}:${safe(finding.name, MAX_VALUE)}`;
  const message = safe(finding.message, MAX_MESSAGE);
  const where = finding.field === "" ? "evidence" : `evidence (${safe(finding.field, MAX_VALUE)})`;
  const evidence = finding.evidence === "" ? [] : [`  ${" ".repeat(SEVERITY_WIDTH)}  ${where}: ${safe(finding.evidence, MAX_EVIDENCE)}`];

  if (finding.ignored) {
    const reason = finding.ignoreReason === undefined ? "" : `: ${safe(finding.ignoreReason, MAX_MESSAGE)}`;
    // Dimmed as a whole (no nested colours), so an ignored finding never looks active.
    return [`  ${label}  ${finding.rule}  ${item}  ${message} (ignored${reason})`, ...evidence].map(style.dim);
  }
  const paint = severityPaint(finding.severity, style);
  return [`  ${paint(label)}  ${style.bold(finding.rule)}  ${item}  ${message}`, ...evidence];
}

function serverLines(server: ServerReport, style: Palette): string[] {
  const active = server.findings.filter((finding) => !finding.ignored).length;
  const ignored = server.findings.length - active;
  const details = [statusPaint(server.status, style)(server.status)];
  if (server.tools) details.push(tierCounts(server.tools));
  if (server.changes.length > 0) details.push(plural(server.changes.length, "change"));
  if (active > 0) details.push(plural(active, "finding"));
  if (ignored > 0) details.push(`${ignored} ignored`);

  // Every line starts with our own text, so no server text can begin a line of a CI log
  // (where `::command::` lines are acted on).
  const lines = [`▸ ${style.bold(safe(server.id, MAX_VALUE))} · ${details.join(" · ")}`];
  if (server.error) lines.push(`  ${style.red("error:")} ${safe(server.error.message, MAX_ERROR)}`);
  for (const change of server.changes) lines.push(...changeLines(change, style));
  for (const finding of sortFindings(server.findings)) lines.push(...findingLines(finding, style));
  return lines;
}

export function renderText(report: Report, options: TextOptions): string {
  const style = palette(options.color);
  const verdictPaint = report.exitCode === 0 ? style.green : report.exitCode === 1 ? style.red : style.yellow;
  const lines = [style.bold(verdictPaint(verdictLine(report)))];
  for (const server of report.servers) lines.push("", ...serverLines(server, style));
  if (report.notices.length > 0) {
    lines.push("", style.bold("notices (info, not failing):"));
    for (const notice of report.notices) lines.push(`  - ${safe(notice, MAX_MESSAGE)}`);
  }
  return `${lines.join("\n")}\n`;
}
