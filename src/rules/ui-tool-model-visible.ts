import { changedItems } from "../classify/locate.js";
import type { Rule } from "../classify/rule.js";
import { excerpt, quote } from "../message-text.js";
import { isAppOnly, uiMeta } from "./ui-meta.js";

export const uiToolModelVisible: Rule = {
  id: "ui-tool-model-visible",
  kind: "drift",
  defaultSeverity: "high",
  example: 'tools/refresh_data/_meta/ui/visibility: ["app"] → ["model","app"]',
  summary: "An MCP Apps tool that only its app could call became visible to the model.",
  doc:
    'MCP Apps lets a server mark a tool `visibility: ["app"]`: the host hides it from the model and ' +
    "only the server's own UI calls it. When such a tool drops that restriction, the model can call " +
    "it on its own, with arguments it chooses, in every conversation: a new capability that was " +
    "reviewed as UI plumbing. High by default.",
  // Only tools whose `_meta` changed (dropping `_meta` or `_meta.ui` whole included).
  check: (ctx) =>
    changedItems(ctx, "tool", "_meta").flatMap(({ name, before, after: tool }) => {
      if (!isAppOnly(before) || isAppOnly(tool)) return [];
      return [
        {
          entity: "tool" as const,
          name,
          field: "_meta/ui/visibility",
          message: `tool ${quote(name)} was visible to its app only and is now visible to the model`,
          evidence: excerpt(uiMeta(tool)?.visibility ?? "absent (both model and app)"),
        },
      ];
    }),
};
