/**
 * The Markdown report for PR comments and job summaries (GitHub-flavoured). Server text goes
 * through escapeMarkdownInline (prose, table cells, `<code>`) or fenced (multi-line values).
 */
import { diffWordsWithSpace } from "diff";
import { atLeast, type Change, type Entity, type Finding, type Json, type Report, type ServerReport, type Severity } from "../model.js";
import { escapeMarkdownInline, fenced, truncate } from "./escape.js";
import { trustedReleaseLink } from "./release-link.js";
import {
  append,
  countBySeverity,
  entityLabel,
  type FindingGroup,
  groupFindings,
  isItemChange,
  plural,
  severityCounts,
  sortFindings,
  tierCounts,
  verdictLine,
} from "./wording.js";

const MAX_NAME = 120;
const MAX_MESSAGE = 300;
const MAX_EVIDENCE = 200;
const MAX_INLINE_JSON = 100;
const MAX_BLOCK = 2000;
const MAX_ERROR = 2000;
/** Past this many word edits two texts are shown whole rather than diffed (bounds diff time). */
const MAX_WORD_EDITS = 1000;
/** Unchanged text between edits longer than this keeps only CONTEXT characters at each edit. */
const MAX_UNCHANGED = 200;
const CONTEXT = 80;
/** A server with more changes than this gets them folded into `<details>`. */
const FOLD_CHANGES_OVER = 10;
/** Fields holding prose the model reads; their changes are shown as a word diff. */
const PROSE_FIELDS = new Set(["description", "title", "instructions"]);

const VERDICT_EMOJI = { 0: "✅", 1: "❌", 2: "⚠️" } as const;
const SEVERITY_EMOJI: Record<Severity, string> = {
  critical: "🟣",
  high: "🔴",
  medium: "🟠",
  low: "🟡",
  info: "⚪",
};

function inline(text: string, max: number): string {
  return escapeMarkdownInline(truncate(text, max));
}

function code(text: string, max = MAX_NAME): string {
  return `<code>${inline(text, max)}</code>`;
}

function details(summary: string, body: string[]): string[] {
  return [`<details><summary>${summary}</summary>`, "", ...body, "", "</details>"];
}

function table(header: string[], rows: string[][]): string[] {
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** Keeps the ends of a long unchanged stretch that touch an edit; the ends of the text are not edits. */
function elideUnchanged(text: string, isFirst: boolean, isLast: boolean): string {
  const chars = Array.from(text);
  if (chars.length <= MAX_UNCHANGED) return text;
  const head = isFirst ? "" : chars.slice(0, CONTEXT).join("");
  const tail = isLast ? "" : chars.slice(-CONTEXT).join("");
  return `${head}…${tail}`;
}

interface WordPart {
  kind: "same" | "removed" | "added";
  value: string;
}

/**
 * Word-level edits where the unchanged parts are identical on both sides. diffWords shares
 * whitespace between sides unevenly, so we diff with whitespace as tokens and fold a
 * whitespace-only stretch between two edits into them: "the workspace" stays one edit.
 */
function wordParts(before: string, after: string): WordPart[] | undefined {
  const raw = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (raw === undefined) return undefined;
  const parts: WordPart[] = raw.map((p) => ({ kind: p.added ? "added" : p.removed ? "removed" : "same", value: p.value }));
  const folded: WordPart[] = [];
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1 && parts[index - 1]!.kind !== "same" && parts[index + 1]!.kind !== "same";
    if (part.kind === "same" && between && part.value.trim() === "") {
      folded.push({ kind: "removed", value: part.value }, { kind: "added", value: part.value });
    } else folded.push(part);
  });
  // Merge runs of the same kind, removals and additions of one edit grouped together.
  const merged: WordPart[] = [];
  for (let i = 0; i < folded.length; ) {
    if (folded[i]!.kind === "same") {
      merged.push(folded[i++]!);
      continue;
    }
    let removed = "";
    let added = "";
    for (; i < folded.length && folded[i]!.kind !== "same"; i++) {
      if (folded[i]!.kind === "removed") removed += folded[i]!.value;
      else added += folded[i]!.value;
    }
    if (removed) merged.push({ kind: "removed", value: removed });
    if (added) merged.push({ kind: "added", value: added });
  }
  return merged;
}

/** `<tag>` around the words only: whitespace at the edges stays outside, where it reads naturally. */
function marked(tag: "del" | "ins", text: string): string {
  const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (!core) return escapeMarkdownInline(text);
  return `${escapeMarkdownInline(lead)}<${tag}>${inline(core, MAX_BLOCK)}</${tag}>${escapeMarkdownInline(trail)}`;
}

/** Word-level before/after: removed words as `<del>` in before, added words as `<ins>` in after. */
function wordDiff(before: string, after: string): { before: string; after: string } {
  const parts = wordParts(before, after);
  if (parts === undefined) {
    return { before: `<del>${inline(before, MAX_BLOCK)}</del>`, after: `<ins>${inline(after, MAX_BLOCK)}</ins>` };
  }
  if (!parts.some((part) => part.kind !== "same")) {
    return { before: inline(before, MAX_BLOCK), after: `${inline(after, MAX_BLOCK)} <em>(only whitespace changed)</em>` };
  }
  let shownBefore = "";
  let shownAfter = "";
  parts.forEach((part, index) => {
    if (part.kind === "added") shownAfter += marked("ins", part.value);
    else if (part.kind === "removed") shownBefore += marked("del", part.value);
    else {
      const unchanged = escapeMarkdownInline(elideUnchanged(part.value, index === 0, index === parts.length - 1));
      shownBefore += unchanged;
      shownAfter += unchanged;
    }
  });
  return { before: shownBefore || "<em>(empty)</em>", after: shownAfter || "<em>(empty)</em>" };
}

function isProseChange(change: Change): change is Change & { before: string; after: string } {
  const field = change.path.split("/").at(-1) ?? "";
  return change.kind === "changed" && PROSE_FIELDS.has(field) && typeof change.before === "string" && typeof change.after === "string";
}

/** One change as the lines of a list item. */
function changeItem(change: Change): string[] {
  if (isItemChange(change)) return [`- ${change.kind} ${entityLabel(change.entity)} ${code(change.name)}`];
  const path = code(change.path);

  if (isProseChange(change)) {
    const diff = wordDiff(change.before, change.after);
    return [`- ${change.kind} ${path}`, `  - before: ${diff.before}`, `  - after: ${diff.after}`];
  }

  const values: [label: string, value: Json][] = [];
  if (change.before !== undefined) values.push(["before", change.before]);
  if (change.after !== undefined) values.push(["after", change.after]);
  const compact = values.map(([, value]) => JSON.stringify(value));
  if (compact.every((json) => json.length <= MAX_INLINE_JSON)) {
    const shown = compact.map((json) => `<code>${escapeMarkdownInline(json)}</code>`).join(" → ");
    return [`- ${change.kind} ${path}${shown === "" ? "" : `: ${shown}`}`];
  }
  const blocks = values.flatMap(([label, value]) => [
    `${label}:`,
    ...fenced(truncate(JSON.stringify(value, null, 2), MAX_BLOCK), "json").split("\n"),
  ]);
  return [`- ${change.kind} ${path}`, ...indent(blocks)];
}

/** `tool <code>name</code>`, or the server itself. */
function place(finding: Finding): string {
  return finding.entity === "server" ? "server" : `${entityLabel(finding.entity)} ${code(finding.name)}`;
}

function severityLabel(severity: Severity): string {
  return `${SEVERITY_EMOJI[severity]} **${severity}**`;
}

/**
 * One list entry per finding, or per group of alike ones: severity, rule, where, then the
 * message and evidence on a line of their own. Lists wrap on any page width, where a table of
 * long messages and evidence runs off it.
 */
function findingEntries(groups: readonly FindingGroup[]): string[] {
  return groups.flatMap((group) => {
    const head = `- ${severityLabel(group.severity)} ${code(group.rule)}`;
    const [first] = group.members;
    if (group.members.length === 1 && first) {
      const { finding } = first;
      const field = finding.field === "" ? "" : `${inline(finding.field, MAX_NAME)}: `;
      const evidence = finding.evidence === "" ? "" : ` — ${field}${code(finding.evidence, MAX_EVIDENCE)}`;
      const link = finding.rule === "release-changed" ? trustedReleaseLink(finding.evidence) : undefined;
      return [
        `${head} · ${inline(first.server, MAX_NAME)} · ${place(finding)}<br>`,
        `  ${inline(finding.message, MAX_MESSAGE)}${evidence}${link === undefined ? "" : ` — [release page](${link})`}`,
      ];
    }
    const byServer = new Map<string, string[]>();
    for (const { server, finding } of group.members) {
      const names = byServer.get(server);
      if (names) names.push(code(finding.name));
      else byServer.set(server, [code(finding.name)]);
    }
    const items = [...byServer].map(([server, names]) => `${inline(server, MAX_NAME)}: ${names.join(", ")}`).join("; ");
    return [`${head} · ${plural(group.members.length, "finding")} alike<br>`, `  ${inline(group.message, MAX_MESSAGE)} — ${items}`];
  });
}

function ignoredEntries(servers: readonly ServerReport[]): string[] {
  return servers.flatMap((server) =>
    sortFindings(server.findings.filter((finding) => finding.ignored)).flatMap((finding) => [
      `- ${finding.severity} ${code(finding.rule)} · ${inline(server.id, MAX_NAME)} · ${place(finding)}<br>`,
      `  ${inline(finding.message, MAX_MESSAGE)} — ignored: ${inline(finding.ignoreReason ?? "no reason given", MAX_MESSAGE)}`,
    ]),
  );
}

/**
 * A server's error, its stderr included, as a quote of escaped lines rather than a code
 * block: a code block keeps a line such as `::add-mask::…` as it is, and a CI log that
 * prints this Markdown would run it as a workflow command.
 */
function quoted(text: string): string[] {
  return text.split(/\r\n|[\r\n]/).map((line) => `> ${escapeMarkdownInline(line)}`);
}

function errorSection(server: ServerReport): string[] {
  return [`#### ${inline(server.id, MAX_NAME)} · error`, "", ...quoted(truncate(server.error?.message ?? "unknown error", MAX_ERROR))];
}

/** A server's changes, folded when there are many. */
function changesSection(server: ServerReport): string[] {
  const list = server.changes.flatMap(changeItem);
  const title = `${inline(server.id, MAX_NAME)} · ${server.status} · ${plural(server.changes.length, "change")}`;
  return server.changes.length > FOLD_CHANGES_OVER ? details(title, list) : [`#### ${title}`, "", ...list];
}

/** `2 tools, 1 resource`: the whole items the scan added, by entity. */
function addedItems(server: ServerReport): string {
  const counts = new Map<string, number>();
  for (const change of server.changes) {
    if (change.kind === "added" && isItemChange(change)) counts.set(change.entity, (counts.get(change.entity) ?? 0) + 1);
  }
  return [...counts].map(([entity, count]) => plural(count, entityLabel(entity as Entity))).join(", ");
}

function serverRow(server: ServerReport): string[] {
  const active = server.findings.filter((finding) => !finding.ignored);
  const ignored = server.findings.length - active.length;
  const findings = [severityCounts(countBySeverity(active)), ignored > 0 ? `${ignored} ignored` : ""]
    .filter((part) => part !== "")
    .join(", ");
  const failed = server.status === "error";
  return [
    inline(server.id, MAX_NAME),
    failed ? "⚠️ error" : server.status,
    server.tools ? tierCounts(server.tools) : "—",
    failed ? "—" : String(server.changes.length),
    (!failed && addedItems(server)) || "—",
    findings === "" ? "—" : findings,
  ];
}

export interface MarkdownOptions {
  /**
   * The most UTF-8 bytes the report should take (a PR comment). The verdict, the server
   * table, errors, every finding at medium or above and the notices are always there; lower
   * findings, ignored ones and change lists follow in that order while they fit, and each
   * that does not is named in one line pointing at `fullReportAt`.
   */
  maxBytes?: number;
  /** Where the whole report is, for those lines, e.g. "the job summary". */
  fullReportAt?: string;
}

/** A block of lines the report may leave out, and the line that says it did. */
interface Optional {
  lines: string[];
  omitted: string;
}
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const lines = [`### ${VERDICT_EMOJI[report.exitCode]} ${verdictLine(report)}`];
  if (report.servers.length > 0) {
    append(lines, "", table(["Server", "Status", "Tools", "Changes", "Added", "Findings"], report.servers.map(serverRow)));
  }
  for (const server of report.servers) if (server.status === "error") append(lines, "", errorSection(server));

  const active = report.servers.map((server) => ({ id: server.id, findings: server.findings.filter((finding) => !finding.ignored) }));
  const groups = groupFindings(active);
  const major = groups.filter((group) => atLeast(group.severity, "medium"));
  const minor = groups.filter((group) => !atLeast(group.severity, "medium"));
  if (major.length > 0) append(lines, "", "**Findings**, most severe first", "", findingEntries(major));
  if (report.notices.length > 0) {
    lines.push("", "**Notices** (info, not failing)", "", ...report.notices.map((notice) => `- ${inline(notice, MAX_MESSAGE)}`));
  }

  const optional: Optional[] = [];
  const minorCount = minor.reduce((sum, group) => sum + group.members.length, 0);
  if (minorCount > 0) {
    const counts = severityCounts(countBySeverity(minor.flatMap((group) => group.members.map((member) => member.finding))));
    const title = `${plural(minorCount, major.length > 0 ? "lower finding" : "finding")} (${counts})`;
    optional.push({ lines: details(title, findingEntries(minor)), omitted: title });
  }
  const ignored = report.servers.reduce((sum, server) => sum + server.findings.filter((finding) => finding.ignored).length, 0);
  if (ignored > 0)
    optional.push({ lines: details(plural(ignored, "ignored finding"), ignoredEntries(report.servers)), omitted: `${ignored} ignored` });
  for (const server of report.servers) {
    if (server.changes.length === 0) continue;
    optional.push({
      lines: changesSection(server),
      omitted: `${plural(server.changes.length, "change")} of ${inline(server.id, MAX_NAME)}`,
    });
  }
  return `${withinBudget(lines, optional, options).join("\n")}\n`;
}

/** `lines`, then each optional block that still fits the budget; the ones that do not are named at the end. */
function withinBudget(lines: string[], optional: readonly Optional[], options: MarkdownOptions): string[] {
  const budget = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const omitted: string[] = [];
  // Room for the closing line that names what was left out.
  const reserve = optional.length === 0 ? 0 : 300 + optional.reduce((sum, block) => sum + Buffer.byteLength(block.omitted) + 2, 0);
  let used = Buffer.byteLength(lines.join("\n"));
  for (const block of optional) {
    const size = Buffer.byteLength(block.lines.join("\n")) + 2;
    if (used + size + reserve <= budget) {
      append(lines, "", block.lines);
      used += size;
    } else omitted.push(block.omitted);
  }
  if (omitted.length > 0) {
    const where = options.fullReportAt ? ` They are in ${options.fullReportAt}.` : "";
    lines.push("", `<em>Not shown here, to keep this short: ${omitted.join(", ")}.${where}</em>`);
  }
  return lines;
}
