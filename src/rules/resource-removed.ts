import { presenceRule } from "../classify/presence.js";

export const resourceRemoved = presenceRule({
  id: "resource-removed",
  entity: "resource",
  kind: "removed",
  defaultSeverity: "low",
  example: "- resources/docs://readme",
  summary: "A resource disappeared from the server's catalog.",
  doc: "A removed resource only takes data away; it can break a workflow but not widen access. Low by default.",
});
