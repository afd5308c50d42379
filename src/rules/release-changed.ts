import type { Rule } from "../classify/rule.js";
import { quote } from "../message-text.js";
import { releaseChange } from "../release/compare.js";

export const releaseChanged: Rule = {
  id: "release-changed",
  kind: "drift",
  defaultSeverity: "info",
  example: 'server "tickets" now runs npm "@acme/tickets-mcp" 1.5.0 (was 1.4.2): https://www.npmjs.com/package/@acme/tickets-mcp/v/1.5.0',
  summary:
    "The server runs another release than its baseline: a new version, another package or image, or a floating tag that moved; the finding links the release.",
  doc:
    "Explains the catalog changes that come with an upgrade and links the release page, so a " +
    "reviewer can read what was published. Info by default: an upgrade is expected; what it " +
    "changed in the catalog is judged by the other rules, and the same version with other " +
    "contents by release-contents-changed.",
  check: (ctx) => {
    const change = releaseChange(ctx.base?.server.release, ctx.head.server.release);
    if (change === undefined) return [];
    return [
      {
        entity: "server",
        name: ctx.serverId,
        field: "release/version",
        message: `server ${quote(ctx.serverId)} now runs ${change.now} (was ${change.was})${change.url ? `: ${change.url}` : ""}`,
        evidence: change.url ?? change.now,
      },
    ];
  },
};
