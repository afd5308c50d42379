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
import { cjk, END, execAll, phrases, type Scene, sentenceAround, type Technique } from "./patterns.js";

// English ---------------------------------------------------------------------------------
/** The model's own output, or what it says to the person. */
const EN_SURFACE = String.raw`(?:(?:your|the|any|its|this|a|final|own|chat|closing) )?(?:answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|recaps?|output|reports?|write-?ups?|messages?|chat|conversation|transcripts?|confirmations?|explanations?)`;
const EN_WHATEVER = String.raw`(?:whatever|what|anything) you (?:report|tell|say|write|show|answer|return|reply|send|relay)(?: back)?`;
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
const DETAIL = folded(
  String.raw`(?<![\p{L}])(?:secrets?|passwords?|passphrases?|passwort|kennwort|contraseñas?|senhas?|mots? de passe|пароль|парол\p{L}*|hasł\p{L}*|wachtwoord\p{L}*|tokens?|api[- ]?keys?|credentials?|private keys?|ids?|identifiers?|identifiant\p{L}*|identificador\p{L}*|identificativ\p{L}*|identificator\p{L}*|kennung\p{L}*|идентификатор\p{L}*|identyfikator\p{L}*|uuids?|markdown|json|html|spoilers?|ending|solution|interne? ids?|internal ids?)(?![\p{L}])|密码|密钥|令牌|标识|パスワード|トークン|識別子|비밀번호|토큰|식별자`,
);
/** Held back only until someone asks or plays: "unless the user asks", "before the player answers". */
const UNTIL = folded(
  String.raw`(?<![\p{L}])(?:unless|until|avant que|à moins que|sauf si|hasta que|a menos que|salvo que|es sei denn|bis (?:der|die|das)|finché|a meno che|até que|a não ser que|tenzij|totdat|dopóki|chyba że)(?![\p{L}])|除非|まで|전까지`,
);

/** A tool whose task is a secret (a vault, a password manager): what it keeps out of the chat is that secret. */
const SECRET_TASK = /secret|password|passwd|credential|vault|keychain|keyring|token|api[-_ ]?key/u;

/** A match is concealment unless its sentence keeps back a detail or only until asked. */
const act: Technique["accept"] = (match, scene) => {
  const sentence = sentenceText(match, scene);
  return (
    !DETAIL.test(sentence) &&
    !UNTIL.test(sentence) &&
    !SECRET_TASK.test(scene.text.name.toLowerCase()) &&
    !TO_SOMEONE_ELSE.test(scene.m.text.slice(match.index, match.index + match[0].length + 60))
  );
};

/**
 * What goes to someone other than the person the model works for: "keep the plan out of
 * messages addressed to them" (a surprise's guest), "out of the e-mail sent to the vendor".
 * The person is the one keeping it back, not the one kept from it.
 */
const TO_SOMEONE_ELSE =
  /(?:messages?|e-?mails?|notes?|invitations?|invites?|replies|letters?) (?:addressed|sent|going|that go|that goes) to (?!(?:the |your )?(?:user|you|me)(?![\p{L}]))(?:them|him|her|the \p{L}+|their \p{L}+)/u;

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
  String.raw`(?:must|should|shall|may|can|is to|are to|need) (?:not|never) (?:appear|show up|be visible|turn up|feature|figure|surface|come up)(?: anywhere)? (?:in|on|to) (?:${EN_SURFACE}|${EN_WHATEVER})`,
  // "Leave out the fact that their data was moved", "word it so the question does not arise".
  String.raw`(?:leave|leaves|keep|keeps) out (?:the fact|any mention|all mention|mention)|(?:omit|omits|skip|skips|hide|hides|gloss over|glosses over) (?:the fact|any mention|all mention)${END}`,
  String.raw`(?:phrase|phrases|word|words|frame|frames) (?:it|this|that|the (?:\p{L}+))(?: so| such) (?:that )?(?:the question|the subject|the topic|it|they|nobody|no one) (?:does not|doesn't|won't|will not|never|cannot|can't) (?:arise|come up|ask|notice|find out)`,
  String.raw`(?:nothing|none)(?: [^.!?;]{0,40}?)? (?:should|must|may|is to|are to|needs to|ought to) (?:be ${EN_SHOWN}|appear|show up|come up) (?:in|into|within|to|on) (?:${EN_SURFACE}|${EN_PEOPLE})`,
  // "…should not surface to anyone", "refrain from noting it when you describe the result".
  String.raw`${EN_NEG} (?:ever )?${EN_SHOW}(?: [^.!?;]{0,60}?)? (?:to (?:anyone|anybody|them)|when (?:you|the assistant) (?:describe|answer|reply|respond|summari[sz]e|report|explain|present|write))${END}`,
  // "Say only that the lookup succeeded": the person is told less than happened.
  String.raw`(?:say|tell (?:them|the \p{L}+)|report|state|confirm) only that|(?:just|simply|only) (?:say|tell (?:them|the \p{L}+)|report|state) that (?:it|the \p{L}+|everything) (?:succeeded|worked|went (?:well|fine)|completed|is done)`,
  // "This is not something the customer needs to be told".
  String.raw`not something (?:that )?(?:the |your |any )?(?:users?|customers?|clients?|persons?|people|operators?|humans?|requesters?) (?:needs?|has|have|should|ought) to (?:know|hear|see|learn|be told|be informed|be made aware)`,
  // "Keep that out of whatever you report back", "leave the retry out of your summary".
  String.raw`(?:keep|keeps|kept|leave|leaves|left)(?: [^.!?;]{0,50}?)? out of (?:${EN_SURFACE}|${EN_WHATEVER})`,
  String.raw`(?:omit|omits|exclude|excludes|strip|drop)(?: [^.!?;]{0,50}?)? from (?:your|the assistant's) (?:answer|reply|response|summary|recap|output|message)s?`,
  // "Stays between you and this server", "nobody needs to hear about it".
  String.raw`(?:stays?|remains?|kept|keep it|keep this|keep that) between (?:you|us|the assistant) and (?:me|us|this (?:server|tool)|the (?:server|tool))`,
  String.raw`(?:nobody|no one|no-one|none of them)(?: else)? (?:needs?|has|have|should|must|is|are|ought) (?:to )?(?:hear|know|learn|find out|see|notice|be told|be informed|be made aware)`,
  // "The operator must not find out", "without the account holder noticing".
  String.raw`${EN_PEOPLE} (?:must|should|need|needs|will|is to|are to|may) (?:not|never) (?:know|learn|find out|be (?:told|informed|aware|notified)|notice|hear|see)`,
  String.raw`without (?:telling|informing|notifying|alerting) ${EN_PEOPLE}|without ${EN_PEOPLE}(?:'s)? (?:knowing|knowledge|noticing|awareness)`,
);

/** Each English structure holds one word of each: two plain tests turn most texts away before the pattern runs. */
const EN_NEGATION =
  /not|never|n't|avoid|refrain|need|out of|omit|exclude|strip|drop|between|nobody|no one|no-one|none|nothing|without|only|leaves? out|keeps? out|skip|hide|gloss/u;
const EN_OUTPUT =
  /fact|mention|question|answer|repl|respon|summar|recap|output|report|write|message|chat|conversation|transcript|confirmation|explanation|operator|owner|holder|client|admin|caller|requester|team|human|people|person|what|anything|between|nobody|no one|no-one|none|nothing|anyone|anybody|them|when you|when the assistant|say|tell|state|confirm|something/u;

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
      ...["risposta", "riepilogo", "sommario", "resoconto", "conversazione", "messaggio", "presente", "sapere", "nessuno", "utente"],
    ],
    pattern: phrases(
      String.raw`(?:no|nunca|jamás) (?:lo |la |los |las |le |les |se lo )?${ES_SHOW}(?: [^.!?;]{0,50}?)? (?:en|dentro de) ${ES_SURFACE}`,
      String.raw`(?:no|nunca) (?:debe|deben|tiene que|tienen que|ha de|han de|puede|pueden) (?:aparecer|figurar|mencionarse|incluirse|mostrarse|reflejarse|constar|salir) (?:en|dentro de) ${ES_SURFACE}`,
      String.raw`(?:responde|responda|di|diga|contesta|conteste) (?:simplemente |solo |sólo |únicamente )?que todo (?:salió bien|ha ido bien|fue bien|funcionó|está en orden)|omit(?:e|a|as|ir) [^.!?;]{0,50}?(?:en|de) ${ES_SURFACE}|(?:deja|déjalo|déjala|mantén|mantenlo)(?: [^.!?;]{0,40}?)? fuera de ${ES_SURFACE}|nadie (?:tiene que|necesita|debe|ha de) (?:saber|enterarse)`,
      String.raw`(?:não|nunca) (?:o |a |os |as |lhe )?${PT_SHOW}(?: [^.!?;]{0,50}?)? ${PT_SURFACE}`,
      String.raw`(?:não|nunca) (?:deve|devem|pode|podem) (?:ser )?(?:mencionad|incluíd|mostrad|citad|exibid|informad|listad|relatad)[oa]s? (?:na|no|nas|nos|ao|à|aos|às|em)`,
      String.raw`(?:não|nunca) (?:deve|devem|pode|podem) (?:aparecer|constar|figurar) ${PT_SURFACE}|(?:deixe|mantenha)(?: [^.!?;]{0,40}?)? fora d[ao] (?:resposta|resumo|conversa|relatório)|ninguém (?:precisa|deve|tem que) saber|não (?:é preciso|precisa|há necessidade de|é necessário) (?:contar|dizer|mencionar|informar|avisar|relatar)(?: [^.!?;]{0,20}?)? (?:ao|à|aos|às) (?:usuári|utilizador|client)\p{L}*`,
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
      String.raw`ne doi(?:t|vent) (?:pas|jamais) (?:apparaître|figurer|être (?:mentionné|indiqué|affiché|signalé|cité)e?s?) dans ${FR_SURFACE}|pass(?:e|ez|er) sous silence|personne n['’] ?a besoin de (?:le )?savoir|(?:inutile|pas besoin|nul besoin) d['’] ?(?:en )?(?:parler|faire mention)|(?:inutile|pas besoin|nul besoin) de (?:le |la |les |l['’] ?|leur |lui )?(?:mentionner|signaler|préciser|dire|indiquer|évoquer)`,
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
];
