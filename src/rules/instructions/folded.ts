/**
 * A regex for the matchable copy of a text, written in plain script: the non-ASCII runs of
 * the source are folded as the text is (Cyrillic letters that look Latin become Latin, and
 * so on), so a word list in Russian matches. `phrases` and `cjk` (./patterns.ts) do the
 * same for the technique patterns; this is for the helper tests around them.
 */
import { matchable } from "../../matchable.js";

export function folded(source: string, flags = "u"): RegExp {
  return new RegExp(
    source.replace(/[^\x00-\x7F]+/gu, (run) => matchable(run).text),
    flags,
  );
}
