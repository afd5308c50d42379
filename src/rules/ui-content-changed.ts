import { changedItems } from "../classify/locate.js";
import type { Rule } from "../classify/rule.js";
import { joinPath } from "../json-path.js";
import { quote } from "../message-text.js";
import { CONTENT_FIELD } from "../snapshot/normalize.js";
import { contentDigest } from "./ui-meta.js";

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
  // Only resources whose content digests changed (the field's name holds a `/`, escaped in change paths).
  check: (ctx) =>
    changedItems(ctx, "resource", joinPath(CONTENT_FIELD)).flatMap(({ name: uri, before, after }) => {
      const was = contentDigest(before);
      const now = contentDigest(after);
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
    }),
};
