/**
 * JSON text that is safe to show: shared by the snapshot files and the JSON and SARIF
 * reports, which are read in terminals, diffs and reviews. A neutral module, so the snapshot
 * stage need not reach into report/.
 */

/**
 * Characters that steer a terminal or render invisibly: controls (C0, DEL, C1), format
 * characters (zero-width, bidi embeddings/overrides/isolates, BOM, tag characters), line and
 * paragraph separators, lone surrogates and the other default-ignorables (variation
 * selectors, Hangul fillers).
 */
export const HIDDEN_CLASS = String.raw`[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]`;
/** Keeps newline and tab, for multi-line code blocks and pretty JSON. */
export const HIDDEN_EXCEPT_LAYOUT = new RegExp(String.raw`(?![\n\t])${HIDDEN_CLASS}`, "gu");

/**
 * Serialized JSON with every hidden character written as a `\uXXXX` escape (surrogate pairs
 * for astral ones). JSON.stringify leaves DEL, C1 controls and invisible format characters
 * raw, which a terminal acts on and a diff or review does not show. The parsed value is
 * unchanged, and text without hidden characters keeps its bytes.
 */
export function escapeJsonHidden(json: string): string {
  // Newlines here are the layout's own (JSON.stringify escapes those inside strings). The
  // Unicode class runs only on runs of characters outside printable ASCII: a catalog of
  // hundreds of MB is almost all ASCII, and the class costs far more per character.
  if (!UNUSUAL.test(json)) return json;
  // Escapes already written, per call: a text of millions of hidden characters repeats a few
  // of them. Made only here: the snapshot writer calls this once per string of the catalog.
  const escapes = new Map<string, string>();
  return json.replace(UNUSUAL_RUN, (run) => run.replace(HIDDEN_EXCEPT_LAYOUT, (char) => escapeOf(char, escapes)));
}

/** Everything but printable ASCII and layout: where a hidden character can be. Runs keep surrogate pairs whole. */
const UNUSUAL = /[^\n\t\x20-\x7e]/;
const UNUSUAL_RUN = /[^\n\t\x20-\x7e]+/g;

const ESCAPES_KEPT = 4096;

function escapeOf(char: string, escapes: Map<string, string>): string {
  let escaped = escapes.get(char);
  if (escaped === undefined) {
    // split("") yields UTF-16 code units, which is what JSON's \u escapes count.
    escaped = char
      .split("")
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .join("");
    if (escapes.size < ESCAPES_KEPT) escapes.set(char, escaped);
  }
  return escaped;
}
