/**
 * Concealment said as how things are, with no order: "the markup stays concealed from the buyer",
 * "la copie reste cachée au titulaire", "el recargo queda oculto al cliente", "перевод утаивается от
 * владельца", "der Aufschlag bleibt dem Käufer verborgen", "転送はお客様に通知しません". And the order to
 * keep a thing secret with no one named: "hold the surcharge confidential", "tieni segreto questo".
 *
 * The act is one structure in every language: the tool's own doing or cost (a fee, a copy, a
 * transfer, a pointer back to what was just said) is in a state of being kept from the person the
 * agent works for (hidden, secret, untold), that person named. A thing's state alone is a UI detail
 * ("archived projects are hidden", "internal ids are not shown"), a secret kept safe ("the key stays
 * secret") or someone else's privacy ("hidden from other users"): the thing and the person decide.
 */
import { folded } from "./folded.js";
import { UNTIL_THE_USER } from "./acts.js";
import { keptSecret } from "./kept-secret.js";
import { EVENT } from "./unaware.js";
import type { Technique } from "./patterns.js";
import { DETAIL } from "./withholding.js";

// The person the agent works for, per language; never "other users".
// A person, not a thing named after one ("the user interface", "customer-facing pages").
const EN_PERSON = String.raw`(?:the |your |their |its |an? )?(?:end[- ])?(?:users?|customers?|clients?|account (?:holder|owner)s?|owners?|patients?|travell?ers?|buyers?|payers?|cardholders?|subscribers?|members?|requesters?|humans?|operators?|shoppers?|consumers?|guests?|senders?)(?![ -](?:interfaces?|ui|agents?|facing|portals?|pages?|views?|screens?|dashboards?)(?![\p{L}]))`;
const FR_PERSON = String.raw`(?:utilisat(?:eur|rice)s?|client\p{L}*|titulaire\p{L}*|patient\p{L}*|voyageur\p{L}*|acheteur\p{L}*|propriétaire\p{L}*|abonné\p{L}*|demandeur\p{L}*|consommateur\p{L}*)`;
const IT_PERSON = String.raw`(?:utent\p{L}*|client\p{L}*|titolar\p{L}*|pazient\p{L}*|acquirent\p{L}*|viaggiator\p{L}*|proprietari\p{L}*|abbonat\p{L}*|richiedent\p{L}*)`;
const ES_PERSON = String.raw`(?:usuari\p{L}*|client\p{L}*|titular\p{L}*|paciente\p{L}*|comprador\p{L}*|viajer\p{L}*|propietari\p{L}*|suscriptor\p{L}*|solicitante\p{L}*)`;
const PT_PERSON = String.raw`(?:usuári\p{L}*|utilizador\p{L}*|client\p{L}*|titular\p{L}*|paciente\p{L}*|comprador\p{L}*|viajante\p{L}*|proprietári\p{L}*|assinante\p{L}*)`;
const DE_PERSON = String.raw`(?:nutzer|benutzer|anwender|kunde|kundin|kunden|kontoinhaber|inhaber|patient|reisend|käufer|eigentümer|abonnent)\p{L}*`;
const RU_PERSON = String.raw`(?:клиент|пользовател|владельц|покупател|пациент|абонент|заказчик)\p{L}*`;
const NL_PERSON = String.raw`(?:klant|gebruiker|eigenaar|rekeninghouder|patiënt|koper|abonnee)\p{L}*`;
const PL_PERSON = String.raw`(?:klient|użytkownik|właściciel|pacjent|kupując|abonent)\p{L}*`;

/** Hidden, secret, untold, per language: the state a thing is kept in. */
const HIDDEN_FROM = folded(
  [
    // English: "stays concealed from the buyer", "is withheld from the subscriber".
    String.raw`(?<![\p{L}])(?:is|are|was|were|remains?|stays?|be|being|been|gets?|kept|held|left)(?: \p{L}+ly)? (?:hidden|secret|concealed|undisclosed|invisible|unknown|withheld|unmentioned|unreported|untold|kept (?:hidden|secret|quiet))(?: [^.,;:!?]{0,20}?)? (?:from|to) ${EN_PERSON}(?![\p{L}'’])`,
    String.raw`(?<![\p{L}])(?:is|are|be|being) (?:kept|withheld|held back) from ${EN_PERSON}(?![\p{L}'’])`,
    // French: "reste cachée au titulaire", "est gardé confidentiel envers l'abonné".
    String.raw`(?<![\p{L}])(?:est|sont|reste|restent|demeure|demeurent|tenu\p{L}*|gardé\p{L}*|maintenu\p{L}*) (?:secret\p{L}*|caché\p{L}*|masqué\p{L}*|dissimulé\p{L}*|confidentiel\p{L}*|inconnu\p{L}*|tu\p{L}*) (?:à l['’] ?|au |aux |à la |pour l['’] ?|pour le |pour la |vis-à-vis d(?:e l['’] ?|u |es |e la )|envers l['’] ?|envers le |envers la |auprès d(?:e l['’] ?|u |e la ))${FR_PERSON}`,
    // Italian: "rimane celata all'acquirente".
    String.raw`(?<![\p{L}])(?:è|sono|resta|restano|rimane|rimangono|tenut\p{L}*|mantenut\p{L}*) (?:nascost\p{L}*|segret\p{L}*|celat\p{L}*|taciut\p{L}*|ignot\p{L}*) (?:a |al |alla |all['’] ?|agli |ai |alle |per (?:il |la |l['’] ?)|nei confronti del(?:l['’] ?|la |lo )?)${IT_PERSON}`,
    // Spanish: "queda oculto al titular", "se le esconde al comprador".
    String.raw`(?<![\p{L}])(?:es|son|está|están|queda|quedan|permanece|permanecen|se mantiene|se mantienen|mantenid\p{L}*) (?:ocult\p{L}*|escondid\p{L}*|secret\p{L}*|en secreto|reservad\p{L}*|desconocid\p{L}*) (?:a |al |a la |a los |para el |para la |ante el |ante la |frente al |frente a la )${ES_PERSON}`,
    String.raw`(?<![\p{L}])se (?:le |les )?(?:oculta|ocultan|esconde|esconden|calla|callan) (?:a |al |a la |a los )${ES_PERSON}`,
    // Portuguese: "permanece escondida do assinante".
    String.raw`(?<![\p{L}])(?:é|são|fica|ficam|permanece|permanecem|está|estão|mantid\p{L}*) (?:ocult\p{L}*|escondid\p{L}*|secret\p{L}*|em segredo|em sigilo|sigilos\p{L}*|desconhecid\p{L}*) (?:a |ao |à |aos |às |para o |para a |do |da |dos |perante o |perante a )${PT_PERSON}`,
    // German: "bleibt dem Käufer verborgen", "wird vor dem Inhaber versteckt", "wird dem Abonnenten nicht gemeldet".
    String.raw`(?<![\p{L}])(?:bleibt|bleiben|wird|werden|ist|sind)(?: [^.,;:!?\s]+){0,4}? (?:an )?(?:dem|den|der|die) ${DE_PERSON}(?: gegenüber)? (?:verborgen|verschwiegen|vorenthalten|geheim|unbekannt|unerwähnt|nicht (?:mitgeteilt|genannt|gemeldet|offengelegt|offenbart|erwähnt|ausgewiesen))(?![\p{L}])`,
    String.raw`(?<![\p{L}])vor (?:dem|den|der) ${DE_PERSON} (?:verborgen|verheimlicht|geheim gehalten|versteckt|verschwiegen)(?![\p{L}])`,
    // Russian: "утаивается от владельца", "не упоминается покупателю".
    String.raw`(?<![\p{L}])(?:скрывается|скрываются|скрыт[аоы]?|утаивается|утаиваются|держится в (?:секрете|тайне)|держатся в (?:секрете|тайне)) от ${RU_PERSON}`,
    String.raw`(?<![\p{L}])не (?:сообщается|сообщаются|раскрывается|раскрываются|упоминается|упоминаются) ${RU_PERSON}`,
    // Dutch, Polish.
    String.raw`(?<![\p{L}])(?:verborgen|geheim|verzwegen|onbekend)(?: gehouden)? voor (?:de |het )?${NL_PERSON}|(?<![\p{L}])voor (?:de |het )?${NL_PERSON} (?:verborgen|geheim|verzwegen)`,
    String.raw`(?<![\p{L}])(?:ukryt\p{L}*|ukrywan\p{L}*|utajnian\p{L}*|w tajemnicy) przed ${PL_PERSON}`,
    // Turkish closes the clause with the passive: "alıcıya gönderilen özette bu kesintiden bahsedilmez".
    String.raw`(?<![\p{L}])(?:müşteri|kullanıcı|alıcı|abone|hasta)\p{L}*(?: [^.;!?]{0,60}?)? (?:söz edilmez|bahsedilmez|belirtilmez|gösterilmez|bildirilmez|iletilmez|yer verilmez|gizlenir|saklanır)(?![\p{L}])`,
  ].join("|"),
);

/** Japanese, Chinese, Korean: the person, then a telling denied as how it is ("お客様には通知しません", "不会透露给客户"). */
const UNTOLD_CJK = folded(
  [
    String.raw`(?:ユーザー?|利用者|お客様|顧客|ご本人|患者)(?:に|へ)(?:は|も)?[^。！？]{0,12}?(?:知らせ|伝え|通知し|開示し|明かし|報告し)(?:ません|ない(?:ように|こと|ようにしています)|ず)`,
    String.raw`(?:不会|并不|不)(?:向|对)?(?:用户|客户)(?:告知|透露|披露|说明|通知)|(?:不会|并不|不)(?:告知|告诉|通知|透露给|披露给)(?:用户|客户)|(?:用户|客户)(?:不会|并不会)(?:被告知|收到通知|知道|知晓)`,
    String.raw`(?:사용자|고객)(?:에게|에게는|에게도) ?(?:알리지|알려지지|공개되지|공개하지|고지하지|통보하지) ?않`,
  ].join("|"),
);

/**
 * Deletions count only when untold: "removed items stay hidden from members" is how a listing shows, "the purge
 * goes unreported to the owner" keeps an act back.
 */
const POINTER_WORDS = String.raw`(?:this|that|it|these|those|esto|eso|ello|isso|isto|disso|ciò|questo|cela|ceci|ça|dies|davon|dit|это|этом)`;
/** A pointer standing for what was just said, alone (after a conjunction at most): not "this draft", which names a thing. */
const POINTER = folded(String.raw`^\s*(?:(?:and|but|so|y|e|et|und|en|и|но) )?${POINTER_WORDS}\s*$|^\s*(?:これ|それ|这|此|이것|그것)`);
const DELETION = folded(
  String.raw`(?<![\p{L}])(?:deleted|removed|dropped|discarded|gelöscht|supprim\p{L}*|eliminad\p{L}*|cancellat\p{L}*|удал\p{L}*)(?![\p{L}])|削除|删除|삭제`,
);
/** The telling forms, where a deletion untold is an act kept back. */
const TELLING = folded(
  String.raw`(?<![\p{L}])(?:unreported|untold|unmentioned|mitgeteilt|genannt|gemeldet|erwähnt|verschwiegen|сообща\p{L}*|упомина\p{L}*|tu\p{L}*|taciut\p{L}*|calla\p{L}*)(?![\p{L}])|知らせ|伝え|通知|報告|告知|告诉|透露|알리|통보|고지`,
);

/** The costs a cost kept hidden is said of: a margin, a markup, a provision, a spread, in each language (./unaware.ts names some of them too, for its own reading). */
const COST = folded(
  String.raw`(?<![\p{L}])(?:margin\p{L}*|markups?|spreads?|kickbacks?|provision\p{L}*|provisie\p{L}*|prowizj\p{L}*|opłat\p{L}*|aufschl[äa]g\p{L}*|toeslag\p{L}*|recargo\p{L}*|supplément\p{L}*|maggiorazion\p{L}*|acréscimo\p{L}*|marge\p{L}*|margen\p{L}*|margem|наценк\p{L}*|сбор\p{L}*)(?![\p{L}])|bedel\p{L}*|komisyon\p{L}*|masraf\p{L}*|kesinti\p{L}*|マージン|差价|佣金|服务费|手续费|附加费|마진`,
);

/** The tool's doings ./unaware.ts leaves to other readings: a transfer, a redirect. */
const DOING = folded(
  String.raw`(?<![\p{L}])(?:transfers?|redirect\p{L}*|rerout\p{L}*|überweisung\p{L}*|umleitung\p{L}*|transferenci\p{L}*|transfert\p{L}*|trasferiment\p{L}*|transferênci\p{L}*|redirecionad\p{L}*|перевод\p{L}*|przelew\p{L}*)(?![\p{L}])|转账|送金|송금`,
);

/** A secret kept safe, a detail of the answer, or someone else's data: no act is kept back. */
const OTHERS = folded(
  String.raw`(?<![\p{L}])(?:other|others|third[- ]part\p{L}*|autres|otros|outros|altri|andere\p{L}*|других|innych|andere)(?![\p{L}])|他の|其他|다른`,
);

/**
 * In the sentence `text` (matchable), a doing or cost said to be kept from the person the agent works for: the span of
 * the state, or undefined. Not when held back only until the person asks or plays ("unless", "until the user…").
 */
function hiddenFromThePerson(text: string): { start: number; end: number } | undefined {
  const state = HIDDEN_FROM.exec(text) ?? UNTOLD_CJK.exec(text);
  if (state === null || UNTIL_THE_USER.test(text) || UNLESS.test(text)) return undefined;
  return keptFrom(text, state) ? { start: state.index, end: state.index + state[0].length } : undefined;
}

/** What the state is said of is the tool's doing or cost, or a pointer back to it. */
function keptFrom(text: string, state: RegExpExecArray): boolean {
  // What is kept is the subject: the clause before the state, and the state's own words (CJK puts it anywhere).
  const before = text.slice(0, state.index);
  const subject = before.slice(Math.max(0, before.search(/[^;:.!?。！？]*$/u)));
  if (DETAIL.test(subject) || OTHERS.test(text)) return false;
  // Languages that close the clause with the state carry the thing inside the match: "…bu bedelden söz edilmez".
  const said = `${subject} ${state[0]}`;
  if (!(EVENT.test(said) || COST.test(said) || DOING.test(subject) || POINTER.test(subject))) return false;
  return !DELETION.test(subject) || TELLING.test(state[0]) || EVENT.test(subject.replace(DELETION, " "));
}

/** Withheld only until asked: a quiz, a spoiler. */
// "Unless", and "until" an event after which it is shown ("unknown to the user until settlement"): a delay, not a secret.
const UNLESS = folded(
  String.raw`(?<![\p{L}])(?:unless|until|till|es sei denn|bis|a menos que|salvo que|hasta|à moins que|sauf si|jusqu['’]? ?(?:à|au)|a meno che|fino a|finché|até)(?![\p{L}])|除非|まで|之前|까지`,
);

/** Before the keeping, a negation ("never hold the charge confidential") or a purpose ("to keep"): no order to hide. */
const NOT_ORDERED_BEFORE = folded(
  String.raw`(?<![\p{L}])(?:not|never|no|don t|do not|nicht|pas|non|não|не|nie|niet|to|in order to|para|pour|per|um|om|aby|чтобы)(?: \p{L}+)? $`,
);
/** The keeping opens the sentence or a clause, after one word at most ("always", "please"), or a condition's comma. */
const OPENS = /(?:^|[,;:—–(]) ?(?:[\p{L}]+ )?$/u;

/**
 * "Hold the surcharge confidential", "guarde a cópia em sigilo": an order to keep the tool's doing or cost secret,
 * with no one named, in the sentence `text`. A credential or a detail kept secret ("keep your token private") is
 * hygiene. The span of the keeping, or undefined.
 */
function keptSecretUnnamed(text: string): { start: number; end: number } | undefined {
  const kept = keptSecret(text);
  if (kept === undefined) return undefined;
  const before = text.slice(0, kept.start);
  if (!(kept.ordered || OPENS.test(before)) || NOT_ORDERED_BEFORE.test(before.slice(-24))) return undefined;
  const thing = text.slice(kept.thingStart, kept.thingEnd);
  if (DETAIL.test(thing) || SECRET_THING.test(thing)) return undefined;
  const named = EVENT.test(thing) || COST.test(thing) || POINTER.test(thing) || DOING.test(thing);
  return named ? { start: kept.start, end: kept.end } : undefined;
}

/** The sentences of a text, as spans: the keeping is judged in the sentence it opens. */
const SENTENCE = /[^.!?;。！？]+/gu;

function* keptSecretClauses(text: string): Generator<RegExpExecArray> {
  for (const sentence of text.matchAll(SENTENCE)) {
    const at = sentence.index ?? 0;
    const kept = keptSecretUnnamed(sentence[0]);
    // "The signing key. Hold it private": the pointer stands for a secret named just before.
    if (kept !== undefined && !SECRET_THING.test(text.slice(Math.max(0, at - 160), at + kept.start))) yield spanOf(text, at, kept);
    const hidden = hiddenFromThePerson(sentence[0]);
    if (hidden !== undefined) yield spanOf(text, at, hidden);
  }
}

/** A match as the technique engine reads one: the span's text, at its offset in the whole text. */
function spanOf(text: string, at: number, span: { start: number; end: number }): RegExpExecArray {
  const found = [text.slice(at + span.start, at + span.end)] as unknown as RegExpExecArray;
  found.index = at + span.start;
  found.input = text;
  return found;
}

/**
 * Both readings as a phrase technique: a sentence that holds only the thing, its state and the person ("the markup
 * stays concealed from the buyer") carries too few of the lexicon's concepts for the act reading (./acts.ts).
 */
export const keptSecretTechniques: Technique<"concealment">[] = [
  {
    family: "concealment",
    reason: "tells the model to hide something from the user",
    // The state words of both readings, and the Russian, Japanese, Chinese and Korean telling words of the stated one.
    cues: [
      ...["invisible", "unknown", "withheld", "unmentioned", "unreported", "untold", "kept", "held", "dissimul*", "masqu*"],
      ...["inconnu*", "celat*", "taciut*", "ignot*", "esconde*", "calla*", "desconhecid*", "desconocid*", "verschwiegen"],
      ...["vorenthalten", "unbekannt", "unerwähnt", "mitgeteilt", "genannt", "gemeldet", "offengelegt", "offenbart", "ausgewiesen"],
      ...["edilmez", "bahsedilmez", "belirtilmez", "gösterilmez", "bildirilmez", "iletilmez", "verilmez", "gizlenir", "saklanır"],
      ...["erwähnt", "скрыва*", "утаива*", "сообща*", "раскрыва*", "упомина*", "verzwegen", "onbekend", "utajnian*", "ukrywan*"],
      ...["知らせ", "伝え", "通知", "開示", "明かし", "報告", "告知", "告诉", "透露", "披露", "알리", "알려지", "공개", "고지", "통보"],
      ...["secret*", "hidden", "private", "confidential*", "concealed", "undisclosed", "quiet", "wraps", "yourself", "secreto"],
      ...["privado", "reserva", "ocult*", "escondid*", "confidencial*", "segredo", "sigilo*", "secrète*", "caché*", "cache*"],
      ...["segret*", "nascost*", "riservat*", "geheim", "verborgen", "versteckt", "vertraulich*", "vertrouwelijk", "verstopt"],
      ...["tajemnic*", "sekrecie", "ukryt*", "tajnosti", "skryt*", "секрете", "тайне", "скрыт*", "gizli*", "titok*", "tenu*", "gard*"],
    ],
    pattern: keptSecretClauses,
  },
];
/** Things a person keeps secret for their own safety. */
const SECRET_THING = folded(
  String.raw`(?<![\p{L}])(?:secrets?|passwords?|passphrases?|tokens?|keys?|credentials?|pins?|seeds?|mnemonics?|codes?|otp|contraseñ\p{L}*|senha\p{L}*|mot de passe|passwort\p{L}*|schlüssel\p{L}*|chiav\p{L}*|clave\p{L}*|chave\p{L}*|пароль|ключ\p{L}*)(?![\p{L}])`,
);
