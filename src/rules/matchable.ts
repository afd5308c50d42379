/**
 * The copy of a text that content rules match against: what a model would read, not how it
 * was spelled to evade a pattern. NFKC-folded, invisible and formatting characters removed,
 * look-alike letters folded to Latin, lowercased, whitespace runs collapsed. Each character
 * remembers where it came from, so a match can be shown in the original text.
 */
import type { ModelText } from "./texts.js";

export interface MatchableText {
  text: string;
  /** `origin[i]` is the offset in the original text of `text[i]`; one extra entry for the end. */
  origin: number[];
}

/** Characters that render as nothing (zero-width, bidi controls, tags, variation selectors, soft hyphen…). */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;
/** Combining marks drawn over or under letters to break up words (e.g. U+0332 combining low line). */
const COMBINING = /^\p{M}$/u;
const WHITESPACE = /^\s$/u;

/** Cyrillic and Greek letters that look like Latin ones, lowercase (input is lowercased first). */
const CONFUSABLES: Record<string, string> = {
  "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
  "о": "o", "р": "p", "ѕ": "s", "т": "t", "у": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ё": "e",
  "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
  "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ј̇": "j",
};

export function matchable(original: string): MatchableText {
  let text = "";
  const origin: number[] = [];
  let offset = 0;
  let lastWasSpace = true; // also trims leading whitespace
  for (const char of original) {
    const at = offset;
    offset += char.length;
    if (INVISIBLE.test(char) || COMBINING.test(char)) continue;
    if (WHITESPACE.test(char)) {
      if (!lastWasSpace) {
        text += " ";
        origin.push(at);
        lastWasSpace = true;
      }
      continue;
    }
    for (const folded of char.normalize("NFKC").toLowerCase()) {
      const latin = CONFUSABLES[folded] ?? folded;
      if (COMBINING.test(latin)) continue;
      for (let i = 0; i < latin.length; i++) origin.push(at);
      text += latin;
      lastWasSpace = false;
    }
  }
  origin.push(offset);
  return { text, origin };
}

const cache = new WeakMap<ModelText, MatchableText>();

/** `matchable(text.text)`, computed once per text however many rules read it. */
export function matchableOf(text: ModelText): MatchableText {
  let result = cache.get(text);
  if (result === undefined) {
    result = matchable(text.text);
    cache.set(text, result);
  }
  return result;
}

/** Maps a span of the matchable text back to the original text. */
export function originalSpan(m: MatchableText, start: number, end: number): { start: number; end: number } {
  const last = Math.max(start, end - 1);
  const endOrigin = end >= m.text.length ? m.origin[m.origin.length - 1]! : m.origin[last]! + 1;
  return { start: m.origin[start] ?? 0, end: Math.max(endOrigin, m.origin[start] ?? 0) };
}
