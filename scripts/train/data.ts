/**
 * The training data of the learned component: every item of the corpus sources it may
 * learn from (never the held-out set, which it only scores), cut into the sentences the
 * rule will judge. An item's texts are the ones content rules read (src/classify/texts.ts),
 * built exactly as the eval builds a corpus item's catalog.
 */
import type { JsonObject, RawCatalog } from "../../src/model.js";
import { modelTexts } from "../../src/classify/texts.js";
import { features, sentences, type Features } from "./learned/features.js";
import { LEARNED_KINDS } from "./learned/kinds.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { ITEM_FIELDS, type CorpusItem } from "../corpus/lines.js";
import { serverId } from "../eval.js";

/** The sources the component learns from; anything else (the holdout) is only ever scored. */
export const TRAINING_SOURCES = ["authored", "atr", "safe-mcp", "mcpsecbench", "livemcpbench", "npm-real"] as const;
/** Benign sources of real published tools: the false-alarm budget is counted on these. */
export const REAL_SOURCES = ["livemcpbench", "npm-real"];
/**
 * Malicious items whose attack is a name (a look-alike tool name, a parameter called
 * `conversation_history`): their sentences say nothing about the attack, so they would only
 * teach noise. Other rules judge names.
 */
const NAME_SURFACES = new Set(["tool-name", "parameter-name"]);

export interface TrainItem {
  id: string;
  source: string;
  /** Scan group for cross-validation: items of one server never sit on both sides of a fold. */
  group: string;
  label: 0 | 1;
  /** The item's language as the corpus labels it; the imported sources, unlabelled, are English. */
  language: string;
  /** How much it counts in training (`languageWeights`); 1 until the trainer sets it. */
  weight?: number;
  /** The features of each sentence of each judged text, in text order. */
  sentences: Features[];
}

/** The sentences of a corpus item as the learned rule sees them: judged texts of its own catalog. */
export function itemSentences(item: CorpusItem): string[] {
  const raw: RawCatalog = { initialize: {} };
  if (item.field === "instructions") raw.initialize = { instructions: item.value as string };
  else {
    const { list } = ITEM_FIELDS.find((f) => f.field === item.field)!;
    raw[list] = [item.value as JsonObject];
  }
  const snapshot = toSnapshot(serverId(item.server), raw);
  return modelTexts(snapshot)
    .filter((text) => (LEARNED_KINDS as readonly string[]).includes(text.kind))
    .flatMap((text) => sentences(text.text).map((s) => s.folded));
}

export function trainItems(items: readonly CorpusItem[], forTraining = true): TrainItem[] {
  return items
    .filter((item) => !forTraining || !(item.label === "malicious" && item.surface !== undefined && NAME_SURFACES.has(item.surface)))
    .map((item) => ({
      id: item.id,
      source: item.source,
      group: `${item.source}/${item.server}`,
      label: item.label === "malicious" ? (1 as const) : (0 as const),
      language: item.language ?? "en",
      sentences: itemSentences(item).map(features),
    }))
    .filter((item) => !forTraining || item.sentences.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
