import type { Rule } from "../classify/rule.js";
import { excerpt, quote } from "../message-text.js";
import { uiGrants } from "./ui-meta.js";

export const uiDomainAdded: Rule = {
  id: "ui-domain-added",
  kind: "drift",
  defaultSeverity: "high",
  example: "ui://dashboard/view.html: csp.connectDomains:https://metrics.collector.example",
  summary: "An MCP Apps UI may now reach a new domain (CSP) or asks for a new permission.",
  doc:
    "An MCP Apps view runs in the host's sandbox, and its `_meta.ui` says what the sandbox lets it " +
    "reach: CSP domains to connect to, load from or frame, a dedicated origin, and permissions such " +
    "as camera, microphone or clipboard. A new domain is a new place the view can send what it " +
    "shows the user; a new permission is new access to the user's device. Read from the listed " +
    "resource and from its content as read. High by default.",
  check: (ctx) => {
    if (ctx.base === undefined) return [];
    return (ctx.head.resources ?? []).flatMap((resource) => {
      const uri = resource.uri;
      if (typeof uri !== "string") return [];
      const old = ctx.analysis.itemOf("base", "resource", uri);
      const had = old === undefined ? new Set<string>() : uiGrants(old);
      const added = [...uiGrants(resource)].filter((grant) => !had.has(grant)).sort();
      if (added.length === 0) return [];
      return [
        {
          entity: "resource" as const,
          name: uri,
          field: "_meta/ui",
          message: `the UI ${quote(uri)} may now reach or use ${added.length === 1 ? "a new grant" : `${added.length} new grants`}`,
          evidence: excerpt(added.join(", ")),
        },
      ];
    });
  },
};
