import { presenceRule } from "../classify/presence.js";

export const promptAdded = presenceRule({
  id: "prompt-added",
  entity: "prompt",
  kind: "added",
  defaultSeverity: "medium",
  example: '+ prompts/summarize_thread: "Summarize a Slack thread for the user."',
  summary: "A prompt appeared in the server's catalog.",
  doc:
    "A prompt is text the server writes into the conversation when a user picks it, so a new " +
    "prompt is new server-authored instructions reaching the model. Medium by default: read it " +
    "before accepting the catalog.",
});
