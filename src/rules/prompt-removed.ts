import { presenceRule } from "../classify/presence.js";

export const promptRemoved = presenceRule({
  id: "prompt-removed",
  entity: "prompt",
  kind: "removed",
  defaultSeverity: "low",
  example: "- prompts/draft_reply",
  summary: "A prompt disappeared from the server's catalog.",
  doc: "A removed prompt only takes something away from users; it cannot make an agent do more. " + "Low by default.",
});
