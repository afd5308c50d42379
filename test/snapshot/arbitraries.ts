/** fast-check generators for catalogs, shared by the snapshot and diff suites. */
import fc from "fast-check";
import type { Json, JsonObject, RawCatalog } from "../../src/model.js";

/**
 * Any code point in strings and keys: sorting and escaping must hold beyond ASCII. The cast:
 * fast-check types object fields as optional, but never generates undefined.
 */
export const json = fc.jsonValue({ maxDepth: 3, stringUnit: "binary" }) as fc.Arbitrary<Json>;

export const jsonObject: fc.Arbitrary<JsonObject> = fc.dictionary(fc.string({ unit: "binary", maxLength: 4 }), json, {
  maxKeys: 4,
});

/**
 * An item whose identity comes from a small pool (so duplicates and renames happen), or is
 * missing now and then, with a few arbitrary fields.
 */
function item(key: string, identities: readonly string[]): fc.Arbitrary<JsonObject> {
  return fc
    .tuple(fc.option(fc.constantFrom(...identities), { nil: undefined }), jsonObject)
    .map(([identity, fields]) => (identity === undefined ? fields : { ...fields, [key]: identity }));
}

function list(key: string, identities: readonly string[]): fc.Arbitrary<JsonObject[] | undefined> {
  return fc.option(fc.array(item(key, identities), { maxLength: 5 }), { nil: undefined });
}

export const rawCatalog: fc.Arbitrary<RawCatalog> = fc.record({
  initialize: jsonObject,
  tools: list("name", ["search", "read_file", "a/b", "~x", "ü"]),
  resources: list("uri", ["file:///tmp/a.txt", "https://example.com/x"]),
  resourceTemplates: list("uriTemplate", ["file:///{path}"]),
  prompts: list("name", ["summarize", "review"]),
});

/** The same catalog as the server might send it another time: items and keys reordered. */
export function reordered(raw: RawCatalog): fc.Arbitrary<RawCatalog> {
  const shuffle = (items: JsonObject[] | undefined): fc.Arbitrary<JsonObject[] | undefined> =>
    items === undefined
      ? fc.constant(undefined)
      : fc
          .shuffledSubarray(items, { minLength: items.length, maxLength: items.length })
          .map((shuffled) => shuffled.map((entry) => reverseKeys(entry) as JsonObject));
  return fc.record({
    initialize: fc.constant(reverseKeys(raw.initialize) as JsonObject),
    tools: shuffle(raw.tools),
    resources: shuffle(raw.resources),
    resourceTemplates: shuffle(raw.resourceTemplates),
    prompts: shuffle(raw.prompts),
  });
}

export function reverseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reverseKeys(value[key] as Json)]),
  );
}
