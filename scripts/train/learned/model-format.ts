/**
 * The learned component's model as shipped (model.json, written by `npm run train`):
 * a logistic regression over the hashed sentence features of ./features.ts, weights
 * quantised to signed bytes.
 */
import { DIMENSIONS, eachFeature, features, shapeName, type FeatureKind } from "./features.js";

export interface LearnedModel {
  format: "mcp-drift/learned@1";
  dimensions: number;
  bias: number;
  /** A weight is its signed byte times `scale`. */
  scale: number;
  /** `dimensions` signed bytes, base64. */
  weights: string;
  /** Probability thresholds, chosen by cross-validation on the training data (see `trained`). */
  thresholds: { medium: number; high: number };
  /** How it was trained: sources, counts, seed, cross-validated false-alarm rates. */
  trained: Record<string, unknown>;
}

/** The decoded weights of a model: immutable once built. */
export interface Weights {
  readonly bias: number;
  readonly weight: (bucket: number) => number;
  readonly thresholds: { readonly medium: number; readonly high: number };
}

export function decode(model: LearnedModel): Weights {
  if (model.format !== "mcp-drift/learned@1" || model.dimensions !== DIMENSIONS) {
    throw new Error(`learned model: expected mcp-drift/learned@1 with ${DIMENSIONS} dimensions`);
  }
  const bytes = new Int8Array(Buffer.from(model.weights, "base64"));
  if (bytes.length !== DIMENSIONS) throw new Error(`learned model: ${bytes.length} weights, expected ${DIMENSIONS}`);
  const { scale } = model;
  return { bias: model.bias, weight: (bucket) => bytes[bucket]! * scale, thresholds: { ...model.thresholds } };
}

/** The probability that a folded sentence is an attack. */
export function probability(weights: Weights, folded: string): number {
  const { buckets, values } = features(folded);
  let margin = weights.bias;
  for (let i = 0; i < buckets.length; i++) margin += weights.weight(buckets[i]!) * values[i]!;
  return 1 / (1 + Math.exp(-margin));
}

export interface Contribution {
  kind: FeatureKind;
  /** The words, pair, characters or shape name. */
  feature: string;
  /** What the feature adds to the margin (log-odds), over all its occurrences. */
  weight: number;
}

/** The features that pushed a folded sentence's score up most, strongest first. */
export function explain(weights: Weights, folded: string, count = 4): Contribution[] {
  const { buckets, values } = features(folded);
  const weightOf = new Map<number, number>();
  for (let i = 0; i < buckets.length; i++) weightOf.set(buckets[i]!, values[i]!);
  const seen = new Map<string, Contribution>();
  eachFeature(folded, (bucket, kind, start, end) => {
    const feature = kind === "shape" ? (shapeName(bucket) ?? "shape") : folded.slice(start, end);
    const key = `${kind}:${feature}`;
    if (seen.has(key)) return;
    seen.set(key, { kind, feature, weight: weights.weight(bucket) * (weightOf.get(bucket) ?? 0) });
  });
  // Short character grams (" an", "e s") carry weight in sum but mean nothing to a reader.
  const readable = (c: Contribution) => c.kind !== "chars" || c.feature.trim().length >= 4;
  const ranked = [...seen.values()]
    .filter((c) => c.weight > 0 && readable(c))
    .sort((a, b) => b.weight - a.weight || cmp(a.feature, b.feature));
  // A character gram inside a word or pair already shown says nothing more.
  const shown: Contribution[] = [];
  for (const c of ranked) {
    if (shown.length === count) break;
    if (shown.some((s) => s.feature.includes(c.feature.trim()) || c.feature.includes(s.feature.trim()))) continue;
    shown.push(c);
  }
  return shown;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
