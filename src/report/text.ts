/** The terminal report. Every server-supplied string goes through escapeTerminal. */
import {
  atLeast,
  type Change,
  type Finding,
  type Json,
  type Report,
  type ServerReport,
  type ServerStatus,
  type Severity,
} from "../model.js";
import { escapeTerminal, truncate } from "./escape.js";
import {
  append,
  entityLabel,
  type FindingGroup,
  groupFindings,
  isItemChange,
  plural,
  sortFindings,
  tierCounts,
  verdictLine,
} from "./wording.js";

export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a terminal without NO_COLOR, or by --color. */
  color: boolean;
  /** Every change and finding of every server, however long (--verbose). */
  verbose?: boolean;
  /** The command that accepts the scan as the baselines; given, a first scan ends by naming it. */
  acceptCommand?: string;
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
/** A server section longer than this many lines shows its findings at medium and above only, unless verbose. */
const SCREEN_LINES = 40;
const MAX_GROUP_ITEMS = 400;

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

/** Alike findings in two lines: what they say, then the items they say it of. */
function groupLines(group: FindingGroup, style: Palette): string[] {
  const label = severityPaint(group.severity, style)(group.severity.toUpperCase().padEnd(SEVERITY_WIDTH));
  const names = group.members.map((member) => member.finding.name).join(", ");
  return [
    `  ${label}  ${style.bold(group.rule)}  ${group.members.length} alike: ${safe(group.message, MAX_MESSAGE)}`,
    `  ${" ".repeat(SEVERITY_WIDTH)}  on ${safe(names, MAX_GROUP_ITEMS)}`,
  ];
}

/**
 * A long section cut to what a reviewer must read: the findings at medium and above, alike
 * ones grouped, then one line saying what was left out and how to see it.
 */
function screenLines(server: ServerReport, style: Palette): string[] {
  const active = server.findings.filter((finding) => !finding.ignored);
  const major = groupFindings([{ id: server.id, findings: active.filter((finding) => atLeast(finding.severity, "medium")) }]);
  const lines = major.flatMap((group) =>
    group.members.length === 1 ? findingLines(group.members[0]!.finding, style) : groupLines(group, style),
  );
  const left = [
    server.changes.length > 0 ? plural(server.changes.length, "change") : "",
    active.length > major.reduce((sum, group) => sum + group.members.length, 0) ? "the findings below medium" : "",
    server.findings.length > active.length ? "ignored findings" : "",
  ].filter((part) => part !== "");
  if (left.length > 0) lines.push(style.dim(`  … not shown: ${left.join(", ")} (--verbose shows everything)`));
  return lines;
}

function serverLines(server: ServerReport, style: Palette, verbose: boolean): string[] {
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
  // Every change and finding takes a line at least: past a screen's worth, the full body is not built.
  // A first scan lists the whole catalog as added: only what a reviewer must read, unless verbose.
  const fits = verbose || (server.status !== "new" && lines.length + server.changes.length + server.findings.length <= SCREEN_LINES);
  const body = fits
    ? append(
        server.changes.flatMap((change) => changeLines(change, style)),
        sortFindings(server.findings).flatMap((finding) => findingLines(finding, style)),
      )
    : [];
  return append(lines, fits && (verbose || lines.length + body.length <= SCREEN_LINES) ? body : screenLines(server, style));
}

export function renderText(report: Report, options: TextOptions): string {
  const style = palette(options.color);
  const verdictPaint = report.exitCode === 0 ? style.green : report.exitCode === 1 ? style.red : style.yellow;
  const lines = [style.bold(verdictPaint(verdictLine(report)))];
  for (const server of report.servers) append(lines, "", serverLines(server, style, options.verbose === true));
  if (report.notices.length > 0) {
    lines.push("", style.bold("notices (info, not failing):"));
    for (const notice of report.notices) lines.push(`  - ${safe(notice, MAX_MESSAGE)}`);
  }
  const unbaselined = report.servers.filter((server) => server.status === "new").map((server) => server.id);
  if (options.acceptCommand !== undefined && unbaselined.length > 0) {
    const which = `${plural(unbaselined.length, "server")} ${unbaselined.length === 1 ? "has" : "have"} no baseline yet`;
    lines.push(
      "",
      style.bold(`first scan: ${which} (${safe(unbaselined.join(", "), MAX_GROUP_ITEMS)}).`),
      `If what ${unbaselined.length === 1 ? "it lists" : "they list"} is what you expect, accept it as the baseline: ${options.acceptCommand}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
