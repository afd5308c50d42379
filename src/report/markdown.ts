/**
 * The Markdown report for PR comments and job summaries (GitHub-flavoured). Server text goes
 * through escapeMarkdownInline (prose, table cells, `<code>`) or fenced (multi-line values).
 */
import { diffWordsWithSpace } from "diff";
import type { Change, Finding, Json, Report, ServerReport, Severity } from "../model.js";
import { escapeMarkdownInline, fenced, truncate } from "./escape.js";
import { countBySeverity, entityLabel, isItemChange, plural, severityCounts, sortFindings, tierCounts, verdictLine } from "./wording.js";

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

function item(finding: Finding): string {
  return code(`${finding.entity}:${finding.name}`);
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

function findingsTable(findings: Finding[]): string[] {
  return table(
    ["Severity", "Rule", "Item", "Message", "Evidence"],
    findings.map((finding) => [
      `${SEVERITY_EMOJI[finding.severity]} ${finding.severity}`,
      code(finding.rule),
      item(finding),
      inline(finding.message, MAX_MESSAGE),
      `${finding.field === "" ? "" : `${inline(finding.field, MAX_NAME)}: `}${code(finding.evidence, MAX_EVIDENCE)}`,
    ]),
  );
}

function ignoredTable(findings: Finding[]): string[] {
  return table(
    ["Severity", "Rule", "Item", "Message", "Reason"],
    findings.map((finding) => [
      finding.severity,
      code(finding.rule),
      item(finding),
      inline(finding.message, MAX_MESSAGE),
      inline(finding.ignoreReason ?? "", MAX_MESSAGE),
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

function serverSection(server: ServerReport): string[] {
  const lines = [`#### ${inline(server.id, MAX_NAME)} · ${server.status}`];
  if (server.error) lines.push("", "**Error**", "", ...quoted(truncate(server.error.message, MAX_ERROR)));

  const sorted = sortFindings(server.findings);
  const active = sorted.filter((finding) => !finding.ignored);
  const ignored = sorted.filter((finding) => finding.ignored);
  if (active.length > 0) lines.push("", "**Findings**", "", ...findingsTable(active));
  if (ignored.length > 0) lines.push("", ...details(plural(ignored.length, "ignored finding"), ignoredTable(ignored)));

  if (server.changes.length > 0) {
    const list = server.changes.flatMap(changeItem);
    const summary = plural(server.changes.length, "change");
    lines.push("", ...(server.changes.length > FOLD_CHANGES_OVER ? details(summary, list) : [`**Changes**`, "", ...list]));
  }
  return lines;
}

function serverRow(server: ServerReport): string[] {
  const active = server.findings.filter((finding) => !finding.ignored);
  const ignored = server.findings.length - active.length;
  const findings = [severityCounts(countBySeverity(active)), ignored > 0 ? `${ignored} ignored` : ""]
    .filter((part) => part !== "")
    .join(", ");
  return [
    inline(server.id, MAX_NAME),
    server.status === "error" ? "⚠️ error" : server.status,
    server.tools ? tierCounts(server.tools) : "—",
    server.status === "error" ? "—" : String(server.changes.length),
    findings === "" ? "—" : findings,
  ];
}

export function renderMarkdown(report: Report): string {
  const lines = [`### ${VERDICT_EMOJI[report.exitCode]} ${verdictLine(report)}`];
  if (report.servers.length > 0) {
    lines.push("", ...table(["Server", "Status", "Tools", "Changes", "Findings"], report.servers.map(serverRow)));
  }
  for (const server of report.servers) {
    if (server.status === "unchanged" && server.findings.length === 0) continue;
    lines.push("", ...serverSection(server));
  }
  if (report.notices.length > 0) {
    lines.push("", "**Notices** (info, not failing)", "", ...report.notices.map((notice) => `- ${inline(notice, MAX_MESSAGE)}`));
  }
  return `${lines.join("\n")}\n`;
}
