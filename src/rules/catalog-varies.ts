import type { Rule } from "../classify/rule.js";
import { excerpt, showField } from "../message-text.js";
import type { Change } from "../model.js";

/** Changes shown in the evidence; the rest are counted. */
const CHANGES_SHOWN = 8;

export const catalogVaries: Rule = {
  id: "catalog-varies",
  kind: "content",
  defaultSeverity: "critical",
  example: 'as Cursor (clientInfo "cursor-vscode"): added tools/export_all',
  summary:
    "The server shows another catalog to another reader: a host's client name, a later point in the session, the other protocol era, or after a list change.",
  doc:
    "With `probe:` (or `--probe`), the catalog is read again as Claude Code, Claude Desktop, Cursor " +
    "and VS Code, in one session after a number of harmless requests, in the other protocol era " +
    "when the server speaks both, and after any list-changed notification it sent. A server that " +
    "answers any of these differently shows the scanner one catalog and an agent another: the " +
    "baseline then proves nothing about what the model is given. Critical by default; the evidence " +
    "is the difference.",
  check: (ctx) =>
    (ctx.readings ?? [])
      .filter((reading) => reading.changes.length > 0)
      .map((reading) => ({
        entity: "server" as const,
        name: ctx.serverId,
        field: "catalog",
        message: `server "${ctx.serverId}" shows another catalog when read ${reading.label}`,
        evidence: excerpt(describeChanges(reading.changes), 600),
      })),
};

function describeChanges(changes: readonly Change[]): string {
  const shown = changes.slice(0, CHANGES_SHOWN).map((c) => {
    const values = c.kind === "changed" ? `: ${excerpt(c.before, 60)} → ${excerpt(c.after, 60)}` : "";
    return `${c.kind} ${showField(c.path)}${values}`;
  });
  const more = changes.length - shown.length;
  return [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join("; ");
}
