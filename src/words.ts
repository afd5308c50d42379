/** The one way identifiers are read as words: tool, parameter and enum-value names alike. */
import { matchable } from "./matchable.js";
import { remembered } from "./memo.js";

const LOWER_UPPER = /(\p{Ll}|\p{N})(\p{Lu})/gu;
const ACRONYM_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;

/**
 * Lowercase words of an identifier, split at camelCase, snake_case, kebab-case, dots and
 * spaces, read as the model reads them (look-alikes folded, invisibles dropped).
 */
export function nameWords(name: string): string[] {
  return [...readName(name)];
}

/**
 * Names already read: a catalog repeats its parameter names (`path`, `query`, `id`) across
 * tools, and the rules and the capability tiers read each several times. A copy is returned,
 * so no caller shares one. 50,000 names: a 10,000-tool catalog holds more than 10,000.
 */
const readName = remembered(50_000, (name: string): readonly string[] => {
  const spaced = name.replace(LOWER_UPPER, "$1 $2").replace(ACRONYM_WORD, "$1 $2");
  return matchable(spaced)
    .text.split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
});
