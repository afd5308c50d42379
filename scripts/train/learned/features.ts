/**
 * The features the learned component reads, shared by the trainer (scripts/train/) and the
 * rule, so training and scanning see a text the same way. A text is cut into sentences (at
 * line breaks and sentence-ending punctuation, long ones into pieces), each sentence folded
 * like every content rule's text (`matchable`: look-alikes, zero-width and combining tricks,
 * case), then described by hashed features: words and word pairs (Unicode letters and
 * digits, so any script), character 3- to 5-grams (which need no tokeniser, for languages
 * written without spaces) and a few shapes (a URL, an e-mail, a pseudo-tag, a path to a
 * secret). Counts are L2-normalised per sentence. Linear in the text's length: each piece
 * is at most `PIECE` code units and each position yields a bounded number of features.
 */
import { matchable } from "../../../src/matchable.js";

/** Hash buckets: a power of two. */
export const DIMENSIONS = 1 << 17;
const MASK = DIMENSIONS - 1;
/** The longest piece a sentence is scored in, in UTF-16 code units. */
export const PIECE = 600;

export type FeatureKind = "word" | "pair" | "chars" | "shape";

/** A sentence of a text: where it sits in the original, and its folded form. */
export interface Sentence {
  start: number;
  end: number;
  folded: string;
}

/** A sentence's features: bucket indices and their L2-normalised values. */
export interface Features {
  buckets: Int32Array;
  values: Float64Array;
}

/** Sentence ends: line breaks, and . ! ? ; followed by a space; CJK full stops anywhere. */
const BREAK = /\n|[.!?;:](?=\s)|[。！？；]/g;

/** The sentences of a text, in order; empty ones (punctuation, spaces) are skipped. */
export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  const push = (from: number, to: number) => {
    for (let at = from; at < to; at += PIECE) {
      const end = Math.min(to, at + PIECE);
      const folded = matchable(text.slice(at, end)).text.trim();
      if (isSentence(folded)) found.push({ start: at, end, folded });
    }
  };
  let from = 0;
  BREAK.lastIndex = 0;
  for (let match = BREAK.exec(text); match !== null; match = BREAK.exec(text)) {
    const to = match.index + match[0].length;
    push(from, to);
    from = to;
  }
  push(from, text.length);
  return found;
}

/**
 * Whether a folded piece is prose worth a verdict: three words or more, or a run of ten
 * letters in a script written without spaces. Single words and labels (an enum value
 * "internal", a title "Security") are names, which other rules judge.
 */
function isSentence(folded: string): boolean {
  return (
    (folded.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0) >= 3 ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]{10}/u.test(folded)
  );
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function fnv(seed: number, text: string): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
}

/** One seed per kind, so a word and a character gram with the same letters fall apart. */
const SEEDS: Record<FeatureKind, number> = {
  word: fnvStep(FNV_OFFSET, 0x77),
  pair: fnvStep(FNV_OFFSET, 0x70),
  chars: fnvStep(FNV_OFFSET, 0x63),
  shape: fnvStep(FNV_OFFSET, 0x73),
};

const WORD = /[\p{L}\p{N}_]+/gu;
/** Shapes a word or gram does not capture on its own. */
const SHAPES: readonly [string, RegExp][] = [
  ["url", /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|xyz|ru|cn|site|app|dev)\b/],
  ["email", /[\w.+-]+@[\w-]+\.[\w.]+/],
  ["tag", /<\/?[a-z][\w-]*>|\[\[|\]\]|\{\{|<!--/],
  ["secret-path", /~\/|\.ssh\b|id_rsa|id_ed25519|\.env\b|\.aws\b|credentials|\.npmrc|\.netrc|\.kube|keychain|private key/],
  ["code", /`[^`]+`|\$\(|\|\s*(?:sh|bash)\b|\brm -rf\b|\bsudo\b|\bcurl\b|\bwget\b/],
];

/** Called once per feature occurrence: its bucket, kind and span in the folded sentence. */
export type FeatureSink = (bucket: number, kind: FeatureKind, start: number, end: number) => void;

/** Every feature occurrence of a folded sentence. */
export function eachFeature(folded: string, sink: FeatureSink): void {
  WORD.lastIndex = 0;
  let previous: { text: string; start: number } | undefined;
  for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
    const word = match[0];
    const end = match.index + word.length;
    sink(fnv(SEEDS.word, word) & MASK, "word", match.index, end);
    if (previous !== undefined) sink(fnv(fnvStep(SEEDS.pair, 0x20), `${previous.text} ${word}`) & MASK, "pair", previous.start, end);
    previous = { text: word, start: match.index };
  }
  // Character grams over the sentence with a space either side, so word edges count.
  const padded = ` ${folded} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    let hash = SEEDS.chars;
    for (let n = 1; n <= 5 && i + n <= padded.length; n++) {
      hash = fnvStep(hash, padded.charCodeAt(i + n - 1));
      if (n >= 3) sink(hash & MASK, "chars", Math.max(0, i - 1), Math.min(folded.length, i + n - 1));
    }
  }
  for (const [name, pattern] of SHAPES) if (pattern.test(folded)) sink(fnv(SEEDS.shape, name) & MASK, "shape", 0, 0);
}

/** The shape names, for explanations: a shape feature has no span to show. */
export function shapeName(bucket: number): string | undefined {
  return SHAPES.find(([name]) => (fnv(SEEDS.shape, name) & MASK) === bucket)?.[0];
}

/** A folded sentence's feature vector. */
export function features(folded: string): Features {
  const counts = new Map<number, number>();
  eachFeature(folded, (bucket) => counts.set(bucket, (counts.get(bucket) ?? 0) + 1));
  const buckets = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = new Float64Array(buckets.length);
  let norm = 0;
  for (const [i, bucket] of buckets.entries()) {
    const count = counts.get(bucket)!;
    values[i] = count;
    norm += count * count;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < values.length; i++) values[i]! *= scale;
  return { buckets, values };
}
