/**
 * What a text asks the model to put in a parameter: the conversation, the model's own
 * instructions or secrets. Written in the shape of the matchable copy (lowercase, one space).
 */
import type { MatchableText } from "../../matchable.js";
import { firstAtOrAfter, matchOffsets } from "../../classify/offsets.js";
import { keptIn } from "../instructions/kept-in.js";
import { CONVERSATION } from "./families.js";

/** Verbs that hand data over; a mention only counts as a request after one of them in its sentence. */
const REQUEST_WORDS = [
  ...["include", "including", "pass", "provide", "paste", "send", "put", "add", "attach", "copy", "insert", "fill", "append"],
  ...["dump", "list", "enter", "supply", "give", "share", "collect", "gather", "read", "summarise", "summarize"],
];
const REQUEST = new RegExp(String.raw`\b(?:${REQUEST_WORDS.join("|")})\b`, "g");

/** The conversation as something to hand over: "the full conversation so far", "all previous messages". */
const CONVERSATION_DATA =
  /\b(?:full|entire|whole|complete|previous|prior|earlier|past)\s+(?:of\s+the\s+)?(?:conversation|chat|dialog(?:ue)?|transcript|exchange|messages|(?:chat|conversation)\s+history)|\b(?:conversation|chat|dialog(?:ue)?)\s+(?:so far|history|log|transcript|context|up to now)|\beverything (?:the user|you) (?:said|wrote|typed|asked)|\b(?:all|every|previous|prior) (?:of the )?(?:user )?(?:messages|turns|prompts)/g;

/** Secrets in words, as the model has seen or can reach them: "any API keys you know". */
const SECRETS_IN_WORDS = String.raw`\b(?:all|any|every)\s+(?:of\s+(?:the|your)\s+)?(?:api[\s_-]?keys?|access\s+tokens?|tokens?|passwords?|secrets?|credentials?|private\s+keys?|ssh\s+keys?|environment\s+variables|cookies)\b|\b(?:api[\s_-]?keys?|tokens?|passwords?|secrets?|credentials?)\s+(?:that\s+)?(?:you|the\s+(?:assistant|model|ai|agent))\s+(?:know|have|can\s+(?:find|see|access|read)|saw|remember|found|came\s+across)\b`;
/** Files that hold secrets: keys, cloud and package-registry credentials, host configs with tokens. */
const SECRET_FILES = String.raw`~\/\.ssh|\.ssh\/|\bid_rsa|\bid_ed25519|\.aws\/credentials|\/etc\/passwd|\/etc\/shadow|(?:^|[\s/'"\x60])\.env\b|\.netrc|\.npmrc|\.pypirc|\.git-credentials|\.kube\/config|\bmcp\.json|claude_desktop_config\.json`;
const SECRET_DATA = new RegExp(`${SECRETS_IN_WORDS}|${SECRET_FILES}`, "g");

/** The model's own instructions, which only the model has: "your system prompt". */
const INSTRUCTIONS_DATA =
  /\byour\s+(?:(?:full|complete|entire|original|initial|hidden|internal|current)\s+)?(?:system\s+prompt|system\s+message|developer\s+message)|\byour\s+(?:full|complete|entire|original|initial|hidden|internal|current)\s+(?:instructions|prompt|guidelines)|\binstructions you (?:were|have been) given\b|\b(?:the\s+)?(?:assistant|ai|model|llm)'s\s+(?:system\s+prompt|instructions)\b/g;

export interface Ask {
  data: RegExp;
  what: string;
  /** Only a request for it counts ("paste the full conversation"), not a mention. */
  requested: boolean;
  /** Asking for it is this kind of tool's purpose. */
  unlessPurpose?: { test(purpose: string): boolean };
}

export const ASKS: readonly Ask[] = [
  { data: CONVERSATION_DATA, what: "the conversation", requested: true, unlessPurpose: CONVERSATION.expectedWhen },
  { data: SECRET_DATA, what: "secrets the tool does not need", requested: true },
  { data: INSTRUCTIONS_DATA, what: "the model's instructions", requested: false },
];

/** Tells the model, in the third person, what to put in the parameter: "the AI must set this to …". */
export const ADDRESSES_MODEL =
  /\b(?:the\s+|an?\s+)?(?:ai|assistant|llm|agent|claude|chatgpt|language model|ai model)(?:\s+assistant)?\s+(?:must|should|shall|needs?\s+to|has\s+to|is\s+(?:required|expected|instructed)\s+to|will)\s+(?:always\s+)?(?:set|fill|include|pass|provide|put|add|insert|copy|paste|attach|send|write|enter|populate|supply)\b/;

/** A negation just before the data: "not every secret", "never any token", "no api keys". */
const NOT_BEFORE = /(?:^|[^\w])(?:not|never|no|nor|without)\s$/;

/** Where the data is asked for, in the matchable text: after a request in the same sentence (anywhere, when no request is needed). */
export function askIn(m: MatchableText, ask: Ask, sentences: Sentences): [number, number] | undefined {
  for (const match of m.text.matchAll(ask.data)) {
    // "(not every secret on the resource)", "never any tokens": what is kept out, not asked for.
    if (NOT_BEFORE.test(m.text.slice(Math.max(0, match.index - 8), match.index))) continue;
    // "…may be stored in logs or conversation history": where the value may leak to, not what to put in it.
    if (keptIn(m.text, match.index, match.index + match[0].length)) continue;
    if (!ask.requested || sentences.requestBefore(match.index)) return [match.index, match.index + match[0].length];
  }
  return undefined;
}

/** A sentence end with the space after it, or a CJK stop. */
const SENTENCE_END = /[.!?;]\s|[。！？；]/g;
const WORD_CHAR = /\w/;

/**
 * The sentences of one matchable text and the requests in it, each found in one pass on
 * first use, so that asking about every match of a long text costs time linear in its length.
 */
export class Sentences {
  /** Where each sentence end starts and where it is over (the next sentence starts there). */
  private endStarts: Int32Array | undefined;
  private endEnds: Int32Array | undefined;
  /** Where each request word starts and ends. */
  private requestStarts: Int32Array | undefined;
  private requestEnds: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /** Start and end (past its final stop) of the sentence around `at`. */
  around(at: number): [number, number] {
    const endStarts = (this.endStarts ??= matchOffsets(SENTENCE_END, this.text));
    const endEnds = (this.endEnds ??= matchOffsets(SENTENCE_END, this.text, "end"));
    const next = firstAtOrAfter(endEnds, at + 1);
    const start = next === 0 ? 0 : endEnds[next - 1]!;
    return [start, next < endStarts.length ? endStarts[next]! + 1 : this.text.length];
  }

  /** Whether a request word stands between the start of `at`'s sentence and `at`. */
  requestBefore(at: number): boolean {
    const [start] = this.around(at);
    const requestStarts = (this.requestStarts ??= matchOffsets(REQUEST, this.text));
    const requestEnds = (this.requestEnds ??= matchOffsets(REQUEST, this.text, "end"));
    const first = firstAtOrAfter(requestStarts, start);
    if (first < requestStarts.length && requestEnds[first]! <= at) return true;
    // A word the text goes on past `at` ("includeclaude_desktop_config.json") ends a request
    // only in the sentence read up to `at`.
    return REQUEST_WORDS.some((word) => {
      const from = at - word.length;
      return from >= start && this.text.startsWith(word, from) && (from === start || !WORD_CHAR.test(this.text[from - 1]!));
    });
  }
}
