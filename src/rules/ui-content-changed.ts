import type { Rule } from "../classify/rule.js";
import { quote } from "../message-text.js";
import { CONTENT_FIELD } from "../snapshot/normalize.js";
import { byKey, contentDigest } from "./ui-meta.js";

export const uiContentChanged: Rule = {
  id: "ui-content-changed",
  kind: "drift",
  defaultSeverity: "medium",
  example: "ui://dashboard/view.html: sha256 3b1f… → 9c04…",
  summary: "The HTML of an MCP Apps UI (a ui:// resource, as read) changed.",
  doc:
    "A `ui://` resource is code the host runs in front of the user and that can call the server's " +
    "tools. The snapshot keeps a SHA-256 of each content item (not the HTML), so a new build of the " +
    "view shows up even when its listing did not change. Medium by default: review the new view.",
  check: (ctx) => {
    if (ctx.base === undefined) return [];
    const before = byKey(ctx.base, "resources", "uri");
    return (ctx.head.resources ?? []).flatMap((resource) => {
      const uri = resource.uri;
      const old = typeof uri === "string" ? before.get(uri) : undefined;
      if (typeof uri !== "string" || old === undefined) return [];
      const was = contentDigest(old);
      const now = contentDigest(resource);
      if (was === undefined || now === undefined || was === now) return [];
      return [
        {
          entity: "resource" as const,
          name: uri,
          field: CONTENT_FIELD,
          message: `the content of the UI ${quote(uri)} changed`,
          evidence: `sha256 ${was.slice(0, 12)}… → ${now.slice(0, 12)}…`,
        },
      ];
    });
  },
};
