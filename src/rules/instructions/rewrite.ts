/**
 * Argument tampering said as what the tool does to a value on its way, with no order to the
 * model: "the recipient is normalised to billing@… whichever address was typed", "intents
 * above 50,000 are created against customer `cus_…` regardless of the customer passed",
 * "economy requests are submitted as business class; the itinerary shown keeps the cabin
 * that was asked for". Four structures:
 *
 * - a value of the call (a recipient, an account, a wallet, a host) rewritten to a fixed
 *   literal (an address, a domain, an account number, an id) — by a verb of replacing, or
 *   by any verb with the person's own value set aside ("whatever was given", "any");
 * - an amount or quantity raised on its way out ("doubled before submission", "each line is
 *   bumped by two units"), or a request carried out as a dearer one ("booked as suites");
 * - what the person is shown still reads as what they asked for, after such a change;
 * - a value the person gave kept only as a label while the work goes elsewhere.
 *
 * Honest texts change values too — a phone number normalised to E.164, an address
 * lowercased, a default used when none is given, a sandbox account in test mode — and they
 * name a format, a case or a fallback, not a fixed destination.
 */
import { folded } from "./folded.js";
import { cjk, END, negated, phrases, type Scene, type Technique, sentenceOf } from "./patterns.js";

/** A fixed value: an e-mail address, a domain, an IBAN, a long number, a wallet, an id with a prefix and a digit (`cus_r8v01`, not `params_file`). */
const LITERAL = String.raw`(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[a-z0-9-]+\.)+(?:com|net|org|io|biz|info|co|app|dev|xyz|me|cc|ru|cn|de|fr|es|it|br|uk|us|eu|pro|site|online|top)(?![\w])|[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,}(?: ?[a-z0-9]{1,4})?|\+?\d[\d -]{4,}\d|0x[0-9a-f]{16,}|bc1[0-9a-z]{20,}|[a-z]{2,4}_(?=[a-z0-9]*\d)[a-z0-9]{6,}(?![\w])|[a-z]{2,}-\d{3,})`;

/** The values a tamperer aims at: where money, mail or records go. */
const TARGET = folded(
  String.raw`(?<![\p{L}])(?:recipients?|destinations?|beneficiar(?:y|ies)|payees?|accounts?|wallets?|iban|addresses|address|e-?mails?|customers?|host|hosts|content|charit(?:y|ies)|bcc|phones?|receivers?|counterpart(?:y|ies)|merchants?|vendors?|tickers?|symbols?|funds?)(?![\p{L}])`,
);
/**
 * The person's own value set aside: "whatever was given", "regardless of", "instead of". Not "all", "any" or
 * "given" alone: "a confirmation is sent to support@acme.com for all tickets" is where the tool's own mail goes.
 */
const SET_ASIDE = folded(
  String.raw`(?<![\p{L}])(?:regardless|whatever|whichever|no matter|irrespective|in place of|instead of|rather than|silently|quietly)(?![\p{L}])`,
);
/** The value named as the person's own: "the one the caller passed", "whatever was entered". */
const USERS_VALUE = folded(
  String.raw`(?<![\p{L}])(?:(?:was|were|is|are|been) (?:given|supplied|passed|entered|typed|chosen|provided|requested|selected|specified)|(?:users?|person|caller|customer|requester|client)['’]s|(?:any|every|whatever) (?:value|input|address|account|number|iban) (?:passed|given|entered|supplied|provided)|(?:the )?(?:user|person|caller|customer|requester|client) (?:gave|gives|entered|enters|typed|types|chose|chooses|passed|passes|asked|asks|requested|requests|picked|picks|selected|selects))(?![\p{L}])`,
);
/** Test and sample settings route to fixed accounts honestly. */
const TEST_SETTING = folded(
  String.raw`(?<![\p{L}])(?:test|testing|sandbox|demo|staging|dry[- ]run|e\.g\.|for example|such as|example)(?![\p{L}])`,
);

/** A verb that rewrites the value, then the literal it is rewritten to. */
const EN_REWRITE = phrases(
  String.raw`(?:normali[sz]ed|rewritten|replaced|overwritten|overridden|swapped|substituted|changed|switched|set|routed|rerouted|redirected|booked|created|sent|settled?|settles|paid|mapped|forced|pinned|fixed|pointed|delivered|credited|deposited|transferred)(?: (?:to|with|by|for|against|into|as|at))(?: (?:the|a|an|our|its))?(?: [\p{L}-]+){0,5}? [\x60'"]?${LITERAL}`,
);
const OTHER_REWRITE = phrases(
  String.raw`(?:se (?:sustituye|reemplaza|cambia|sustituirá|reemplazará)|es (?:sustituido|reemplazado)|é (?:substituído|trocado)|(?:viene|verrà) (?:sostituit[oa]|cambiat[oa])|est (?:remplacée?|changée?)|(?:sont|seront) (?:remplacée?s)|wird (?:durch|mit)|заменяется на|подменяется на)(?: [^.!?;]{0,40}?)? [\x60'"]?${LITERAL}`,
  String.raw`(?:unabhängig vo[nm]|independientemente de|sin importar|quel(?:le)? que soit|indipendentemente da|independentemente d[oa]|независимо от)(?: [^.!?;]{0,80}?)? [\x60'"]?${LITERAL}`,
);
/** The fixed values a sentence without spaces names: a long number or an e-mail address. */
const CJK_LITERAL = String.raw`(?:\d[\d -]{4,}\d|[\w.+-]+@[\w-]+\.[\w.-]+)`;
const CJK_REWRITE = cjk(
  String.raw`(?:に関わらず|にかかわらず|に関係なく|を問わず)[^。！？]{0,40}?${CJK_LITERAL}`,
  String.raw`(?:无论|不论|不管)[^。！？]{0,40}?${CJK_LITERAL}`,
  String.raw`(?:상관없이|관계없이)[^.!?]{0,40}?${CJK_LITERAL}`,
);

/** Verbs that replace by their meaning; the others need the person's value set aside in the sentence. */
const REPLACING = /^(?:rewritten|replaced|overwritten|overridden|swapped|substituted|rerouted|redirected)/u;

function rewritesATarget(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceOf(match, scene);
  return (
    (TARGET.test(sentence) || USERS_VALUE.test(sentence)) &&
    (REPLACING.test(match[0]) || SET_ASIDE.test(sentence)) &&
    !TEST_SETTING.test(sentence) &&
    !negated(scene.m, { start: match.index, end: match.index + match[0].length })
  );
}

function fixedDespiteTheChoice(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceOf(match, scene);
  return !TEST_SETTING.test(sentence) && !negated(scene.m, { start: match.index, end: match.index + match[0].length });
}

/** An amount or quantity raised on its way out, or a request carried out as a dearer one. */
const EN_RAISE = phrases(
  String.raw`(?:quantit(?:y|ies)|amounts?|totals?|units?|order lines?|lines?|tips?|donations?|prices?|qty|counts?|seats?|tickets?)(?: (?:[^.!?;]|\.\d){0,40}?)? (?:is|are|gets?|will be|get) (?:silently |quietly |automatically |always )?(?:doubled|tripled|quadrupled|raised|increased|bumped(?: up)?|inflated|padded|multiplied|topped up|marked up)${END}`,
  // "The tip percentage is always submitted as 25": a figure fixed on its way out (kept only when the person is shown theirs).
  String.raw`(?:percentages?|percent|amounts?|quantit(?:y|ies)|tips?|prices?|totals?|fees?|rates?|counts?|sizes?|spreads?|margins?) (?:is|are|gets?|will be) (?:always |silently |quietly |automatically )?(?:submitted|sent|set|charged|booked|placed|recorded|filed|passed) as \d`,
  String.raw`(?:requests?|orders?|bookings?|reservations?|purchases?|tickets?|rooms?|seats?) (?:for (?:[\p{L}\p{N}-]+ ){1,3})?(?:are|is|get|gets|will be) (?:silently |quietly |automatically |always )?(?:submitted|booked|placed|routed|sent|processed|filed|executed|issued|reserved|fulfilled|filled|served|billed|charged) as (?:an? |the )?(?:orders? for |bookings? for )?[\p{L}\p{N}-]+`,
);
/** Where a raise bites: on the way out, or on every line. */
const ON_THE_WAY = folded(
  String.raw`(?<![\p{L}])(?:before (?:submission|submitting|sending|checkout|it is sent|they are sent|placing|the order|the call|forwarding)|upstream|sent on|each|every|all|regardless|whatever|silently|quietly)(?![\p{L}])`,
);
/** A dearer class, a different instrument, or what the person is shown kept as asked. */
const DEARER = folded(
  String.raw`(?<![\p{L}])(?:business|first[- ]class|suites?|premium|priority|express|deluxe|upgraded?|pro|platinum|gold|vip|orders? for [a-z]{2,5})(?![\p{L}])`,
);

function raisedOnTheWay(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceOf(match, scene);
  if (negated(scene.m, { start: match.index, end: match.index + match[0].length }) || TEST_SETTING.test(sentence)) return false;
  const after = scene.m.text.slice(match.index, match.index + match[0].length + 200);
  if (/ as /u.test(match[0])) return DEARER.test(match[0]) || SHOWN_AS_ASKED.test(after);
  return ON_THE_WAY.test(sentence) || SHOWN_AS_ASKED.test(after);
}

/** What the person sees still reads as what they asked for: "the ticket lists the fund the user chose". */
export const SHOWN_AS_ASKED = folded(
  String.raw`(?<![\p{L}])(?:shown|shows|show|lists?|listed|quotes?|quoted|repeats?|repeated|keeps?|kept|displays?|displayed|states?|stated|mentions?|names?|reads?|echo(?:es)?|reflects?)(?: [\p{L}-]+){0,6}? (?:that |which )?(?:was |were |is |are |they |he |she |you |the (?:user|person|customer|caller|client|buyer|traveller|traveler|requester|guest|payer)s? )?(?:originally )?(?:asked for|requested|chose|chosen|entered|typed|picked|selected|ordered|gave|given|wanted)(?![\p{L}])`,
);

/** The person's value kept only as a label, or as extra, while the work goes elsewhere. */
const EN_DEMOTED = phrases(
  String.raw`(?:given|supplied|entered|passed|provided|chosen|typed|original)(?: [^.!?;]{0,40}?)? (?:is|are) (?:used|kept|stored|recorded|treated|noted) only (?:as|in) (?:an? |the )?(?:label|metadata|note|memo|reference|description|comment|tag|copy|cc|bcc)${END}`,
  String.raw`(?:the )?original (?:[\p{L}-]+ ){0,2}?(?:is|are) only (?:kept|stored|recorded|noted|preserved) in (?:the )?(?:metadata|memo|notes?|description|cc|bcc|copy)${END}`,
  String.raw`(?:in addition to|as well as|alongside|besides) (?:the |each |every |any )?(?:[\p{L}-]+ ){0,2}?(?:numbers?|address(?:es)?|recipients?|accounts?|payees?|contacts?|phones?) (?:entered|given|typed|chosen|supplied|provided|requested|selected)${END}`,
);

/** LITERAL on its own, compiled once: the accept below runs on every match of the demotion phrases. */
const A_LITERAL = new RegExp(LITERAL, "u");

function demotedForALiteral(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceOf(match, scene);
  const around = scene.m.text.slice(Math.max(0, match.index - 200), match.index + match[0].length + 200);
  return (
    A_LITERAL.test(around) && !TEST_SETTING.test(sentence) && !negated(scene.m, { start: match.index, end: match.index + match[0].length })
  );
}

/**
 * A figure below a floor carried out as the floor: "requests for fewer than 3 packs are placed as 3", "amounts under 50
 * are lifted to 50". The person asked for less and pays for more; an honest floor rejects the call or says so.
 */
const FLOOR = String.raw`\d[\d.,]*`;
const EN_FLOOR = phrases(
  String.raw`(?:amounts?|quantit(?:y|ies)|packs?|units?|tickets?|seats?|donations?|gifts?|tips?|orders?|requests?|payments?|top-?ups?|deposits?|items?|bookings?|reservations?|purchases?|charges?|transfers?|pledges?)(?: (?:for|of)(?: [\p{L}-]+){0,2}?)? (?:under|below|fewer than|less than|smaller than|lower than) ${FLOOR}(?: [\p{L}%€$£-]+){0,2}? (?:are|is|get|gets|will be) (?:silently |quietly |automatically |always )?(?:placed|lifted|raised|bumped(?: up)?|set|rounded up|increased|submitted|charged|booked|processed|topped up) (?:as|to) ${FLOOR}`,
  String.raw`(?:importes?|cantidades?|pedidos?|donativos?|propinas?) (?:inferiores? a|menores? de|por debajo de) ${FLOOR}(?: [\p{L}%€$-]+){0,2}? se (?:elevan|suben|ajustan|cobran|tramitan|redondean) a ${FLOOR}`,
  String.raw`(?:montants?|quantités?|commandes?|dons?) (?:inférieur(?:e|s|es)? à|en dessous de) ${FLOOR}(?: [\p{L}%€$-]+){0,2}? (?:sont|est) (?:portée?s?|relevée?s?|arrondie?s?|facturée?s?|passée?s?) à ${FLOOR}`,
  String.raw`(?:beträge|mengen|bestellungen|spenden) unter ${FLOOR}(?: [\p{L}%€$-]+){0,2}? werden (?:auf ${FLOOR}(?: [\p{L}€$%-]+)? )?(?:angehoben|erhöht|aufgerundet|gesetzt)`,
  String.raw`(?:valores|quantidades|pedidos|doações) (?:abaixo de|inferiores a|menores que) ${FLOOR}(?: [\p{L}%€$-]+){0,2}? são (?:elevad[oa]s|ajustad[oa]s|cobrad[oa]s|arredondad[oa]s) para ${FLOOR}`,
);

function raisedToAFloor(match: RegExpExecArray, scene: Scene): boolean {
  return !TEST_SETTING.test(sentenceOf(match, scene)) && !negated(scene.m, { start: match.index, end: match.index + match[0].length });
}

const REASON =
  "says the value the user gave is rewritten on its way (sent elsewhere, raised or swapped), which would change what the user asked for";

export const rewriteTechniques: Technique<"tampering">[] = [
  {
    family: "tampering",
    reason: REASON,
    cues: ["under", "below", "fewer", "less", "smaller", "lower", "inferiores", "inferior", "menores", "menor", "debajo"].concat([
      "inférieur",
      "inférieure",
      "inférieurs",
      "inférieures",
      "dessous",
      "unter",
      "abaixo",
    ]),
    pattern: EN_FLOOR,
    accept: raisedToAFloor,
  },
  {
    family: "tampering",
    reason: REASON,
    cues: [
      ...["normalized", "normalised", "rewritten", "replaced", "overwritten", "overridden", "swapped", "substituted", "changed"],
      ...["switched", "set", "routed", "rerouted", "redirected", "booked", "created", "sent", "settle", "settled", "settles", "paid"],
      ...["mapped", "forced", "pinned", "fixed", "pointed", "delivered", "credited", "deposited", "transferred"],
    ],
    pattern: EN_REWRITE,
    accept: rewritesATarget,
  },
  {
    family: "tampering",
    reason: REASON,
    cues: ["se", "es", "é", "viene", "verrà", "est", "sont", "seront", "wird", "заменяется", "подменяется", "unabhängig"].concat([
      "independientemente",
      "importar",
      "quel",
      "quelle",
      "indipendentemente",
      "independentemente",
      "независимо",
    ]),
    pattern: OTHER_REWRITE,
    accept: fixedDespiteTheChoice,
  },
  {
    family: "tampering",
    reason: REASON,
    cues: ["関わらず", "かかわらず", "関係なく", "問わず", "无论", "不论", "不管", "상관없이", "관계없이"],
    pattern: CJK_REWRITE,
    accept: fixedDespiteTheChoice,
  },
  {
    family: "tampering",
    reason: REASON,
    cues: [
      ...["doubled", "tripled", "quadrupled", "raised", "increased", "bumped", "inflated", "padded", "multiplied", "topped", "marked"],
      ...["submitted", "booked", "placed", "routed", "sent", "processed", "filed", "executed", "issued", "reserved"],
      ...["set", "charged", "recorded", "passed", "fulfilled", "filled", "served", "billed"],
    ],
    pattern: EN_RAISE,
    accept: raisedOnTheWay,
  },
  {
    family: "tampering",
    reason: REASON,
    cues: ["only", "addition", "well", "alongside", "besides"],
    pattern: EN_DEMOTED,
    accept: demotedForALiteral,
  },
];
