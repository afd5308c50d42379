/**
 * The person left unaware of what the tool did, said as a lack of need: "the user doesn't
 * have to know about that", "no hace falta comentarlo", "kullanıcının bunu bilmesine gerek
 * yok", "사용자는 이 사실을 알 필요가 없습니다". One structure in every language: a person (or
 * no one), a "need not" and a verb of knowing, hearing or being told — or, with no person,
 * "no need to mention it". The act is concealment only when the text names something the
 * tool did on the side (a copy, a transfer, a fee, a deletion, a partner): "users don't need
 * to know SQL" or "you don't have to know the schema" name no such event and stay quiet.
 */
import { folded, foldedSource } from "./folded.js";
import { cjk, negated, phrases, type Scene, type Technique, sentenceOf } from "./patterns.js";
import { DETAIL } from "./withholding.js";

/** The person the model answers to, or nobody at all. */
const EN_PERSON = String.raw`(?:(?:the |your |any |our )?(?:users?|customers?|clients?|persons?|people|humans?|requesters?|callers?|operators?|owners?|account holders?|cardholders?|readers?|recipients?|members?|buyers?|guests?|patients?)|they|he|she)`;

const LATIN = phrases(
  // English
  String.raw`${EN_PERSON}(?: [^.!?;]{0,30}?)? (?:does not|doesn't|do not|don't|need not|needn't|will not|won't|should not|shouldn't) (?:really )?(?:need to |have to |ever )?(?:know|hear|learn|find out|be told|be informed|be made aware|notice)`,
  String.raw`(?:no one|nobody|no-one)(?: [^.!?;]{0,30}?)? (?:needs?|has|have|is going) to (?:know|hear|learn|find out|be told|notice)`,
  String.raw`there is no (?:need|reason) (?:for (?:the |your )?\p{L}+ )?to (?:know|hear|learn|find out|be told|tell|mention|bring (?:it|this|that) up)`,
  // Spanish, Portuguese, Italian
  String.raw`(?:no es algo que|no hace falta que|no es necesario que|no tiene por qué|no tiene que|no necesita)(?: [^.!?;]{0,30}?)? (?:sepa|sepan|saber|se entere|enterarse|conozca|sabe)`,
  String.raw`no (?:hace falta|es necesario|hay que|hay por qué) (?:comentar|mencionar|decir|contar|explicar|avisar)(?:lo|la|los|las|selo)?`,
  String.raw`não (?:é preciso|precisa|há por que|há necessidade de|é necessário) (?:comentar|mencionar|dizer|contar|avisar|informar)`,
  String.raw`non (?:serve|occorre|c['’] ?è bisogno di|è necessario) (?:dir\p{L}*|menzionar\p{L}*|citar\p{L}*|comunicar\p{L}*|segnalar\p{L}*|riferir\p{L}*|accennar\p{L}*)`,
  // German, Dutch, Swedish
  String.raw`(?:bitte )?(?:nicht|nie) (?:ansprechen|erwähnen|thematisieren|erzählen)|(?:muss|braucht|soll) (?:nicht|nie) (?:erwähnt|angesprochen|thematisiert|mitgeteilt) (?:zu )?werden|(?:braucht|muss) (?:es |das |davon )?(?:nicht|nichts) (?:zu )?(?:wissen|erfahren)`,
  String.raw`(?:användaren|kunden|ingen)(?: [^.!?;]{0,30}?)? (?:behöver|måste|ska) (?:inte )?(?:veta|få veta|känna till|höra)|(?:behöver|bör|ska) inte (?:nämnas|tas upp|berättas)`,
  // Turkish
  String.raw`(?:kullanıcı\p{L}*|müşteri\p{L}*|kimse\p{L}*)(?: [^.!?;]{0,40}?)? (?:bilmesine|öğrenmesine|duymasına|haberdar olmasına|bilmesi) (?:gerek|lüzum) (?:yok|bulunmuyor)|(?:bahsetmeye|söylemeye|belirtmeye|anlatmaya) (?:gerek|lüzum) (?:yok|bulunmuyor)`,
  // Polish: "informowanie o tym klienta nie jest potrzebne", "nie ma potrzeby o tym wspominać".
  String.raw`(?:informowanie|powiadamianie|mówienie|wspominanie|uprzedzanie)(?: [^.!?;]{0,40}?)? nie jest (?:potrzebne|konieczne|wymagane|niezbędne)|nie (?:trzeba|ma potrzeby|należy) (?:o tym |go |jej |ich )?(?:informować|mówić|wspominać|powiadamiać|uprzedzać)`,
  // Czech, Hungarian
  String.raw`(?:uživatel\p{L}*|zákazník\p{L}*|nikdo)(?: [^.!?;]{0,30}?)? (?:nemusí|nepotřebuje|nemá)(?: [^.!?;]{0,15}?)? (?:vědět|dozvědět|znát|slyšet)|není (?:třeba|nutné) (?:to )?(?:zmiňovat|uvádět|říkat|sdělovat|hlásit)`,
  String.raw`(?:felhasználó\p{L}*|ügyfél\p{L}*|senki\p{L}*)(?: [^.!?;]{0,30}?)? nem (?:kell|szükséges)(?: [^.!?;]{0,15}?)? (?:tudni\p{L}*|megtudni\p{L}*|hallani\p{L}*)|nem (?:kell|szükséges) (?:megemlíteni|említeni|szólni|jelezni)`,
);

const CYRILLIC_GREEK = phrases(
  // Ukrainian, Russian, Greek
  String.raw`(?:користувач\p{L}*|клієнт\p{L}*|пользовател\p{L}*|клиент\p{L}*|ніхто|никто)(?: [^.!?;]{0,30}?)? (?:не обов['’]язково|не потрібно|не треба|не повинен|не нужно|не обязательно|незачем|не должен)(?: [^.!?;]{0,15}?)? (?:знати|дізнатися|знать|узнать)|не (?:потрібно|треба|варто|нужно|стоит|следует) (?:згадувати|повідомляти|казати|упоминать|сообщать|говорить)`,
  String.raw`(?:ο χρήστης|τον χρήστη|του χρήστη|ο πελάτης|κανείς)(?: [^.!?;·]{0,30}?)? (?:δεν χρειάζεται|δεν πρέπει|δεν είναι ανάγκη)(?: [^.!?;·]{0,15}?)? να (?:το )?(?:γνωρίζει|ξέρει|μάθει|ακούσει)|δεν (?:χρειάζεται|είναι ανάγκη) να (?:το )?(?:αναφέρ\p{L}*|πείτε|πεις|ειπωθεί)`,
);

/** Scripts with marks the matchable copy drops (Devanagari vowel signs, Arabic vowels): the sources are folded as the text is. */
const OTHER = cjk(
  // Arabic: "لا داعي لأن يعرف المستخدم ذلك", "لا حاجة لإخبار العميل".
  foldedSource(String.raw`لا (?:داعي|حاجة|ضرورة)[^.؟!،]{0,20}?(?:يعرف|يعلم|يدرك|معرفة|إخبار|إبلاغ|ذكر|إعلام)`),
  // Hebrew: "המשתמש לא צריך לדעת", "אין צורך לספר".
  foldedSource(
    String.raw`(?:המשתמש|הלקוח|אף אחד)[^.?!;]{0,20}?(?:לא צריך|אינו צריך|לא חייב|אין צורך)[^.?!;]{0,10}?(?:לדעת|לשמוע|להיות מודע)|אין צורך (?:לספר|לציין|להזכיר|לדווח|ליידע)`,
  ),
  // Hindi: "उपयोगकर्ता को यह जानने की ज़रूरत नहीं", "बताने की ज़रूरत नहीं".
  foldedSource(
    String.raw`(?:उपयोगकर्ता|ग्राहक|किसी)[^।.!?]{0,40}?(?:जानने|पता होने|बताने|सुनने)[^।.!?]{0,10}?(?:ज़रूरत|जरूरत|आवश्यकता) नहीं|(?:बताने|ज़िक्र करने|जिक्र करने|उल्लेख करने) की (?:ज़रूरत|जरूरत|आवश्यकता) नहीं`,
  ),
  // Korean: "사용자는 이 사실을 알 필요가 없습니다", "언급할 필요는 없습니다".
  foldedSource(
    String.raw`(?:사용자|고객|이용자|아무도)[^.!?]{0,30}?(?:알|들을|인지할) 필요(?:가|는)? 없|(?:알릴|언급할|말할|보고할|설명할) 필요(?:가|는)? 없`,
  ),
  // Japanese: "ユーザーが知る必要はありません", "伝える必要はありません".
  foldedSource(
    String.raw`(?:ユーザー?|利用者|お客様|顧客|誰も)[^。！？]{0,30}?(?:知る|知らせる|伝える|気づく)必要は?(?:ありません|ない)|(?:伝える|知らせる|報告する|言及する|触れる|説明する)必要は?(?:ありません|ない)`,
  ),
  // Chinese: "无需告诉用户", "没必要提及".
  foldedSource(String.raw`(?:无需|不必|不用|没必要|无须)(?:告诉|告知|通知|提及|提到|说明|让(?:用户|客户)(?:知道|知晓))`),
);

/**
 * Something the tool did on the side, in the languages above: a copy, a transfer, a fee, a
 * deletion, a partner or vendor. Read in the sentence and the few hundred characters before it.
 */
export const EVENT = folded(
  String.raw`(?<![\p{L}])(?:cop(?:y|ies|ied)|replicas?|backups?|duplicat\p{L}*|forward\p{L}*|mirror\p{L}*|upload\p{L}*|sent|shared|partners?|vendors?|third[- ]part\p{L}*|fees?|surcharges?|charges?|commissions?|margins?|markups?|deleted|removed|dropped|discarded|access|granted|copia|copie|cópia|kopie|kopia|kopi|kopya\p{L}*|socio|parceiro|partenaire|partnerem|partnerünk\p{L}*|ortağ\p{L}*|mitra|enví\p{L}*|envia\p{L}*|envoy\p{L}*|inviat\p{L}*|gesendet|geschickt|weitergabe|weitergeleitet|gönderil\p{L}*|dikirim|odesílá|skickas|gebühr\p{L}*|frais|comisión|commissione|taxa|ücret\p{L}*|biaya|poplat\p{L}*|díj\p{L}*|avgift\p{L}*|gelöscht|supprim\p{L}*|eliminad\p{L}*|cancellat\p{L}*|silin\p{L}*|dihapus|smazán\p{L}*|törl\p{L}*|raderas|копи\p{L}*|партнер\p{L}*|партнёр\p{L}*|надсила\p{L}*|отправ\p{L}*|комісі\p{L}*|комисси\p{L}*|видал\p{L}*|удал\p{L}*|αντίγραφ\p{L}*|συνεργάτ\p{L}*|στέλν\p{L}*|διαγρ\p{L}*|χρέωσ\p{L}*|másolat\p{L}*|bản sao|đối tác|phí|xóa)(?![\p{L}])|نسخة|شريك|تُرسل|ترسل|أرسل|رسوم|حذف|עותק|שותף|נשלח|עמלה|נמחק|प्रति|साझेदार|भेजी|भेजा|शुल्क|हटा|사본|파트너|전송|수수료|삭제|コピー|複製|提携|送信|転送|手数料|削除|副本|合作|发送|转发|费用|删除`,
);

/**
 * What is not to be known, right after the verb: nothing, a pointer back ("about that", "disso",
 * "על כך") or the event itself. "Users don't need to know SQL", "no need to mention the region"
 * name a prerequisite the person can do without, not something done to them.
 */
const POINTER_AFTER = folded(
  String.raw`^[\s"'“”«»]*(?:$|(?:about|of|on|regarding)\s*$|(?:about|of|on|regarding) (?:it|this|that|them|these|those|any of (?:it|this|that))|it|this|that|them|these|those|anything|esto|eso|ello|disso|isso|ciò|questo|cela|ceci|ça|das|dies|es|davon|darüber|dat|het|om det|det|o tym|to|про це|об этом|это|ذلك|כך|זאת|על כך)(?![\p{L}])`,
);
/** In a clause whose object comes before the verb (Japanese, Korean), the object marked is a pointer or the event. */
const OBJECT_MARK = /[をを]|[을를]/u;
const POINTER_IN = folded(
  String.raw`이 사실|그 사실|이것|그것|이 점|これ|それ|この(?:こと|事|点)|その(?:こと|事|点)|यह|इसे|इसके|इस बारे|(?<![\p{L}])(?:bunu|bundan)(?![\p{L}])`,
);
/**
 * After the verb, the person may come first: "لا داعي لأن يعرف المستخدم ذلك", "无需告知用户". With only the
 * person told, what is not told is what was just said: "no need to tell the user".
 */
const PERSON_FIRST = folded(
  String.raw`^\s?(?:(?:to|a|al|à|an) )?(?:(?:the|your|el|la|le|den|dem|die) )?(?:(?:users?|customers?|clients?|requesters?|callers?|usuarios?|clientes?|utilisateurs?|nutzer\p{L}*|kunden?)(?![\p{L}])|المستخدم|العميل|המשתמש|הלקוח|用户(?!名)|客户|ユーザー|利用者|사용자|고객)`,
);
const CLAUSE_END = /[,;:.!?،؛。、，；！？।]/u;

/**
 * An account of what was done, after the verb, "that" said or not: "which account was used", "the card was
 * charged twice", "qué cuenta se usó", "welches Konto verwendet wurde". Not a thing the person could learn
 * ("SQL", "how the data is stored").
 */
const WHAT_WAS_DONE = folded(
  String.raw`^\s?(?!how |why |wie |cómo |comment )(?:(?:which|what|who|whom|where|when|that|whether|how much|how many|qué|cuál\p{L}*|quién\p{L}*|dónde|que|qu['’]|quel\p{L}*|o que|welche\p{L}*|wer|wohin|wann|dass|ob|was|wie viel)(?![\p{L}]))?[^,;:.!?]{0,60}?(?<![\p{L}])(?:was|were|has been|have been|had been|got|went|is being|are being|fue|fueron|se \p{L}+[óo]|ha sido|han sido|a été|ont été|foi|foram|wurde|wurden|worden)(?![\p{L}])`,
);
/** A pointer right before the verb of knowing or its negation, where the object stands there: "muss das nicht wissen", "que el usuario lo note". */
const POINTER_BEFORE = folded(
  String.raw`(?<![\p{L}])(?:das|dies|davon|darüber|es|lo|la|le|l['’]|isso|disso|это|об этом|про це|ciò)\s*(?:\p{L}+\s+){0,2}\p{L}+$`,
);

/**
 * What is not to be known is a pointer back, an event the tool causes or an account of what was done:
 * `phrase` is text[start, end), ending with the verb of knowing or telling. "Users don't need to know SQL",
 * "no need to mention the region" name a prerequisite or a detail, not something done to the person.
 */
export function keptIsAnEvent(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (POINTER_IN.test(phrase)) return true;
  // The object before the verb (Japanese, Korean; "nicht nötig, den Aufschlag zu erwähnen").
  if (OBJECT_MARK.test(phrase) || EVENT.test(phrase)) return EVENT.test(phrase);
  const rest = text.slice(end, end + 80).replace(PERSON_FIRST, "");
  const cut = rest.search(CLAUSE_END);
  const tail = cut < 0 ? rest : rest.slice(0, cut);
  if (PASSIVE_END.test(tail)) {
    // What is not told is the subject: "der Aufschlag muss nicht erwähnt werden".
    const lead = text.slice(Math.max(0, start - 80), start);
    return EVENT.test(lead.slice(lead.search(/[^;:.!?。！？]*$/u)));
  }
  return POINTER_AFTER.test(tail) || EVENT.test(tail) || WHAT_WAS_DONE.test(tail) || POINTER_BEFORE.test(phrase);
}
/** A German passive closed after the participle: "… erwähnt werden". */
const PASSIVE_END = /^\s?(?:zu )?werden\s*$/u;

/** Something done on the side is named before the phrase or in its sentence, and is what is not to be known. */
function aboutAnEvent(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceOf(match, scene);
  const before = scene.m.text.slice(Math.max(0, match.index - 400), match.index);
  return (
    (EVENT.test(before) || EVENT.test(sentence)) &&
    keptIsAnEvent(scene.m.text, match.index, match.index + match[0].length) &&
    !DETAIL.test(sentence) &&
    !negated(scene.m, { start: match.index, end: match.index + match[0].length })
  );
}

const REASON = "tells the model that the person need not know what the tool did";

export const unawareTechniques: Technique<"concealment">[] = [
  {
    family: "concealment",
    reason: REASON,
    cues: [
      ...["not", "doesn", "don", "needn", "won", "shouldn", "one", "nobody", "need", "reason", "algo", "falta", "necesario", "tiene"],
      ...["necesita", "hay", "preciso", "precisa", "necessidade", "necessário", "serve", "occorre", "bisogno", "nicht", "nie"],
      ...["behöver", "måste", "ska", "bör", "gerek", "lüzum", "nemusí", "nepotřebuje", "nemá", "není", "nem"],
    ],
    pattern: LATIN,
    accept: aboutAnEvent,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: ["користувач*", "клієнт*", "пользовател*", "клиент*", "ніхто", "никто", "потрібно", "треба", "варто", "нужно", "стоит"].concat([
      "следует",
      "обязательно",
      "незачем",
      "χρήστη*",
      "πελάτη*",
      "κανείς",
      "χρειάζεται",
      "ανάγκη",
    ]),
    pattern: CYRILLIC_GREEK,
    accept: aboutAnEvent,
  },
  {
    family: "concealment",
    reason: REASON,
    cues: ["لا", "צורך", "צריך", "חייב", "नहीं", "필요", "必要", "无需", "不必", "不用", "没必要", "无须"],
    pattern: OTHER,
    accept: aboutAnEvent,
  },
];
