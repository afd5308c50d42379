import type { Rule } from "../classify/rule.js";
import { quote } from "../message-text.js";
import { contentsChange } from "../release/compare.js";

export const releaseContentsChanged: Rule = {
  id: "release-contents-changed",
  kind: "drift",
  defaultSeverity: "critical",
  example: 'npm "@acme/tickets-mcp" 1.4.2: integrity sha512-Q1…= → sha512-Zx…=',
  summary:
    "The same release of the server's package or image now has other contents: npm integrity, PyPI file digests or the manifest digest of an exact-version tag changed.",
  doc:
    "A registry release is meant to be immutable: npm refuses to republish a version, PyPI a file " +
    "name. When the release the baseline recorded now resolves to other bytes (a registry or " +
    "mirror that was tampered with, an unpublish and republish, an image tag like `1.4.2` pushed " +
    "again) the code that runs changed while its version, and often its catalog, did not: a " +
    "catalog scan alone cannot see it. Critical by default. Floating image tags (`latest`, `1`) are " +
    "expected to move and are reported by release-changed instead.",
  check: (ctx) => {
    const change = contentsChange(ctx.base?.server.release, ctx.head.server.release);
    if (change === undefined) return [];
    return [
      {
        entity: "server",
        name: ctx.serverId,
        field: "release/integrity",
        message: `server ${quote(ctx.serverId)} runs ${change.ecosystem} ${quote(change.package)} ${change.version} as before, but its contents changed: ${change.what}`,
        evidence: change.evidence,
      },
    ];
  },
};
