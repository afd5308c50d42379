/**
 * The trainer: L2-regularised logistic regression fitted by Adagrad over sparse hashed
 * features, multiple-instance style (an attack item is a bag of sentences of which only some
 * attack). Deterministic: the same items in the same order give the same bytes (a seeded
 * shuffle, no clock, no Math.random).
 */
import { DIMENSIONS, type Features } from "./learned/features.js";
import type { LearnedModel, Weights } from "./learned/model-format.js";

export interface Bag {
  /** Cross-validation group (the item's server). */
  group: string;
  label: 0 | 1;
  sentences: Features[];
  /** How much the bag counts (1 when absent): see `languageWeights`. */
  weight?: number;
}

export interface FitOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Relabelling rounds: after each, a malicious bag keeps only its sentences that look like the attack. */
  rounds: number;
}

export const DEFAULT_OPTIONS: FitOptions = { seed: 20261205, epochs: 12, learningRate: 0.2, l2: 1e-4, rounds: 1 };

export interface Fitted {
  bias: number;
  weights: Float64Array;
}

interface Example {
  f: Features;
  y: 0 | 1;
  w: number;
}

/** mulberry32: a small seeded generator, so shuffles are the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function margin(fitted: Pick<Fitted, "bias" | "weights">, f: Features): number {
  let m = fitted.bias;
  for (let i = 0; i < f.buckets.length; i++) m += fitted.weights[f.buckets[i]!]! * f.values[i]!;
  return m;
}

const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));

/** One logistic regression on weighted examples, classes balanced to equal total weight. */
function sgd(examples: Example[], options: FitOptions): Fitted {
  const weights = new Float64Array(DIMENSIONS);
  const squares = new Float64Array(DIMENSIONS);
  let bias = 0;
  let biasSquares = 0;
  const total = [0, 0];
  for (const e of examples) total[e.y]! += e.w;
  const balance = [total[0]! > 0 ? 0.5 / total[0]! : 0, total[1]! > 0 ? 0.5 / total[1]! : 0];
  const n = examples.length;
  const scale = examples.map((e) => e.w * balance[e.y]! * n);
  const order = Array.from({ length: n }, (_, i) => i);
  const next = random(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { f, y } = examples[index]!;
      const g = (sigmoid(margin({ bias, weights }, f)) - y) * scale[index]!;
      for (let k = 0; k < f.buckets.length; k++) {
        const b = f.buckets[k]!;
        const grad = g * f.values[k]! + options.l2 * weights[b]!;
        squares[b]! += grad * grad;
        weights[b]! -= (options.learningRate * grad) / Math.sqrt(squares[b]! + 1e-8);
      }
      biasSquares += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return { bias, weights };
}

/**
 * Benign bags give every sentence as a negative. A malicious bag first gives all its
 * sentences, sharing the bag's weight; after each round it gives only the sentences the
 * model then finds most attack-like (its top one, and any other at p ≥ 0.5), the rest being
 * the honest part of a poisoned description.
 */
export function fitBags(bags: readonly Bag[], options: FitOptions = DEFAULT_OPTIONS): Fitted {
  const initial: Example[] = bags.flatMap((bag) =>
    bag.sentences.map((f) => ({ f, y: bag.label, w: (bag.weight ?? 1) / (bag.label === 1 ? bag.sentences.length : 1) })),
  );
  let fitted = sgd(initial, options);
  for (let round = 0; round < options.rounds; round++) {
    const current = fitted;
    const examples: Example[] = bags.flatMap((bag): Example[] => {
      if (bag.label === 0) return bag.sentences.map((f) => ({ f, y: 0 as const, w: bag.weight ?? 1 }));
      const scored = bag.sentences.map((f, i) => ({ f, i, p: sigmoid(margin(current, f)) }));
      const top = scored.reduce((best, s) => (s.p > best.p ? s : best));
      const kept = scored.filter((s) => s === top || s.p >= 0.5);
      return kept.map((s) => ({ f: s.f, y: 1 as const, w: (bag.weight ?? 1) / kept.length }));
    });
    fitted = sgd(examples, { ...options, seed: options.seed + round + 1 });
  }
  return fitted;
}

/**
 * Per-bag weights that make the language of a text say nothing about its label. The attacks
 * are written in many languages and the real tools mostly in English, so a model left alone
 * learns "not English" as a sign of attack. Each language's benign bags are weighted so that
 * its benign-to-malicious weight ratio is the corpus's (at most `cap` times).
 */
export function languageWeights(bags: readonly { label: 0 | 1; language: string }[], cap = 20): number[] {
  const count = new Map<string, [number, number]>();
  for (const bag of bags) {
    const c = count.get(bag.language) ?? [0, 0];
    c[bag.label]++;
    count.set(bag.language, c);
  }
  const benign = bags.filter((b) => b.label === 0).length;
  const malicious = bags.length - benign;
  return bags.map((bag) => {
    if (bag.label === 1 || malicious === 0) return 1;
    const [b, m] = count.get(bag.language)!;
    return Math.min(cap, Math.max(1, m / b / (malicious / benign)));
  });
}

/** Weights as signed bytes: a quarter of the size of floats, and what the rule scores with. */
export function quantise(fitted: Fitted): { bias: number; scale: number; bytes: Int8Array } {
  let largest = 0;
  for (const w of fitted.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? round6(largest / 127) : 1;
  const bytes = new Int8Array(fitted.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(fitted.weights[i]! / scale)));
  return { bias: round6(fitted.bias), scale, bytes };
}

/** The weights a quantised model scores with, as the rule decodes them. */
export function quantisedWeights(q: { bias: number; scale: number; bytes: Int8Array }): Pick<Fitted, "bias" | "weights"> {
  return { bias: q.bias, weights: Float64Array.from(q.bytes, (b) => b * q.scale) };
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A bag's score: its most attack-like sentence. */
export function bagScore(fitted: Pick<Fitted, "bias" | "weights">, bag: Pick<Bag, "sentences">): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const f of bag.sentences) best = Math.max(best, margin(fitted, f));
  return sigmoid(best);
}

/**
 * The lowest threshold at which at most `rate` of these benign scores would be flagged
 * (a score flags when it is ≥ the threshold), midway to the next score, rounded up.
 */
export function thresholdFor(benign: readonly number[], rate: number): number {
  const sorted = [...benign].sort((a, b) => b - a);
  const allowed = Math.floor(rate * sorted.length);
  if (sorted.length === 0) return 0.5;
  const above = allowed === 0 ? 1 : sorted[allowed - 1]!;
  const below = sorted[allowed] ?? 0;
  return Math.min(0.9999, Math.ceil(((above + below) / 2) * 1e4) / 1e4);
}

export function toModel(
  q: { bias: number; scale: number; bytes: Int8Array },
  thresholds: LearnedModel["thresholds"],
  trained: LearnedModel["trained"],
): LearnedModel {
  return {
    format: "mcp-drift/learned@1",
    dimensions: DIMENSIONS,
    bias: q.bias,
    scale: q.scale,
    weights: Buffer.from(q.bytes.buffer, q.bytes.byteOffset, q.bytes.byteLength).toString("base64"),
    thresholds,
    trained,
  };
}

export type { Weights };
