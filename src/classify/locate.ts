/**
 * Where a change points: the field relative to its item, and the item itself in a snapshot.
 * Change paths are `<list>/<item>/<field…>` or `server/<field…>`, segments escaped as in
 * JSON Pointer, so splitting on `/` never cuts inside a name.
 */
import { CATALOG_LISTS, type Change, type Entity, type JsonObject, type Snapshot } from "../model.js";
import { itemIdentity } from "../snapshot/normalize.js";
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

const itemIndexes = new WeakMap<Snapshot, Map<string, JsonObject>>();

/**
 * The item of `entity` called `name` in `snapshot` (the first, if the server listed the name
 * twice), indexed once per snapshot: rules look items up for every change and text.
 */
export function itemOf(snapshot: Snapshot, entity: Entity, name: string): JsonObject | undefined {
  let index = itemIndexes.get(snapshot);
  if (index === undefined) {
    index = new Map();
    for (const { list, entity: kind, key } of CATALOG_LISTS) {
      for (const item of snapshot[list] ?? []) {
        const identity = itemIdentity(item, key);
        const id = `${kind}\0${identity}`;
        if (identity !== undefined && !index.has(id)) index.set(id, item);
      }
    }
    itemIndexes.set(snapshot, index);
  }
  return index.get(`${entity}\0${name}`);
}

/**
 * Items of `entity` present in both snapshots with at least one change under `field`:
 * the ones a structural rule should compare in full.
 */
export function changedItems(ctx: RuleContext, entity: Entity, field: string): { name: string; before: JsonObject; after: JsonObject }[] {
  const names = new Set(ctx.changes.filter((c) => c.entity === entity && isUnder(itemField(c), field)).map((c) => c.name));
  return [...names].flatMap((name) => {
    const before = ctx.base && itemOf(ctx.base, entity, name);
    const after = itemOf(ctx.head, entity, name);
    return before && after ? [{ name, before, after }] : [];
  });
}
