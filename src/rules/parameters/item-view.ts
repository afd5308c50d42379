/** What suspicious-parameter reads of an item: its stated purpose, read-only claim and parameters. */
import type { RuleContext } from "../../classify/rule.js";
import { matchable } from "../../matchable.js";
import { isJsonObject, type Json, type JsonObject } from "../../model.js";
import { joinedNameWords } from "./families.js";

export interface ItemView {
  /** The item's name as words, its titles and description, matchable. */
  purpose: string;
  purposeWords: Set<string>;
  /** The read-only claim in its annotations or its own words, if any. */
  readOnly?: string;
  /** Top-level input parameters: name, joined name words, schema and whether it is required. */
  parameters: { name: string; words: string; schema: JsonObject; required: boolean }[];
}

/**
 * A tool describing itself as unable to change anything. A qualified claim ("read-only unless
 * allow_write is set", "read-only by default") documents its switch honestly and is no claim.
 */
export const READ_ONLY_CLAIM =
  /(?<!\bnot\s)\bread[\s_-]?only\b(?!(?:\s+mode)?\s*,?\s*(?:by default|unless|except|when|if)\b)|\bnon[\s-]?destructive\b|\b(?:does not|doesn't|will not|won't|never|cannot|can't)\s+(?:modify|change|write|alter|delete|mutate)\b|\bno\s+(?:write|side)[\s-]?effects?\b|\bwithout\s+(?:modifying|changing|writing|side effects)\b/;

/** Key of the item views in the server's analysis. */
const ITEM_VIEWS = Symbol("suspicious-parameter item views");

/** The item's view, worked out once per part of the judged texts however many of its texts are judged. */
export function viewOf(ctx: RuleContext, item: JsonObject): ItemView {
  const views = ctx.analysis.derivedInPart(ITEM_VIEWS, () => new Map<JsonObject, ItemView>());
  let view = views.get(item);
  if (view === undefined) views.set(item, (view = readView(item)));
  return view;
}

/**
 * The item's purpose, as its view holds it, without keeping the view: for what reads every
 * tool of a catalog once (views are kept a part of the judged texts at a time).
 */
export function purposeOf(item: JsonObject): string {
  return ownWords(item).purpose;
}

/** The item's name words with its own words (title, annotation title, description), folded; and its title and description alone. */
function ownWords(item: JsonObject): { purpose: string; titleAndDescription: string } {
  const annotations = isJsonObject(item.annotations) ? item.annotations : {};
  const own = (...values: (Json | undefined)[]) => matchable(values.filter((v) => typeof v === "string").join(" . ")).text;
  const name = typeof item.name === "string" ? joinedNameWords(item.name).replaceAll("_", " ") : "";
  const titleAndDescription = own(item.title, item.description);
  // Most items have no annotation title: their own words are then the title and description, folded once.
  const words = typeof annotations.title === "string" ? own(item.title, annotations.title, item.description) : titleAndDescription;
  return { purpose: `${name} . ${words}`, titleAndDescription };
}

function readView(item: JsonObject): ItemView {
  const annotations = isJsonObject(item.annotations) ? item.annotations : {};
  const { purpose, titleAndDescription } = ownWords(item);
  const properties = isJsonObject(item.inputSchema) && isJsonObject(item.inputSchema.properties) ? item.inputSchema.properties : {};
  const required = isJsonObject(item.inputSchema) && Array.isArray(item.inputSchema.required) ? item.inputSchema.required : [];
  return {
    purpose,
    purposeWords: new Set(purpose.split(/[^a-z0-9]+/).map(stem)),
    readOnly: annotations.readOnlyHint === true ? "read-only" : READ_ONLY_CLAIM.exec(titleAndDescription)?.[0],
    parameters: [
      ...Object.entries(properties).map(([key, schema]) => ({
        name: key,
        words: joinedNameWords(key),
        schema: isJsonObject(schema) ? schema : {},
        required: required.includes(key),
      })),
      ...promptArguments(item),
    ],
  };
}

/** A prompt's arguments as parameters: each is its own schema, `required: true` when the caller must give it. */
function promptArguments(item: JsonObject): ItemView["parameters"] {
  if (!Array.isArray(item.arguments)) return [];
  return item.arguments.flatMap((argument) =>
    isJsonObject(argument) && typeof argument.name === "string"
      ? [{ name: argument.name, words: joinedNameWords(argument.name), schema: argument, required: argument.required === true }]
      : [],
  );
}

/** A plural read as its singular, so `notes` in a name meets `note` in a description. */
export function stem(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}
