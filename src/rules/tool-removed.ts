import { presenceRule } from "../classify/presence.js";

export const toolRemoved = presenceRule({
  id: "tool-removed",
  entity: "tool",
  kind: "removed",
  defaultSeverity: "low",
  example: "- tools/search_issues",
  summary: "A tool disappeared from the server's catalog.",
  doc:
    "A removed tool takes a capability away, so it cannot widen what an agent may do; it can " +
    "still break prompts and workflows that call it. Low by default: worth knowing, rarely dangerous.",
});
