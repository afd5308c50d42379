/**
 * What a detector sees of a judged sentence (./acts.ts builds it): its concepts, the words that
 * carry them, its mood. Its own module so that ./acts.ts and ./out-of-place.ts share `cite`.
 */
import type { Found } from "./acts.js";
import type { Concept } from "./lexicon.js";

export interface SentenceView {
  sentence: { found: Found[]; concepts: Set<Concept> };
  text: string;
  has(concept: Concept): boolean;
  /** The first word that carries the concept. */
  word(concept: Concept): string | undefined;
  negatedAt(concept: Concept): boolean;
  directive: boolean;
  foreignTools: string[];
  /** The sentence just before, when only spacing and punctuation lie between. */
  previous?: { found: Found[]; start: number; end: number };
}

/** `concept: "word"`, for the evidence. */
export function cite(s: Pick<SentenceView, "word">, ...concepts: Concept[]): string[] {
  return concepts.flatMap((concept) => {
    const word = s.word(concept);
    return word === undefined ? [] : [`${concept} "${word}"`];
  });
}
