/**
 * Wording and grouping shared by the text and Markdown renderers. The wording here holds no
 * server text; the groups hold findings, whose text the renderers escape.
 */
import { atLeast, CAPABILITY_TIERS, ENTITY_LABELS, SEVERITIES } from "../model.js";
import type { Change, Entity, Finding, Report, Severity, ToolCapability } from "../model.js";

/**
 * Appends `more` to `lines` in place. Not `push(...more)`, which passes every line as an
 * argument (a 100,000-tool catalog has more than a call takes), nor `concat` in a loop, which
 * copies everything so far on every server.
 */
export function append(lines: string[], ...more: readonly (string | readonly string[])[]): string[] {
  for (const part of more) {
    if (typeof part === "string") lines.push(part);
    else for (const line of part) lines.push(line);
  }
  return lines;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function entityLabel(entity: Entity): string {
  return ENTITY_LABELS[entity];
}

/** A whole item added or removed (`tools/NAME`), as opposed to one of its fields. */
export function isItemChange(change: Change): boolean {
  return change.entity !== "server" && change.path.split("/").length === 2;
}

/** Most severe first; not-ignored before ignored; otherwise in the order given. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => Number(a.ignored) - Number(b.ignored) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
}

/** `1 high, 2 low` for the non-zero counts, most severe first; empty when all are zero. */
export function severityCounts(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(", ");
}

/** `12 tools: 7 read, 4 write, 1 high-impact`, tiers with no tool left out. */
export function tierCounts(tools: readonly ToolCapability[]): string {
  const counts = CAPABILITY_TIERS.map((tier) => [tier, tools.filter((tool) => tool.tier === tier).length] as const)
    .filter(([, count]) => count > 0)
    .map(([tier, count]) => `${count} ${tier}`);
  return counts.length === 0 ? plural(0, "tool") : `${plural(tools.length, "tool")}: ${counts.join(", ")}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * The one-line verdict, e.g.
 * `mcp-drift: 1 of 2 servers changed · 2 findings (1 high, 1 low) · fail-on high → exit 1`.
 * `summary.findings` counts findings that are not ignored; `summary.ignored` the rest.
 */
export function verdictLine(report: Report): string {
  const { summary } = report;
  const servers = [`${summary.changed} of ${plural(summary.servers, "server")} changed`];
  if (summary.new > 0) servers.push(`${summary.new} new`);
  if (summary.error > 0) servers.push(`${summary.error} could not be scanned`);

  const findingCount = SEVERITIES.reduce((sum, severity) => sum + summary.findings[severity], 0);
  let findings = findingCount === 0 ? "no findings" : plural(findingCount, "finding");
  if (findingCount > 0) findings += ` (${severityCounts(summary.findings)})`;
  if (summary.ignored > 0) findings += `, ${summary.ignored} ignored`;

  const exit = `fail-on ${report.failOn} → exit ${report.exitCode}${report.exitCode === 2 ? " (scan incomplete)" : ""}`;
  return `mcp-drift: ${servers.join(", ")} · ${findings} · ${exit}`;
}

/** A finding with the server it was found on, for lists that span servers. */
export interface ServerFinding {
  server: string;
  finding: Finding;
}

/** Findings that say the same thing about different items, shown as one entry. */
export interface FindingGroup {
  severity: Severity;
  rule: string;
  /** The shared message with each item's quoted name replaced by `…`; the message itself for a group of one. */
  message: string;
  members: ServerFinding[];
}

/** Below this many alike findings each is shown on its own. */
const GROUP_FROM = 3;

/**
 * Every finding of every server, most severe first and in server order within a severity,
 * with alike findings (one rule, severity, field and message but for the item's name)
 * gathered into one group. High and critical findings always stand alone, each with its
 * evidence: those are what a reviewer must read one by one. Real upgrades bring dozens of
 * alike mediums (a title added to every tool); one line naming all their items keeps each
 * visible without burying the rest.
 */
export function groupFindings(servers: readonly { id: string; findings: readonly Finding[] }[]): FindingGroup[] {
  const entries = servers.flatMap((server) => server.findings.map((finding) => ({ server: server.id, finding })));
  const bySeverity = SEVERITIES.map((severity) => entries.filter((entry) => entry.finding.severity === severity));
  return bySeverity.flatMap((alike) => {
    const groups = new Map<string, FindingGroup>();
    for (const entry of alike) {
      const { finding } = entry;
      const message = finding.message.replaceAll(JSON.stringify(finding.name), "…");
      const standsAlone = atLeast(finding.severity, "high") || message === finding.message;
      const key = standsAlone ? `\0${groups.size}` : JSON.stringify([finding.rule, finding.entity, finding.field, message]);
      const group = groups.get(key);
      if (group) group.members.push(entry);
      else groups.set(key, { severity: finding.severity, rule: finding.rule, message, members: [entry] });
    }
    return [...groups.values()].flatMap((group) =>
      group.members.length >= GROUP_FROM
        ? [group]
        : group.members.map((entry) => ({ severity: group.severity, rule: group.rule, message: entry.finding.message, members: [entry] })),
    );
  });
}
