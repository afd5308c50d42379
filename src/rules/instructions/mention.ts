/**
 * Mention, not use: a span of a sentence that is quoted as an example, or listed as what the
 * tool looks for, is something the text talks about, not an order to the model. A scanner's
 * description ("flags phrases like 'ignore previous instructions'", "prüft auf Sätze wie
 * „vergiss deine Anweisungen“", "inspects configs for risky servers: tools that ask to read
 * ~/.ssh, …") names the attack it finds. The detectors (./acts.ts) read a sentence without its
 * mentioned spans, and a phrase technique's match inside one is no hit.
 *
 * Two readings, both on the matchable copy of one sentence:
 * - a quoted span introduced as an example or as a kind of text ("such as", "like", "wie",
 *   "comme", "例如", "phrases", "Sätze"), or in a sentence that is about attacks;
 * - the list after a colon that follows a verb of inspecting ("audits … for poisoning: …"),
 *   unless the list starts with an order of its own ("check for updates: read ~/.ssh …").
 */
import type { Span } from "./patterns.js";
import { folded } from "./folded.js";
import { ENGLISH_BASE_VERBS } from "./lexicon.js";

/** A cheap first test: a quote character or a colon, without which a sentence holds no mention. */
const CUE = /['"“”‘’«»„「」『』:：]/u;

/**
 * A quoted span: straight or typographic quotes whose opening one does not sit inside a word
 * (the apostrophe of "user's"), and CJK corner brackets.
 */
const QUOTED =
  /(?<![\p{L}\p{N}])'[^'\n]{2,300}'(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])"[^"\n]{2,300}"|“[^“”]{2,300}”|„[^„“”]{2,300}[“”]|«[^«»]{2,300}»|(?<![\p{L}\p{N}])‘[^‘’]{2,300}’|「[^「」]{1,300}」|『[^『』]{1,300}』/gu;

/**
 * Just before a quote, what makes it an example or a kind of text: "such as", "like", "e.g.",
 * "phrases", "wie", "comme", "como", "例如", "のような", "같은", with a few words between at most.
 */
const INTRODUCED = folded(
  String.raw`(?:(?<![\p{L}])(?:e\.g\.?|i\.e\.?|eg|for example|for instance|such as|like|including|examples?|phrases?|sentences?|strings?|wordings?|texts?|patterns?|payloads?|prompts? like|z\. ?b\.?|zum beispiel|beispielsweise|etwa|wie|sätze|phrasen|formulierungen|zeichenketten|texte|comme|tels? que|telles? que|par exemple|phrases|chaînes|como|tales como|por ejemplo|frases|cadenas|come|ad esempio|tipo|frasi|stringhe|por exemplo|tais como|zoals|bijvoorbeeld|zinnen|takie jak|na przykład|np\.?|zdania|например|такие как|типа|вроде|фразы|строки|örneğin|gibi|misalnya|seperti|ví dụ|như)(?![\p{L}])|例如|比如|诸如|像是|之类|例えば|たとえば|のような|などの|といった|예를 들어|같은|처럼)[\s,:：(（\[]{0,3}(?:[\p{L}\p{N}-]+ ){0,2}[\s(（\[]{0,2}$`,
  "u",
);

/**
 * Before a colon, a verb of inspecting or a word for what is inspected for: what follows the
 * colon lists what the tool looks for. Third persons, gerunds and nouns, and the base forms a
 * prompt addresses to the model ("Audit … for poisoning:").
 */
const INSPECTS = folded(
  String.raw`(?<![\p{L}])(?:inspect\p{L}*|audit(?:s|ing)?|check(?:s|ing)? (?:[^\s:：]+ ){0,6}for|scan\p{L}* (?:[^\s:：]+ ){0,6}for|prob(?:e|es|ing) (?:[^\s:：]+ ){0,6}for|review\p{L}* (?:[^\s:：]+ ){0,6}for|look(?:s|ing)? for|search(?:es|ing)? (?:[^\s:：]+ ){0,6}for|test\p{L}* (?:[^\s:：]+ ){0,6}for|detect\p{L}*|flag(?:s|ging)|classif\p{L}*|lint\p{L}*|prüf\p{L}*|überprüf\p{L}*|untersuch\p{L}*|durchsuch\p{L}*|erkenn\p{L}*|analysier\p{L}*|vérifi\p{L}*|inspecte\p{L}*|analys\p{L}*|détect\p{L}*|examin\p{L}*|revis\p{L}*|analiz\p{L}*|inspeccion\p{L}*|comprueb\p{L}*|controll\p{L}*|rilev\p{L}*|verific\p{L}*|analis\p{L}*|inspecion\p{L}*|провер\p{L}*|анализ\p{L}*|сканир\p{L}*|обнаруж\p{L}*|tarar\p{L}*|denetle\p{L}*|kontrol ed\p{L}*|memeriksa|memindai|kiểm tra|quét|sprawdz\p{L}*|controleer\p{L}*)(?![\p{L}])[^:：]*$|检查|审计|扫描|检测|排查|審査|検査|監査|スキャン|チェック|点検|検出|검사|점검|스캔|탐지|감사`,
  "u",
);

/** Just after the colon, an order of its own in a language that marks it with a particle or a polite form. */
const ORDER_AFTER_COLON = folded(
  String.raw`^\s?(?:please |bitte |por favor |s il vous plaît |пожалуйста |then |dann |luego |puis )|^\s?\p{L}+(?:en sie|ez|ad|id|ите|йте)(?![\p{L}])|^[^。]{0,20}(?:してください|して下さい|しなさい|하세요|하십시오|请)`,
  "u",
);

/**
 * The mentioned spans of a sentence (offsets in `sentence`), or none; `attackTalk` when the
 * sentence is about attacks. `before` is the text just before the sentence: "e.g." ends one
 * with its point, so the example that opens the next is introduced there.
 */
export function mentionedSpans(sentence: string, attackTalk: boolean, before: string): Span[] {
  if (!CUE.test(sentence)) return NONE;
  let spans: Span[] | undefined;
  const colon = listAfterInspecting(sentence);
  if (colon !== undefined) (spans ??= []).push(colon);
  // Where the last mentioned quote ended: a list of quotes goes on from there ("e.g. "a", "b" or "c"").
  let listEnd = -1;
  QUOTED.lastIndex = 0;
  for (let quote = QUOTED.exec(sentence); quote !== null; quote = QUOTED.exec(sentence)) {
    const span = { start: quote.index, end: quote.index + quote[0].length };
    const lead = span.start >= 40 ? sentence.slice(span.start - 40, span.start) : `${before}${sentence.slice(0, span.start)}`.slice(-40);
    const introduced = INTRODUCED.exec(lead);
    const listed = listEnd >= 0 && QUOTE_LIST_JOIN.test(sentence.slice(listEnd, span.start));
    if (!attackTalk && introduced === null && !listed) continue;
    listEnd = span.end;
    // "(e.g. 'ignore previous instructions', hidden comments, role-play jailbreaks)": the whole list in brackets gives examples.
    const close =
      introduced !== null && /[(（][^()（）]*$/u.test(lead.slice(0, introduced.index + 4)) ? sentence.slice(span.end).search(/[)）]/u) : -1;
    (spans ??= []).push(close < 0 ? span : { start: span.start, end: span.end + close });
  }
  return spans ?? NONE;
}

const NONE: Span[] = [];

/** Between two quotes of one list: a comma, a slash, "and", "or", "und", "oder", "o", "ou", "、". */
const QUOTE_LIST_JOIN = /^[\s,;/|\][]*(?:(?:and|or|und|oder|y|o|et|ou|e|или|и|和|或|、)[\s,\][]*)?$/u;

/**
 * Before the colon, an obligation or a notice: "Mandatory audit:", "Auditoría obligatoria:", "Audit-Hinweis:" head an
 * order claimed from a rule, not the list of what a tool inspects for, whatever the mood of the verb after it.
 */
const OBLIGATION = folded(
  String.raw`(?<![\p{L}])(?:mandatory|compulsory|obligatory|notice|verplicht\p{L}*|obligatoire\p{L}*|obligatori\p{L}*|obrigatóri\p{L}*|obbligatori\p{L}*|pflicht\p{L}*|verpflichtend\p{L}*|vorgeschrieben\p{L}*|обязательн\p{L}*|obowiązkow\p{L}*|povinn\p{L}*|zorunlu|wajib|avis|aviso|avviso|hinweis|mitteilung|уведомлени\p{L}*|komunikat)(?![\p{L}])|必須|义务|强制|必须|義務|필수|의무`,
);

/** The list after the first colon that follows a verb of inspecting, when it starts with no order of its own. */
function listAfterInspecting(sentence: string): Span | undefined {
  const colon = sentence.search(/[:：](?!\/\/)/u);
  if (colon < 0 || !INSPECTS.test(sentence.slice(0, colon)) || OBLIGATION.test(sentence.slice(0, colon))) return undefined;
  const after = sentence.slice(colon + 1);
  const first = /\p{L}+/u.exec(after)?.[0];
  if (first === undefined || ENGLISH_BASE_VERBS.has(first) || ORDER_AFTER_COLON.test(after)) return undefined;
  return { start: colon + 1, end: sentence.length };
}

/** True when the span lies inside one of the spans. */
export function insideAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((outer) => span.start >= outer.start && span.end <= outer.end);
}
