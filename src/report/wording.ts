/** Wording and grouping shared by the text and Markdown renderers. Output here holds no server text. */
import { CAPABILITY_TIERS, ENTITY_LABELS, SEVERITIES } from "../model.js";
import type { Change, Entity, Finding, Report, Severity, ToolCapability } from "../model.js";

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
