/** Shared shape of the `<entity>-added` / `<entity>-removed` rules: one hit per whole item. */
import type { Entity, Json, Severity } from "../model.js";
import { isJsonObject } from "../model.js";
import { itemField } from "./locate.js";
import type { Rule } from "./rule.js";
import { describeItem, excerpt } from "../message-text.js";

export interface PresenceRuleSpec {
  id: string;
  entity: Exclude<Entity, "server">;
  kind: "added" | "removed";
  defaultSeverity: Severity;
  summary: string;
  example: string;
  doc: string;
}

export function presenceRule(spec: PresenceRuleSpec): Rule {
  return {
    id: spec.id,
    kind: "drift",
    defaultSeverity: spec.defaultSeverity,
    summary: spec.summary,
    example: spec.example,
    doc: spec.doc,
    check: (ctx) =>
      ctx.changes
        .filter((c) => c.entity === spec.entity && c.kind === spec.kind && itemField(c) === "")
        .map((c) => ({
          entity: c.entity,
          name: c.name,
          field: "",
          message: `${describeItem(c.entity, c.name)} was ${spec.kind}`,
          evidence: itemEvidence(c.name, spec.kind === "added" ? c.after : c.before),
        })),
  };
}

/** The item's identity and the start of its description: what a reviewer looks at first. */
function itemEvidence(name: string, item: Json | undefined): string {
  const description = isJsonObject(item) ? item["description"] : undefined;
  return excerpt(typeof description === "string" ? `${name} — ${description}` : name);
}
