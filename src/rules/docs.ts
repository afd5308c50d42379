import type { Rule } from "../classify/rule.js";

/** Markdown reference generated from the registry, so the docs cannot drift from the code. */
export function renderRuleDocs(rules: readonly Rule[]): string {
  const table = [
    "| id | kind | default severity | summary |",
    "|---|---|---|---|",
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.kind} | ${r.defaultSeverity} | ${cell(r.summary)} |`),
  ];
  return ["# Rules", "", "Generated from the rule registry (`src/rules/index.ts`).", "", ...table, "", ...rules.flatMap(ruleSection)].join(
    "\n",
  );
}

function ruleSection(rule: Rule): string[] {
  return [`## ${rule.id}`, "", ruleHelp(rule), ""];
}

/**
 * Where a rule's documentation is read on the web: `docs/rules.md` as the package of that
 * exact version ships it, served by an npm CDN, so a link never describes a newer rule than
 * the one that ran. The heading anchors are the rule ids.
 */
export function ruleDocUrl(ruleId: string, version: string): string {
  return `https://unpkg.com/mcp-drift@${encodeURIComponent(version)}/docs/rules.md#${ruleId}`;
}

/** One rule's documentation: what it catches, why, an example, and how to tune or ignore it. */
export function ruleHelp(rule: Rule): string {
  return [
    rule.summary,
    "",
    rule.doc,
    "",
    ...(rule.example ? ["What it catches, for example:", "", "```", rule.example, "```", ""] : []),
    `Kind: ${rule.kind}. Default severity: ${rule.defaultSeverity}.`,
    "",
    "Change its severity or turn it off, or ignore one finding, in `mcp-drift.yml`:",
    "",
    "```yaml",
    "rules:",
    `  ${rule.id}: low            # any severity, or "off"`,
    "ignore:",
    `  - rule: ${rule.id}`,
    "    server: my-server           # optional",
    "    item: tool:some_tool        # optional: <entity>:<name>",
    "    reason: why this is acceptable",
    "    expires: 2027-01-31         # optional",
    "    fingerprint: 9c4e…          # optional: the finding's 64-hex fingerprint binds to one exact finding",
    "```",
  ].join("\n");
}

/** Table cells end at `|`; escape it so a summary cannot split its row. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}
