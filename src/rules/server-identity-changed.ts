import type { Change } from "../model.js";
import { itemField, isUnder } from "../classify/locate.js";
import type { Rule } from "../classify/rule.js";
import { isModernRevision } from "../protocol-revisions.js";
import { excerpt, quote, show, showField } from "../message-text.js";

export const serverIdentityChanged: Rule = {
  id: "server-identity-changed",
  kind: "drift",
  defaultSeverity: "medium",
  example: 'server/serverInfo/name: "acme-tickets" → "acme-tickets-proxy"',
  summary: "The server's name, title, website, other serverInfo or protocol version changed (a version bump alone is info).",
  doc:
    "A pinned server that suddenly reports another name, title or website may have been swapped " +
    "for a different implementation, and a new protocol version changes what the client and " +
    "server negotiate. Medium by default. A change of `serverInfo.version` alone is expected on " +
    "every release and is reported as info, so it explains the other findings without raising an alarm.",
  check: (ctx) =>
    ctx.changes
      .filter((c) => c.entity === "server")
      .map((c) => ({ change: c, field: itemField(c) }))
      .filter(({ field }) => field === "protocolVersion" || isUnder(field, "serverInfo"))
      .map(({ change, field }) => ({
        entity: change.entity,
        name: change.name,
        field,
        message: `${showField(field)} of server ${quote(change.name)} ${describeChange(change)}`,
        evidence: excerpt(change.after),
        ...(field === "serverInfo/version" ||
        (field === "protocolVersion" &&
          typeof change.before === "string" &&
          typeof change.after === "string" &&
          isModernRevision(change.before) !== isModernRevision(change.after))
          ? { severity: "info" as const }
          : {}),
      })),
};

function describeChange(change: Change): string {
  if (change.kind === "added") return `was set to ${show(change.after)}`;
  if (change.kind === "removed") return `was removed (was ${show(change.before)})`;
  return `changed from ${show(change.before)} to ${show(change.after)}`;
}
