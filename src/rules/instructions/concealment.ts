/**
 * Techniques that cut the user out: hide something from them, or act without asking them.
 * The user is the one check on what an agent does with a tool, so a text that tells the
 * model to keep the user uninformed or to skip their approval is an attack whatever else
 * it says. Honest texts that say the opposite ("must NOT proceed without the user's
 * approval") are told apart by the negation before the phrase.
 */
import { successClaimedTooEarly, UNTIL_THE_USER } from "./acts.js";
import { cjk, END, negated, phrases, type Scene, type Technique, sentenceOf } from "./patterns.js";
import { omissionTechniques } from "./omission.js";
import { unconfirmedTechniques } from "./unconfirmed.js";
import { keptSecretTechniques } from "./hidden-from.js";
import { accountTechniques } from "./account.js";
import { unawareTechniques } from "./unaware.js";
import { withholdingTechniques } from "./withholding.js";

const USER = String.raw`(?:the |your |any |an |our )?(?:end[- ])?(?:users?|humans?|customers?|requesters?)${END}`;
const TELL = String.raw`(?:tell(?:ing)?|mention(?:ing)?|inform(?:ing)?|notify(?:ing)?|reveal(?:ing)?|disclos(?:e|ing)|alert(?:ing)?|report(?:ing)? (?:this|that|it))`;
/**
 * What is hidden: the tool's own doing ("this", "it", "the upload"), not a detail of how
 * answers look ("do not mention internal IDs to the user") or a secret kept safe ("keep
 * the API key secret from the user").
 */
const DOING = String.raw`(?:this|that|it|these|those|them|anything|any of (?:this|it|these)|the (?:fact|existence|change|step|operation|process|upload|transfer|copy|forwarding|action)s?)`;
const CONSENT = String.raw`(?:confirmation|approval|consent|permission|authori[sz]ation|sign-?off)`;

/** The user, in the other languages: every phrase there names them. */
const OTHER_USERS = [
  ...["usuario", "usuarios", "usuaria", "usuarias", "utilisateur", "utilisatrice", "benutzer", "benutzern", "benutzers"],
  ...["nutzer", "nutzern", "nutzers", "anwender", "anwendern", "anwenders", "пользовател*"],
];
/** "Without asking / asking for approval", in the other languages. */
const OTHER_CONSENT = ["sin", "sans", "ohne", "без", "спрашива*"];
/** Negated consent bypass is honest: "must NOT proceed without the user's approval". */
const notNegated: Technique["accept"] = (match, scene) => !negated(scene.m, { start: match.index, end: match.index + match[0].length });
/**
 * "Do NOT delete keys with any other name prefix without explicit user consent": a prohibition
 * earlier in the clause makes the consent a safeguard. Not "do not hesitate / wait to…", which urge.
 */
const PROHIBITED_BEFORE =
  /(?<![\p{L}])(?:do not|don't|dont|never|must not|mustn't|should not|shouldn't|may not|cannot|can't)(?! (?:hesitate|wait|bother|stop|pause|hold back|delay)(?![\p{L}]))[^,;:.!?—–]{0,120}$/u;
const notProhibited: Technique["accept"] = (match, scene) =>
  notNegated(match, scene) && !PROHIBITED_BEFORE.test(scene.m.text.slice(Math.max(0, match.index - 140), match.index));

export const concealmentTechniques: Technique<"concealment" | "consent">[] = [
  // Concealment: the model is told to keep the user uninformed.
  {
    family: "concealment",
    reason: "tells the model to hide something from the user",
    cues: [
      ...["tell", "telling", "told", "mention", "mentioning", "mentioned", "inform", "informing", "informed", "notify"],
      ...["notifying", "notified", "reveal", "revealing", "revealed", "disclose", "disclosing", "disclosed", "alert"],
      ...["alerting", "report", "reporting", "reported", "let", "shown", "knowing", "knowledge", "noticing", "awareness"],
      ...["keep", "keeps", "kept", "hide", "hides", "know", "learn", "find", "aware", "notice"],
    ],
    // "Do not reveal the answer until the user has guessed": held back until the user's own move.
    accept: (match, scene) => !toldHonestly(match, scene),
    pattern: phrases(
      String.raw`(?:do not|don't|never|must not|mustn't|should not|shouldn't|avoid) (?:ever )?${TELL} (?:${DOING}(?: [^.!?;]{0,20}?)? )?(?:to )?${USER}`,
      String.raw`(?:do not|don't|never) let ${USER} (?:know|see|find out|notice|learn)`,
      String.raw`(?:should|must|will|is to|are to)? ?(?:never|not) be (?:mentioned|disclosed|revealed|shown|told|reported) (?:to )?${USER}`,
      String.raw`without (?:telling|informing|notifying|alerting) ${USER}|without ${USER}(?:'s)? (?:knowing|knowledge|noticing|awareness)`,
      String.raw`(?:keep|keeps|kept|hide|hides) ${DOING}(?: [\w\s]{1,30}?)? (?:(?:hidden|secret|private|confidential|invisible) )?from ${USER}`,
      String.raw`never (?:reveal|disclose|mention) (?:this|that|these|it|the (?:fact|existence))`,
      String.raw`${USER} (?:must|should|need|will) (?:not|never) (?:know|learn|find out|be (?:told|informed|aware|notified)|notice)`,
    ),
  },
  {
    family: "concealment",
    reason: "tells the model to hide something from the user",
    cues: OTHER_USERS,
    accept: (match, scene) => !toldHonestly(match, scene),
    pattern: phrases(
      // Spanish
      String.raw`no (?:le |les )?(?:digas|diga|digan|decir|menciones|mencione|mencionar|informes|informe|informar|notifiques|notifique|reveles|revele|comuniques|cuentes)(?: nada| esto| eso)? (?:al|a los|a la|a las) usuari[oa]s?`,
      String.raw`sin (?:que (?:el|los) usuarios? (?:lo )?sepan?|avisar al usuario|informar al usuario|notificar al usuario|decirle al usuario)|ocult(?:a|ar|e|en)(?:lo|la)? al usuario`,
      // French
      String.raw`ne (?:le |lui |leur )?(?:dis|dites|mentionne[zs]?|informe[zs]?|révèle[zs]?|signale[zs]?|préviens|prévenez) (?:rien|pas|jamais)(?: [^.!?;]{0,20}?)? (?:à|a) l['’]utilisat(?:eur|rice)`,
      String.raw`sans (?:en )?(?:informer|avertir|prévenir|notifier) l['’]utilisat(?:eur|rice)|cach(?:e|ez|er) (?:cela |ceci |ça )?(?:à|a) l['’]utilisat(?:eur|rice)`,
      // German
      String.raw`(?:sag|sage|sagen sie|erzähl|erzähle|erzählen sie|verrate|verraten sie|erwähne|erwähnen sie|teile|teilen sie) (?:dem|den) (?:benutzer|nutzer|anwender)n? (?:nichts|nicht|kein)`,
      String.raw`(?:dem|den) (?:benutzer|nutzer|anwender)n? (?:nichts|nicht) (?:sagen|erzählen|mitteilen|verraten|erwähnen)|ohne (?:den|die) (?:benutzer|nutzer|anwender)n? zu (?:informieren|benachrichtigen)|vor (?:dem|den) (?:benutzer|nutzer|anwender)n? (?:verbergen|verheimlichen|geheim halten)`,
      // Russian
      String.raw`не (?:говори|говорите|сообщай|сообщайте|рассказывай|рассказывайте|упоминай|упоминайте|раскрывай|раскрывайте|показывай|показывайте|говорить|сообщать) (?:об этом |этого |ничего )?(?:пользователю|пользователям)`,
      String.raw`(?:скрой|скройте|скрывай|скрывайте) [^.!?;]{0,20}?от пользовател(?:я|ей)|без ведома пользовател(?:я|ей)|чтобы пользователь не (?:узнал|знал|заметил)`,
    ),
  },
  {
    family: "concealment",
    reason: "tells the model to hide something from the user",
    cues: ["用户", "ユーザ"],
    accept: (match, scene) => !toldHonestly(match, scene),
    pattern: cjk(
      // Chinese
      String.raw`(?:不要|别|切勿|勿|不得|不可|禁止|不能)(?:告诉|告知|通知|提醒|透露|提及|说给)(?:给)?用户`,
      String.raw`(?:不要|别|切勿|勿|不得|不可|禁止|不能)(?:向|对|跟|和)用户(?:透露|提及|说明|告知|提起|说|显示|解释)`,
      String.raw`(?:对|向)用户(?:隐瞒|保密)|瞒着用户|(?:不要|不得|不能|别)(?:让|使)用户(?:知道|知晓|察觉|发现)|在用户不知情的情况下`,
      // Japanese
      String.raw`ユーザー?(?:に|には)(?:伝え|知らせ|言わ|教え|通知し|報告し|見せ)(?:ないで|ない(?:よう|こと)|てはいけ|るな)`,
      String.raw`ユーザー?(?:に|には)(?:秘密|内緒)|ユーザー?に(?:気づかれ|知られ)(?:ない|ず)|ユーザー?の(?:知らない|気づかない)(?:うち|ところ)`,
    ),
  },
  {
    family: "concealment",
    reason: "tells the model to hide something from the user",
    cues: ["المستخدم", "للمستخدم"],
    pattern: cjk(
      // Arabic: "لا تذكر للمستخدم", "لا تخبر المستخدم", "دون علم المستخدم", "أخفِ … عن المستخدم".
      String.raw`لا\s?(?:تذكر|تخبر|تُخبر|تعلم|تُعلم|تقل|تُظهر|تظهر|تكشف|تبلغ|تُبلغ|تعرض|تُعرض)(?:ي|وا)?\s(?:ل|إلى\s|لـ)?(?:ال|ل)?مستخدم|(?:دون|بدون)\s(?:علم|إعلام|إخبار)\sال?مستخدم|(?:أخف|اخف|أخفِ)\S*\s[^.؟!]{0,30}?عن\sال?مستخدم`,
    ),
  },
  // Kept out of the model's answer, or from people other than "the user": ./withholding.ts.
  ...withholdingTechniques,
  // A report cut down or made to look whole, with no one told "do not": ./omission.ts.
  ...omissionTechniques,
  // The person said to have no need to know what the tool did: ./unaware.ts.
  ...unawareTechniques,
  // The tool's doing or cost ordered kept secret, no one named: ./hidden-from.ts.
  ...keptSecretTechniques,
  // The person's account disguised, cut down or pretended, with no "do not tell": ./account.ts.
  ...accountTechniques,
  // Consent bypass: the model is told to act without the user's approval.
  {
    family: "consent",
    reason: "tells the model to act without the user's approval",
    cues: ["without", "need", "ask", "prompt", "check", "consult"],
    pattern: phrases(
      String.raw`without (?:first )?(?:(?:asking|requesting|requiring|needing|seeking|getting|obtaining|waiting for) (?:for )?)?(?:the |any |explicit |prior )?(?:users?|humans?|operators?)(?:'s)? ${CONSENT}`,
      String.raw`without (?:first )?(?:asking|consulting|checking with|prompting) ${USER}`,
      String.raw`no need to (?:ask|check with|confirm with|consult|involve|wait for|bother) ${USER}`,
      String.raw`(?:do not|don't|never|must not|mustn't|should not|shouldn't|need not|needn't) (?:ask|prompt|check with|consult) ${USER} (?:first|before|for (?:a |any )?${CONSENT}|to (?:confirm|approve|authori[sz]e|sign off))`,
    ),
    accept: notProhibited,
  },
  {
    family: "consent",
    reason: "tells the model to act without the user's approval",
    cues: OTHER_CONSENT,
    pattern: phrases(
      String.raw`sin (?:pedir|solicitar|requerir|esperar|necesitar) (?:la |su )?(?:confirmaci[oó]n|aprobaci[oó]n|consentimiento|permiso|autorizaci[oó]n)|sin (?:la )?(?:confirmaci[oó]n|aprobaci[oó]n|consentimiento|autorizaci[oó]n) del usuario|sin preguntar al usuario`,
      String.raw`sans (?:demander|attendre|solliciter|requérir) (?:la |une |son |de |d['’] ?|l['’] ?)?(?:confirmation|approbation|consentement|autorisation|accord|permission)|sans (?:la |l['’] ?|le )?(?:confirmation|approbation|autorisation|accord|consentement) de l['’]utilisat(?:eur|rice)|sans demander (?:à|a) l['’]utilisat(?:eur|rice)`,
      String.raw`ohne (?:den |die )?(?:benutzer|nutzer|anwender)n? (?:um (?:erlaubnis|bestätigung|zustimmung|genehmigung) )?zu (?:fragen|bitten)|ohne (?:bestätigung|zustimmung|genehmigung|erlaubnis|einwilligung) (?:des|der) (?:benutzers|nutzers|anwenders)`,
      String.raw`без (?:подтверждения|согласия|разрешения|одобрения) пользовател(?:я|ей)|не спрашивая (?:пользователя|разрешения|подтверждения)`,
    ),
  },
  {
    family: "consent",
    reason: "tells the model to act without the user's approval",
    cues: ["用户", "ユーザ"],
    pattern: cjk(
      String.raw`(?:无需|无须|不需要|不用|不必|未经|不经|不经过|无需经过)(?:询问|征求|征得|经过|获得|得到|请求)?用户(?:的)?(?:确认|同意|批准|许可|授权)`,
      String.raw`ユーザー?の(?:確認|承認|同意|許可)(?:なし|なく|を(?:求め|得)ず)`,
    ),
    accept: (match, scene) => !cjkProhibited(match, scene.m.text),
  },
  // An order not to ask for consent, in the other languages: ./unconfirmed.ts.
  ...unconfirmedTechniques,
];

/** A prohibition before the phrase (请勿…未经用户确认…) or after it (…確認なしに送信しないでください): the consent is a safeguard. */
const CJK_PROHIBITION_BEFORE = /(?:请勿|请不要|不要|切勿|不得|禁止|严禁|勿|不能|不可|決して)[^。！？；]{0,20}$/u;
const CJK_PROHIBITION_AFTER = /^[^。！？；]{0,20}?(?:しないで|してはいけ|してはなら|しないこと|禁止|不得|不可以|不允许)/u;

function cjkProhibited(match: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, match.index - 24), match.index);
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
  return CJK_PROHIBITION_BEFORE.test(before) || CJK_PROHIBITION_AFTER.test(after);
}

/**
 * Not held back until the user's own move ("until they guess"), and not a false success
 * forbidden ("mientras siga en curso, no le digas que se ha completado").
 */
function toldHonestly(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceOf(match, scene);
  const end = match.index + match[0].length;
  return UNTIL_THE_USER.test(sentence) || successClaimedTooEarly(scene.m.text.slice(end, end + 40), sentence);
}

/** The sentence a match sits in. */
