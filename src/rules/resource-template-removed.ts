import { presenceRule } from "../classify/presence.js";

export const resourceTemplateRemoved = presenceRule({
  id: "resource-template-removed",
  entity: "resourceTemplate",
  kind: "removed",
  defaultSeverity: "low",
  example: "- resourceTemplates/tickets://{id}",
  summary: "A resource template disappeared from the server's catalog.",
  doc: "A removed resource template only takes data away. Low by default.",
});
