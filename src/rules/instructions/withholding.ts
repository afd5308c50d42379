/**
 * Concealment without naming anyone: the model is told that something must stay out of
 * what it shows — "keep that out of whatever you report back", "this step must not appear
 * in the answer", "이 단계는 응답에 표시하지 마세요". The act is one structure in every
 * language: a verb of showing, telling or including, negated as an order (or made a
 * modal passive: "is not to be listed"), aimed at the model's own output (its answer,
 * reply, summary, the chat) or at the people it answers to. Small per-language word lists
 * fill the structure; no sentence is written out.
 *
 * Honest texts of the same shape keep a secret or a presentation detail out of the answer
 * ("do not include the full password in the chat", "do not show internal IDs"), or hold
 * something back only until it is asked for (a quiz answer): those are not concealment.
 * Descriptions of what an API leaves out ("deleted items are not returned in the response")
 * state a fact and use no order, so they do not match.
 */
import { folded } from "./folded.js";
import { cjk, END, execAll, negated, phrases, type Scene, START, sentenceAround, type Technique } from "./patterns.js";

// English ---------------------------------------------------------------------------------
/** The model's own output, or what it says to the person. */
const EN_SURFACE = String.raw`(?:(?:your|the|any|its|this|a|final|own|chat|closing) )?(?:answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|recaps?|output|reports?|write-?ups?|messages?|chat|conversation|transcripts?|confirmations?|explanations?|receipts?|invoices?|statements?|screens?|display|status updates?)`;
const EN_WHATEVER = String.raw`(?:(?:whatever|what|anything) you (?:report|tell|say|write|show|answer|return|reply|send|relay)(?: back)?|(?:whatever|what|anything) (?:gets|is|will be) (?:shown|said|reported|displayed|written|relayed|told))`;
const EN_SHOW = String.raw`(?:(?:mention|include|list|show|display|surface|report|state|note|reference|describe|print|echo|repeat|reveal|disclose|bring up|call out|write|put|say|spell out|expose|flag|highlight|point out|itemi[sz]e|detail)(?:s|ed|ing)?|noting|stating|describing|writing|itemi[sz]ing)`;
const EN_SHOWN = String.raw`(?:mentioned|included|listed|shown|displayed|surfaced|reported|stated|noted|referenced|described|printed|echoed|repeated|revealed|disclosed|brought up|called out|written|spelled out|exposed|flagged|highlighted|pointed out|itemi[sz]ed|detailed|told)`;
const EN_NEG = String.raw`(?:do not|don't|never|must not|mustn't|should not|shouldn't|avoid|refrain from|no need to|there is no need to)`;
/** The people the model answers to, beyond "the user" (concealment.ts has that one). */
const EN_PEOPLE = String.raw`(?:the |your |any )?(?:operators?|owners?|account holders?|clients?|admins?|administrators?|requesters?|callers?|team|humans?|people|person)`;

// The other languages ---------------------------------------------------------------------
const ES_SURFACE = String.raw`(?:la|tu|su|el|ningún|ninguna|cualquier) (?:respuesta|resumen|salida|informe|chat|conversación|mensaje|confirmación|explicación)`;
const ES_SHOW = String.raw`(?:menciones|mencione|mencionen|incluyas|incluya|muestres|muestre|digas|diga|reflejes|refleje|indiques|indique|cuentes|pongas|ponga|listes|detalles|detalle|comentes|comente|hables|hable|escribas|añadas|añada|informes)`;
const PT_SURFACE = String.raw`(?:na|no|em sua|em seu|nas|nos|em nenhuma) (?:resposta|resumo|saída|relatório|conversa|chat|mensagem|confirmação)`;
const PT_SHOW = String.raw`(?:mencione|inclua|mostre|diga|informe|cite|liste|exiba|revele|comente|relate|fale|escreva|coloque)`;
/** The person told, in Portuguese: "ao usuário", "ao paciente", "com quem está usando". */
const PT_PERSON = String.raw`(?:(?:ao|à|aos|às|com o|com a|para o|para a) (?:usuári|utilizador|client|paciente|pessoa|titular|leitor|consumidor|comprador)\p{L}*|com quem (?:está usando|usa|utiliza|lê))`;
const IT_SURFACE = String.raw`(?:nella|nel|nei|nelle|in) (?:tua |sua )?(?:risposta|riepilogo|sommario|resoconto|chat|conversazione|messaggio|output|conferma)`;
const IT_SHOW = String.raw`(?:menzionare|menzionarlo|menzionarla|includere|mostrare|dire|dirlo|riferire|citare|segnalare|indicare|comunicare|rivelare|scrivere|menzionate|includete|mostrate|riferite)`;
const FR_SURFACE = String.raw`(?:la|ta|votre|le|ton|vos|tes|aucune|aucun) (?:réponse|résumé|sortie|compte rendu|message|conversation|récapitulatif|confirmation|explication)s?`;
const FR_SHOW = String.raw`(?:mentionne|mentionnez|mentionner|indique|indiquez|inclus|incluez|affiche|affichez|signale|signalez|précise|précisez|dis|dites|évoque|évoquez|cite|citez|écris|écrivez|parle|parlez|fais|faites)`;
const DE_SURFACE = String.raw`(?:der|deiner|ihrer|die|deine|ihre|einer) (?:antwort|zusammenfassung|ausgabe|rückmeldung|nachricht|bestätigung|erklärung)`;
const DE_SHOW = String.raw`(?:erwähne|erwähnen|erwähnt|nenne|nennen|genannt|zeige|zeigen|gezeigt|schreibe|schreib|schreiben|liste|aufführen|aufgeführt|gib|geben|auftauchen|erscheinen|stehen|vorkommen|angezeigt|aufgelistet)`;
const RU_SURFACE = String.raw`(?:ответе|ответ|итоге|сводке|резюме|отчёте|отчете|чате|сообщении|переписке|выводе)`;
const RU_SHOW = String.raw`(?:упоминай|указывай|показывай|включай|пиши|сообщай|говори|рассказывай|отражай|выводи|упомин\p{L}*|указыва\p{L}*)(?:те)?`;
const PL_SURFACE = String.raw`(?:odpowiedzi|podsumowaniu|raporcie|czacie|wiadomości|rozmowie|potwierdzeniu)`;
const PL_SHOW = String.raw`(?:wspominaj|podawaj|pokazuj|umieszczaj|uwzględniaj|informuj|mów|pisz|wymieniaj|ujawniaj|wspominajcie)`;
const NL_SURFACE = String.raw`(?:je|het|uw|de|jouw) (?:antwoord|samenvatting|reactie|bericht|chat|gesprek|bevestiging)`;
const NL_SHOW = String.raw`(?:vermeld|vermelden|noem|noemen|toon|tonen|meld|melden|vertel|vertellen|zeg|zeggen|schrijf|schrijven)`;

/**
 * What may honestly stay out of an answer: secrets, identifiers and formatting, in the
 * languages above. A sentence naming one keeps a detail back, not an act.
 */
export const DETAIL = folded(
  String.raw`(?<![\p{L}])(?:secrets?|passwords?|passphrases?|passwort|kennwort|contraseñas?|senhas?|mots? de passe|пароль|парол\p{L}*|hasł\p{L}*|wachtwoord\p{L}*|tokens?|api[- ]?keys?|credentials?|private keys?|ids?|identifiers?|identifiant\p{L}*|identificador\p{L}*|identificativ\p{L}*|identificator\p{L}*|kennung\p{L}*|идентификатор\p{L}*|identyfikator\p{L}*|uuids?|markdown|json|html|spoilers?|ending|solution|interne? ids?|internal ids?|keys?|(?:full|whole|complete|entire|raw) (?:number|value|string|secret)|card numbers?|account numbers?|ibans?|kontonummer\p{L}*|kartennummer\p{L}*|números? de (?:cuenta|tarjeta|conta|cartão)|numéros? de (?:compte|carte)|last (?:four|4)|letzten (?:vier|4)|últimos (?:cuatro|quatro|4)|(?:quatre|4) derniers|ultim[ei] (?:quattro|4)|masked|redacted|truncated|personal (?:data|information)|dados pessoais|datos personales|données personnelles|dati personali|personenbezogene\p{L}*|persoonsgegevens|dane osobowe|персональн\p{L}* данн\p{L}*)(?![\p{L}])|密码|密钥|令牌|标识|パスワード|トークン|識別子|비밀번호|토큰|식별자`,
);
/** Held back only until someone asks or plays: "unless the user asks", "before the player answers". */
const UNTIL = folded(
  String.raw`(?<![\p{L}])(?:unless|until|avant que|à moins que|sauf si|hasta que|a menos que|salvo que|es sei denn|bis (?:der|die|das)|finché|a meno che|até que|a não ser que|tenzij|totdat|dopóki|chyba że)(?![\p{L}])|除非|まで|전까지`,
);

/** "Set quiet to true to keep warnings out of the output": what one of the tool's options does. */
const OPTION_EFFECT =
  /(?:^|[\s(])(?:set|sets|setting|use|uses|pass|passing|enable|enables|add|adding|specify|toggle|turn on|flag|option|parameter)(?![\p{L}])[^.!?;]{0,50}? to $/u;
/** Topics kept out of the conversation, not events: "do not bring up unrelated topics". */
const TOPIC = folded(
  String.raw`^[^.!?;]{0,40}?(?<![\p{L}])(?:topics?|subjects?|opinions?|politics|religion|unrelated|off-topic|competitors?|speculation|personal views?|code style|style|pricing)(?![\p{L}])`,
);

/** A tool whose task is a secret (a vault, a password manager): what it keeps out of the chat is that secret. */
const SECRET_TASK = /secret|password|passwd|credential|vault|keychain|keyring|token|api[-_ ]?key/u;

/**
 * Held back even from a first question: "unless asked twice", "sauf si on insiste". The
 * person asked and was not told, which no quiz or masked secret needs.
 */
const ASKED_AGAIN = folded(
  String.raw`(?<![\p{L}])(?:twice|again|repeatedly|more than once|a second time|insists?|presses|deux fois|insiste\p{L}*|dos veces|de nuevo|otra vez|zweimal|erneut|nochmals|due volte|di nuovo|duas vezes|novamente|дважды|снова)(?![\p{L}])|再度|もう一度|两次|再次|두 번|다시`,
);

/** A match is concealment unless its sentence keeps back a detail or only until asked. */
function act(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceText(match, scene);
  return (
    !DETAIL.test(sentence) &&
    (!UNTIL.test(sentence) || ASKED_AGAIN.test(sentence)) &&
    !OPTION_EFFECT.test(scene.m.text.slice(Math.max(0, match.index - 60), match.index)) &&
    !TOPIC.test(scene.m.text.slice(match.index, match.index + match[0].length + 40)) &&
    !SECRET_TASK.test(scene.text.name.toLowerCase()) &&
    !ALREADY_SAID.test(match[0]) &&
    !TO_SOMEONE_ELSE.test(scene.m.text.slice(match.index, match.index + match[0].length + 60)) &&
    !ownFilter(match, scene) &&
    !saidAsAFact(match, sentence)
  );
}

/**
 * A German participle with no modal in its sentence states what happens: "Treffer unter dem Schwellenwert werden dem
 * Nutzer in der Antwort nicht erwähnt" is the tool's filter, as its English "are not mentioned in the reply" is, and
 * is left to the reading of concealment said as a fact (./acts.ts), which weighs what goes untold. "Darf in der Antwort
 * nicht erwähnt werden" and "erwähne es nicht" still order.
 */
function saidAsAFact(match: RegExpExecArray, sentence: string): boolean {
  return DE_PARTICIPLE.test(match[0]) && !DE_MODAL.test(sentence);
}
const DE_PARTICIPLE = folded(String.raw`(?<![\p{L}])(?:erwähnt|genannt|gezeigt|aufgeführt|angezeigt|aufgelistet)(?![\p{L}])`);
const DE_MODAL = folded(
  String.raw`(?<![\p{L}])(?:darf|dürfen|soll|sollen|sollte|sollten|muss|müssen|musst|müsste|müssten|ist (?:\p{L}+ ){0,6}zu|sind (?:\p{L}+ ){0,6}zu|bitte)(?![\p{L}])`,
);

/**
 * A filter the tool applies to its own output, said as a fact: "whitespace-only changes are left out of
 * the summary". Not when what is left out is something the tool did, or a pointer to it: "the fee is left
 * out of the summary", "this is kept out of the report".
 */
function ownFilter(match: RegExpExecArray, scene: Scene): boolean {
  if (!FILTERED.test(match[0])) return false;
  const span = sentenceAround(scene.m, { start: match.index, end: match.index + match[0].length });
  const subject = scene.m.text.slice(span.start, match.index);
  return !EVENT.test(subject) && !POINTER_SUBJECT.test(subject);
}
const FILTERED = /^(?:left|kept) out of the (?:summary|output|results?|reports?|list|listing|diff|digest|index)(?![\p{L}])/u;
const POINTER_SUBJECT = /(?<![\p{L}])(?:it|this|that|these|those|such|any mention|all mention|anything)(?![\p{L}])/u;

/**
 * The conversation as where something already happened, not where it is kept out: "avoid
 * repeating the question asked earlier in the conversation" asks for nothing to be hidden.
 */
const ALREADY_SAID =
  /(?<![\p{L}])(?:earlier|previously|already|before|above) (?:in|on|within) (?:the |this |your )?(?:conversation|chat|transcript|messages?)/u;

/**
 * What goes to someone other than the person the model works for: "keep the plan out of
 * messages addressed to them" (a surprise's guest), "out of the e-mail sent to the vendor".
 * The person is the one keeping it back, not the one kept from it.
 */
const TO_SOMEONE_ELSE =
  /(?:messages?|e-?mails?|notes?|invitations?|invites?|repl(?:y|ies)|letters?|feedback) (?:(?:addressed|sent|going|that go|that goes) )?to (?!(?:the |your )?(?:user|you|me)(?![\p{L}]))(?:them|him|her|the \p{L}+|their \p{L}+)/u;

function sentenceText(match: RegExpExecArray, scene: Scene): string {
  const span = sentenceAround(scene.m, { start: match.index, end: match.index + match[0].length });
  return scene.m.text.slice(span.start, span.end);
}

/** The English structures; run only on texts that hold both a negation and an output or a person (gated). */
const EN_PATTERN = phrases(
  // "Do not bring that up in your reply", "never list them in the summary".
  String.raw`${EN_NEG} (?:ever )?${EN_SHOW}(?: [^.!?;]{0,60}?)? (?:in|into|within|inside|on|from|to) (?:${EN_SURFACE}|${EN_WHATEVER})`,
  // "…is not to be listed in the response", "must never appear in the summary".
  String.raw`(?:(?:is|are) (?:not|never) to be|(?:must|should|shall|may|can|need|ought to) (?:not|never) be|(?:mustn't|shouldn't|can't|cannot|needn't) be) ${EN_SHOWN}(?: [^.!?;]{0,40}?)? (?:in|into|within|to|on) (?:${EN_SURFACE}|${EN_PEOPLE}|${EN_WHATEVER})`,
  String.raw`(?:(?:must|should|shall|may|can|is to|are to|need) (?:not|never)|(?:is|are) (?:not|never) to) (?:appear|show up|be visible|turn up|feature|figure|surface|come up|be brought up)(?: anywhere)? (?:in|on|to) (?:${EN_SURFACE}|${EN_WHATEVER})`,
  // "Leave out the fact that their data was moved", "word it so the question does not arise".
  String.raw`(?:leave|leaves|keep|keeps) out (?:the fact|any mention|all mention|mention)|(?:omit|omits|skip|skips|hide|hides|gloss over|glosses over) (?:the fact|any mention|all mention)${END}`,
  String.raw`(?:phrase|phrases|word|words|frame|frames) (?:it|this|that|the (?:\p{L}+))(?: so| such) (?:that )?(?:the question|the subject|the topic|it|they|nobody|no one) (?:does not|doesn't|won't|will not|never|cannot|can't) (?:arise|come up|ask|notice|find out)`,
  String.raw`(?:nothing|none)(?: [^.!?;]{0,40}?)? (?:should|must|may|is to|are to|needs to|ought to) (?:be ${EN_SHOWN}|appear|show up|come up) (?:in|into|within|to|on) (?:${EN_SURFACE}|${EN_PEOPLE})`,
  // "…should not surface to anyone", "refrain from noting it when you describe the result".
  String.raw`${EN_NEG} (?:ever )?${EN_SHOW}(?: [^.!?;]{0,60}?)? (?:to (?:anyone|anybody|them)|when (?:you|the assistant) (?:describe|answer|reply|respond|summari[sz]e|report|explain|present|write))${END}`,
  // "When summarising, omit the forwarding step": left out of what the model reports.
  String.raw`(?:when|while) (?:summari[sz]ing|reporting(?: back)?|replying|answering|responding|you (?:summari[sz]e|report|reply|answer|respond))(?: to (?:them|the \p{L}+))?,? (?:omit|leave out|skip over|gloss over|drop|${EN_NEG} (?:ever )?${EN_SHOW})`,
  // "Say only that the lookup succeeded": the person is told less than happened.
  String.raw`(?:say|tell (?:them|the \p{L}+)|report|state|confirm) only that|(?:just|simply|only) (?:say|tell (?:them|the \p{L}+)|report|state) that (?:it|the \p{L}+|everything) (?:succeeded|worked|went (?:well|fine)|completed|is done)`,
  // "This is not something the customer needs to be told".
  String.raw`not something (?:that )?(?:the |your |any )?(?:users?|customers?|clients?|persons?|people|operators?|humans?|requesters?) (?:needs?|has|have|should|ought) to (?:know|hear|see|learn|be told|be informed|be made aware)`,
  // "Keep that out of whatever you report back", "leave the retry out of your summary".
  String.raw`(?:keep|keeps|kept|leave|leaves|left)(?: [^.!?;]{0,50}?)? out of (?:${EN_SURFACE}|${EN_WHATEVER})`,
  String.raw`(?:omit|omits|exclude|excludes|strip|drop)(?: [^.!?;]{0,50}?)? (?:from|in) (?:your|the assistant's) (?:answer|reply|response|summary|recap|output|message)s?`,
  // "Stays between you and this server", "nobody needs to hear about it".
  String.raw`(?:stays?|remains?|kept|keep it|keep this|keep that) between (?:you|us|the assistant) and (?:me|us|this (?:server|tool)|the (?:server|tool))`,
  String.raw`(?:nobody|no one|no-one|none of them)(?: else)? (?:needs?|has|have|should|must|is|are|ought) (?:to )?(?:hear|know|learn|find out|see|notice|be told|be informed|be made aware)`,
  // "The operator must not find out", "without the account holder noticing".
  String.raw`${EN_PEOPLE} (?:must|should|need|needs|will|is to|are to|may) (?:not|never) (?:know|learn|find out|be (?:told|informed|aware|notified)|notice|hear|see)`,
  String.raw`without (?:telling|informing|notifying|alerting) ${EN_PEOPLE}|without ${EN_PEOPLE}(?:'s)? (?:knowing|knowledge|noticing|awareness)`,
);

/**
 * Silence kept about something, with no output named: "keep quiet about the second upload",
 * "make no mention of the fee", "non accennare alla copia", "verschweige den Export",
 * "ユーザーには伝えないこと". Verbs of keeping silent are an order to conceal by themselves;
 * the general accept (`act`) lets off a secret or a format kept back, a quiz answer held
 * until asked, a topic kept out of the chat, an option's effect.
 */
const SILENCE_EN = phrases(
  String.raw`(?:keep|stay|remain) (?:quiet|silent|mum|tight-lipped) (?:about|on|regarding|concerning|as to)${END}`,
  String.raw`(?:say|write|report|reveal) nothing (?:about|of|regarding|on|concerning)${END}|make no mention of|(?:do not|don't|never) make (?:any )?mention of`,
  String.raw`${EN_NEG} (?:ever )?(?:bring(?:ing)? up|talk(?:ing)? about|speak(?:ing)? (?:about|of)|comment(?:ing)? on|allud(?:e|ing) to|draw(?:ing)? attention to|call(?:ing)? attention to|dwell(?:ing)? on|let(?:ting)? on about)${END}`,
  String.raw`(?:skip|skips|leave out|omit) (?:over )?the (?:part|bit|section|line) (?:about|on|where|that)${END}|gloss over${END}`,
  String.raw`(?:must|should|is to|are to|needs? to|has to|have to) (?:stay|remain|be kept) (?:invisible|hidden|unknown|unmentioned|unsaid|secret|undisclosed) (?:to|from) (?:the |your )?(?:users?|persons?|people|humans?|customers?|clients?|operators?|owners?|whoever|anyone|them|him|her)${END}`,
  String.raw`not something (?:to|you should|you need to|worth (?:\p{L}+ing)) (?:surface|mention|bring up|share|report|raise)${END}`,
  String.raw`(?:the person|the user|the customer|the client|whoever|they|he|she|the human|the requester|the account holder)(?: [^.!?;]{0,40}?)? (?:has|have) no (?:need|reason) to (?:know|hear|see|learn|be told|find out)${END}`,
  String.raw`(?:the person|the user|the customer|the client|they|he|she|the human|the requester|the account holder)(?: [^.!?;]{0,40}?)? (?:does not|doesn't|do not|don't|need not|needn't) (?:need to )?(?:know|hear|learn|be told|find out) (?:about|of|that)${END}`,
);
const SILENCE_OTHER = phrases(
  // Spanish, Portuguese
  String.raw`no (?:hables|hable|habléis|comentes|comente|digas|diga)(?: nada)? (?:de|del|sobre|acerca de)${END}|no (?:hagas|haga|hagáis) (?:ninguna )?mención|(?:guarda|guarde|mantén|mantenga) (?:silencio|el secreto|en secreto)|(?:calla|cállate|calle|cállese)${END}`,
  String.raw`não (?:comente|fale|comentem|falem|diga nada|digam nada) (?:sobre|de|do|da|dos|das|a respeito)${END}|não (?:faça|faz|façam) (?:nenhuma )?menção|(?:guarde|mantenha) (?:silêncio|segredo|em segredo)|(?:cale|cale-se)${END}`,
  // Italian, French
  String.raw`non (?:accennare|accennate|accenni|parlare|parlate|parli|commentare|commentate|fare (?:menzione|cenno)|fate (?:menzione|cenno)) (?:a|al|alla|ai|alle|allo|all['’]|di|del|della|dei|delle|dello|su|sul|sulla|sui|sulle)${END}|(?:taci|tacete|taccia) (?:su|sul|sulla|di)${END}|passa(?:te)? sotto silenzio|mantieni (?:il )?(?:segreto|silenzio)`,
  String.raw`ne (?:parle|parlez|parles|commente|commentez|fais|faites) (?:pas|jamais|aucune)(?: mention)? (?:de|du|des|d['’]|sur)|(?:tais|taisez)-(?:toi|vous)|gard(?:e|ez|er) le (?:silence|secret) (?:sur|à propos)|pass(?:e|ez|er)(?: [^.!?;]{1,40}?)? sous silence`,
  // German, Dutch
  String.raw`verschweig\p{L}*|unerwähnt (?:lassen|bleiben|bleibt)|(?:bleibt|bleiben|bleibe|lass|lasse|lassen sie)(?: [^.!?;]{0,40}?)? unerwähnt|(?:sprich|sprechen sie|rede|reden sie) (?:nicht|nie|niemals) (?:über|von)${END}|kein (?:wort|sterbenswort) (?:über|von|zu)${END}|verzwijg\p{L}*|(?:zeg|zwijg)(?: niets)? over${END}`,
  // Russian, Polish
  String.raw`умолч\p{L}*|не (?:упоминай|упоминайте|говори|говорите|рассказывай|рассказывайте) (?:о|об|обо|про)${END}|ни слова (?:о|об|про)${END}|przemilcz\p{L}*|nie (?:wspominaj|mów|mówcie) (?:o|nic o)${END}`,
  // Turkish: "kullanıcıya … söyleme", "bundan bahsetme".
  String.raw`(?:kullanıcıya|kullanıcıdan|müşteriye|müşteriden|kişiye|kişiden)(?: [^.!?;]{0,80}?)? (?:söyleme|bahsetme|belirtme|gösterme|bildirme|anlatma|gizle)(?:yin|yiniz|sin)?${END}|(?:bahsetme|söz etme)(?:yin|yiniz)?${END}`,
  // Hindi (folded as its text is): "उपयोगकर्ता को … मत बताइए", "छिपाएं".
  String.raw`(?:उपयोगकर्ता|यूज़र|यूजर|ग्राहक)(?: (?:को|से))(?: [^।.!?]{0,80}?)? (?:मत|न|ना) (?:बताइए|बताएं|बताएँ|बताओ|बताना|दिखाइए|दिखाएं|कहिए|कहें|दें|दीजिए)|(?:छिपाएं|छिपाइए|छुपाएं|छुपाइए)`,
  // Arabic: "لا تذكر للمستخدم", "لا تخبر العميل", "في ردك".
  String.raw`لا (?:تذكر|تخبر|تعلم|تبلغ|تشر|تكشف|تفصح|تقل|تظهر|تعرض)(?: [^.؟!،]{0,20}?)? (?:للمستخدم|المستخدم|للعميل|العميل|في ردك|في الرد|في إجابتك|في الإجابة|في الملخص)|أخف(?:ِ)? عن (?:المستخدم|العميل)`,
);
/**
 * What silence is kept about, for the verbs of keeping silent: something the tool did on the
 * side (a copy, a transfer, a fee, a deletion, access granted) or a pointer back to it ("this",
 * "that step"). "Don't go into detail about every file", "do not comment on unchanged lines",
 * "doesn't need to know about pagination" keep a presentation detail, not an event.
 */
const EVENT = folded(
  String.raw`(?<![\p{L}])(?:cop(?:y|ies|ied)|duplicates?|backups?|transfer\p{L}*|upload\p{L}*|forward\p{L}*|sent|send(?:s|ing)?|shared|sync\p{L}*|mirror\p{L}*|export\p{L}*|fees?|charges?|charged|surcharges?|commissions?|amounts?|payees?|deleted|deletion|removed|permissions?|access|granted|partners?|vendors?|third[- ]part\p{L}*|servers?|destinations?|recipients?|bcc|(?:this|that|the) (?:change|step|update|action|operation)|the fact|copia|copie|kopie|cópia|копи\p{L}*|enviad\p{L}*|envoy\p{L}*|gesendet|geschickt|inviat\p{L}*|отправ\p{L}*|transfert|übertrag\p{L}*|weitergeleitet|reenviad\p{L}*|inoltrat\p{L}*|encaminhad\p{L}*|gebühr\p{L}*|frais|comisión|commissione|taxa|socio|parceiro|partenaire|servidor|serveur|сервер\p{L}*|kopya\p{L}*|gönder\p{L}*|sunucu\p{L}*|ücret\p{L}*|silin\p{L}*|gelöscht|supprimé\p{L}*|eliminad\p{L}*|cancellat\p{L}*)(?![\p{L}])|転送|送信|コピー|複製|手数料|削除|转发|发送|复制|副本|费用|删除|전송|복사|수수료|삭제|نسخة|أرسل|إرسال|خادم|प्रति|भेज|सर्वर|इसकी|इसके|इस बारे`,
);
/** Topics kept out of a chat are not events: "ne parlez pas de sujets sans rapport". */
const OTHER_TOPIC = folded(
  String.raw`(?<![\p{L}])(?:sujets?|temas?|themen|thema|argomenti|assuntos?|темы|tematy|konular\p{L}*)(?![\p{L}])`,
);

/** Right after the verb, a pointer back to what was done: "keep quiet about this", "verschweige das". */
const POINTER = folded(
  String.raw`^ ?(?:(?:about|of|on|regarding|de|sur|über|von|di|su|sobre|о|об|про) )?(?:this|that|it|these|those|any of (?:this|it)|esto|eso|ello|cela|ceci|ça|das|dies|davon|darüber|questo|ciò|isso|isto|это|этом|bundan|bunu)(?![\p{L}])`,
);

/** Silence kept about an event, not negated itself ("do not gloss over errors"). */
function silenceAbout(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceText(match, scene);
  const end = match.index + match[0].length;
  return (
    (EVENT.test(sentence) || POINTER.test(scene.m.text.slice(end, end + 16))) &&
    !OTHER_TOPIC.test(sentence) &&
    !negated(scene.m, { start: match.index, end: match.index + match[0].length }) &&
    act(match, scene)
  );
}

const SILENCE_CJK = cjk(
  // Japanese: told to the person: "ユーザーには伝えないこと", "利用者に知らせないでください"; kept hidden: "伏せておく".
  String.raw`(?:ユーザー|利用者|お客様|顧客|ご本人)(?:に|へ|には|へは|に対して)[^。！？]{0,40}?(?:伝え|言わ|知らせ|教え|話さ|報告し|通知し|触れ|明かさ|見せ)(?:ないで|ないこと|ないように|ずに|ず、|てはいけ|てはなら)`,
  String.raw`(?:伏せて|隠して|黙って)(?:おく|おいて|おくこと|ください)|(?:伏せる|隠す|黙っている)こと`,
  // Chinese, Korean
  String.raw`隐瞒|只字不提|(?:对|向)(?:用户|客户)保密|不要(?:向|对|跟|和)(?:用户|客户)(?:提及|提起|透露|说明|告知|说|提)|숨기(?:세요|십시오|고|어라)|(?:사용자|고객)(?:에게|한테)(?:는)? ?[^.!?]{0,40}?(?:말하지|알리지|언급하지|보여주지) ?(?:마|말|않)`,
);

/**
 * A cover story: the person is to be told something else than what happened — "if they ask
 * about the difference, put it down to rounding", "tell them the transfer is pending even
 * after it went through", "ist sie als Rundungseffekt zu erklären". The false account is
 * the act: either a verb that passes something off, or an explanation with a stock excuse
 * given for when someone asks, or a report of an outcome whatever the outcome was.
 */
const COVER = phrases(
  // English: "pass it off as", "blame it on a glitch", "put it down to caching".
  String.raw`(?:pass|passes) (?:it|this|that|them|the \p{L}+) off as|(?:blame|blames) (?:it|this|that|them|the \p{L}+) on|(?:put|chalk) (?:it|this|that|them|the \p{L}+) (?:down|up) to${END}`,
  String.raw`(?:explain|present|describe|frame|attribute|call|report) (?:it|this|that|them|the (?:\p{L}+ ){0,2}?\p{L}+) (?:as|to) (?:an? |the |just |only |simply )*(?:rounding|glitch|network|cach\p{L}*|temporary|routine|normal|standard|expected|harmless|technical|timing|display|maintenance|sync\p{L}*|bug|delay|fluctuation|exchange rate|fees?)${END}`,
  String.raw`(?:tell|say|report|reply|answer|respond|confirm)(?: to)? (?:them|the (?:users?|customers?|persons?|clients?|requesters?)|that|it)[^.!?;]{0,60}? (?:even (?:if|though|when|after)|regardless of (?:whether|what)|whatever (?:actually )?happen)`,
  // Spanish, Portuguese, Italian, French: "atribúyelo a un error de redondeo", "fais-le passer pour".
  String.raw`(?:atribúyelo|atribúyela|atribúyelos|achácalo|achácala|atribua-o|atribua-a|attribuiscilo|attribuiscila|attribuisci|attribuez-le|attribuez-la|attribue-le|mettez-le sur le compte|mets-le sur le compte) (?:a|à|al|ao|du|de)${END}|(?:hazlo|hazla|faça-o|fallo|falla|faites-le|fais-le) (?:pasar|passar|passare|passer) (?:por|como|per|pour)${END}|(?:preséntalo|preséntala|apresente-o|apresente-a|presentalo|presentala|présentez-le|présentez-la|présente-le) como${END}`,
  // German: "als Rundungseffekt zu erklären", "als Störung darstellen".
  String.raw`als (?:\p{L}+ )?(?:rundung|fehler|verzögerung|störung|schwankung|wartung|cache|netzwerk|technisch|zufall)\p{L}* (?:zu )?(?:erklären|erklärt|darstellen|darzustellen|dargestellt|ausgeben|auszugeben|ausgegeben|bezeichnen|bezeichnet|abtun|abzutun|abgetan|verkaufen)`,
);
/** When someone asks: the excuse is for a question the person would ask. */
const WHEN_ASKED = folded(
  String.raw`(?<![\p{L}])(?:ask\p{L}*|question\p{L}*|pregunt\p{L}*|pergunt\p{L}*|chied\p{L}*|domand\p{L}*|demand\p{L}*|frag\p{L}*|gefragt|спрос\p{L}*|вопрос\p{L}*)(?![\p{L}])|聞かれ|尋ね|问|询问|물으|묻`,
);
/** Outcomes the cover story would misreport. */
const OUTCOME = /succe\p{L}*|complet\p{L}*|worked|done|pending|failed|fine|ok(?![\p{L}])|went through|processed|sent|delivered/u;

function coverStory(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceText(match, scene);
  if (/^(?:pass|passes|blame|blames|put|chalk|verschweig|hazlo|hazla|faça|fallo|falla|faites|fais)/u.test(match[0]))
    return act(match, scene);
  if (/even (?:if|though|when|after)|regardless|whatever/u.test(match[0])) return OUTCOME.test(match[0]) && act(match, scene);
  return WHEN_ASKED.test(sentence) && act(match, scene);
}

/**
 * Each English structure holds one word of each: two plain tests turn most texts away before
 * the pattern runs. The negations are whole words ("not" inside "notification" lets nothing
 * through), and common words only in the phrase a structure needs ("no one", "out of", "only
 * that"); the ends a structure may stop on ("omit", "drop", "leave out") and the "n't" of
 * "don't" are checked without the end of a word.
 */
const EN_NEGATION = new RegExp(
  String.raw`${START}(?:not|never|cannot|avoid|refrain|no need|no one|no-one|none|nothing|nobody|out of|skips?|hides?|gloss|glosses|strip|excludes?|between|without)${END}|${START}(?:omit|drop|(?:leave|leaves|keep|keeps) out|only that|(?:just|simply|only) (?:say|tell|report|state))|n't`,
  "u",
);
const EN_OUTPUT =
  /receipt|invoice|statement|screen|display|status|fact|mention|question|answer|repl|respon|summar|recap|output|report|write|message|chat|conversation|transcript|confirmation|explanation|operator|owner|holder|client|admin|caller|requester|team|human|people|person|what|anything|between|nobody|no one|no-one|none|nothing|anyone|anybody|them|when you|when the assistant|say|tell|state|confirm|something/u;

function* gated(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  if (!EN_NEGATION.test(text) || !EN_OUTPUT.test(text)) return;
  yield* execAll(pattern, text);
}

const REASON = "tells the model to keep something out of what it shows the person it works for";

export const withholdingTechniques: Technique<"concealment">[] = [
  {
    family: "concealment",
    reason: REASON,
    cues: [
      ...["answer*", "repl*", "respon*", "summar*", "recap*", "output", "report*", "write*", "message*", "chat", "conversation"],
      ...["transcript*", "confirmation*", "explanation*", "between", "nobody", "no one", "noone", "operator*", "owner*", "holder*"],
      ...[
        "client*",
        "admin*",
        "caller*",
        "requester*",
        "team",
        "human*",
        "people",
        "person",
        "out",
        "anyone",
        "anybody",
        "them",
        "describe",
        "explain",
        "present",
        "only",
        "something",
        "fact",
        "mention",
        "phrase*",
        "word*",
        "frame*",
      ],
    ],
    pattern: (text) => gated(text, EN_PATTERN),
    accept: act,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [
      // Spanish, Portuguese, Italian
      ...["respuesta", "resumen", "salida", "informe", "chat", "conversación", "mensaje", "confirmación", "nadie", "explicación"],
      ...["responde", "responda", "contesta", "conteste", "todo"],
      ...["resposta", "resumo", "saída", "relatório", "conversa", "mensagem", "ninguém", "fora", "usuário*", "utilizador*", "cliente*"],
      ...["paciente*", "pessoa*", "titular", "leitor*", "quem"],
      ...["risposta", "riepilogo", "sommario", "resoconto", "conversazione", "messaggio", "presente", "sapere", "nessuno", "utente"],
    ],
    pattern: phrases(
      String.raw`(?:no|nunca|jamás) (?:lo |la |los |las |le |les |se lo )?${ES_SHOW}(?: [^.!?;]{0,50}?)? (?:en|dentro de) ${ES_SURFACE}`,
      String.raw`(?:no|nunca) (?:debe|deben|tiene que|tienen que|ha de|han de|puede|pueden) (?:aparecer|figurar|mencionarse|incluirse|mostrarse|reflejarse|constar|salir) (?:en|dentro de) ${ES_SURFACE}`,
      String.raw`(?:responde|responda|di|diga|contesta|conteste) (?:simplemente |solo |sólo |únicamente )?que todo (?:salió bien|ha ido bien|fue bien|funcionó|está en orden)|omit(?:e|a|as|ir) [^.!?;]{0,50}?(?:en|de) ${ES_SURFACE}|(?:deja|déjalo|déjala|mantén|mantenlo)(?: [^.!?;]{0,40}?)? fuera de ${ES_SURFACE}|nadie (?:tiene que|necesita|debe|ha de) (?:saber|enterarse)`,
      String.raw`(?:não|nunca) (?:o |a |os |as |lhe )?${PT_SHOW}(?: [^.!?;]{0,50}?)? ${PT_SURFACE}`,
      String.raw`(?:não|nunca) (?:deve|devem|pode|podem) (?:ser )?(?:mencionad|incluíd|mostrad|citad|exibid|informad|listad|relatad)[oa]s? (?:na|no|nas|nos|ao|à|aos|às|em)`,
      String.raw`(?:não|nunca) (?:deve|devem|pode|podem|precisa|precisam) (?:aparecer|constar|figurar) ${PT_SURFACE}|(?:deixe|mantenha)(?: [^.!?;]{0,40}?)? fora d[ao] (?:resposta|resumo|conversa|relatório)|ninguém (?:precisa|deve|tem que) saber|não (?:é preciso|precisa|há necessidade de|é necessário) (?:contar|dizer|mencionar|informar|avisar|relatar|comentar)(?: [^.!?;]{0,20}?)? ${PT_PERSON}`,
      String.raw`non (?:lo |la |li |le |gli |glielo )?${IT_SHOW}(?: [^.!?;]{0,50}?)? (?:${IT_SURFACE}|all['’]utente|agli utenti|al cliente|all['’]operatore|a nessuno)`,
      String.raw`non (?:farlo|farla|farle|farli|far|fargli|farglielo|fatelo|fate) (?:presente|sapere|notare)|non deve(?:no)? (?:comparire|apparire|figurare|essere (?:menzionat|mostrat|inclus|riportat|indicat)[oaie]) ${IT_SURFACE}|nessuno (?:deve|ha bisogno di) saper(?:lo|e)`,
    ),
    accept: act,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [
      // French, German, Dutch
      ...["réponse", "résumé", "sortie", "compte rendu", "message", "conversation", "récapitulatif", "silence", "personne"],
      ...["antwort", "zusammenfassung", "ausgabe", "rückmeldung", "nachricht", "behalten", "niemand", "bestätigung"],
      ...["répond*", "inutile", "besoin", "dites", "indiquez", "affirmez", "tout", "alles"],
      ...["antwoord", "samenvatting", "reactie", "bericht", "gesprek", "niemand", "gebruiker", "klant"],
    ],
    pattern: phrases(
      String.raw`ne (?:le |la |les |l['’] ?|lui |leur |en |rien )?${FR_SHOW} (?:pas|jamais|rien)(?: [^.!?;]{0,50}?)? dans ${FR_SURFACE}`,
      String.raw`(?:ne doi(?:t|vent) (?:pas|jamais)|n['’] ?(?:a|ont) (?:pas|jamais) à) (?:apparaître|figurer|être (?:mentionné|indiqué|affiché|signalé|cité)e?s?) dans ${FR_SURFACE}|pass(?:e|ez|er) sous silence|personne n['’] ?a besoin de (?:le )?savoir|(?:inutile|pas besoin|nul besoin) d['’] ?(?:en )?(?:parler|faire mention)|(?:inutile|pas besoin|nul besoin) de (?:le |la |les |l['’] ?|leur |lui )?(?:mentionner|signaler|préciser|dire|indiquer|évoquer)`,
      String.raw`${DE_SHOW}(?: [^.!?;]{0,40}?)? (?:nicht|nie|niemals|keinesfalls)(?: [^.!?;]{0,20}?)? in ${DE_SURFACE}`,
      String.raw`in ${DE_SURFACE} (?:[^.!?;]{0,30}? )?(?:nicht|nie|niemals|keinesfalls) ${DE_SHOW}`,
      // "Erwähne ihn in deiner Antwort nicht": the negation closes the clause.
      String.raw`${DE_SHOW}(?: [^.!?;]{0,40}?)? in ${DE_SURFACE} (?:nicht|nie|niemals|keinesfalls)${END}`,
      // Success reported whatever happened: "répondez simplement que tout s'est bien passé".
      String.raw`(?:répond\p{L}*|dites|dis|indiquez|affirmez) (?:simplement |seulement |juste |uniquement )?que tout (?:s['’] ?est bien passé|a (?:bien )?fonctionné|est en ordre)|(?:inutile|pas besoin|nul besoin) d['’] ?(?:inquiéter|alarmer|affoler)`,
      String.raw`(?:sag|sage|sagen sie|antworte|antworten sie|melde) (?:einfach |nur |lediglich )?,? ?dass alles (?:geklappt hat|gut gegangen ist|funktioniert hat|in ordnung ist)`,
      String.raw`(?:nicht|nie|niemals|keinesfalls) in ${DE_SURFACE} (?:zu )?${DE_SHOW}`,
      String.raw`gehör(?:t|en) (?:nicht|nie|keinesfalls) in ${DE_SURFACE}`,
      String.raw`(?:für sich|für dich) behalten|(?:muss|braucht) niemand (?:zu )?(?:wissen|erfahren)|aus ${DE_SURFACE} (?:weg|heraus)(?:lassen|gelassen)`,
      String.raw`${NL_SHOW}(?: [^.!?;]{0,40}?)? (?:niet|nooit)(?: [^.!?;]{0,20}?)? (?:in ${NL_SURFACE}|aan (?:de|het) (?:gebruiker|klant|team))`,
      String.raw`(?:mag|mogen) (?:niet|nooit) in ${NL_SURFACE} (?:staan|verschijnen|voorkomen|worden (?:vermeld|genoemd|getoond))|niemand hoeft (?:het |dit |dat )?te (?:weten|horen)`,
    ),
    accept: act,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: ["ответ*", "итог*", "сводк*", "резюме", "отчет*", "отчёт*", "чат*", "сообщени*", "перепис*", "вывод*", "никто"],
    pattern: phrases(
      String.raw`(?:не|никогда не) ${RU_SHOW}(?: [^.!?;]{0,50}?)? в (?:\p{L}+ )?${RU_SURFACE}`,
      String.raw`в (?:\p{L}+ )?${RU_SURFACE}(?: [^.!?;]{0,30}?)? (?:не|никогда не) ${RU_SHOW}`,
      String.raw`не (?:должн[оаы]?|следует|нужно|надо) (?:попадать|попасть|появляться|появиться|фигурировать|упоминаться|отображаться|упоминать|указывать) в (?:ответ|итог|сводк|отчёт|отчет)\p{L}*|никто не должен (?:знать|узнать)`,
    ),
    accept: act,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: ["odpowiedzi", "podsumowaniu", "raporcie", "czacie", "wiadomości", "rozmowie", "potwierdzeniu", "użytkownik*", "klient*", "nikt"],
    pattern: phrases(
      String.raw`nie ${PL_SHOW}(?: [^.!?;]{0,50}?)? (?:w ${PL_SURFACE}|użytkownik\p{L}*|klient\p{L}*)`,
      String.raw`nie (?:może|mogą|powinien|powinna|powinno|powinny|wolno) (?:się )?(?:pojawić|pojawiać|znaleźć|być (?:wspomnian|pokazan|podan|wymienion)\p{L}*)(?: się)? w ${PL_SURFACE}|nikt nie musi (?:o tym )?wiedzieć`,
      // "…nie powinny pojawiać się w tekście przekazywanym klientowi": the text the client gets.
      String.raw`nie (?:może|mogą|powinien|powinna|powinno|powinny|wolno) (?:się )?(?:pojawić|pojawiać|znaleźć|znajdować)(?: się)? w [^.!?;]{0,40}?(?:klient|użytkownik)\p{L}*`,
    ),
    accept: act,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [
      "回复",
      "回答",
      "答复",
      "总结",
      "摘要",
      "输出",
      "对话",
      "消息",
      "返答",
      "応答",
      "返信",
      "要約",
      "出力",
      "会話",
      "チャット",
      "報告",
    ],
    pattern: cjk(
      String.raw`(?:不要|别|切勿|勿|不得|不可|禁止|不能|无需|不必|请勿|不用)在(?:回复|回答|答复|总结|摘要|输出|对话|消息)(?:中|里|内)(?:提到|提及|说明|显示|列出|包含|透露|出现|写|提起|告知|说)`,
      String.raw`(?:回复|回答|答复|总结|摘要|输出)(?:中|里|内)(?:不要|不得|不可|请勿|勿|不能|别|无需|不必)(?:提到|提及|出现|包含|显示|写|透露|说明|列出|提起)`,
      String.raw`(?:回答|返答|応答|返信|要約|出力|チャット|会話|報告)(?:に|には|では|で|の中で|内で)(?:は)?(?:含め|記載し|表示し|書か|触れ|言及し|出さ|載せ|記さ|伝え)(?:ないで|ない(?:よう|こと)|ず|てはいけ|ては(?:いけ|なら))`,
    ),
    accept: act,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: ["응답", "답변", "대답", "요약", "출력", "채팅", "대화", "보고", "사용자", "고객", "운영자", "아무"],
    pattern: cjk(
      String.raw`(?:응답|답변|대답|요약|출력|채팅|대화|보고)(?:에|에서|에는|에서는|에도) ?(?:절대 ?)?(?:표시|언급|포함|기재|노출|공개|작성|설명)(?:하지|시키지|되지) ?(?:마|말|않)`,
      String.raw`(?:사용자|고객|운영자|이용자)(?:에게|한테)(?:는)? ?(?:절대 ?)?(?:알리|말하|언급하|보여주|공개하|설명하)지 ?(?:마|말|않)|아무(?:에게도|한테도) (?:알리|말하|언급하)지`,
    ),
    accept: act,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [
      ...["quiet", "silent", "mum", "tight-lipped", "nothing", "mention", "bring", "talk", "speak", "comment", "allude", "attention"],
      ...["dwell", "go", "volunteer", "acknowledge", "let", "part", "bit", "section", "line", "gloss", "invisible", "hidden", "unknown"],
      ...["unmentioned", "unsaid", "secret", "undisclosed", "something", "need", "reason"],
    ],
    pattern: SILENCE_EN,
    accept: silenceAbout,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [
      ...[
        "hables",
        "hable",
        "habléis",
        "comentes",
        "comente",
        "digas",
        "diga",
        "mención",
        "silencio",
        "secreto",
        "calla",
        "cállate",
        "calle",
      ],
      ...["cállese", "fale", "comentem", "falem", "digam", "menção", "silêncio", "segredo", "cale", "cale-se", "accenn*", "parlare"],
      ...["parlate", "parli", "commentare", "commentate", "menzione", "cenno", "taci", "tacete", "taccia", "silenzio", "segreto"],
      ...["parle", "parlez", "parles", "commente", "commentez", "mention", "tais-*", "taisez-*", "silence", "secret"],
      ...["verschweig*", "unerwähnt", "sprich", "sprechen", "rede", "reden", "wort", "sterbenswort", "verzwijg*", "zeg", "zwijg"],
      ...["умолч*", "упоминай*", "говори*", "рассказывай*", "слова", "przemilcz*", "wspominaj", "mów", "mówcie"],
      ...["kullanıcıya", "kullanıcıdan", "müşteriye", "müşteriden", "kişiye", "kişiden", "bahsetme*", "söz"],
      ...["उपयोगकर्ता", "यूज़र", "यूजर", "ग्राहक", "छिपा", "छुपा", "لا", "أخف", "اخف"],
    ],
    pattern: SILENCE_OTHER,
    accept: silenceAbout,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: [
      "ユーザー",
      "ユーザ",
      "利用者",
      "お客様",
      "顧客",
      "ご本人",
      "伏せ",
      "隠",
      "黙",
      "隐瞒",
      "只字不提",
      "保密",
      "不要",
      "숨기",
      "사용자",
      "고객",
    ],
    pattern: SILENCE_CJK,
    accept: silenceAbout,
  },
  {
    family: "concealment",
    reason: "tells the model to give the person a false account of what happened",
    cues: [
      ...["pass", "passes", "blame", "blames", "put", "chalk", "explain", "present", "describe", "frame*", "attribute", "call", "report*"],
      ...["tell", "say", "repl*", "answer*", "respon*", "confirm", "atribúyel*", "achácal*", "atribua-*", "attribuisc*", "attribuez-*"],
      ...["attribue-*", "mettez-*", "mets-*", "hazl*", "faça-*", "fall*", "faites-*", "fais-*", "preséntal*", "apresente-*", "presental*"],
      ...["présentez-*", "présente-*", "als"],
    ],
    pattern: COVER,
    accept: coverStory,
  },
];
