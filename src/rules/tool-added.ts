import { presenceRule } from "../classify/presence.js";

export const toolAdded = presenceRule({
  id: "tool-added",
  entity: "tool",
  kind: "added",
  defaultSeverity: "medium",
  example: '+ tools/delete_repo: "Delete a repository and all its issues permanently."',
  summary: "A tool appeared in the server's catalog.",
  doc:
    "A new tool is a new thing the model can do on the user's behalf, available to every agent " +
    "that trusts this server without anyone choosing it. Medium by default: review what it does " +
    "before the catalog is accepted; capability rules raise the alarm when the tool writes or deletes.",
});
