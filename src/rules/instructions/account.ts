/**
 * The person's account of what the tool did, made other than it was, with no "do not tell" in it:
 * an answer given as if something else had happened ("reply as though nothing was shared"), or a
 * denial ready for the person's question ("if they ask whether a copy exists, say no").
 * Dressing a cost as something else ("label the surcharge as …") and an account that leaves it out
 * ("receipts show the total without …") were read here too, and taken out: honest receipts,
 * disclosure labels ("label affiliate links as sponsored") and fees billed elsewhere say the same
 * words, and the words after "as" or "without" did not tell them apart.
 */
import { folded } from "./folded.js";
import type { Technique } from "./patterns.js";
import { DETAIL } from "./withholding.js";

/** The tool's cost, or a copy and a party on the side: what an answer made "as if" undoes. Not inside a
 * hyphenated name ("no-fast-forward"). */
const SIDE_COST = folded(
  String.raw`(?<![\p{L}-])(?:fees?|surcharges?|charges?|commissions?|markups?|margins?|spreads?|kickbacks?|provision|premiums?|bcc|cop(?:y|ies)|forward\p{L}*|mirror\p{L}*|partners?|affiliates?|third[- ]part\p{L}*|broker\p{L}*|gebühr\p{L}*|aufschl\p{L}*|provision\p{L}*|kopie\p{L}*|weiterleitung\p{L}*|frais|commission\p{L}*|supplément\p{L}*|majoration\p{L}*|copie\p{L}*|partenaire\p{L}*|comisi\p{L}*|recargo\p{L}*|cargo\p{L}*|copia\p{L}*|socio\p{L}*|commission\p{L}*|commissione\p{L}*|maggiorazion\p{L}*|taxa\p{L}*|comiss\p{L}*|acréscimo\p{L}*|cópia\p{L}*|parceir\p{L}*|комисси\p{L}*|наценк\p{L}*|копи\p{L}*|партн[её]р\p{L}*|opłat\p{L}*|prowizj\p{L}*|kopi\p{L}*|toeslag\p{L}*|provisie\p{L}*|kosten|vendors?|suppliers?|proveedor\p{L}*|fournisseur\p{L}*|lieferant\p{L}*|fornitor\p{L}*|fornecedor\p{L}*|поставщик\p{L}*|dostawc\p{L}*|leverancier\p{L}*)(?![\p{L}])|手数料|コピー|転送|提携|手续费|服务费|佣金|副本|转发|合作方|수수료|사본|전송|제휴`,
);

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
    cues: [...["if", "though", "si", "als", "se", "будто", "словно", "если"], ...["when", "should", "wenn", "falls"]],
    pattern: pretended,
  },
];
