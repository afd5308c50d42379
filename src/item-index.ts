/**
 * The items of one server's baseline and fresh snapshot by identity, built once per server
 * and scan: rules look items up for every change and text, fingerprints for every finding.
 * A neutral module, so that fingerprints and the classifier share one index.
 */
import { CATALOG_LISTS, type Entity, type JsonObject, type Snapshot } from "./model.js";

/** Which of a server's two snapshots: the fresh one or the committed baseline. */
export type Side = "head" | "base";

/** The field that names an item of each kind: `name`, `uri` or `uriTemplate`. */
export const IDENTITY_KEYS: ReadonlyMap<Entity, string> = new Map(CATALOG_LISTS.map(({ entity, key }) => [entity, key]));

/** An item's identity (tool or prompt name, resource uri, template uriTemplate); "" when it has none. */
export function identityOf(item: JsonObject, key: string): string {
  return typeof item[key] === "string" ? (item[key] as string) : "";
}

export class ItemIndex {
  /** `side \0 entity \0 identity` → the items with it, in listing order. */
  private readonly items = new Map<string, JsonObject[]>();

  constructor(head: Snapshot, base?: Snapshot) {
    this.add("head", head);
    if (base) this.add("base", base);
  }

  /**
   * Every item of `entity` with that identity (a server may list a name twice). An item
   * without a string identity is named "", as `modelTexts` and findings name it.
   */
  named(side: Side, entity: Entity, name: string): readonly JsonObject[] {
    return this.items.get(`${side}\0${entity}\0${name}`) ?? [];
  }

  /** The item of `entity` called `name`: the first, if the server listed the name twice. */
  itemOf(side: Side, entity: Entity, name: string): JsonObject | undefined {
    const key = IDENTITY_KEYS.get(entity);
    return key === undefined ? undefined : this.named(side, entity, name).find((item) => typeof item[key] === "string");
  }

  private add(side: Side, snapshot: Snapshot): void {
    for (const { list, entity, key } of CATALOG_LISTS) {
      for (const item of snapshot[list] ?? []) {
        const id = `${side}\0${entity}\0${identityOf(item, key)}`;
        const named = this.items.get(id);
        if (named) named.push(item);
        else this.items.set(id, [item]);
      }
    }
  }
}
