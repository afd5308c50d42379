import { CATALOG_LISTS, type Snapshot } from "../model.js";
import type { Rule } from "../classify/rule.js";
import { quote } from "../message-text.js";

export const baselineMissing: Rule = {
  id: "baseline-missing",
  kind: "drift",
  defaultSeverity: "medium",
  judgesFirstScan: true,
  example: 'server "tickets" is configured but snapshots/tickets.json does not exist',
  summary: "The server has no committed baseline snapshot yet.",
  doc:
    "Without a baseline nothing can be compared: drift rules only describe the catalog (at " +
    "info) and this finding stands in for all of them. Medium by default so a new server does " +
    "not slip in unreviewed; run `mcp-drift update` and commit the snapshot once the catalog " +
    "has been read.",
  check: (ctx) =>
    ctx.base
      ? []
      : [
          {
            entity: "server",
            name: ctx.serverId,
            field: "",
            message: `server ${quote(ctx.serverId)} has no baseline snapshot; its whole catalog is new`,
            evidence: catalogSize(ctx.head),
          },
        ],
};

/** `tools: 3, resources: 0, resourceTemplates: 0, prompts: 1`: what the first review covers. */
function catalogSize(snapshot: Snapshot): string {
  return CATALOG_LISTS.map(({ list }) => `${list}: ${snapshot[list]?.length ?? 0}`).join(", ");
}
