import { presenceRule } from "../classify/presence.js";

export const resourceAdded = presenceRule({
  id: "resource-added",
  entity: "resource",
  kind: "added",
  defaultSeverity: "low",
  example: "+ resources/file:///home/me/.aws/credentials",
  summary: "A resource appeared in the server's catalog.",
  doc:
    "Resources are data the client or user chooses to read; a new one exposes more data but " +
    "gives the model no new way to act. Low by default; its description is still judged by the " +
    "content rules.",
});
