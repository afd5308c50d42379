/**
 * Techniques that replace what the model was told: override phrases, persona swaps, and
 * claims that the tool runs outside the usual permission and safety checks. Each pattern
 * needs the object to be the model's instructions or the safety machinery, so "ignore
 * robots.txt rules" or "replaces the existing rows" do not count.
 */
import { cjk, END, phrases, type Scene, type Technique } from "./patterns.js";

/** Whose instructions: a qualifier that makes "rules" the model's or the system's rules. */
const PRIOR = String.raw`(?:previous|prior|preceding|above|earlier|former|original|initial|safety|security|system|behaviou?ral|developer|operator|user)`;
const DETERMINERS = String.raw`(?:(?:all|any|the|your|of|these|those|its) )*`;
const GUIDANCE = String.raw`(?:instructions?|rules|polic(?:y|ies)|guidelines|guardrails|directives|prompts?|constraints|restrictions|checks|filter(?:s|ing)?|safeguards|protocols|input|preferences|guidance|commands|measures)`;
/** Nouns that are the model's own instructions whatever qualifies them. */
const INSTRUCTIONS = String.raw`(?:instructions?|system prompts?|directives|guidelines|guardrails)`;

const IGNORE_CUES = [
  ...["ignore", "disregard", "forget", "skip", "bypass", "overlook", "abandon", "discard", "override", "overrides", "overriding"],
  ...["ignora", "ignorar", "ignoren", "olvida", "olvide", "olvidar", "omite", "descarta"],
  ...["ignorer", "ignorez", "oublie", "oublier", "oubliez"],
  ...["ignorier", "ignoriere", "ignorieren", "ignoriert", "vergiss", "vergessen", "missachte", "missachten"],
  ...["игнор*", "забуд*", "внимания"],
];
const REPLACE_CUES = [
  ...["override", "overrides", "overriding", "replace", "replaces", "replacing", "supersede", "supersedes", "superseding"],
  ...["overwrite", "overwrites", "overwriting", "overrule", "overrules", "overruling", "precedence"],
  ...["reemplazando", "reemplaza", "sustituyendo", "sustituye", "anulando", "anula", "remplaçant", "remplacez", "remplacer", "remplace"],
  ...["ersetzt", "ersetze", "ersetzen", "überschreib*"],
];
const PERSONA_CUES = [
  ...["persona", "adopt", "adopts", "adopting", "take", "assume", "now", "henceforth", "new", "pretend"],
  ...["dan", "unrestricted", "unfiltered", "jailbroken", "uncensored"],
  ...["adoptar", "adopta", "adopte", "asumir", "adopter", "adoptez", "annehmen", "übernehmen", "nimm", "nehmen"],
];
const BYPASS_CUES = [
  ...["bypass", "bypasses", "bypassing", "circumvent", "circumvents", "circumventing", "evade", "evades", "evading"],
  ...["sidestep", "sidesteps", "sidestepping", "around", "without"],
  ...["eluden", "elude", "evitan", "evita", "omiten", "omite", "saltan", "salta", "burlan", "burla", "sortean", "sortea"],
  ...["contourn*", "umgeh*", "обход*"],
];

/** The description of an opt-in flag: `force`, `unsafe`, `skip_checks`, `no_verify`. */
export const USER_FLAG =
  /(?:^|\/)properties\/(?:force|unsafe|dangerously\w*|skip\w*|no_?verify\w*|insecure|allow_unsafe\w*)\/description$/i;

/** What only the model has among the things a phrase may tell it to skip. */
const MODEL_GUIDANCE =
  /instruction|prompt|directive|guideline|guidance|rules|polic|anweisung|instrucci|consigne|règle|regla|regel|инструкц|правил|指令|指示|提示|规则|策略|ルール/u;

/** Not an opt-in flag's description naming the tool's own check, unless what it skips is the model's guidance. */
const notAFlagsOwnCheck = (match: RegExpExecArray, scene: Scene): boolean =>
  !USER_FLAG.test(scene.text.field) || MODEL_GUIDANCE.test(match[0]);

export const overrideTechniques: Technique<"override">[] = [
  // Override: ignore / disregard / forget the instructions or the safety rules.
  {
    family: "override",
    reason: "tells the model to ignore its instructions or safety rules",
    cues: IGNORE_CUES,
    pattern: phrases(
      String.raw`(?:ignore|disregard|forget|skip(?: over)?|bypass|overlook|abandon|discard) ${DETERMINERS}${PRIOR}[\w\s'’-]{0,30}?${GUIDANCE}${END}`,
      String.raw`(?:ignore|disregard|forget|overrid(?:e|es|ing)) ${DETERMINERS}${INSTRUCTIONS} (?:from|of|given by) (?:the |your )?(?:users?|system|operator|developer)${END}`,
      String.raw`(?:ignore|disregard|forget) (?:everything|anything|all) (?:above|before|said|written|previously|you (?:were|have been) (?:told|given))`,
      // Spanish, French, German, Russian
      String.raw`(?:ignora|ignore|ignorar|ignoren|olvida|olvide|olvidar|omite|descarta) (?:todas |todos )?(?:las |los |cualquier )?(?:instrucci[oó]n(?:es)?|indicaciones|reglas|directivas|pol[ií]ticas|restricciones) (?:previas?|anteriores|de seguridad|del sistema)`,
      String.raw`(?:ignore[rz]?|oublie[rz]?) (?:toutes )?(?:les |des |tes |vos )?(?:instructions|consignes|règles|directives) (?:précédentes|antérieures|de sécurité|du système)`,
      String.raw`(?:ignorier(?:e|en|t)?|vergiss|vergessen|missachte|missachten)(?: sie)? (?:alle )?(?:vorherigen|bisherigen|früheren|vorangegangenen|obigen|vorigen|sicherheits)\p{L}* ?(?:anweisungen|instruktionen|regeln|richtlinien|vorgaben|befehle)`,
      String.raw`(?:vorherigen|bisherigen|früheren|obigen|vorigen) (?:anweisungen|instruktionen|regeln|richtlinien) (?:zu )?(?:ignorieren|vergessen)`,
      String.raw`(?:игнорируй(?:те)?|игнорировать|проигнорируй(?:те)?|забудь(?:те)?|не обращай(?:те)? внимания на) (?:все )?(?:предыдущие|прошлые|прежние|ранее данные|системные|вышеуказанные) (?:инструкции|указания|правила|команды)`,
    ),
    // A `skip_security_check` flag saying what it skips ("Skip security checks") names the tool's own
    // checks the user may turn off; the model's instructions skipped are an override wherever they are.
    accept: notAFlagsOwnCheck,
  },
  {
    family: "override",
    reason: "tells the model to ignore its instructions or safety rules",
    cues: ["忽略", "无视", "忽视", "理会", "忘记", "忘掉", "绕过", "跳过", "無視", "忘れ"],
    pattern: cjk(
      // Chinese: ignore the previous / all / safety instructions or rules.
      String.raw`(?:忽略|无视|忽视|不要理会|不理会|忘记|忘掉|绕过|跳过)(?:之前|以前|先前|此前|上述|上面|前面|所有|全部|一切|任何|原有|原来|系统|安全)[^。！？，,]{0,6}?(?:指令|指示|规则|提示词?|限制|策略|约束|设定|说明)`,
      // Japanese: ignore the previous / all instructions.
      String.raw`(?:以前|前|これまで|上記|先|既存|全て|すべて|システム|安全)の(?:指示|命令|指令|ルール|設定|プロンプト|制約)(?:を|は)(?:全て|すべて)?(?:無視|忘れ)`,
    ),
    accept: notAFlagsOwnCheck,
  },
  // Replacement: the text claims to override, replace or supersede earlier instructions.
  {
    family: "override",
    reason: "claims to override or replace the model's instructions",
    cues: REPLACE_CUES,
    pattern: phrases(
      String.raw`(?:overrid(?:e|es|ing)|replac(?:e|es|ing)|supersed(?:e|es|ing)|overwrit(?:e|es|ing)|overrul(?:e|es|ing)|takes? precedence over) (?:(?:any|all) |${DETERMINERS}${PRIOR}[\w\s-]{0,30}?)${INSTRUCTIONS}${END}`,
      String.raw`(?:overrid(?:e|es|ing)|replac(?:e|es|ing)|supersed(?:e|es|ing)|overrul(?:e|es|ing)|takes? precedence over) ${DETERMINERS}${PRIOR}[\w\s-]{0,30}?(?:preferences|polic(?:y|ies)|rules|constraints|safety measures)${END}`,
      String.raw`(?:reemplazando|reemplaza|sustituyendo|sustituye|anulando|anula) (?:cualquier|todas las|las) (?:instrucci[oó]n(?:es)?|directivas|indicaciones|reglas) (?:previas?|anteriores|del sistema)`,
      String.raw`(?:remplaçant|remplacez|remplacer|remplace) (?:toutes )?(?:les )?(?:instructions|consignes|directives) (?:précédentes|antérieures|du système)`,
      String.raw`(?:ersetz(?:t|e|en)|überschreib(?:t|e|en)) (?:alle )?(?:vorherigen|bisherigen|früheren) (?:anweisungen|instruktionen|richtlinien)`,
    ),
  },
  {
    family: "override",
    reason: "claims to override or replace the model's instructions",
    cues: ["覆盖", "取代", "替换", "替代"],
    pattern: cjk(String.raw`(?:覆盖|取代|替换|替代)(?:之前|以前|先前|原有|所有|任何)[^。！？]{0,6}?(?:系统提示|指令|指示|规则)`),
  },
  // Its orders above the user's: "takes precedence over the user's request", "ユーザーの依頼よりも優先".
  {
    family: "override",
    reason: "puts its orders above the user's request",
    cues: [
      "precedence",
      "priority",
      "prioritize",
      "prioritise",
      "over",
      "than",
      "prioridad",
      "priorité",
      "vorrang",
      "priorità",
      "prioridade",
      "приоритет*",
    ],
    pattern: phrases(
      String.raw`(?:takes?|taking|has|have|gets?) (?:precedence|priority) over (?:the |any |all |what the |whatever the )?(?:users?|humans?|customers?)(?:'s|s')?(?: own)? (?:requests?|instructions?|wishes|input|questions?|prompts?|asks?|says|wants)`,
      String.raw`(?:prioriti[sz]e|put|place)\p{L}* (?:this|these|it|them)(?: [^.!?;]{0,30}?)? (?:over|above|before) (?:the |any )?(?:users?|humans?)(?:'s|s')? (?:requests?|instructions?|wishes|input)`,
      String.raw`(?:prioridad|precedencia) sobre (?:la |las |lo )?(?:solicitud|petición|peticiones|instrucciones|pedido)\p{L}* del usuario`,
      String.raw`(?:priorité|préséance) sur (?:la |les )?(?:demande|requête|instruction)\p{L}* de l['’ ]?utilisat\p{L}*`,
      String.raw`vorrang vor (?:der |den |dem )?(?:anfrage|anweisung|bitte|wunsch)\p{L}* (?:des|der) (?:nutzer|benutzer|anwender)\p{L}*`,
      String.raw`(?:priorità|precedenza) (?:sulla|sulle|sulla) (?:richiesta|richieste|istruzioni) dell['’ ]?utente`,
      String.raw`prioridade sobre (?:o |a |os |as )?(?:pedido|solicitação|instruções)\p{L}* do usuário`,
      String.raw`приоритет\p{L}* (?:над|перед) (?:запрос\p{L}*|просьб\p{L}*|инструкци\p{L}*) пользовател\p{L}*`,
    ),
  },
  {
    family: "override",
    reason: "puts its orders above the user's request",
    cues: ["優先", "优先", "우선"],
    pattern: cjk(
      String.raw`ユーザー?の(?:依頼|指示|要求|リクエスト|質問|命令)(?:より|よりも)(?:も)?優先`,
      String.raw`(?:优先于|高于|先于)用户(?:的)?(?:请求|指令|要求|指示|问题)|比用户(?:的)?(?:请求|指令|要求|指示)更?优先`,
      String.raw`사용자(?:의)? (?:요청|지시|명령)보다 (?:우선|먼저)`,
    ),
  },
  // Persona swap: the model is told to become someone else, usually defined by tool output.
  {
    family: "override",
    reason: "tells the model to adopt a different persona",
    cues: PERSONA_CUES,
    pattern: phrases(
      String.raw`adopt(?:s|ing)? (?:the |a |this |that |its |their )?(?:new |following )?persona`,
      String.raw`take (?:on|over) (?:the |a )?(?:character|persona|identity)`,
      String.raw`assume (?:the |a )?(?:new )?(?:persona|identity|character) (?:of|from|defined|returned|described|provided)`,
      String.raw`you are now (?:a |an |the )?(?:new |different |unrestricted |unfiltered |jailbroken )?(?:assistant|ai|model|persona|character|agent|dan)${END}`,
      String.raw`(?:from now on|henceforth),? (?:you (?:are|will|must|shall)|the (?:assistant|ai|model) (?:is|will|must))`,
      String.raw`new (?:system )?(?:instructions|prompt|directives) ?:`,
      String.raw`(?:act|behave|respond) as (?:an? )?(?:dan|unrestricted|unfiltered|jailbroken|uncensored)${END}`,
      String.raw`pretend (?:to be|you are|that you are) (?:an? |the )?(?:system|admin|administrator|root|developer|different|unrestricted|new)${END}`,
      String.raw`(?:adoptar|adopta|adopte|asumir) (?:la|el) (?:persona|personaje|rol)`,
      String.raw`(?:adopter|adopte|adoptez) (?:la|le) (?:persona|personnage|rôle)`,
      String.raw`(?:die |eine )?(?:persona|rolle) (?:annehmen|übernehmen)|(?:nimm|nehmen sie) (?:die |eine )?(?:persona|rolle)`,
    ),
  },
  // Safety and permission bypass: the tool claims to run outside the usual checks.
  {
    family: "override",
    reason: "claims to bypass permission or safety checks",
    cues: BYPASS_CUES,
    pattern: phrases(
      String.raw`(?:bypass(?:es|ing)?|circumvent(?:s|ing)?|evad(?:e|es|ing)|sidestep(?:s|ping)?|get(?:s|ting)? around) (?:all |any |the )?(?:normal |standard |regular |ordinary |usual |existing |default |typical |required )?(?:permission|security|safety|access|authori[sz]ation|authentication|sandbox|content)[\w-]{0,10} (?:checks?|validations?|controls?|restrictions?|polic(?:y|ies)|filter(?:s|ing)?|measures|guards|confirmations?)${END}`,
      String.raw`without (?:any )?(?:content filtering|content moderation|safety (?:checks|filters|filtering)|security checks)`,
      String.raw`(?:eluden?|evitan?|omiten?|saltan?|burlan?|sortean?) (?:los |las )?(?:controles|comprobaciones|verificaciones|restricciones|validaciones) (?:de )?(?:permisos|seguridad|acceso)`,
      String.raw`contourn\p{L}* (?:les )?(?:contrôles|vérifications|restrictions) (?:de |d')?(?:sécurité|permissions?|accès)`,
      String.raw`umgeh\p{L}* (?:die |alle )?(?:normalen |üblichen )?(?:sicherheits|berechtigungs|zugriffs)\p{L}*?(?:prüfungen|kontrollen|checks|richtlinien)`,
      String.raw`обход\p{L}* (?:проверк\p{L}*|контрол\p{L}*|ограничен\p{L}*) (?:прав|безопасности|доступа)`,
    ),
    // A `force` flag saying what forcing means ("Force the operation, bypassing safety checks")
    // describes an option the user can choose, not a tool that escapes its checks.
    accept: (_match, scene) => !USER_FLAG.test(scene.text.field),
  },
  {
    family: "override",
    reason: "claims to bypass permission or safety checks",
    cues: ["绕过", "绕开", "跳过", "规避"],
    pattern: cjk(String.raw`(?:绕过|绕开|跳过|规避)[^。！？]{0,6}?(?:权限|安全|访问)[^。！？]{0,4}?(?:检查|验证|控制|限制|策略)`),
    accept: (_match, scene) => !USER_FLAG.test(scene.text.field),
  },
];
