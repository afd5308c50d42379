/**
 * Building blocks for the detectors of the three text-judging rules: patterns written once
 * in the shape of the matchable copy, techniques found only in texts that hold their cue
 * words, the sentence a match sits in, and negation. Everything here reads the matchable
 * copy of a text (lowercased, whitespace collapsed, look-alikes folded), never the original.
 */
import type { Severity } from "../../model.js";
import { matchable, type MatchableText } from "../../matchable.js";
import type { RuleContext } from "../../classify/rule.js";
import type { ModelText } from "../../classify/texts.js";

/** Start and end of a word, for any script (`\b` only knows ASCII letters). */
export const START = String.raw`(?<![\p{L}\p{N}_])`;
export const END = String.raw`(?![\p{L}\p{N}_])`;

/**
 * One regex from alternative sources, each wrapped in word edges unless it starts or ends
 * with a non-letter. Non-ASCII runs are passed through `matchable` so a phrase written in
 * plain Russian or with accents matches the folded copy (Cyrillic `о` is matched as Latin
 * `o` there).
 */
export function phrases(...sources: string[]): RegExp {
  const folded = sources.map((source) => source.replace(/[^\x00-\x7F]+/gu, (run) => matchable(run).text));
  // One word edge for all alternatives: each copy of the \p{L} class costs compile time.
  return registered(new RegExp(`${START}(?:${folded.join("|")})`, "gu"));
}

/** Like `phrases`, for scripts written without spaces (Chinese, Japanese): no word edges. */
export function cjk(...sources: string[]): RegExp {
  return registered(new RegExp(sources.join("|"), "gu"));
}

const PATTERNS: RegExp[] = [];

function registered(pattern: RegExp): RegExp {
  PATTERNS.push(pattern);
  return pattern;
}

/**
 * V8 compiles a regex when it is first used (to bytecode) and again when used once more (to
 * machine code), about a millisecond each for these Unicode-aware patterns. A scan calls this
 * while its servers start, so the compiling happens in time otherwise spent waiting.
 */
export function compilePatterns(): void {
  for (const pattern of PATTERNS) {
    for (let use = 0; use < 2; use++) {
      pattern.lastIndex = 0;
      pattern.exec(" ");
    }
  }
}

/** A match in the matchable copy of a text. */
export interface Span {
  start: number;
  end: number;
}

/** What a detector sees: the text, its matchable copy, and the scan it belongs to. */
export interface Scene {
  text: ModelText;
  m: MatchableText;
  ctx: RuleContext;
}

/** One technique: a pattern, and optionally a structural check each match must pass. */
export interface Technique<Family extends string = string> {
  family: Family;
  reason: string;
  /**
   * Words one of which every match of the pattern contains — or fragments, when a cue ends
   * in `*` or is not plain ASCII. A text holding none skips the pattern: most texts hold
   * none, and that is what keeps a 10,000-tool catalog fast.
   */
  cues: readonly string[];
  /**
   * A global pattern, or a finder yielding its matches in order, for what no regex finds in
   * linear time and bounded stack (email addresses).
   */
  pattern: RegExp | ((text: string) => Iterable<RegExpExecArray>);
  /** Defaults to high. */
  severity?: Severity;
  /**
   * Framing, not an act: a note addressed to the model ("Note to the AI:"), an `<IMPORTANT>`
   * tag, an "## Instructions:" heading. Honest servers frame their own guidance this way, so
   * a framing hit is high only beside an act of another technique in the same text (the
   * rule raises it then); alone it is at most `severity`.
   */
  framing?: boolean;
  accept?: (match: RegExpExecArray, scene: Scene) => boolean;
}

export interface TechniqueHit<Family extends string = string> extends Span {
  family: Family;
  reason: string;
  severity: Severity;
  /** The hit frames a text rather than asking for an act (see `Technique.framing`). */
  framing?: boolean;
}

/** The first accepted match of every technique whose cues the text holds, in technique order. */
export function findTechniques<F extends string>(techniques: readonly Technique<F>[], scene: Scene): TechniqueHit<F>[] {
  const hits: TechniqueHit<F>[] = [];
  const cued = cuedTechniques(techniques, scene);
  if (cued === undefined) return hits;
  for (let index = 0; index < techniques.length; index++) {
    if (cued[index] !== 1) continue;
    const technique = techniques[index]!;
    const match = firstAccepted(technique, scene);
    if (match === undefined) continue;
    hits.push({
      family: technique.family,
      reason: technique.reason,
      severity: technique.severity ?? "high",
      ...(technique.framing ? { framing: true } : {}),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return hits;
}

/**
 * The technique's first match that its check accepts, checking the run's deadline between
 * matches. A regex is run as `execAll` runs it, in a plain loop: no generator per technique
 * and text (the scan runs this hundreds of thousands of times).
 */
function firstAccepted({ pattern, accept }: Technique, scene: Scene): RegExpExecArray | undefined {
  const { m, ctx } = scene;
  if (typeof pattern === "function") {
    for (const match of pattern(m.text)) {
      if (!accept || accept(match, scene)) return match;
      ctx.deadline?.check();
    }
    return undefined;
  }
  const text = m.text;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const resume = pattern.lastIndex === match.index ? match.index + 1 : pattern.lastIndex;
    if (!accept || accept(match, scene)) return match;
    ctx.deadline?.check();
    pattern.lastIndex = resume;
  }
  return undefined;
}

/** Every match of a global pattern; safe to resume after another use of the same pattern. */
export function* execAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const resume = pattern.lastIndex === match.index ? match.index + 1 : pattern.lastIndex;
    yield match;
    pattern.lastIndex = resume;
  }
}

/** `RegExp.test` for the global patterns `phrases` and `cjk` make, from the start each time. */
export function testFromStart(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

interface CueIndex {
  /** One pass over the text finds where a cue starts: a whole word, else a fragment. */
  finder: RegExp;
  /** Word cue → the techniques it cues. */
  words: Map<string, readonly number[]>;
  /** Fragment cues by their first char code, each with the techniques it cues. */
  fragments: Map<number, { fragment: string; techniques: readonly number[] }[]>;
}

/**
 * The techniques of the list that a word or fragment of the text cues, as a flag per
 * technique, or undefined for none (most texts). Every cue counts wherever it is: a word cue
 * as a whole word, a fragment anywhere, even inside a longer cue. The finder's alternation
 * returns one cue per place, so the search resumes one character on rather than past it,
 * and every fragment that starts where it stopped is checked.
 */
function cuedTechniques(techniques: readonly Technique[], { m, ctx }: Scene): Uint8Array | undefined {
  // Once per list and scan: the finder is one regex for every cue of the list.
  const index = ctx.analysis.scan.derived(techniques, () => indexCues(techniques));
  const { finder } = index;
  const text = m.text;
  let cued: Uint8Array | undefined;
  finder.lastIndex = 0;
  for (let found = finder.exec(text); found !== null; found = finder.exec(text)) {
    const at = found.index;
    const word = index.words.get(found[0]);
    if (word !== undefined && !isWordUnit(text.charCodeAt(at - 1)) && !isWordUnit(text.charCodeAt(at + found[0].length))) {
      cued ??= new Uint8Array(techniques.length);
      for (const technique of word) cued[technique] = 1;
    }
    for (const { fragment, techniques: fragmentCues } of index.fragments.get(text.charCodeAt(at)) ?? []) {
      if (!text.startsWith(fragment, at)) continue;
      cued ??= new Uint8Array(techniques.length);
      for (const technique of fragmentCues) cued[technique] = 1;
    }
    finder.lastIndex = at + 1;
  }
  return cued;
}

/** `[a-z0-9]`, what a word cue is made of, by char code (NaN, past either end, is not). */
function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

function indexCues(techniques: readonly Technique[]): CueIndex {
  const words = new Map<string, number[]>();
  const fragments = new Map<string, number[]>();
  techniques.forEach(({ cues }, technique) => {
    for (const cue of cues) {
      const folded = matchable(cue.replace(/\*$/, "")).text;
      const kind = /^[a-z0-9]+$/.test(folded) && !cue.endsWith("*") ? words : fragments;
      kind.set(folded, [...(kind.get(folded) ?? []), technique]);
    }
  });
  const byFirst = new Map<number, { fragment: string; techniques: readonly number[] }[]>();
  for (const [fragment, cued] of fragments) {
    const first = fragment.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { fragment, techniques: cued }]);
  }
  // Longest first, so "users" is found as itself rather than as "user".
  const alternation = (cues: Iterable<string>) =>
    [...cues]
      .sort((a, b) => b.length - a.length)
      .map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
  const sources = [
    ...(words.size > 0 ? [`(?<![a-z0-9])(?:${alternation(words.keys())})(?![a-z0-9])`] : []),
    ...(fragments.size > 0 ? [alternation(fragments.keys())] : []),
  ];
  // A list without cues would find the empty string forever; `(?!)` finds nothing.
  return { finder: new RegExp(sources.join("|") || "(?!)", "g"), words, fragments: byFirst };
}

/** How far a sentence reaches either side of a match: bounds the work on long texts. */
const SENTENCE_REACH = 400;

/**
 * A character that ends a sentence: `.`, `!`, `?` or `;` before a space or the end, or a CJK
 * stop. Not the point of an ordinal after a word ("die 1. Klasse", "ab dem 3. März"): a sentence cut
 * there loses the half that says what is asked. A list number ("requires: 1. …") still ends one.
 */
/** Sentence ends, the full stops of scripts without a Latin one among them: Devanagari's danda (।, ॥), Urdu's ۔, Arabic's ؟ and ؛. */
export const SENTENCE_END = /(?<!\p{L} \d{1,2})\.(?= |$)|[!?;](?= |$)|[。！？；।॥۔]|[؟؛](?= |$)/gu;

/**
 * The sentence of the matchable text around a span, at most SENTENCE_REACH characters either
 * side. Only those characters are read, so each match costs the same however long the text.
 */
export function sentenceAround(m: MatchableText, span: Span): Span {
  const floor = Math.max(0, span.start - SENTENCE_REACH);
  const ceiling = Math.min(m.text.length, span.end + SENTENCE_REACH);
  // The last end before the span that lies past the floor (one before it still starts the sentence at the floor).
  let start = floor;
  for (const at of sentenceEnds(m.text, Math.max(0, floor - 1), span.start)) start = at + 1;
  const [end = ceiling] = sentenceEnds(m.text, span.end, ceiling);
  return { start, end };
}

/** Where sentences end in `text` from `from` to before `to`, ascending; the character after each end is read too. */
function* sentenceEnds(text: string, from: number, to: number): Generator<number> {
  // One character past `to`, so an end just before it sees what follows it, as in the whole text.
  const window = text.slice(from, to + 1);
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(window); match !== null && from + match.index < to; match = SENTENCE_END.exec(window)) {
    yield from + match.index;
  }
}

const NEGATION = new RegExp(`${START}(?:not|never|no|nor|cannot|nothing|none|neither)${END}|n't${END}`, "u");
/** How many words before a phrase a negation still governs it: "must NOT proceed to another task without…". */
const NEGATION_REACH = 5;

/**
 * True when one of the few words just before the span, in its sentence, negates it — or,
 * with `inside`, a word within it: "stores payloads but does NOT transmit them to…".
 */
export function negated(m: MatchableText, span: Span, inside = false): boolean {
  const { text } = m;
  const sentence = sentenceAround(m, span);
  const words = text.slice(sentence.start, span.start).split(" ").filter(Boolean);
  return NEGATION.test(words.slice(-NEGATION_REACH).join(" ")) || (inside && NEGATION.test(text.slice(span.start, span.end)));
}
