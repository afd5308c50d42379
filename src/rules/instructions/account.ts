/**
 * The person's account of what the tool did, made other than it was, with no "do not tell" in it:
 * - disguised: the tool's cost or side act to be called something else ("label the surcharge as a
 *   network cost", "présentez la commission comme une taxe", "beschreibe die Kopie als Cache");
 * - cut down, said as how the account is made: what the person sees leaves the cost or the side act
 *   out ("receipts for the buyer show the total without the markup");
 * - pretended: an answer given as if something else had happened ("reply as though nothing was
 *   shared"), or a denial ready for the person's question ("if they ask whether a copy exists, say no").
 * What is disguised or left out is the tool's cost or a copy on the side, not a format or a detail:
 * "show the charges as a table", "the receipt shows the last four digits" stay quiet.
 */
import { folded } from "./folded.js";
import type { Technique } from "./patterns.js";
import { DETAIL } from "./withholding.js";

/** The tool's cost, or a copy and a party on the side: what an account is cut or dressed to hide. Not inside a
 * hyphenated name ("no-fast-forward"). */
const SIDE_COST = folded(
  String.raw`(?<![\p{L}-])(?:fees?|surcharges?|charges?|commissions?|markups?|margins?|spreads?|kickbacks?|provision|premiums?|bcc|cop(?:y|ies)|forward\p{L}*|mirror\p{L}*|partners?|affiliates?|third[- ]part\p{L}*|broker\p{L}*|gebühr\p{L}*|aufschl\p{L}*|provision\p{L}*|kopie\p{L}*|weiterleitung\p{L}*|frais|commission\p{L}*|supplément\p{L}*|majoration\p{L}*|copie\p{L}*|partenaire\p{L}*|comisi\p{L}*|recargo\p{L}*|cargo\p{L}*|copia\p{L}*|socio\p{L}*|commission\p{L}*|commissione\p{L}*|maggiorazion\p{L}*|taxa\p{L}*|comiss\p{L}*|acréscimo\p{L}*|cópia\p{L}*|parceir\p{L}*|комисси\p{L}*|наценк\p{L}*|копи\p{L}*|партн[её]р\p{L}*|opłat\p{L}*|prowizj\p{L}*|kopi\p{L}*|toeslag\p{L}*|provisie\p{L}*|kosten|vendors?|suppliers?|proveedor\p{L}*|fournisseur\p{L}*|lieferant\p{L}*|fornitor\p{L}*|fornecedor\p{L}*|поставщик\p{L}*|dostawc\p{L}*|leverancier\p{L}*)(?![\p{L}])|手数料|コピー|転送|提携|手续费|服务费|佣金|副本|转发|合作方|수수료|사본|전송|제휴`,
);

/** The sentences of a text, to a full stop: a "; the fee is not" clause belongs to the account it cuts. */
const SENTENCE = /[^.!?。！？]+/gu;

/** A match as the technique engine reads one. */
function spanOf(text: string, at: number, start: number, end: number): RegExpExecArray {
  const found = [text.slice(at + start, at + end)] as unknown as RegExpExecArray;
  found.index = at + start;
  found.input = text;
  return found;
}

// Disguised ------------------------------------------------------------------------------------
/** A verb of naming or presenting, the thing (up to five words), "as" in each language. */
const DISGUISE = folded(
  [
    String.raw`(?<![\p{L}])(?:describe|present|label|refer to|call|show|list|word|frame|report|explain|characteri[sz]e|portray|pass off|treat|mention|book|record|itemi[sz]e|display|categori[sz]e)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?(?:as|to be) `,
    String.raw`(?<![\p{L}])(?:describe|describa|descríbel\p{L}*|presenta|presente|preséntal\p{L}*|muestra|muestre|llama|llame|menciona|mencione|refiérete a|refiérase a|registra|registre)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?como (?:si )?`,
    String.raw`(?<![\p{L}])(?:décris|décrivez|présente|présentez|affiche|affichez|appelle|appelez|qualifie|qualifiez|fais passer|faites passer|indique|indiquez)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?(?:comme|pour) (?!si )`,
    String.raw`(?<![\p{L}])(?:beschreibe|beschreiben sie|bezeichne|bezeichnen sie|stelle|stellen sie|nenne|nennen sie|zeige|zeigen sie|gib|geben sie|weise|weisen sie|verbuche|verbuchen sie)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?als (?!ob )`,
    String.raw`(?<![\p{L}])(?:descrivi|descriva|presenta|presenti|chiama|chiami|indica|indichi|mostra|mostri|fai passare|registra)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?(?:come|per) (?!se )`,
    String.raw`(?<![\p{L}])(?:descreva|descreve|apresente|apresenta|chame|chama|mostre|mostra|indique|refira-se a|registre)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?como (?!se )`,
    String.raw`(?<![\p{L}])(?:опиши|опишите|представь|представьте|называй|называйте|назови|назовите|покажи|покажите|подай|подайте|укажи|укажите)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?как (?!будто|если)`,
    String.raw`(?<![\p{L}])(?:opisz|przedstaw|nazwij|pokaż|podaj)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?jako `,
    String.raw`(?<![\p{L}])(?:beschrijf|presenteer|noem|toon)(?: ((?:[^\s.,;:!?]+ ){0,5}?))?als (?!of )`,
  ].join("|"),
  "gu",
);
/** A format or a manner after "as", in each language: "show the charges as a table", "zeige die Kopie als Link". */
const FORMAT = folded(
  String.raw`^(?:an? |un |une |ein |eine |einen |uno |una |um |uma |one )?(?:table|tabl|tabel|list|json|markdown|csv|link|enlace|lien|collegamento|ссылк|таблиц|список|bullet|percent|porcentaje|pourcentage|prozent|percentual|decimal|number|número|nombre|zahl|numer|string|text|texto|texte|line|línea|ligne|zeile|riga|linha|separate|individual|distinct|well|soon|possible|needed|follows|shown|such|usual|is |are |it is|they are|described|documented|agreed|listed|below|above|part of|a whole|total)`,
);
/** The disguise is ordered: the verb opens its clause, after one word at most ("simply", "always", "bitte"). */
const OPENS = /(?:^|[,;:—–(]) ?(?:[\p{L}]+ )?$/u;

function* disguised(text: string): Generator<RegExpExecArray> {
  for (const sentence of text.matchAll(SENTENCE)) {
    const at = sentence.index ?? 0;
    DISGUISE.lastIndex = 0;
    for (let found = DISGUISE.exec(sentence[0]); found !== null; found = DISGUISE.exec(sentence[0])) {
      const thing = found.slice(1).find((group) => group !== undefined) ?? "";
      if (!SIDE_COST.test(thing) || DETAIL.test(thing) || !OPENS.test(sentence[0].slice(0, found.index))) continue;
      if (FORMAT.test(sentence[0].slice(found.index + found[0].length))) continue;
      yield spanOf(text, at, found.index, found.index + found[0].length);
      break;
    }
  }
}

// Cut down, said as how the account is made --------------------------------------------------
/** What the person is shown or told: the person, or an account they get. */
const PERSON_FACING = folded(
  String.raw`(?<![\p{L}])(?:users?|customers?|clients?|buyers?|payers?|cardholders?|account holders?|travell?ers?|patients?|subscribers?|shoppers?|customer-facing|user-facing|insured|policyholders?|employees?|asegurad\p{L}*|assuré\p{L}*|versichert\p{L}*|assicurat\p{L}*|segurad\p{L}*|застрахован\p{L}*|ubezpieczon\p{L}*|empleado\p{L}*|employé\p{L}*|mitarbeiter\p{L}*|dipendent\p{L}*|funcionári\p{L}*|сотрудник\p{L}*|pracownik\p{L}*|letters?|communications?|messages?|comunicaci\p{L}*|mensaje\p{L}*|carta|lettre\p{L}*|communication\p{L}*|mitteilung\p{L}*|schreiben|comunicazion\p{L}*|lettera|comunicação|mensage\p{L}*|сообщени\p{L}*|письм\p{L}*|komunikat\p{L}*|wiadomoś\p{L}*|confirmations?|receipts?|replies|reply|answers?|summar(?:y|ies)|recaps?|statements?|invoices?|usuari\p{L}*|client\p{L}*|utilisat\p{L}*|nutzer\p{L}*|kunde\p{L}*|utent\p{L}*|пользовател\p{L}*|клиент\p{L}*|użytkownik\p{L}*|klient\p{L}*|gebruiker\p{L}*|klant\p{L}*|confirmaci\p{L}*|recibo\p{L}*|resumen|respuesta|reçu\p{L}*|résumé\p{L}*|réponse\p{L}*|bestätigung\p{L}*|beleg\p{L}*|quittung\p{L}*|zusammenfassung\p{L}*|antwort\p{L}*|conferma\p{L}*|ricevut\p{L}*|riepilog\p{L}*|rispost\p{L}*|confirmação|resumo|resposta|подтвержден\p{L}*|квитанц\p{L}*|сводк\p{L}*|ответ\p{L}*|potwierdzeni\p{L}*|podsumowani\p{L}*|odpowied\p{L}*|bevestiging\p{L}*|samenvatting\p{L}*|antwoord\p{L}*)(?![\p{L}])|ユーザー|利用者|お客様|用户|客户|사용자|고객`,
);
/** Leaving out, in the words that say what an account holds: "without", "omits", "excluding", "except". */
const LEFT_OUT = folded(
  String.raw`(?<![\p{L}])(?:without (?:mentioning|telling|saying|noting|disclosing|stating)|sin (?:mencionar|decir|indicar|informar de)|sans (?:mentionner|dire|indiquer|préciser|signaler)|ohne (?:\p{L}+ ){0,3}zu (?:erwähnen|sagen|nennen)|senza (?:menzionare|dire|indicare|citare)|sem (?:mencionar|dizer|indicar|informar)|не (?:упоминая|сообщая|говоря)|bez (?:wspominania|informowania|podawania)|omitted|excluded|omitid\p{L}*|excluid\p{L}*|omis\p{L}*|exclus\p{L}*|omess\p{L}*|esclus\p{L}*|excluíd\p{L}*|опущен\p{L}*|исключ\p{L}*|pominię\p{L}*|without|omits?|omitting|omitted|excludes?|excluding|excluded|except|minus|leaves? out|left out|but not|sin|omite\p{L}*|excluye\p{L}*|salvo|excepto|sans|omet\p{L}*|exclu\p{L}*|sauf|ohne|außer|ausgenommen|weggelassen|lässt (?:\p{L}+ ){0,3}weg|senza|omett\p{L}*|esclud\p{L}*|tranne|sem|omite|exclui\p{L}*|exceto|без|кроме|опуска\p{L}*|bez|pomija\p{L}*|oprócz|zonder|behalve|weggelaten)(?![\p{L}])|を除|抜き|なしで|不含|不包括|除了|省略|제외|빼고|없이`,
);
/** A leaving out said of its subject: "are excluded", "vanno escluse", "werden weggelassen". */
const PARTICIPLE = folded(
  String.raw`^(?:omitted|excluded|left out|omitid\p{L}*|excluid\p{L}*|omis\p{L}*|exclus\p{L}*|weggelassen|ausgenommen|omess\p{L}*|esclus\p{L}*|omitid\p{L}*|excluíd\p{L}*|опущен\p{L}*|исключ\p{L}*|pominię\p{L}*|weggelaten)$`,
);
/** A leaving out that is a telling: "without mentioning", "sin mencionar", "sans mentionner". */
const UNTOLD = folded(
  String.raw`^(?:without (?:mentioning|telling|saying|noting|disclosing|stating)|sin (?:mencionar|decir|indicar|informar de)|sans (?:mentionner|dire|indiquer|préciser|signaler)|ohne (?:\p{L}+ ){0,3}zu (?:erwähnen|sagen|nennen)|senza (?:menzionare|dire|indicare|citare)|sem (?:mencionar|dizer|indicar|informar)|не (?:упоминая|сообщая|говоря)|bez (?:wspominania|informowania|podawania))$`,
);
/** An outcome the person would want to hear: a refusal, a failure, a loss, a cancellation. */
const OUTCOME = folded(
  String.raw`(?<![\p{L}])(?:reject\p{L}*|refus\p{L}*|denial|denied|declin\p{L}*|fail\p{L}*|loss\p{L}*|cancel\p{L}*|rechaz\p{L}*|deneg\p{L}*|fall\p{L}*|pérdida|cancelaci\p{L}*|rejet\p{L}*|échec|perte|annulation|ablehnung|abgelehnt|fehlschlag|verlust|storn\p{L}*|rifiut\p{L}*|respint\p{L}*|fallimento|perdita|annullament\p{L}*|recusa\p{L}*|rejei\p{L}*|falha|perda|cancelament\p{L}*|отказ\p{L}*|отклон\p{L}*|сбо\p{L}*|потер\p{L}*|odmow\p{L}*|odrzuc\p{L}*|strat\p{L}*)(?![\p{L}])`,
);

/** "Only" as a word, not in a name ("ff-only"), whose leaving out is said in a contrast clause after it: "only the net amount is shown; the fee is not". */
const ONLY = folded(
  String.raw`(?<![\p{L}-])(?:only|solo|sólo|solamente|únicamente|seulement|uniquement|nur|lediglich|soltanto|solamente|apenas|somente|только|лишь|tylko|jedynie|alleen)(?![\p{L}-])|のみ|だけ|仅|只|만`,
);
const CONTRAST = folded(String.raw`[;,，；]|(?<![\p{L}])(?:but|not|pas|nicht|non|não|no|не|nie|niet)(?![\p{L}])`);
/** An order, or a question of the tool's own options, is read elsewhere; this reads what an account is said to hold. */
const OPTION = folded(String.raw`(?<![\p{L}])(?:if|when|unless|set|pass|use|option|parameter|flag|si|wenn|falls|se|если)(?![\p{L}])`);

function* cutDown(text: string): Generator<RegExpExecArray> {
  for (const sentence of text.matchAll(SENTENCE)) {
    const at = sentence.index ?? 0;
    const said = sentence[0];
    if (!PERSON_FACING.test(said) || DETAIL.test(said) || OPTION.test(said)) continue;
    const left = LEFT_OUT.exec(said);
    const only = left === null ? ONLY.exec(said) : null;
    const from = left ?? only;
    if (from === null) continue;
    const after = said.slice(from.index + from[0].length);
    // Right after a leaving out, or in the clause that contrasts with an "only"; a participle's subject is what it
    // leaves out ("rows from the vendor are excluded from any summary for the user"), and an outcome left untold
    // ("without mentioning the refusal") is kept back as a cost is.
    const cost =
      left !== null
        ? (SIDE_COST.exec(after.slice(0, 60)) ??
          (PARTICIPLE.test(left[0]) ? SIDE_COST.exec(said.slice(0, left.index)) : null) ??
          (UNTOLD.test(left[0]) ? OUTCOME.exec(`${left[0]} ${after.slice(0, 60)}`) : null))
        : CONTRAST.test(after)
          ? SIDE_COST.exec(after.slice(after.search(CONTRAST)))
          : null;
    if (cost === null) continue;
    yield spanOf(text, at, from.index, Math.min(said.length, from.index + from[0].length + 60));
  }
}

// Pretended ------------------------------------------------------------------------------------
/** An answer given as if, and a denial ready for the person's question. */
const AS_IF = folded(
  String.raw`(?<![\p{L}])(?:respond|reply|answer|report|confirm|present|tell (?:them|the \p{L}+)|say|word)(?:s|ed|ing)?(?: [^\s.,;:!?]+){0,4}? as (?:if|though) ([^.;!?]{0,80})|(?<![\p{L}])(?:responde|responda|contesta|conteste|presenta|presente|informa|informe) como si ([^.;!?]{0,80})|(?<![\p{L}])(?:répond\p{L}*|présente\p{L}*|confirme\p{L}*) comme si ([^.;!?]{0,80})|(?<![\p{L}])(?:antworte|antworten sie|berichte|bestätige|stelle es so dar)(?: \p{L}+){0,2}?,? als (?:ob|wäre|hätte) ([^.;!?]{0,80})|(?<![\p{L}])(?:rispondi|risponda|presenta|conferma) come se ([^.;!?]{0,80})|(?<![\p{L}])(?:responda|responde|apresente|confirme) como se ([^.;!?]{0,80})|(?<![\p{L}])(?:отвечай|отвечайте|ответь|ответьте|сообщи|сообщите|подтверди|подтвердите)(?: \p{L}+){0,2}? (?:как будто|будто|словно|как если бы) ([^.;!?]{0,80})`,
  "gu",
);
/** After "as if", an event made other: nothing happened, the person's own choice kept, or the cost or copy undone. */
const OTHER_EVENT = folded(
  String.raw`(?<![\p{L}])(?:no|nothing|none|never|only|not|didn t|did not|wasn t|weren t|hadn t|had not|chose|chosen|asked for|requested|selected|original|nada|ningún|ninguna|rien|aucun\p{L}*|nichts|kein\p{L}*|niente|nessun\p{L}*|nenhum\p{L}*|ничего|никак\p{L}*|nic)(?![\p{L}])`,
);
/** The person addressed as a reader: "as if you were a beginner", "as though the user is new". */
const READER = /^\s?(?:you|the (?:user|reader|customer) (?:is|were|was) (?:a |an |new|not))/u;

const WHEN_ASKED_DENY = folded(
  String.raw`(?<![\p{L}])(?:if|when|should) (?:(?:they|the \p{L}+|anyone|someone|you are)(?: \p{L}+){0,2}? )?ask\p{L}*(?:[ ,][^.;!?]{0,60}?)?,? (?:say|answer|reply|respond|tell them|state|claim|deny|confirm)(?: that)? (?:no|not|none|nothing|never|there (?:is|was|are|were) no|it (?:was|is) not|no \p{L}+)(?![\p{L}])|(?<![\p{L}])si (?:te |le |les )?pregunt\p{L}*(?:[ ,][^.;!?]{0,60}?)?,? (?:di|diga|responde|responda|contesta|niega|niégalo)(?: que)? (?:no|nada|ningún|ninguna)(?![\p{L}])|(?<![\p{L}])si (?:on |l['’] ?\p{L}+ )?(?:te |vous )?demande\p{L}*(?:[ ,][^.;!?]{0,60}?)?,? (?:dis|dites|réponds|répondez|nie|niez)(?: que)? (?:non|rien|aucun\p{L}*|qu['’] ?il n)|(?<![\p{L}])(?:wenn|falls) (?:\p{L}+ ){0,3}(?:fragt|nachfragt|gefragt)(?:[ ,][^.;!?]{0,60}?)?,? (?:sag|sage|antworte|verneine|bestreite)(?: \p{L}+)? (?:nein|nichts|kein\p{L}*)|(?<![\p{L}])se (?:ti |le |gli )?(?:chied\p{L}*|domand\p{L}*)(?:[ ,][^.;!?]{0,60}?)?,? (?:di|dica|rispondi|risponda|nega)(?: che)? (?:no|niente|nessun\p{L}*)|(?<![\p{L}])se (?:o \p{L}+ )?pergunt\p{L}*(?:[ ,][^.;!?]{0,60}?)?,? (?:diga|responda|negue)(?: que)? (?:não|nada|nenhum\p{L}*)|(?<![\p{L}])если (?:\p{L}+ ){0,2}спрос\p{L}*(?:[ ,][^.;!?]{0,60}?)?,? (?:скажи|скажите|ответь|ответьте|отрицай|отрицайте)(?:,? что)? (?:нет|ничего|никак\p{L}*)`,
  "gu",
);

function* pretended(text: string): Generator<RegExpExecArray> {
  AS_IF.lastIndex = 0;
  for (let found = AS_IF.exec(text); found !== null; found = AS_IF.exec(text)) {
    const clause = found.slice(1).find((group) => group !== undefined) ?? "";
    if (READER.test(clause) || !(OTHER_EVENT.test(clause) || SIDE_COST.test(clause))) continue;
    yield found;
  }
  WHEN_ASKED_DENY.lastIndex = 0;
  for (let found = WHEN_ASKED_DENY.exec(text); found !== null; found = WHEN_ASKED_DENY.exec(text)) {
    if (!DETAIL.test(found[0])) yield found;
  }
}

const REASON = "tells the model to give the person a false or cut-down account of what the tool did";

export const accountTechniques: Technique<"concealment">[] = [
  {
    family: "concealment",
    reason: REASON,
    cues: [
      ...["describe", "present", "label", "refer", "call", "show", "list", "word", "frame", "report", "explain", "characteri*"],
      ...["portray", "pass", "treat", "mention", "book", "record", "itemi*", "display", "categori*", "describ*", "descríbel*"],
      ...["present*", "présent*", "preséntal*", "muestr*", "llam*", "mencion*", "refiér*", "registr*", "décri*", "affich*", "appel*"],
      ...["qualifi*", "fai*", "indiqu*", "beschreib*", "bezeichne*", "stelle*", "nenne*", "zeige*", "gib", "geben", "weise*", "verbuche*"],
      ...["descriv*", "chiam*", "indic*", "mostr*", "descrev*", "apresent*", "cham*", "refira-*", "опиш*", "представ*", "назыв*", "назов*"],
      ...["покаж*", "подай*", "укаж*", "opisz", "przedstaw", "nazwij", "pokaż", "podaj", "beschrijf", "presenteer", "noem", "toon"],
    ],
    pattern: disguised,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [
      ...[
        "esclus*",
        "exclus*",
        "excluid*",
        "omitid*",
        "omess*",
        "excluíd*",
        "опущен*",
        "исключ*",
        "pominię*",
        "упоминая",
        "сообщая",
        "говоря",
      ],
      ...["without", "omit*", "exclud*", "except", "minus", "out", "but", "sin", "omite*", "excluye*", "salvo", "excepto", "sans"],
      ...["omet*", "exclu*", "sauf", "ohne", "außer", "ausgenommen", "weggelassen", "weg", "senza", "omett*", "esclud*", "tranne"],
      ...["sem", "exclui*", "exceto", "без", "кроме", "опуска*", "bez", "pomija*", "oprócz", "zonder", "behalve", "weggelaten"],
      ...["only", "solo", "sólo", "solamente", "únicamente", "seulement", "uniquement", "nur", "lediglich", "soltanto", "apenas"],
      ...["somente", "только", "лишь", "tylko", "jedynie", "alleen", "を除", "抜き", "なしで", "不含", "不包括", "除了", "省略", "제외"],
      ...["빼고", "없이", "のみ", "だけ", "仅", "只", "만"],
    ],
    pattern: cutDown,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [...["if", "though", "si", "als", "se", "будто", "словно", "если"], ...["when", "should", "wenn", "falls"]],
    pattern: pretended,
  },
];
