/**
 * Orders in the imperative mood of languages other than English and French, read from the
 * verb's form where its language makes the form unambiguous: a polite imperative at the start
 * of a clause ("Укажите…", "envíe…", "Senden Sie…"), a listed imperative of a verb the lexicon
 * knows, a Turkish polite imperative at a clause's end. A form that is also a third person
 * ("Envía correos", "Invia un messaggio", "Отправляет письмо") is a tool summary's, not an order.
 *
 * Asked only of sentences that hold concepts and no cheaper sign of an order, and each reading
 * looks at a clause's first or last word, never the whole text.
 */
import { matchable } from "../../matchable.js";
import type { Concept } from "./lexicon.js";
import { IMPERATIVES } from "./lexicon.js";

/** The parts of a judged sentence this module reads. */
interface Clause {
  start: number;
  end: number;
  lead: string;
  found: readonly { concept: Concept; word: string; start: number; end: number; index: number }[];
}

const fold = (word: string) => matchable(word).text;
const IMPERATIVE_FORMS = new Set([...IMPERATIVES].map(fold));

/** Words that may stand between a clause's break and its verb: "…, затем отправьте", "y envíe", "e poi aggiunga". */
const LINKS = [
  ...["and", "then", "also", "и", "а", "затем", "потом", "также", "тоже", "сразу", "всегда", "e", "y", "i", "a", "und", "dann", "auch"],
  ...["ve", "sonra", "dan", "lalu", "kemudian", "juga", "selalu", "và", "rồi", "luego", "después", "también", "siempre", "poi", "quindi"],
  ...["anche", "sempre", "também", "depois", "então", "potem", "następnie", "również", "także", "też", "zawsze", "en", "daarna", "ook"],
  ...["altijd", "pak", "také", "vždy", "nejprve", "ثم", "و", "ואז", "גם", "תמיד", "फिर", "और", "سپس", "همیشه"],
  // "Always", "and", "then" in Hungarian, Finnish, Greek, Romanian and the other languages the lexicon reads: "Mindig növeld…".
  ...[
    "mindig",
    "és",
    "majd",
    "aztán",
    "aina",
    "ja",
    "sitten",
    "myös",
    "πάντα",
    "και",
    "μετά",
    "επίσης",
    "întotdeauna",
    "mereu",
    "și",
    "şi",
    "apoi",
  ],
  ...[
    "alltid",
    "altid",
    "och",
    "sedan",
    "завжди",
    "винаги",
    "uvijek",
    "uvek",
    "vedno",
    "visada",
    "vienmēr",
    "daima",
    "luôn",
    "hamesha",
    "हमेशा",
  ],
  // A Slavic negation before an imperative keeps it one: "не упоминай", "nie wspominaj", "ні".
  ...["nie", "не", "ні", "nigdy", "никогда", "ніколи"],
].map(fold);
const LINK = new Set(LINKS);

/** Cyrillic imperatives: singular -ь/-й/-и, plural and polite -йте/-ите/-ьте (Ukrainian -іть). */
const CYRILLIC = /[\u0400-\u04ff]/u;
// Ukrainian "-іть" ("надішліть", "додайте" is -йте): its і folds apart from the Russian infinitive's и.
const CYRILLIC_POLITE = new RegExp(`(?:${["йте", "ите", "ьте", "іть"].map(fold).join("|")})$`, "u");
const CYRILLIC_SINGULAR = new RegExp(`(?:${["ь", "й", "и"].map(fold).join("|")})$`, "u");
/** Endings of nouns, adjectives and infinitives that share those letters: "инструкции", "новый", "отправить", "связь". */
const CYRILLIC_NOT_VERB = new RegExp(
  `(?:${["ии", "ий", "ый", "ой", "ей", "ть", "ться", "ки", "чи", "ами", "ями", "ими", "ыми"].map(fold).join("|")})$`,
  "u",
);
/** Concepts that are verbs in the lexicon's Slavic entries (its nouns sit in other classes). */
const VERB_CONCEPTS = new Set<Concept>([
  ...(["move", "take", "add", "raise", "call", "hide", "tell", "write", "substitute", "ignore", "bypass", "run"] as const),
  ...(["purchase", "repeat", "deceive", "prefer"] as const),
]);
/** Polish and Czech second-person imperatives end in a consonant the third person never does: "dodaj", "wyślij", "zwiększ", "přidej". */
const WEST_SLAVIC_IMPERATIVE = /(?:[jńźż]|sz|rz|jcie|jte)$/u;

/** German verb-first with "Sie": "Senden Sie…", "…, fügen Sie … hinzu". Not a clause word ending in -en: "denen Sie", "wegen Sie". */
const GERMAN_POLITE = /(?:^|[,:;] ?) ?(\p{L}{3,}en) sie(?![\p{L}])/u;
const GERMAN_NOT_VERB = new Set(["denen", "wegen", "neben", "zwischen", "einen", "seinen", "ihnen", "welchen", "diesen", "jenen", "allen"]);

/** Turkish polite imperatives close the clause: "çağırın", "ekleyin", "gönderiniz" (the matchable text has no dotless ı). */
const TURKISH = /[şğçöü]/u;
const TURKISH_POLITE_END = /(\p{L}{3,}(?:iniz|unuz|ünüz|in|un|ün))(?=[ ]?(?:[,;.:!)—–]|$))/gu;
const TURKISH_NOT_VERB = new Set(["için", "kadin", "bugün", "ürün", "bütün", "yakin", "altin"]);

/**
 * Turkish obligations close the clause with -meli/-malı: "gizlenmelidir", "gönderilmeli", "eklemelisiniz"
 * (the matchable text writes ı as i).
 */
const TURKISH_OBLIGATION_END = /\p{L}{3,}(?:meli|mali)(?:dir|dirler|yiz|siniz|sin)?(?=[ ]?(?:[,;.:!)—–]|$))/u;

/**
 * Orders whose form needs no listed verb: a French clause opening on "ne" has no subject, so it
 * is an imperative ("ne le mentionne pas", "n'en parlez jamais"); an Italian "non" before an
 * infinitive is the negative imperative ("non menzionare", "non dirlo"); a German "ist … zu"
 * with an infinitive is an obligation ("ist geheim zu halten", "sind zu ersetzen").
 */
const FRENCH_NEGATIVE_IMPERATIVE =
  /(?:^\s?|[,:;—–] ?)n(?:e |['’ ])(?:(?:le|la|les|l|lui|leur|en|y|me|m|te|t|nous|vous)(?: |['’] ?)){0,2}\p{L}{3,} (?:pas|jamais|rien|plus|point)(?![\p{L}])/u;
const ITALIAN_NEGATIVE_IMPERATIVE =
  /(?:^\s?|[,:;—–] ?)non (?:(?:lo|la|li|le|gli|ne|ci|glielo|gliela) )?\p{L}{2,}(?:are|ere|ire)(?:lo|la|li|le|gli|ne|ci)?(?![\p{L}])/u;
const GERMAN_OBLIGATION = /(?<![\p{L}])(?:ist|sind)(?: [^,.;:!?]{0,60})? (?:zu \p{L}{3,}en|\p{L}{2,}zu\p{L}{3,}en)(?![\p{L}])/u;

/** What ends the text before a clause: a comma, colon, semicolon, dash or bracket, or a list's bullet. */
const CLAUSE_BREAK = /(?:[,:;(—–]|(?:^|\s)[•*-])$/u;

/** True when the word starts the sentence or a clause, maybe after one linking word ("…, затем отправьте"). */
function atClauseStart(text: string, clause: Clause, at: number): boolean {
  const from = Math.max(clause.start, at - 30);
  let before = text.slice(from, at).trimEnd();
  const lastSpace = before.lastIndexOf(" ");
  const last = before.slice(lastSpace + 1);
  if (LINK.has(last)) before = before.slice(0, Math.max(0, lastSpace)).trimEnd();
  if (before === "") return from === clause.start;
  return CLAUSE_BREAK.test(before);
}

/** True when the word ends the sentence or a clause. */
function atClauseEnd(text: string, clause: Clause, at: number): boolean {
  const after = text.slice(at, Math.min(clause.end, at + 3));
  return after.trim() === "" || /^ ?[,:;.!?)—–]/u.test(after);
}

/** A listed imperative, whose form is no third person as well: "mencione", "oculte", "verschweige". */
export function imperativeForm(word: string): boolean {
  return IMPERATIVE_FORMS.has(word);
}

/** The imperative form of a verb the lexicon knows, at the start of a clause. */
function imperativeAt(word: string, concept: Concept): boolean {
  if (IMPERATIVE_FORMS.has(word)) return true;
  if (!VERB_CONCEPTS.has(concept)) return false;
  if (CYRILLIC.test(word)) return (CYRILLIC_POLITE.test(word) || CYRILLIC_SINGULAR.test(word)) && !CYRILLIC_NOT_VERB.test(word);
  return WEST_SLAVIC_IMPERATIVE.test(word);
}

/** The first two words after each clause break in a sentence: "…, затем перешлите", "…: stuur". */
const AFTER_BREAK = /[,:;—–] ?([\p{L}]+)(?: ([\p{L}]+))?/gu;

/** A word that makes the clause it opens an order whatever its concepts: a listed imperative, a Russian polite one. */
function opensOrder(word: string): boolean {
  return IMPERATIVE_FORMS.has(word) || (word.length >= 5 && CYRILLIC_POLITE.test(word) && CYRILLIC.test(word));
}

/** A Turkish sentence: its letters and one of its commonest words. */
const TURKISH_WORD = /(?:^| )(?:ve|bir|bu|için|ile|sonra|önce|olarak|veya|tüm|gibi|daha)(?= |$)/u;

/** An order given in the imperative mood of a language other than English and French. */
export function orderedByMood(clause: Clause, text: string): boolean {
  if (opensOrder(clause.lead)) return true;
  // After a leading "before each call" or "after every search" the verb need not follow a comma: "לפני כל תשלום שלח…".
  const timed = clause.found.some((f) => f.index === 0 && (f.concept === "order" || f.concept === "every"));
  for (const f of clause.found) {
    if (imperativeAt(f.word, f.concept) && ((timed && IMPERATIVE_FORMS.has(f.word)) || atClauseStart(text, clause, f.start))) return true;
  }
  const sentence = text.slice(clause.start, clause.end);
  AFTER_BREAK.lastIndex = 0;
  for (let next = AFTER_BREAK.exec(sentence); next !== null; next = AFTER_BREAK.exec(sentence)) {
    const [, first, second] = next;
    if (opensOrder(first!) || (second !== undefined && LINK.has(first!) && opensOrder(second))) return true;
  }
  if (sentence.includes(" sie")) {
    const polite = GERMAN_POLITE.exec(sentence);
    if (polite !== null && !GERMAN_NOT_VERB.has(polite[1]!)) return true;
  }
  if (sentence.includes("n") && (FRENCH_NEGATIVE_IMPERATIVE.test(sentence) || ITALIAN_NEGATIVE_IMPERATIVE.test(sentence))) return true;
  if (sentence.includes("zu") && GERMAN_OBLIGATION.test(sentence)) return true;
  // An unambiguous imperative may close the clause, as Slavic word order allows: "…před uživatelem skryj".
  for (const f of clause.found) {
    if (IMPERATIVE_FORMS.has(f.word) && WEST_SLAVIC_IMPERATIVE.test(f.word) && atClauseEnd(text, clause, f.end)) return true;
  }
  const turkish = TURKISH.test(sentence);
  if (turkish && TURKISH_OBLIGATION_END.test(sentence)) return true;
  if (turkish && TURKISH_WORD.test(sentence)) {
    TURKISH_POLITE_END.lastIndex = 0;
    for (let end = TURKISH_POLITE_END.exec(sentence); end !== null; end = TURKISH_POLITE_END.exec(sentence)) {
      if (!TURKISH_NOT_VERB.has(end[1]!)) return true;
    }
  }
  return false;
}
