/**
 * Data relayed to an address the text hard-codes, with a reason attached: a copy "for the
 * audit", "as a backup", "to improve the service", "required by the security policy". The
 * act is the same in every language — a verb that moves data, a literal URL or e-mail
 * address, and a justification (claimed authority, a copy on the side, quality or
 * telemetry, the conversation itself) in the sentence or the one before it — so it is
 * found by that structure with small per-language word lists, not by sentences.
 *
 * Honest texts send to addresses too: a webhook tool posts where its user points it (no
 * literal address), documentation links to its site (no verb that moves data), and a
 * disclosed telemetry notice says what it leaves out and how to turn it off — a text that
 * does that is not relaying anything behind the person's back.
 */
import { folded } from "./folded.js";
import { cjk, END, execAll, phrases, type Scene, sentenceAround, type Technique, testFromStart } from "./patterns.js";

/** After `://`, the rest of a URL; before and after `@`, an e-mail address's parts (sticky: read from a given place). */
const URL_REST = /[^\s"'<>)`]{3,200}/uy;
const SCHEME = /(?:https?|ftp|wss?)$/u;
const MAILBOX = /[a-z0-9._%+-]{1,64}$/u;
const DOMAIN = /[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/uy;

/**
 * The literal addresses of a text, URLs and e-mail addresses, found from their `://` and `@`:
 * a regex tried at every position of a long description costs more than these two searches.
 */
function* addresses(text: string): Generator<RegExpExecArray> {
  for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 3)) {
    const scheme = SCHEME.exec(text.slice(Math.max(0, at - 5), at));
    URL_REST.lastIndex = at + 3;
    const rest = URL_REST.exec(text);
    if (scheme !== null && rest !== null) yield found(text, at - scheme[0].length, rest.index + rest[0].length);
  }
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const mailbox = MAILBOX.exec(text.slice(Math.max(0, at - 64), at));
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (mailbox !== null && domain !== null) yield found(text, at - mailbox[0].length, domain.index + domain[0].length);
  }
}

function found(text: string, start: number, end: number): RegExpExecArray {
  return Object.assign([text.slice(start, end)], { index: start, input: text, groups: undefined }) as RegExpExecArray;
}
/** Hosts that name no one: examples, the local machine, documentation sites. */
const HARMLESS_HOST =
  /^(?:[\w-]+\.)*(?:example\.(?:com|org|net)|localhost|127\.0\.0\.1|0\.0\.0\.0|github\.com|githubusercontent\.com)(?:[:/]|$)|^(?:docs?|developers?|help|support|wiki)\./u;

/** Verbs that move data, stems in each language (the matchable copy folds Cyrillic to Latin look-alikes). */
const MOVES = [
  phrases(
    // English
    String.raw`(?:(?:send|sent|sends|sending|transmit|transmits|transmitted|transmitting|upload|uploads|uploaded|uploading|forward|forwards|forwarded|forwarding|relay|relays|relayed|relaying|mirror|mirrors|mirrored|mirroring|sync|syncs|synced|syncing|deliver|delivers|delivered|delivering|submit|submits|submitted|submitting|share|shares|shared|sharing|export|exports|exported|exporting|beacon|beacons|dispatch|dispatches|dispatched|remit|remits|remitted|bcc|cc)${END}|(?:post|posts|posted|posting|mail|mails|mailed|e-?mail|e-?mails|e-?mailed|cop(?:y|ies|ied)) (?:it|them|this|that|the|a|each|every|all|everything|to)${END}|report(?:s|ed|ing)? (?:back )?to${END})`,
    // Spanish, Portuguese, Italian, French
    String.raw`(?:(?:envi(?:a|ar|e|en|es|as|ado|ada|ados|adas|ó|o|amos|ando|arlo|arla|arlos|arlas)|envía|envíe|envíen|envíalo|envíala|remit(?:e|en|a|ir|ido|ida|idos|idas)|reenv(?:ía|íe|iar|iado|iada)|mand(?:a|e|ar|an|es|ado|ada)|transmit(?:e|a|ir|ido|ida|em|ido)|transmet(?:s|tre|tez|tent|tra)|transmis|transmise|sub(?:e|ir|an)|compart(?:e|a|ir|ido|ida|ilha|ilhe|ilhar)|encaminh(?:e|a|ar|ado|ada)|remet(?:a|e|er|ido|ida)|carreg(?:ue|a|ar)|invi(?:a|are|ate|ato|ata|ati|ate)|inoltr(?:a|are|ate|ato|ata|ati)|trasmett(?:i|ere|ete|uto)|condivid(?:i|ere|ete)|sped(?:isci|ire|ito|ita)|envo(?:ie|ient|yer|yez|yé|yée|yés|yées)|transf[eéè]r(?:e|er|ez|é|ée|és)|partag(?:e|er|ez|é|ée)|téléverse[rz]?|expédi(?:e|er|ez|é|ée))${END})`,
    // German, Dutch, Polish
    String.raw`(?:(?:sende|senden|sendet|gesendet|schicke|schicken|schickt|geschickt|übermittle|übermitteln|übermittelt|übertrage|übertragen|überträgt|weiterleiten|weitergeleitet|leite|leitet|hochladen|hochgeladen|lade|kopiere|kopieren|kopiert|zu senden|zu schicken|zu übermitteln|stuur|stuurt|sturen|verstuur|versturen|verstuurd|verzend|verzenden|verzonden|doorsturen|doorgestuurd|gestuurd|kopieer|kopiëren)${END}|(?:wyśl|wysył|wysła|przesył|przesła|prześl|przekaz|udostępn)\p{L}*)`,
    // Russian
    String.raw`(?:отправ|пересыл|пересл|переда|загруж|выгруж|копир|направ)\p{L}*`,
  ),
  cjk(
    String.raw`发送|上传|传输|转发|同步|上报|发给|发往|发到|抄送|回传|提交|推送|传给|送信|送付|転送|アップロード|送っ|送る|전송|보내|전달|업로드|송신`,
  ),
];

/** Why the text says the copy is made: authority, a copy on the side, quality or telemetry, the conversation. */
const REASONS = [
  phrases(
    // English
    String.raw`(?:polic(?:y|ies)|regulat\p{L}*|complian\p{L}*|audit\p{L}*|mandatory|required by|requirements?|law|legal|gdpr|hipaa|sox|governance|retention rules|system notice|security (?:team|rules|review|notice|requirements?)|also|additionally|as well|in addition|a copy|copy of|backups?|back up|archiv\p{L}*|for the record|record-?keeping|safekeeping|duplicate|quality|improv\p{L}*|analytics|telemetry|metrics|statistics|monitoring|diagnostics|conversation|chat history|transcripts?)`,
    // Spanish, Portuguese
    String.raw`(?:política|normativa|regulaci\p{L}*|cumplimiento|auditor\p{L}*|obligatori\p{L}*|exig\p{L}*|ley|también|además|copia|respaldo|registro|calidad|mejora\p{L}*|analític\p{L}*|telemetr\p{L}*|métric\p{L}*|estadístic\p{L}*|historial|conversación|regulament\p{L}*|conformidade|obrigatóri\p{L}*|exigência|lei|além disso|cópia|backup|arquivo|qualidade|melhori\p{L}*|análise|histórico|conversa)`,
    // Italian, French
    String.raw`(?:politica|regolament\p{L}*|conformità|obbligatori\p{L}*|legge|anche|inoltre|archivio|qualità|miglioramento|analisi|metriche|statistic\p{L}*|cronologia|conversazione|sicurezza|politique|réglement\p{L}*|conformité|obligatoire|loi|rgpd|aussi|également|en plus|copie|sauvegarde|qualité|amélior\p{L}*|analyse|télémétrie|métrique\p{L}*|statistique\p{L}*|historique|discussion|sécurité)`,
    // German, Dutch, Polish
    String.raw`(?:richtlinie\p{L}*|vorschrift\p{L}*|vorgabe\p{L}*|revision\p{L}*|pflicht\p{L}*|verpflichtend|gesetz\p{L}*|dsgvo|auch|zusätzlich|ebenfalls|kopie|sicherung\p{L}*|protokoll\p{L}*|qualität|verbesserung|telemetrie|metrik\p{L}*|statistik\p{L}*|verlauf|gespräch\p{L}*|sicherheit\p{L}*|beleid|regelgeving|verplicht|naleving|wet|ook|daarnaast|archief|kwaliteit|verbetering|statistiek\p{L}*|gesprek|beveiliging|polityk\p{L}*|przepis\p{L}*|regulac\p{L}*|zgodnoś\p{L}*|audyt\p{L}*|obowiąz\p{L}*|wymóg|wymaga\p{L}*|ustaw\p{L}*|również|także|kopi\p{L}*|archiw\p{L}*|jakoś\p{L}*|ulepsz\p{L}*|analityk\p{L}*|statystyk\p{L}*|rozmow\p{L}*|bezpieczeńst\p{L}*)`,
    // Russian
    String.raw`(?:политик\p{L}*|регламент\p{L}*|регулятор\p{L}*|требовани\p{L}*|соответстви\p{L}*|аудит\p{L}*|обязательн\p{L}*|закон\p{L}*|также|копи\p{L}*|резервн\p{L}*|архив\p{L}*|качеств\p{L}*|улучшени\p{L}*|аналитик\p{L}*|телеметри\p{L}*|статистик\p{L}*|истори\p{L}*|диалог\p{L}*|переписк\p{L}*|безопасност\p{L}*)`,
  ),
  cjk(
    String.raw`政策|规定|法规|合规|审计|强制|要求|法律|安全|同时|另外|副本|备份|存档|质量|改进|提升|分析|遥测|统计|聊天记录|对话|历史|規定|規則|ポリシー|規制|監査|コンプライアンス|義務|セキュリティ|にも|コピー|バックアップ|品質|改善|テレメトリ|統計|会話|履歴|정책|규정|규제|감사|컴플라이언스|의무|보안|또한|에도|사본|백업|보관|품질|개선|분석|통계|대화|기록`,
  ),
];

/** Addresses to write to with questions or bugs: the person reaches the vendor, nothing is relayed. */
const CONTACT = folded(
  String.raw`contact|questions?|feedback|(?<![\p{L}])(?:bugs?|issues?|support|help|inquir\p{L}*)(?![\p{L}])|kontakt|contacto|contato|contatt|联系|お問い合わせ|문의`,
);

/** A disclosed, limited collection: says what is left out or how to turn it off. */
const DISCLOSED = folded(
  String.raw`opt[- ]?out|(?<![\p{L}])(?:disable|turn off|switch off)|=\s?(?:off|false|0)(?![\p{L}\d])|anonym\p{L}*|anónim\p{L}*|anonim\p{L}*|no (?:content|arguments|personal)|(?:is|are) never sent|(?:is|are) not (?:sent|transmitted|included)|匿名|익명|анонимн`,
);

const REASON = "sends data to an address the text hard-codes, with a reason attached (policy, audit, backup, quality)";

/** A place data goes that the person did not choose, named instead of written out: "our server", "a remote endpoint". */
const PLACES = [
  phrases(
    String.raw`(?:(?:our|an? external|an? remote|the central|our partner|a partner|a third-party|the vendor's) (?:[\p{L}-]+ ){0,2}(?:servers?|endpoints?|webhooks?|collectors?|services?|backends?|apis?|buckets?)|(?:nuestro|nuestros) servidor(?:es)?|servidor (?:externo|remoto|central)|nosso servidor|servidor(?:es)? (?:externo|remoto|central)s?|nostro server|server (?:esterno|remoto|centrale)|notre serveur|serveur (?:externe|distant|central)|unser(?:en|em)? server|(?:externen|zentralen|entfernten) server|onze server|(?:externe|centrale) server|nasz(?:ego)? serwer\p{L}*|(?:zewnętrzny|centralny) serwer|наш (?:сервер|сервис)|на наш сервер|(?:внешний|центральный) сервер)${END}`,
  ),
  cjk(
    String.raw`我们的服务器|外部服务器|远程服务器|中央服务器|弊社サーバー|当社サーバー|外部サーバー|中央サーバー|우리 서버|외부 서버|중앙 서버|당사 서버`,
  ),
];
/** The conversation itself, the most precious thing a text can send away. */
const CONVERSATION = folded(
  String.raw`conversation|chat history|transcript|conversación|historial|conversa|histórico|conversazione|cronologia|historique|discussion|gespräch|chatverlauf|gesprek|rozmow|переписк|диалог|истори|对话|聊天记录|会話|会话|履歴|대화`,
);
/** Claimed authority, without the copy-on-the-side words: what makes sending to a named place an order from above. */
const AUTHORITY = [
  phrases(
    String.raw`(?:polic(?:y|ies)|regulat\p{L}*|complian\p{L}*|audit\p{L}*|mandatory|required by|law|legal|gdpr|hipaa|soc ?2|governance|system notice|security (?:team|rules|notice)|política|normativa|cumplimiento|obligatori\p{L}*|regulament\p{L}*|conformidade|politica|conformità|politique|conformité|obligatoire|richtlinie\p{L}*|vorschrift\p{L}*|pflicht\p{L}*|beleid|regelgeving|verplicht|polityk\p{L}*|przepis\p{L}*|obowiąz\p{L}*|политик\p{L}*|регламент\p{L}*|требовани\p{L}*|обязательн\p{L}*)`,
  ),
  cjk(String.raw`政策|规定|法规|合规|审计|强制|規定|規則|ポリシー|規制|監査|コンプライアンス|義務|정책|규정|규제|감사|컴플라이언스|의무`),
];

export const relayTechniques: Technique<"exfiltration">[] = [
  {
    family: "exfiltration",
    reason: REASON,
    cues: ["@", "://"],
    pattern: addresses,
    accept: relayed,
  },
  {
    family: "exfiltration",
    reason: "sends the conversation, or data on orders from a claimed authority, to a place the text names",
    cues: [
      ...[
        "our",
        "external",
        "remote",
        "central",
        "partner",
        "third-party",
        "vendor's",
        "nuestro",
        "nuestros",
        "servidor*",
        "nosso",
        "nostro",
      ],
      ...[
        "server*",
        "serveur*",
        "unser*",
        "externen",
        "zentralen",
        "entfernten",
        "onze",
        "externe",
        "centrale",
        "nasz*",
        "serwer*",
        "сервер*",
        "сервис*",
      ],
      ...["服务器", "サーバー", "서버"],
    ],
    pattern: (text) => placesIn(text),
    accept: sentToPlace,
  },
];

function* placesIn(text: string): Generator<RegExpExecArray> {
  for (const place of PLACES) yield* execAll(place, text);
}

/** A verb that moves data and, beside it, the conversation or a claimed authority; not a disclosed, limited collection. */
function sentToPlace(match: RegExpExecArray, scene: Scene): boolean {
  const { m } = scene;
  const sentence = sentenceAround(m, { start: match.index, end: match.index + match[0].length });
  const own = m.text.slice(sentence.start, sentence.end).replace(match[0], " ");
  if (!MOVES.some((move) => testFromStart(move, own))) return false;
  const before = sentenceAround(m, { start: Math.max(0, sentence.start - 2), end: Math.max(0, sentence.start - 2) });
  const framing = m.text.slice(Math.max(before.start, sentence.start - NEAR), sentence.start);
  const why = CONVERSATION.test(own) || AUTHORITY.some((authority) => testFromStart(authority, own) || testFromStart(authority, framing));
  return why && !DISCLOSED.test(m.text);
}

/** How far from the address its verb and reason are looked for. */
const NEAR = 160;

function relayed(match: RegExpExecArray, scene: Scene): boolean {
  const host = match[0].replace(/^[a-z]+:\/\//u, "").replace(/^[^@/]*@/u, "");
  if (HARMLESS_HOST.test(host)) return false;
  const { m } = scene;
  const sentence = sentenceAround(m, { start: match.index, end: match.index + match[0].length });
  // The sentence before may hold the reason: "COMPLIANCE NOTICE: an audit is under way. Forward each ticket to …".
  const before = sentenceAround(m, { start: Math.max(0, sentence.start - 2), end: Math.max(0, sentence.start - 2) });
  // Lists and headings run on without a full stop: the clause near the address, not the whole run.
  const from = Math.max(sentence.start, match.index - NEAR);
  const own = `${m.text.slice(from, match.index)} ${m.text.slice(match.index + match[0].length, Math.min(sentence.end, match.index + match[0].length + NEAR))}`;
  const framing = from === sentence.start ? m.text.slice(Math.max(before.start, sentence.start - NEAR), sentence.start) : "";
  if (CONTACT.test(own) || !MOVES.some((move) => testFromStart(move, own))) return false;
  if (!REASONS.some((reason) => testFromStart(reason, own) || testFromStart(reason, framing))) return false;
  return !DISCLOSED.test(m.text);
}
