/**
 * The pull request review: two questions in one report. What the pull request changes for the
 * agents (the base commit's baselines against the head's, and the config's server entries),
 * and whether the committed baselines are still true (the head's against a live scan). Each
 * question's servers render as the plain report does; this adds the headings, the verdicts,
 * the config changes and the command that brings a stale baseline up to date.
 */
import type { ExitCode, Json, Report } from "../model.js";
import { escapeMarkdownInline, escapeTerminal, fenced, truncate } from "./escape.js";
import { renderMarkdown, type MarkdownOptions } from "./markdown.js";
import { renderText, type TextOptions } from "./text.js";
import { plural } from "./wording.js";

const MAX_VALUE = 200;

/** A server entry of the config that the pull request adds, removes or edits. */
export interface ConfigChange {
  server: string;
  kind: "added" | "removed" | "changed";
  /** The changed fields of the entry as written (variables unexpanded): `args`, `env/LOG_LEVEL`… */
  fields: { field: string; before?: Json; after?: Json }[];
}

export interface Review {
  /** The base the pull request is compared with, e.g. `main (3f2a9c1)`, and how it was read. */
  base: { label: string; source: string };
  /** Question 1: the base commit's baselines against the head's, servers in the head's config order. */
  changes: Report;
  /** Baselines the head no longer has. */
  removedServers: string[];
  configChanges: ConfigChange[];
  /** Why the config could not be compared, when it could not (no base config, or one that does not parse). */
  configNotice?: string;
  /** Set when a label approved the findings of question 1: they stay listed but do not fail. */
  approvedBy?: { label: string };
  /** Question 2: the committed baselines against a live scan; absent when the review ran offline. */
  freshness?: Report;
  /** The servers whose committed baseline differs from what they serve now, and the command that fixes it. */
  stale: { servers: string[]; command: string } | undefined;
  exitCode: ExitCode;
}

/** Exit code of question 1 as gated: an approval turns findings at or above failOn into a pass, never an untrusted result. */
export function changesExitCode(review: Pick<Review, "changes" | "approvedBy">): ExitCode {
  return review.approvedBy !== undefined && review.changes.exitCode === 1 ? 0 : review.changes.exitCode;
}

const VERDICT_EMOJI = { 0: "✅", 1: "❌", 2: "⚠️" } as const;

/** Of a byte budget, the share question 2 may take; question 1 is what a reviewer came for. */
const FRESHNESS_SHARE = 0.25;

/**
 * With `options.maxBytes` (a PR comment), each question's report keeps its verdict, server
 * table and findings from medium up, and folds or names the rest within its share.
 */
export function renderReviewMarkdown(review: Review, options: MarkdownOptions = {}): string {
  const budget = options.maxBytes;
  const freshness =
    review.freshness &&
    demote(
      renderMarkdown(review.freshness, { ...options, ...(budget === undefined ? {} : { maxBytes: Math.floor(budget * FRESHNESS_SHARE) }) }),
    );
  const lines = [`## ${VERDICT_EMOJI[review.exitCode]} mcp-drift review · exit ${review.exitCode}`];
  lines.push("", `### 1. What this pull request changes for the agents`, "");
  lines.push(`Compared with the base ${code(review.base.label)}, read from ${escapeMarkdownInline(review.base.source)}.`);
  if (review.approvedBy) {
    lines.push(
      "",
      `> [!NOTE]\n> **Approved** by the ${code(review.approvedBy.label)} label: the findings below are listed but do not fail the check.`,
    );
  }
  const added = review.changes.servers.filter((server) => server.status === "new").map((server) => server.id);
  if (added.length > 0)
    lines.push("", `Servers this pull request adds (judged as a first scan): ${added.map((id) => code(id)).join(", ")}.`);
  if (review.removedServers.length > 0) {
    lines.push("", `Servers this pull request removes: ${review.removedServers.map((id) => code(id)).join(", ")}.`);
  }
  lines.push("", ...configChangesMarkdown(review));
  const question2 = ["", "### 2. Are the committed baselines true", ""];
  if (review.freshness === undefined || freshness === undefined) {
    question2.push("Not checked: the review ran offline, without scanning the servers.");
  } else {
    if (review.stale) {
      question2.push(
        `❌ ${plural(review.stale.servers.length, "committed baseline")} ${review.stale.servers.length === 1 ? "differs" : "differ"} from what the server${review.stale.servers.length === 1 ? "" : "s"} serve${review.stale.servers.length === 1 ? "s" : ""} now: ${review.stale.servers.map((id) => code(id)).join(", ")}. To fix it, run this and commit the result:`,
        "",
        fenced(review.stale.command, "sh"),
      );
    } else if (review.freshness.summary.error > 0) {
      question2.push("⚠️ Some servers could not be scanned, so their baselines could not be checked.");
    } else {
      question2.push("✅ Every committed baseline matches what its server serves now.");
    }
    question2.push("", freshness);
  }
  // Question 1 gets what the rest leaves of the budget.
  const rest = Buffer.byteLength([...lines, ...question2].join("\n")) + 2;
  const changesOptions = budget === undefined ? options : { ...options, maxBytes: budget - rest };
  lines.push("", demote(renderMarkdown(asGated(review), changesOptions)), ...question2);
  return `${lines.join("\n")}\n`;
}

export function renderReviewText(review: Review, options: TextOptions): string {
  const out = [`mcp-drift review · exit ${review.exitCode}`, ""];
  out.push(`1. What this change does for the agents (base ${escapeTerminal(review.base.label)}, from ${review.base.source})`);
  if (review.approvedBy) out.push(`   approved by the label ${escapeTerminal(review.approvedBy.label)}: findings listed, not failing`);
  const added = review.changes.servers.filter((server) => server.status === "new").map((server) => escapeTerminal(server.id));
  if (added.length > 0) out.push(`   added: ${added.join(", ")}`);
  if (review.removedServers.length > 0) out.push(`   removed: ${review.removedServers.map(escapeTerminal).join(", ")}`);
  if (review.configNotice) out.push(`   config: ${escapeTerminal(review.configNotice)}`);
  for (const change of review.configChanges) {
    out.push(`   config: server ${escapeTerminal(change.server)} ${change.kind}`);
    for (const field of change.fields) {
      out.push(`     ${escapeTerminal(field.field)}: ${textValue(field.before)} → ${textValue(field.after)}`);
    }
  }
  out.push("", renderText(asGated(review), options).trimEnd(), "");
  out.push("2. Are the committed baselines true");
  if (review.freshness === undefined) out.push("   not checked (--offline)");
  else {
    if (review.stale) {
      out.push(
        `   stale: ${review.stale.servers.map(escapeTerminal).join(", ")}; to fix it, run and commit:`,
        `     ${escapeTerminal(review.stale.command)}`,
      );
    }
    out.push("", renderText(review.freshness, options).trimEnd());
  }
  return `${out.join("\n")}\n`;
}

/** Question 1's report with the exit code the approval leaves it, so its verdict line agrees with the review's. */
function asGated(review: Review): Report {
  return { ...review.changes, exitCode: changesExitCode(review) };
}

function configChangesMarkdown(review: Review): string[] {
  if (review.configNotice) return [`Config: ${escapeMarkdownInline(review.configNotice)}`];
  if (review.configChanges.length === 0) return ["The config's server entries are unchanged."];
  const lines = ["**Config changes** (how each server is started or reached; variables as written, not expanded)", ""];
  for (const change of review.configChanges) {
    lines.push(`- server ${code(change.server)} ${change.kind}`);
    for (const field of change.fields) {
      lines.push(`  - ${code(field.field)}: ${markdownValue(field.before)} → ${markdownValue(field.after)}`);
    }
  }
  return lines;
}

/** The plain report's headings one level down, under the question they answer. */
function demote(markdown: string): string {
  return markdown.trimEnd().replace(/^(#{3,5}) /gm, "#$1 ");
}

function code(text: string): string {
  return `<code>${escapeMarkdownInline(truncate(text, MAX_VALUE))}</code>`;
}

function markdownValue(value: Json | undefined): string {
  return value === undefined ? "(none)" : code(JSON.stringify(value));
}

function textValue(value: Json | undefined): string {
  return value === undefined ? "(none)" : escapeTerminal(truncate(JSON.stringify(value), MAX_VALUE));
}
