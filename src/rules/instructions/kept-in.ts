/**
 * The conversation named as a place where a value may end up, not as the value: "do not pass
 * the key as an argument, as it may be stored in logs or conversation history", "puede quedar
 * guardada en el historial de la conversación", "il peut être enregistré dans l'historique de
 * la conversation". A warning about where a secret leaks to asks for nothing. Two parts: a
 * preposition of place just before the phrase (after other places it is listed with: "in logs
 * or …"), and a verb of being kept or shown in the same clause, in the languages the lexicon
 * reads. Both are read on the matchable copy.
 */
import { folded } from "./folded.js";

/**
 * A preposition of place, its articles, places listed before the phrase ("in logs or ", "dans les
 * journaux ou l'") and a head the phrase belongs to ("en el historial de la ").
 */
const PLACE_BEFORE = folded(
  String.raw`(?<![\p{L}])(?:in|into|within|inside|to|en|dans|nel|nella|nei|nelle|in den|im|no|na|nos|nas|в|во)(?: (?:the|a|an|any|your|its|their|some|llm|model|ai|agent|assistant|le|la|les|l['’]|el|los|las|un|una|une|des|du|der|die|das|den|dem|il|lo|gli|o|a|os|as|um|uma))*(?:(?: [\p{L}-]+){1,3},? (?:or|and|nor|ou|et|o|y|e|oder|und|или|и)(?: (?:the|a|an|your|its|le|la|les|l['’]|el|los|las|der|die|das|den|dem|il|lo|o|a|os|as))*)?(?: [\p{L}-]+ (?:of|de|del|des|du|di|della|dello|do|da|der|des)(?: (?:the|la|las|los|el|le|les|l['’]|o|a|os|as|il|lo))*)? ?$`,
);
/** Being kept, recorded or shown somewhere, as a clause says it of a value. */
const KEPT = folded(
  String.raw`(?<![\p{L}])(?:stored|saved|logged|kept|recorded|cached|persisted|retained|visible|exposed|leaked|leak|leaks|written|appear|appears|end up|ends up|show up|shows up|remain|remains|guardad\p{L}*|almacenad\p{L}*|registrad\p{L}*|quedar\p{L}*|queda|expuest\p{L}*|armazenad\p{L}*|gravad\p{L}*|salv[oa]s?|ficar|fica|stock\p{L}*|enregistr\p{L}*|conserv\p{L}*|journalis\p{L}*|expos[eé]\p{L}*|appara[iî]t\p{L}*|rester|reste|gespeichert|protokolliert|sichtbar|landen|landet|erscheinen|erscheint|verbleib\p{L}*|salvat\p{L}*|memorizzat\p{L}*|visibil\p{L}*|riman\p{L}*|сохран\p{L}*|запис\p{L}*|видн\p{L}*|попад\p{L}*|оста\p{L}*)(?![\p{L}])`,
);
/** How far before the phrase the place and its list reach. */
const REACH = 48;
/** A clause's edges inside a sentence: a semicolon, a colon, a dash, a stop. */
const CLAUSE_END = /[;:.!?。；：]|\s[—–-]\s/gu;

/**
 * Whether the phrase at `start`…`end` of the matchable `text` is named as where something
 * is kept ("stored in logs or conversation history"), not as what is handed over.
 */
export function keptIn(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - REACH), start);
  if (!PLACE_BEFORE.test(lead)) return false;
  const clause = clauseAround(text, start, end);
  return KEPT.test(clause);
}

/** The clause around a span: from the last clause edge before it to the first after it. */
function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const edge of text.matchAll(CLAUSE_END)) {
    if (edge.index < start) from = edge.index + edge[0].length;
    else if (edge.index >= end) {
      to = edge.index;
      break;
    }
  }
  return text.slice(from, to);
}
