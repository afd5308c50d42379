/**
 * Escaping for server-supplied text (names, descriptions, values, evidence, error messages).
 * A server is hostile: nothing it writes may move a terminal's cursor, recolour or hide
 * output, or become formatting, a link, HTML, a mention or a reference in a Markdown comment.
 */

import { HIDDEN_CLASS, HIDDEN_EXCEPT_LAYOUT } from "../json-text.js";

/** Shared with the snapshot stage, which writes its files the same way. */
export { escapeJsonHidden } from "../json-text.js";

const HIDDEN = new RegExp(HIDDEN_CLASS, "gu");
const IS_HIDDEN = new RegExp(`^${HIDDEN_CLASS}$`, "u");

/** Every ASCII punctuation character: each can start Markdown syntax or an HTML tag or entity. */
const ASCII_PUNCTUATION = "[!-/:-@[-`{-~]";
const MARKDOWN_UNSAFE = new RegExp(`${HIDDEN_CLASS}|${ASCII_PUNCTUATION}`, "gu");

/** Characters after which GitHub may link a mention or an issue reference (`@user`, `#123`). */
const REFERENCE_TRIGGERS = new Set(["@", "#"]);
/** `GH-` as a word, which GitHub links like `#` when digits follow. */
const GH_PREFIX = /(?:^|[^\p{L}\p{N}_])gh$/iu;

/** Zero-width space, inserted by us (never passed through from a server) to break references. */
const ZERO_WIDTH_SPACE_ENTITY = "&#8203;";

/** The visible stand-in for one hidden character: `\n`, `\x1b`, `\u{202E}`. */
function visible(char: string): string {
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  if (char === "\t") return "\\t";
  const code = char.codePointAt(0) ?? 0;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, "0")}`;
  return `\\u{${code.toString(16).toUpperCase().padStart(4, "0")}}`;
}

/**
 * One-line terminal- and log-safe text: every hidden character, newline and tab included,
 * becomes a visible escape. An ESC shows as `\x1b`, so an ANSI or OSC sequence shows as
 * its literal text instead of acting. Backslashes stay as they are: ambiguity with a real
 * escape is cosmetic, while doubling them would garble every Windows path.
 */
export function escapeTerminal(text: string): string {
  return text.replace(HIDDEN, visible);
}

function numericEntity(char: string): string {
  return `&#${char.codePointAt(0) ?? 0};`;
}

/**
 * Text safe in Markdown prose and in table cells (GitHub-flavoured): every ASCII punctuation
 * character becomes a numeric entity, so no emphasis, code, link, image, table pipe, HTML or
 * entity can form; `@` and `#` are also followed by a zero-width space so GitHub makes no
 * `@mention` or `#123` / `GH-123` reference of them (GitHub links those after rendering,
 * where entities are already decoded). Newlines and tabs become a single space (also in
 * table cells, where a line break would end the row). Hidden characters show as in
 * escapeTerminal.
 */
export function escapeMarkdownInline(text: string): string {
  const oneLine = text.replace(/\r\n|[\r\n\t]/g, " ");
  return oneLine.replace(MARKDOWN_UNSAFE, (char: string, offset: number) => {
    if (IS_HIDDEN.test(char)) return escapeMarkdownInline(visible(char));
    const startsReference =
      REFERENCE_TRIGGERS.has(char) || (char === "-" && GH_PREFIX.test(oneLine.slice(Math.max(0, offset - 3), offset)));
    return startsReference ? numericEntity(char) + ZERO_WIDTH_SPACE_ENTITY : numericEntity(char);
  });
}

/**
 * A fenced code block around untrusted text. The fence is longer than any backtick run in
 * the text, so the text cannot close it; hidden characters other than newline and tab are
 * shown as in escapeTerminal, since a code block would still render them invisibly.
 */
export function fenced(text: string, lang = ""): string {
  const shown = text.replace(/\r\n/g, "\n").replace(HIDDEN_EXCEPT_LAYOUT, visible);
  const longestRun = (shown.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${lang}\n${shown}\n${fence}`;
}

/** At most `max` UTF-16 units, ending in `…` when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (max < 1) throw new RangeError(`truncate: max must be at least 1, got ${max}`);
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
