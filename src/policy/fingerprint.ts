import { createHash } from "node:crypto";
import type { RuleHit } from "../model.js";

/**
 * 12 hex chars identifying one finding across runs: the same rule on the same place with the
 * same evidence keeps its fingerprint, so an ignore can bind to it; new evidence breaks the bind.
 * Severity is left out on purpose: an override must not orphan an ignore. `detail` tells apart
 * findings that would otherwise share all of that (see `classify`).
 */
export function fingerprint(
  serverId: string,
  rule: string,
  hit: Pick<RuleHit, "entity" | "name" | "field" | "evidence">,
  detail?: string,
): string {
  // NUL as separator: ordinary text never contains it, so field boundaries stay distinct.
  const parts = [serverId, rule, hit.entity, hit.name, hit.field, hit.evidence];
  const material = (detail === undefined ? parts : [...parts, detail]).join("\0");
  return createHash("sha256").update(material).digest("hex").slice(0, 12);
}
