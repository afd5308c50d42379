/**
 * Building blocks for the detectors of the three text-judging rules: patterns written once
 * in the shape of the matchable copy, techniques found only in texts that hold their cue
 * words, the sentence a match sits in, and negation. Everything here reads the matchable
 * copy of a text (lowercased, whitespace collapsed, look-alikes folded), never the original.
 */
import type { Severity } from "../../model.js";
import { matchable, type MatchableText } from "../../matchable.js";
import { foldedSource } from "./folded.js";
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
  const folded = sources.map(foldedSource);
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
 * machine code), about a millisecond each for these Unicode-aware patterns. Compiled ahead of
 * the first text, they cost nothing when it is judged; a scan compiles them in turns while its
 * servers start (compilePatternsInTurns).
 */
export function compilePatterns(): void {
  for (const pattern of PATTERNS) compile(pattern);
}

function compile(pattern: RegExp): void {
  for (let use = 0; use < 2; use++) {
    pattern.lastIndex = 0;
    pattern.exec(" ");
  }
}

/** How long one turn of compilePatternsInTurns may hold the event loop: a server's answer waits no longer. */
const COMPILE_TURN_MS = 4;

/**
 * compilePatterns a turn of the event loop at a time, until every pattern is compiled or
 * `signal` aborts: a scan compiles them while it waits for its servers, reading their answers
 * between turns, and stops once it has them all. A pattern left over compiles on its first
 * use, so a small catalog's scan compiles only the patterns its texts reach.
 */
export function compilePatternsInTurns(signal: AbortSignal): void {
  let next = 0;
  const turn = (): void => {
    if (signal.aborted) return;
    const until = performance.now() + COMPILE_TURN_MS;
    while (next < PATTERNS.length && performance.now() < until) compile(PATTERNS[next++]!);
    if (next < PATTERNS.length) setImmediate(turn);
  };
  setImmediate(turn);
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
  const offset = listOffset(techniques);
  const cued = cuedTechniques(scene);
  const flags = cued.flags;
  if (flags === undefined) return hits;
  for (let index = 0; index < techniques.length; index++) {
    const at = offset + index;
    if (flags[at] !== 1 || cued.unmatched?.[at] === 1) continue;
    const technique = techniques[index]!;
    const match = firstAccepted(technique, scene);
    if (match === null) (cued.unmatched ??= new Uint8Array(cued.count))[at] = 1;
    if (!match) continue;
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
 * matches; null when the pattern matches nowhere in the text (which the text alone decides,
 * unlike the check). A regex is run as `execAll` runs it, in a plain loop: no generator per
 * technique and text (the scan runs this hundreds of thousands of times).
 */
function firstAccepted({ pattern, accept }: Technique, scene: Scene): RegExpExecArray | null | undefined {
  const { m, ctx } = scene;
  let matched = false;
  if (typeof pattern === "function") {
    for (const match of pattern(m.text)) {
      if (!accept || accept(match, scene)) return match;
      matched = true;
      ctx.deadline?.check();
    }
    return matched ? undefined : null;
  }
  const text = m.text;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const resume = pattern.lastIndex === match.index ? match.index + 1 : pattern.lastIndex;
    if (!accept || accept(match, scene)) return match;
    matched = true;
    ctx.deadline?.check();
    pattern.lastIndex = resume;
  }
  return matched ? undefined : null;
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

/**
 * A pattern run only on texts the gate passes: a plain (not Unicode-aware) regex of words every
 * match holds, much cheaper than the pattern. ASCII `\b` passes wherever the pattern's word
 * edges do, so the gate never turns away a text the pattern matches.
 */
export function gatedBy(gate: RegExp, pattern: RegExp): (text: string) => Iterable<RegExpExecArray> {
  return (text) => (gate.test(text) ? execAll(pattern, text) : []);
}

/** `RegExp.test` for the global patterns `phrases` and `cjk` make, from the start each time. */
export function testFromStart(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

interface CueIndex {
  /** How many techniques the tables cover. */
  count: number;
  /** Word cue → the techniques it cues. */
  words: Map<string, readonly number[]>;
  /** By length: 1 when a word cue is that long; a run of letters of another length is not looked up. */
  wordLengths: Uint8Array;
  /** By `pairKey` of a word cue's first two letters: 1 when some word cue starts so. */
  wordStarts: Uint8Array;
  /** By char code: which fragments start with it, as flags (LONG, PAIR, SINGLE). */
  fragmentFirsts: Uint8Array;
  /** By the key of a fragment's first three units (`tripleKey`), or all of a shorter one: 1 when some fragment has that key. */
  fragmentKeys: Uint8Array;
  /** The fragment cues by that key, each with the techniques it cues. */
  fragments: Map<number, { fragment: string; techniques: readonly number[] }[]>;
}

/** Flags of `fragmentFirsts`: a fragment of three units or more, of two, of one starts with the char. */
const LONG = 1;
const PAIR = 2;
const SINGLE = 4;

/**
 * Every list of techniques a rule has asked about, one after another: a text's cues are
 * looked for once for all of them (three rules read most texts), each list reading its own
 * stretch of the flags from its offset.
 */
const LISTS: (readonly Technique[])[] = [];
const OFFSETS = new Map<readonly Technique[], number>();
/** The cue tables of every list in LISTS; rebuilt when a list joins (a few times per process). */
let cueIndex: CueIndex | undefined;
/** How many techniques `cueIndex` covers: a text read when it covered fewer is read again. */
let indexed = 0;

function listOffset(techniques: readonly Technique[]): number {
  let offset = OFFSETS.get(techniques);
  if (offset === undefined) {
    offset = LISTS.reduce((sum, list) => sum + list.length, 0);
    LISTS.push(techniques);
    OFFSETS.set(techniques, offset);
    cueIndex = undefined;
  }
  return offset;
}

/** Key of the flags of each text's cues in the scan's analysis. */
const CUED = Symbol("cued techniques");
/** Distinct texts whose flags are remembered per scan; beyond, the memory starts over. */
const CUED_KEPT = 20_000;

/** What a text's wording tells of each technique, by its offset: whether it is cued, and whether its pattern matches nowhere. */
interface Cued {
  /** Undefined: no technique cued (most texts). */
  flags: Uint8Array | undefined;
  /** 1: the technique's pattern was run on the text and matched nowhere, so it need not run again. Made when first needed. */
  unmatched?: Uint8Array;
  /** How many techniques were indexed when the text was read. */
  count: number;
}

/**
 * The techniques of every list that the text cues. By the text's wording, once per scan: a
 * catalog repeats its parameters' descriptions in tool after tool.
 */
function cuedTechniques({ m, ctx }: Scene): Cued {
  if (cueIndex === undefined) {
    cueIndex = indexCues(LISTS.flat());
    indexed = cueIndex.count;
  }
  const known = ctx.analysis.scan.derived(CUED, () => new Map<string, Cued>());
  let cued = known.get(m.text);
  if (cued === undefined || cued.count < indexed) {
    cued = { flags: scanCues(cueIndex, m.text), count: indexed };
    if (known.size >= CUED_KEPT) known.clear();
    known.set(m.text, cued);
  }
  return cued;
}

/**
 * The techniques a word or fragment of the text cues, as a flag per technique, or undefined
 * for none. Every cue counts wherever it is: a word cue as a whole word (a whole run of `[a-z0-9]`), a fragment anywhere, even inside a longer cue.
 * One pass over the char codes: a run of letters is looked up only when a word cue has its
 * length and its first two letters, and a place is checked for fragments only when one starts
 * with its first units. A regex alternation of every cue, with every fragment of a place's
 * first letter checked, cost over twice as much: it tries each cue at each place.
 */
function scanCues(index: CueIndex, text: string): Uint8Array | undefined {
  const { words, wordLengths, wordStarts, fragmentFirsts, count } = index;
  const length = text.length;
  let cued: Uint8Array | undefined;
  let runStart = -1;
  for (let at = 0; at <= length; at++) {
    const code = at < length ? text.charCodeAt(at) : 0;
    if (isWordUnit(code)) {
      if (runStart < 0) runStart = at;
    } else if (runStart >= 0) {
      const run = at - runStart;
      if (
        run < wordLengths.length &&
        wordLengths[run] === 1 &&
        (run === 1 || wordStarts[pairKey(text.charCodeAt(runStart), text.charCodeAt(runStart + 1))] === 1)
      ) {
        const found = words.get(text.slice(runStart, at));
        if (found !== undefined) cued = flagged(cued, found, count);
      }
      runStart = -1;
    }
    const starts = fragmentFirsts[code]!;
    if (starts === 0 || at === length) continue;
    if ((starts & SINGLE) !== 0) cued = fragmentsAt(index, text, at, code, cued, count);
    if ((starts & PAIR) !== 0 && at + 1 < length) cued = fragmentsAt(index, text, at, pairKey(code, text.charCodeAt(at + 1)), cued, count);
    if ((starts & LONG) !== 0 && at + 2 < length) {
      const key = tripleKey(code, text.charCodeAt(at + 1), text.charCodeAt(at + 2));
      cued = fragmentsAt(index, text, at, key, cued, count);
    }
  }
  return cued;
}

/** `cued` (made when first needed) with the techniques of fragments under `key` that start at `at` flagged. */
function fragmentsAt(
  index: CueIndex,
  text: string,
  at: number,
  key: number,
  cued: Uint8Array | undefined,
  count: number,
): Uint8Array | undefined {
  if (index.fragmentKeys[key] !== 1) return cued;
  for (const { fragment, techniques } of index.fragments.get(key)!)
    if (text.startsWith(fragment, at)) cued = flagged(cued, techniques, count);
  return cued;
}

function flagged(cued: Uint8Array | undefined, techniques: readonly number[], count: number): Uint8Array {
  const flags = cued ?? new Uint8Array(count);
  for (const technique of techniques) flags[technique] = 1;
  return flags;
}

/** `[a-z0-9]`, what a word cue is made of, by char code. */
function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * A cue's first two or three units as an index of a 64 Ki table (one unit is its own index):
 * distinct for lowercase ASCII letters, shared by some others. Every cue under an index is
 * checked in full, so sharing costs a check, never a cue.
 */
function pairKey(first: number, second: number): number {
  return ((first << 7) ^ second) & 0xffff;
}

function tripleKey(first: number, second: number, third: number): number {
  return ((first << 10) ^ (second << 5) ^ third) & 0xffff;
}

function indexCues(techniques: readonly Technique[]): CueIndex {
  const words = new Map<string, number[]>();
  const fragmentCues = new Map<string, number[]>();
  techniques.forEach(({ cues }, technique) => {
    for (const cue of cues) {
      const folded = matchable(cue.replace(/\*$/, "")).text;
      // A cue that folds to nothing is no cue (the regex finder this replaced never cued one).
      if (folded === "") continue;
      const kind = /^[a-z0-9]+$/.test(folded) && !cue.endsWith("*") ? words : fragmentCues;
      kind.set(folded, [...(kind.get(folded) ?? []), technique]);
    }
  });
  const wordLengths = new Uint8Array(Math.max(0, ...[...words.keys()].map((word) => word.length)) + 1);
  const wordStarts = new Uint8Array(0x10000);
  for (const word of words.keys()) {
    wordLengths[word.length] = 1;
    if (word.length > 1) wordStarts[pairKey(word.charCodeAt(0), word.charCodeAt(1))] = 1;
  }
  const fragmentFirsts = new Uint8Array(0x10000);
  const fragmentKeys = new Uint8Array(0x10000);
  const fragments = new Map<number, { fragment: string; techniques: readonly number[] }[]>();
  for (const [fragment, cued] of fragmentCues) {
    const [first, second, third] = [0, 1, 2].map((at) => fragment.charCodeAt(at)) as [number, number, number];
    const key = fragment.length === 1 ? first : fragment.length === 2 ? pairKey(first, second) : tripleKey(first, second, third);
    fragmentFirsts[first]! |= fragment.length === 1 ? SINGLE : fragment.length === 2 ? PAIR : LONG;
    fragmentKeys[key] = 1;
    fragments.set(key, [...(fragments.get(key) ?? []), { fragment, techniques: cued }]);
  }
  return { count: techniques.length, words, wordLengths, wordStarts, fragmentFirsts, fragmentKeys, fragments };
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

/** The text of the sentence around a phrase's match, as the accept of a technique reads it. */
export function sentenceOf(match: RegExpExecArray, scene: Scene): string {
  const span = sentenceAround(scene.m, { start: match.index, end: match.index + match[0].length });
  return scene.m.text.slice(span.start, span.end);
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
