import { presenceRule } from "../classify/presence.js";

export const resourceTemplateAdded = presenceRule({
  id: "resource-template-added",
  entity: "resourceTemplate",
  kind: "added",
  defaultSeverity: "low",
  example: "+ resourceTemplates/repo://{owner}/{name}/contents/{path}",
  summary: "A resource template appeared in the server's catalog.",
  doc:
    "A resource template opens a family of readable URIs. Like a resource, it exposes data " +
    "rather than actions, so it is low by default; check that the URI pattern reaches only " +
    "data the server should share.",
});
