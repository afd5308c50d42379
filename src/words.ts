/** The one way identifiers are read as words: tool, parameter and enum-value names alike. */
import { matchable } from "./matchable.js";

const LOWER_UPPER = /(\p{Ll}|\p{N})(\p{Lu})/gu;
const ACRONYM_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;

/**
 * Lowercase words of an identifier, split at camelCase, snake_case, kebab-case, dots and
 * spaces, read as the model reads them (look-alikes folded, invisibles dropped).
 */
export function nameWords(name: string): string[] {
  let words = read.get(name);
  if (words === undefined) {
    const spaced = name.replace(LOWER_UPPER, "$1 $2").replace(ACRONYM_WORD, "$1 $2");
    words = matchable(spaced)
      .text.split(/[^a-z0-9]+/)
      .filter((word) => word !== "");
    if (read.size >= NAMES_KEPT) read.clear();
    read.set(name, words);
  }
  return [...words];
}

/**
 * Names already read: a catalog repeats its parameter names (`path`, `query`, `id`) across
 * tools, and the rules and the capability tiers read each several times. Bounded, so a
 * catalog of distinct names cannot grow it; a copy is returned, so no caller shares one.
 */
const read = new Map<string, readonly string[]>();
const NAMES_KEPT = 10_000;
