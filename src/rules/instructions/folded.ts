/**
 * A regex for the matchable copy of a text, written in plain script: the non-ASCII runs of
 * the source are folded as the text is (Cyrillic letters that look Latin become Latin, and
 * so on), so a word list in Russian matches. `phrases` (./patterns.ts) does the same for the
 * technique patterns; `cjk` does not, so a source with marks the copy drops (Devanagari,
 * Arabic vowels) goes through `foldedSource` first.
 */
import { matchable } from "../../matchable.js";

export function folded(source: string, flags = "u"): RegExp {
  return new RegExp(foldedSource(source), flags);
}

/** `folded` of a regex literal, its flags kept. */
export function foldedRegExp(pattern: RegExp): RegExp {
  return folded(pattern.source, pattern.flags);
}

/** A pattern source with its non-ASCII runs folded as the matchable copy folds them. */
export function foldedSource(source: string): string {
  return source.replace(/[^\x00-\x7F]+/gu, (run) => matchable(run).text);
}
