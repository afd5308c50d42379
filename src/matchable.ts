/**
 * The copy of a text that content rules match against: what a model would read, not how it
 * was spelled to evade a pattern. NFKC-folded (fullwidth, math alphanumerics, circled and
 * superscript letters, ligatures), invisible and formatting characters removed, combining
 * marks drawn over letters removed, look-alike letters folded to Latin, lowercased,
 * whitespace runs collapsed. Each character remembers where it came from, so a match can
 * be shown in the original text.
 */

export interface MatchableText {
  text: string;
  /** `origin[i]` is the offset in the original text of `text[i]`; one extra entry for the end. */
  origin: Int32Array;
  /** `ends[i]` is where the original character behind `text[i]` ends, so a span never cuts one in half. */
  ends: Int32Array;
}

/**
 * Characters that render as nothing (zero-width, bidi controls, tags, variation selectors,
 * soft hyphen, BOM) and control characters other than layout whitespace (ESC, C1…).
 */
const INVISIBLE = /^(?![\t\n\v\f\r])[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]$/u;
/** Combining marks drawn over or under letters to break up words (e.g. U+0332 combining low line). */
const COMBINING = /^\p{M}$/u;
/** Whitespace, except the BOM that `\s` counts but renders as nothing. */
const WHITESPACE = /^(?!\uFEFF)\s$/u;

/**
 * Letters of other scripts (Cyrillic, Greek, Armenian, Latin small capitals and IPA) drawn
 * like a Latin letter, by the letter they pass for; both cases, as they are after NFKC
 * (which already folds fullwidth and mathematical letters, and turns lunate sigma into ς).
 */
const LOOK_ALIKES: Record<string, string> = {
  a: "АаΑαɑᴀ",
  b: "ВвΒβʙ",
  c: "Ссςᴄ",
  d: "Ԁԁᴅ",
  e: "ЕеёΕεᴇ",
  f: "ꜰ",
  g: "ɡɢ",
  h: "НнһΗʜհ",
  i: "ІіΙιɪıӀ",
  j: "Јјȷϳᴊ",
  k: "КкΚκᴋ",
  l: "ӏʟ",
  m: "МмΜᴍ",
  n: "Νηɴո",
  o: "ОоΟοᴏՕօ",
  p: "РрΡρᴘ",
  q: "Ԛԛ",
  r: "ʀ",
  s: "Ѕѕꜱ",
  t: "ТтΤτᴛ",
  u: "υᴜՍս",
  v: "Ѵѵνᴠ",
  w: "Ԝԝωᴡ",
  x: "ХхΧχ",
  y: "УуҮүΥγʏ",
  z: "Ζᴢ",
};
const TO_LATIN = new Map(Object.entries(LOOK_ALIKES).flatMap(([latin, chars]) => Array.from(chars, (char) => [char, latin] as const)));

export function matchable(original: string): MatchableText {
  return new LazyMatchable(new Folding(original));
}

/**
 * Matchable copies that share the folding of equal strings: each call still returns an
 * object of its own (rules key what they work out on it by identity, for one text at one
 * place), but a catalog that repeats a description a thousand times folds it once.
 */
export class Foldings {
  readonly #foldings = new Map<string, Folding>();

  matchable(original: string): MatchableText {
    let folding = this.#foldings.get(original);
    if (folding === undefined) this.#foldings.set(original, (folding = new Folding(original)));
    return new LazyMatchable(folding);
  }
}

/** One string's matchable text; most texts are never matched, so the offsets are worked out only when a rule asks. */
class Folding {
  readonly text: string;
  readonly #original: string;
  #offsets: Offsets | undefined;

  constructor(original: string) {
    this.#original = original;
    this.text = isPlain(original) ? original.toLowerCase() : fold(original);
  }

  get offsets(): Offsets {
    return (this.#offsets ??= foldWithOffsets(this.#original));
  }
}

class LazyMatchable implements MatchableText {
  readonly text: string;
  readonly #folding: Folding;

  constructor(folding: Folding) {
    this.#folding = folding;
    this.text = folding.text;
  }

  get origin(): Int32Array {
    return this.#folding.offsets.origin;
  }

  get ends(): Int32Array {
    return this.#folding.offsets.ends;
  }
}

type Offsets = Pick<MatchableText, "origin" | "ends">;

/**
 * Offsets recorded as the text is folded, in typed arrays that double as they fill: two
 * per character of text, so a text of many MiB costs 4 bytes each, not a JS number's 8 or more.
 */
class OffsetRecorder {
  origin: Int32Array<ArrayBuffer> = new Int32Array(64);
  ends: Int32Array<ArrayBuffer> = new Int32Array(64);
  length = 0;

  push(origin: number, end: number): void {
    if (this.length === this.ends.length) {
      this.origin = grown(this.origin);
      this.ends = grown(this.ends);
    }
    this.origin[this.length] = origin;
    this.ends[this.length++] = end;
  }

  /** Marks the last `count` characters as ending at `end`. */
  endLast(count: number, end: number): void {
    this.ends.fill(end, this.length - count, this.length);
  }

  /** The offsets, with the origin's extra entry for the end of the text. */
  done(textEnd: number): Offsets {
    if (this.length === this.origin.length) this.origin = grown(this.origin);
    this.origin[this.length] = textEnd;
    return { origin: this.origin.subarray(0, this.length + 1), ends: this.ends.subarray(0, this.length) };
  }
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function foldWithOffsets(original: string): Offsets {
  const recorder = new OffsetRecorder();
  fold(original, recorder);
  return recorder.done(original.length);
}

/*
 * A plain run is printable ASCII words with single spaces between them: only its case
 * needs folding. Found by hand rather than with `[!-~]+(?: [!-~]+)*`: a regex repeating a
 * group keeps a backtrack entry per word and overflows V8's stack on a text of a few MiB.
 */

/** A whole text that is one plain run, as most names, values and short descriptions are. */
function isPlain(text: string): boolean {
  return text !== "" && !NOT_PLAIN.test(text);
}

/** What a plain run cannot hold: a character outside printable ASCII, two spaces, a space at either end. */
const NOT_PLAIN = /[^ -~]| {2}|^ | $/;

function isPlainChar(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

/** Where the plain run starting at `offset` ends; `offset` itself when none starts there. */
function plainRunEnd(text: string, offset: number): number {
  let at = offset;
  while (isPlainChar(text.charCodeAt(at))) {
    at++;
    while (isPlainChar(text.charCodeAt(at))) at++;
    // A single space joins the next word to the run.
    if (text.charCodeAt(at) === 0x20 && isPlainChar(text.charCodeAt(at + 1))) at++;
  }
  return at;
}

/** The matchable text of `original`; with `offsets`, also where each of its characters came from. */
function fold(original: string, offsets?: OffsetRecorder): string {
  const memo: FoldMemo = { folds: new Map(), compositions: new Map() };
  const parts: string[] = [];
  let offset = 0;
  let afterSpace = true; // drops leading whitespace
  /** The last letter written, while a combining mark could still compose with it. */
  let composable: string | undefined;
  const write = (folded: string, at: number, end: number, sequential: boolean) => {
    parts.push(folded);
    if (offsets === undefined) return;
    for (let i = 0; i < folded.length; i++) offsets.push(sequential ? at + i : at, sequential ? at + i + 1 : end);
  };
  while (offset < original.length) {
    const plainEnd = plainRunEnd(original, offset);
    if (plainEnd > offset) {
      const plain = original.slice(offset, plainEnd);
      const lower = plain.toLowerCase();
      write(lower, offset, offset + plain.length, true);
      offset += plain.length;
      afterSpace = false;
      composable = lower[lower.length - 1];
      continue;
    }
    const char = String.fromCodePoint(original.codePointAt(offset)!);
    const at = offset;
    offset += char.length;
    const folded = foldOther(char, memo);
    if (folded === MARK) {
      // `e` + U+0301 reads as the `é` a precomposed text would hold; any other mark is noise.
      const composed = compose(composable, char, memo);
      if (composed !== undefined) {
        // Only the last part is rewritten, so a long text of accents stays linear.
        parts.push(parts.pop()!.slice(0, -composed.length) + composed);
        offsets?.endLast(composed.length, offset);
        composable = composed;
      }
      continue;
    }
    for (const unit of folded) {
      if (unit === " " && afterSpace) continue; // a whitespace run becomes one space
      afterSpace = unit === " ";
      composable = afterSpace ? undefined : unit;
      write(unit, at, offset, false);
    }
  }
  return parts.join("");
}

/** What `foldOther` answers for a combining mark: it may compose with the letter before it. */
const MARK = null;

/**
 * What one text's characters fold and compose to, remembered while the text is folded: a
 * text repeats the few scripts it is written in. Per text, so nothing outlives its folding.
 */
interface FoldMemo {
  folds: Map<string, string | typeof MARK>;
  compositions: Map<string, string | undefined>;
}
/** Enough for the scripts of any real text; a text of every code point cannot grow it without bound. */
const FOLDS_KEPT = 20_000;

/**
 * Any character but printable ASCII, folded: whitespace to one space, invisible to nothing,
 * a combining mark to MARK, anything else through NFKC, look-alikes and lowercase.
 */
function foldOther(char: string, { folds }: FoldMemo): string | typeof MARK {
  let folded = folds.get(char);
  if (folded === undefined) {
    if (WHITESPACE.test(char)) folded = " ";
    else if (INVISIBLE.test(char)) folded = "";
    else if (COMBINING.test(char)) folded = MARK;
    else {
      folded = "";
      for (const part of char.normalize("NFKC")) {
        // NFKC can yield a space (¨ → space + diaeresis); lowercasing, a mark (the dot of İ).
        for (const lower of (TO_LATIN.get(part) ?? part).toLowerCase()) {
          if (WHITESPACE.test(lower)) folded += " ";
          else if (!COMBINING.test(lower)) folded += lower;
        }
      }
    }
    if (folds.size < FOLDS_KEPT) folds.set(char, folded);
  }
  return folded;
}

/** `base` + `mark` as one precomposed character (of the same length), when Unicode has one. */
function compose(base: string | undefined, mark: string, { compositions }: FoldMemo): string | undefined {
  if (base === undefined) return undefined;
  const pair = base + mark;
  if (compositions.has(pair)) return compositions.get(pair);
  const composed = pair.normalize("NFC");
  const result = composed.length === base.length && Array.from(composed).length === 1 ? composed : undefined;
  if (compositions.size < FOLDS_KEPT) compositions.set(pair, result);
  return result;
}

/** Maps a span `[start, end)` of the matchable text back to the original text. */
export function originalSpan(m: MatchableText, start: number, end: number): { start: number; end: number } {
  const textEnd = m.origin[m.origin.length - 1]!;
  const from = m.origin[start] ?? textEnd;
  const to = end > start ? (m.ends[Math.min(end, m.text.length) - 1] ?? textEnd) : from;
  return { start: from, end: Math.max(to, from) };
}
