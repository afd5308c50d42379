/**
 * Where a change points: the field relative to its item, and the item itself in a snapshot.
 * Change paths are `<list>/<item>/<field…>` or `server/<field…>`, segments escaped as in
 * JSON Pointer, so splitting on `/` never cuts inside a name.
 */
import { CATALOG_LISTS, type Change, type Entity, type JsonObject, type Snapshot } from "../model.js";
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

/** The item `name` of `entity` in `snapshot`, if it has one. */
export function findItem(snapshot: Snapshot | undefined, entity: Entity, name: string): JsonObject | undefined {
  const catalog = CATALOG_LISTS.find((c) => c.entity === entity);
  if (!snapshot || !catalog) return undefined;
  return snapshot[catalog.list]?.find((item) => item[catalog.key] === name);
}

/**
 * Items of `entity` present in both snapshots with at least one change under `field`:
 * the ones a structural rule should compare in full.
 */
export function changedItems(
  ctx: RuleContext,
  entity: Entity,
  field: string,
): { name: string; before: JsonObject; after: JsonObject }[] {
  const names = new Set(
    ctx.changes.filter((c) => c.entity === entity && isUnder(itemField(c), field)).map((c) => c.name),
  );
  return [...names].flatMap((name) => {
    const before = findItem(ctx.base, entity, name);
    const after = findItem(ctx.head, entity, name);
    return before && after ? [{ name, before, after }] : [];
  });
}
