/**
 * Where a change points: the field relative to its item, and the item itself in a snapshot.
 * Change paths are `<list>/<item>/<field…>` or `server/<field…>`, segments escaped as in
 * JSON Pointer, so splitting on `/` never cuts inside a name.
 */
import type { Change, Entity, JsonObject } from "../model.js";
import type { RuleContext } from "./rule.js";

/** The change's path relative to its item (still escaped); `""` for the whole item. */
export function itemField(change: Change): string {
  const prefixLength = change.entity === "server" ? 1 : 2;
  return change.path.split("/").slice(prefixLength).join("/");
}

/** True when `field` is `prefix` itself or lies below it. */
export function isUnder(field: string, prefix: string): boolean {
  return field === prefix || field.startsWith(`${prefix}/`);
}

/**
 * Items of `entity` present in both snapshots with at least one change under `field`:
 * the ones a structural rule should compare in full.
 */
export function changedItems(ctx: RuleContext, entity: Entity, field: string): { name: string; before: JsonObject; after: JsonObject }[] {
  const names = new Set(ctx.changes.filter((c) => c.entity === entity && isUnder(itemField(c), field)).map((c) => c.name));
  return [...names].flatMap((name) => {
    const before = ctx.analysis.itemOf("base", entity, name);
    const after = ctx.analysis.itemOf("head", entity, name);
    return before && after ? [{ name, before, after }] : [];
  });
}
