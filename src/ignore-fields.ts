/**
 * What an ignore's free-text fields must hold so that it cannot silence a finding by accident
 * or by sleight of hand: a reason a reviewer can read, an expiry that will come, an item a
 * reviewer sees as it is. The config schema checks these as formats.
 */

/**
 * Characters that show nothing: zero-width and joiners, bidi controls, tag characters,
 * variation selectors, Hangul fillers (letters that render blank), soft hyphen, controls.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, "gu");
/** Spaces other than U+0020 (no-break, em, ideographic…): a name with one only looks like the plain one. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;

/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = String.raw`\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const WORD = new RegExp(String.raw`[${UNSPACED}]|(?:(?![${UNSPACED}])[\p{L}\p{N}])(?:(?![${UNSPACED}])[\p{L}\p{M}\p{N}])*`, "gu");

/**
 * The reason is the audit trail printed beside every ignored finding, so one word ("ok",
 * "fp", "wontfix") is not a reason: it takes two words to say why ("false positive",
 * "see #42", "test fixture"). Invisible characters are dropped first, so they cannot glue
 * words together or pose as text.
 */
export const MIN_REASON_WORDS = 2;

export function isReason(text: string): boolean {
  return (text.replace(INVISIBLES, "").match(WORD)?.length ?? 0) >= MIN_REASON_WORDS;
}

/** YYYY-MM-DD naming a day on the calendar: no month 13, no February 31, no February 29 outside leap years. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Latin letters next to Cyrillic or Greek ones in one word: `wrіte_file` with a Cyrillic `і`. */
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LETTERS = /[\p{L}\p{M}]+/gu;

/**
 * An item reference a reviewer reads as it is: no invisible characters and no word mixing
 * Latin with Cyrillic or Greek look-alikes. Matching stays exact, so a look-alike item in
 * a catalog never matches an ignore of the plain one; this stops the converse, an ignore
 * that reads as the plain item but silences the look-alike.
 */
export function isReadableItem(text: string): boolean {
  if (INVISIBLE.test(text) || ODD_SPACE.test(text)) return false;
  return !(text.match(LETTERS) ?? []).some((word) => LATIN.test(word) && LOOKALIKE_SCRIPT.test(word));
}
