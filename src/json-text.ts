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
  // Short runs already escaped, per call, likewise: a report's chunk repeats a few (the dash
  // of every finding's message, 100,000 times in a large catalog's SARIF log).
  const runs = new Map<string, string>();
  return json.replace(UNUSUAL_RUN, (run) => {
    let escaped = runs.get(run);
    if (escaped === undefined) {
      escaped = run.replace(HIDDEN_EXCEPT_LAYOUT, (char) => escapeOf(char, escapes));
      if (run.length <= RUN_KEPT_CHARACTERS && runs.size < ESCAPES_KEPT) runs.set(run, escaped);
    }
    return escaped;
  });
}

/** Everything but printable ASCII and layout: where a hidden character can be. Runs keep surrogate pairs whole. */
const UNUSUAL = /[^\n\t\x20-\x7e]/;
const UNUSUAL_RUN = /[^\n\t\x20-\x7e]+/g;

const ESCAPES_KEPT = 4096;
const RUN_KEPT_CHARACTERS = 16;

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

/**
 * `JSON.stringify(value, null, 2)` in pieces: each value `levels` down (an array element or
 * object member at that depth) whole in one, the structure around it in small ones. Joined,
 * they are exactly that text; no piece breaks a string, so each can be escaped on its own.
 */
export function* prettyJsonPieces(value: unknown, levels: number, indent = ""): Generator<string> {
  if (levels === 0 || typeof value !== "object" || value === null || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const whole = JSON.stringify(value, null, 2);
    // Every newline is the layout's own: JSON.stringify escapes those inside strings.
    yield indent === "" ? whole : whole.replaceAll("\n", `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  if (Array.isArray(value)) {
    for (const element of value) {
      yield `${first ? "[\n" : ",\n"}${inner}`;
      first = false;
      // As JSON.stringify writes them in an array: null.
      yield* prettyJsonPieces(
        element === undefined || typeof element === "function" || typeof element === "symbol" ? null : element,
        levels - 1,
        inner,
      );
    }
    yield first ? "[]" : `\n${indent}]`;
    return;
  }
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    // Left out as JSON.stringify leaves them out of an object.
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    yield `${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* prettyJsonPieces(member, levels - 1, inner);
  }
  yield first ? "{}" : `\n${indent}}`;
}

/** Characters per chunk of a report being written: few writes, and never one string near V8's longest (about 512 MiB). */
const CHUNK_CHARACTERS = 1 << 20;

/**
 * Pieces of JSON text (none breaking a string) joined into chunks of about 1 MiB, each with
 * its hidden characters escaped (`escapeJsonHidden`): joined, the chunks are the escaped text.
 */
export function* escapedJsonChunks(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= CHUNK_CHARACTERS) {
      yield escapeJsonHidden(batch.join(""));
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield escapeJsonHidden(batch.join(""));
}
