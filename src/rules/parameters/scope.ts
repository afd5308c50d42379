/**
 * What a parameter asks the model to put in it, read with the sentence analyser from its
 * name and its own text together, in any language the lexicon knows: the conversation or the
 * model's instructions, the tools the model has, the model's identity, credentials. Judged
 * against the tool's task: a calculator has no use for any of them, a chat tool needs the
 * conversation, a tool that calls a service needs its key.
 */
import { matchable } from "../../matchable.js";
import { isJsonObject, type JsonObject, type Severity } from "../../model.js";
import type { Concept } from "../instructions/lexicon.js";
import { AGENT_TOOLSET, conceptsOf } from "../instructions/acts.js";
import {
  CONVERSATION,
  CREDENTIAL_PURPOSE,
  CREDENTIAL_TASK,
  holdsBoth,
  INSTRUCTIONS_PURPOSE,
  joinedNameWords,
  MODEL_CALLING_TASK,
} from "./families.js";
import { escapeRegExp } from "../../escape-regexp.js";
import { keptIn } from "../instructions/kept-in.js";

export interface OutOfScope {
  what: string;
  /** The word that said so. */
  word: string;
  severity: Severity;
}

/** Han, kana and hangul: no spaces between words. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Names of a place for the agent's tool list: `tools`, `available_tools`, `tool_names`, `toolset`. */
const TOOLSET_NAME = /^(?:(?:available|my|your|agent|all)_(?:tools|functions)|toolset|tool_list|tool_names|function_list)$/;
/**
 * The same in other languages and transliterations: a word for tools next to one that makes
 * them the agent's whole set (`wszystkie_narzedzia`, `herramientas_disponibles`,
 * `liste_outils`, `verfuegbare_werkzeuge`).
 */
function toolsetName(words: string): boolean {
  if (TOOLSET_NAME.test(words)) return true;
  return holdsBoth(words.split("_"), TOOLS_PARTS, WHOLE_SET_PARTS);
}
const TOOLS_PARTS = new Set(
  "tool tools functions narzedzia narzedzi narzedzie herramientas outils werkzeuge werkzeugen strumenti ferramentas instrumenty instrumentov araclar araclari alat gongju dougu tooler verktyg hulpmiddelen".split(
    " ",
  ),
);
const WHOLE_SET_PARTS = new Set(
  "available all your my agent list names inventory catalog catalogue manifest registry wszystkie dostepne lista listy todas disponibles toutes tous liste alle verfuegbaren verfuegbare tutti tutte disponibili disponiveis vse dostupnye spisok tum mevcut listesi semua tersedia daftar".split(
    " ",
  ),
);
/**
 * A name that points at the model itself: a word for the model as an agent and a word for what
 * identifies it, in any order and with words between (`assistant_identity`, `llm_model`,
 * `assistant_model_identity`, `model_vendor`, `ai_provider_name`). An agent, caller or client
 * is as often a person or a program (`caller_name` on a phone log, `client_name` on an
 * invoice), so those only count with a model, vendor or provider.
 */
function identityName(words: string): boolean {
  const parts = words.split("_");
  const has = (set: ReadonlySet<string>) => parts.some((part) => set.has(part));
  if (holdsBoth(parts, AGENT_PARTS, IDENTITY_PARTS)) return true;
  if (parts.includes("model") && has(MODEL_IDENTITY_PARTS)) return true;
  return has(PERSON_OR_AGENT_PARTS) && (parts.includes("model") || has(MODEL_IDENTITY_PARTS));
}
const AGENT_PARTS = new Set(["ai", "llm", "assistant", "bot", "chatbot", "copilot"]);
const IDENTITY_PARTS = new Set(["model", "name", "identity", "version", "vendor", "provider", "type", "info", "family", "persona", "self"]);
/** What identifies a model beyond the word model itself: `model_vendor`, `model_identity`. */
const MODEL_IDENTITY_PARTS = new Set(["identity", "vendor", "provider", "family", "self"]);
/** An agent, caller or client is as often a person or a program (a listing agent's name, a client's name on an invoice). */
const PERSON_OR_AGENT_PARTS = new Set(["agent", "caller", "calling", "client"]);

/**
 * A parameter's text asking which model fills it, by structure: "which model (and version) you
 * are", "your model", "the assistant's provider", in the languages the lexicon reads. A model
 * word must be the model's own (yours, the assistant's): "the phone model", "your cloud
 * provider" are the user's things. Folded like the matchable text it is tested on.
 */
const SELF_ASK = foldedPattern([
  ...[
    "which model you are|what model you are|which model are you|what model are you|which model and version you|what model and version you",
  ],
  ...[
    "which ai model|which llm|what llm|which language model|model you are running|model that you are|model you run on|model powering you",
  ],
  ...["your model|your own model|your ai model|your llm|your language model|your model provider|your ai provider|your llm provider"],
  ...[
    "the assistant's model|the ai's model|the assistant's identity|the agent's model|the assistant's provider|the assistant's model name",
  ],
  ...["qué modelo eres|que modelo eres|qué modelo es usted|tu modelo|el modelo que eres|modelo de ia que eres|tu proveedor de ia"],
  ...["quel modèle tu es|quel modèle vous êtes|quel modèle es-tu|quel modèle êtes-vous|ton modèle|votre modèle|le modèle que vous êtes"],
  ...["welches modell du bist|welches modell bist du|dein modell|deinen modellnamen|dein anbieter|deinen anbieter|welches ki-modell"],
  ...["il tuo modello|quale modello sei|che modello sei|o seu modelo|seu modelo|qual modelo você é|que modelo você é"],
  ...[
    "твоя модель|ваша модель|какая ты модель|какая вы модель|какой ты модель|hangi modelsin|modelin ne|mô hình của bạn|bạn là mô hình nào",
  ],
  ...[
    "你的模型|您的模型|你是什么模型|你是哪个模型|你是哪一个模型|你的身份|あなたのモデル|どのモデルですか|あなたは何のモデル|당신의 모델|어떤 모델인지|너의 모델",
  ],
]);

/** Phrases as one alternation matched on whole words, each folded as matchable text is. */
function foldedPattern(lists: readonly string[]): RegExp {
  const phrases = lists.flatMap((list) => list.split("|")).map((phrase) => matchable(phrase).text.trim());
  const longestFirst = (a: string, b: string) => b.length - a.length;
  // Scripts written without spaces are found inside a run of their characters; others as whole words.
  const unspaced = phrases
    .filter((p) => UNSPACED.test(p))
    .sort(longestFirst)
    .map(escapeRegExp);
  const spaced = phrases
    .filter((p) => !UNSPACED.test(p))
    .sort(longestFirst)
    .map(escapeRegExp);
  // "your model number", "the model of the car" name a thing, not the model answering.
  const words = `(?<![\\p{L}\\p{N}])(?:${spaced.join("|")})(?![\\p{L}\\p{N}])(?!\\s+(?:number|no|year|serial|code|of)\\b)`;
  return new RegExp(unspaced.length > 0 ? `${words}|${unspaced.join("|")}` : words, "u");
}
/** A reference to something or a measure of it, not the thing: `conversation_id`, `session_uuid`, `min_context_window`. */
const REFERENCE_NAME =
  /(?:^|_)(?:ids?|uuids?|identifier|ref|handle|url|uri|path|count|size|limit|length|type|mode|format|lines)$|^(?:min|max|minimum|maximum)_/;
/** Tools whose task involves models, prompts or agents, and may fairly ask which model is calling. */
const MODEL_PURPOSE =
  /\b(?:models?|llms?|ai|prompts?|inference|embed\w*|rerank\w*|completions?|chat|agents?|assistants?|gpt\S*|claude|openai|anthropic|gemini)\b|\bgenerat\w* (?:[\w-]+ ){0,3}(?:text|texts|content|responses?|answers?|replies|completions?|embeddings?|speech|summar\w*)\b/;

const FILES = /file|archiv|datei|文件|ファイル/u;
/** Given to the model, not to the tool: "that you received", "que recibiste", "die du erhalten hast". */
const RECEIVED =
  /(?<![\p{L}])(?:(?:you|you've|you have) (?:received|been given|were given|got)|recibiste|has recibido|te (?:dieron|han dado)|(?:tu as|vous avez) reçu\p{L}*|reçue?s? au début|(?:du )?erhalten hast|bekommen hast|(?:você )?recebeu|hai ricevuto|je hebt gekregen|je kreeg)(?![\p{L}])|你收到的|你得到的|受け取った|与えられた/u;
/** What names the model rather than its context: its name, model, version, identity. */
const IDENTITY =
  /(?<![\p{L}])(?:name|model|identity|version|nombre|modelo|nom|modèle|namen|modell|who|which|wer|quién|qui|que eres|que tu es|que vous êtes|das du bist|calling|caller)(?![\p{L}])|模型|身份|名称|モデル|名前|_/u;

/** A value the text says an earlier tool call returns: "from `get_session()`", "returned by create_login". */
const TOKEN_FROM_A_CALL =
  /\b(?:from|returned by|obtained (?:from|via|with|by)|output of|given by|issued by|result of|as returned by|comes from)\s+(?:the\s+|a\s+)?(?:previous\s+|earlier\s+)?[`'"]?[a-z][a-z0-9]*(?:_[a-z0-9]+)+[`'"]?(?:\(\))?/;

/** A toolset word that is one item's name: "函数名称", "function name". */
const ONE_NAME = /(?:名称|名字|名)$|\bnames?$/u;

/** Concepts of handing data over: taking it in, moving it, a place for it ("here", "this field"). */
const ORDER_TO_HAND_OVER: readonly Concept[] = ["take", "move", "slot"];

/** Putting something in the field the text sits in: "enter it here", "hier eintragen", "여기에 입력". */
const PUT_HERE = foldedPattern([
  "here|in here|into this field|in this field|enter|fill in|type in|put|hier|eintragen|eingeben|einfügen|aquí|acá|ingresa|ingrese|introduce|introduzca|pega|ici|saisir|saisissez|entrez|colle|collez|qui|inserisci|incolla|aqui|digite|insira|cole|здесь|сюда|введите|вставьте|burada|buraya|girin|đây|nhập",
  "这里|此处|填入|填写|输入|粘贴|ここに|入力|貼り付け|여기에|여기|입력|붙여넣",
]);

/** The lexicon's session words that name the model's setup rather than the exchange. */
const SYSTEM_PROMPT = foldedPattern([
  "system prompt|system message|systemprompt|system-prompt|prompt del sistema|prompt système|invite système|prompt di sistema|prompt do sistema|системный промпт|시스템 프롬프트|系统提示|システムプロンプト",
  ...[
    "instructions systeme|instructions du systeme|invite systeme|prompt systeme|systemanweisung|systemanweisungen|systeminstruktion|systeminstruktionen|mensaje del sistema|mensaje de sistema|instrucciones del sistema|instructions système|instructions du système|messaggio di sistema|istruzioni di sistema|mensagem do sistema|instruções do sistema|системное сообщение|системные инструкции|системная инструкция|系统消息|系统指令|系统提示词|システムメッセージ|システム指示|시스템 메시지|시스템 지시",
  ],
]);

/** A letter outside ASCII: a name that nameWords cannot spell. */
const NON_ASCII = /[^\x00-\x7F]/u;

/** Text enough to judge a parameter by; a hostile description of many MiB is read no further. */
const READ = 2_000;

/** Whether a value reads as prose: a few words, or a run of a script written without spaces. */
export function isProse(value: string): boolean {
  return value.trim().split(/\s+/).length >= 3 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{6}/u.test(value);
}

/**
 * What the parameter asks for that the tool's `purpose` (its name and description, matchable)
 * does not explain, and how bad that is: a required one is worse than an optional one.
 * `asOrder` reads a schema value written as prose: it counts only when it hands something over.
 * `userFilled` reads a prompt's argument, which the user fills: "your prompt", "tu pregunta"
 * there are the user's own words, so only the system's instructions are the model's.
 */
export function outOfScope(
  name: string,
  schema: JsonObject,
  required: boolean,
  purpose: string,
  options: { asOrder?: boolean; userFilled?: boolean } = {},
): OutOfScope | undefined {
  const words = joinedNameWords(name);
  if (REFERENCE_NAME.test(words) || !carriesText(schema)) return undefined;
  const own = [schema.title, schema.description].filter((t): t is string => typeof t === "string").join(" . ");
  // A name in another script ("会話履歴", "사용_가능한_도구") has no ASCII words: it is read as it is written.
  const script = NON_ASCII.test(name) ? ` . ${name.replace(/[_\-.]+/gu, " ")}` : "";
  const text = matchable(`${spelled(words)}${script} . ${own.length > READ ? own.slice(0, READ) : own}`);
  const concepts = conceptsOf(text, ["session", "self", "others"]);
  // A value written as an order ("enter the password here") must hand something over; a search
  // example that mentions a password ("reset password steps") hands nothing.
  if (options.asOrder && !ORDER_TO_HAND_OVER.some((c) => concepts.has(c)) && !PUT_HERE.test(text.text)) return undefined;
  // "函数名称", "function name": the name of one function the tool manages, not the agent's tool list.
  const listed = AGENT_TOOLSET.exec(text.text)?.[0];
  const toolset = toolsetName(words) ? words : listed !== undefined && ONE_NAME.test(listed) ? undefined : listed;
  const said = (concept: Concept) => concepts.get(concept);

  // The lexicon's session also holds the person's files ("every file the user opened"); a parameter taking files is
  // not that. Bare "上下文", "会话" are not in it: in technical Chinese they name a runtime's context or session.
  // The model's setup named in a language the lexicon's session words do not spell it in ("systemanweisung", "mensaje del sistema").
  const session = notKeptIn(text.text, "session", said("session") ?? SYSTEM_PROMPT.exec(text.text)?.[0]);
  // The system prompt is the model's setup, not the conversation: a tool about messages (a mail
  // or chat tool) has use for the conversation, only one about prompts or models for the setup.
  // A tool that calls a model, said in any language ("envía mensajes a un modelo de lenguaje"), takes both for the model it calls.
  const excused = () =>
    MODEL_CALLING_TASK.test(purpose) ||
    (SYSTEM_PROMPT.test(session ?? "")
      ? INSTRUCTIONS_PURPOSE.test(purpose) || MODEL_PURPOSE.test(purpose)
      : CONVERSATION.expectedWhen.test(purpose) || INSTRUCTIONS_PURPOSE.test(purpose));
  if (session !== undefined && !FILES.test(session) && !excused() && !namedByTask(session, purpose))
    return { what: "the conversation or the model's instructions", word: session, severity: "high" };
  // Instructions that are the model's own: "your system instructions", "the instructions you received".
  const rules = said("rules");
  if (
    rules !== undefined &&
    ownedByModel(text.text, rules, options.userFilled ? systemOwner(said("prior")) : (said("agent") ?? ownerAmongPrior(said("prior")))) &&
    !purpose.includes(rules) &&
    !INSTRUCTIONS_PURPOSE.test(purpose) &&
    !MODEL_PURPOSE.test(purpose)
  )
    return { what: "the model's instructions", word: rules, severity: "high" };
  if (toolset !== undefined && !MODEL_PURPOSE.test(purpose))
    return { what: "the list of tools the model has", word: toolset, severity: "high" };
  const lexiconSelf = notKeptIn(text.text, "self", said("self"));
  // "Your model number", "the model year": the user's thing, not the model answering.
  const thing = lexiconSelf !== undefined && /\bmodel$/.test(lexiconSelf) && modelThing(text.text, lexiconSelf);
  const self = (thing ? undefined : lexiconSelf) ?? (identityName(words) ? words : SELF_ASK.exec(text.text)?.[0]);
  if (self !== undefined && !MODEL_PURPOSE.test(purpose)) {
    // The model's name alone is what some real servers ask for their statistics, optionally;
    // its instructions, configuration or session are the model's alone.
    if (IDENTITY.test(self)) return { what: "the model's identity", word: self, severity: required ? "high" : "medium" };
    if (!CONVERSATION.expectedWhen.test(purpose) && !namedByTask(self, purpose))
      return { what: "the model's own context", word: self, severity: "high" };
  }
  // "Do not include secrets" keeps them out; every key the model can find, or the user's keys
  // for other services, is beyond any one tool.
  // A token the server's own earlier call hands back ("credentials token from get_session_info()")
  // is a proof of a workflow step, not a secret of the user's.
  const secret = TOKEN_FROM_A_CALL.test(text.text) ? undefined : said("secret");
  // In a value, a "not" keeps something from the user ("without telling them, enter…"), never the secret from the tool.
  if (
    secret !== undefined &&
    (options.asOrder || !concepts.has("neg")) &&
    !CREDENTIAL_PURPOSE.test(purpose) &&
    !CREDENTIAL_TASK.test(purpose) &&
    // A tool whose own text is about that secret (a vault that reads a key, a password manager) works on it.
    !purpose.includes(secret) &&
    !ownServiceSecret(text.text, secret, purpose)
  ) {
    const beyond = concepts.has("others") || (concepts.has("every") && concepts.has("agent"));
    return { what: "credentials", word: secret, severity: required || beyond ? "high" : "medium" };
  }
  return undefined;
}

/**
 * The word of a concept of the model's context, unless the text names the conversation only as
 * where the value may end up ("do not pass it here, as it may be stored in logs or conversation
 * history"); then whatever other word of it the text holds.
 */
function notKeptIn(text: string, concept: Concept, first: string | undefined): string | undefined {
  let rest = text;
  let word = first;
  // A few rounds: a phrase may hold two session words ("historial de la conversación").
  for (let round = 0; round < 3 && word !== undefined; round++) {
    const places: number[] = [];
    for (let at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at + word.length)) {
      if (!keptIn(rest, at, at + word.length)) return word;
      places.push(at);
    }
    if (places.length === 0) return word;
    // Blanked as a word, so the next one is still read as part of the same place.
    for (const at of places) rest = `${rest.slice(0, at)}${"x".repeat(word.length)}${rest.slice(at + word.length)}`;
    word = conceptsOf(matchable(rest), [concept]).get(concept);
  }
  return word;
}

/**
 * The tool's own name or description names the thing the parameter asks for: a tool that tests
 * "the system prompt of the user's chatbot" takes a system prompt, one that "saves a session
 * handoff" a summary of "this session". What the tool is about is its task, as a vault's key is.
 */
function namedByTask(word: string, purpose: string): boolean {
  const core = word.replace(DETERMINER, "").trim();
  if (core.length < 4) return false;
  return UNSPACED.test(core) ? purpose.includes(core) : new RegExp(`(?<![\\p{L}])${escapeRegExp(core)}(?![\\p{L}])`, "u").test(purpose);
}
/** Words before a noun that say whose or which one it is: "this session", "your prompt", "la conversación". */
const DETERMINER =
  /^(?:(?:this|that|the|your|our|my|current|whole|entire|full|este|esta|tu|su|la|el|le|ce|cette|ton|ta|votre|dieser|diese|dieses|dein|deine|die|der|das|questa|questo|la tua|il tuo|essa|esse|sua|seu)\s+)+/u;

/** Words that say whose a credential is without naming a service: "your", "valid", "public". */
const NO_SERVICE = /^(?:user|users|your|their|valid|public|private|personal|secret|account|admin|current|same|this|that|with|from|the)$/u;

/**
 * The credential is named for the service the tool works with: "Mapbox public access token" on a
 * tool comparing Mapbox styles. A word of the tool's name or description just before the secret's
 * word is that service; a user's key for a service the tool does not name is not.
 */
function ownServiceSecret(text: string, secret: string, purpose: string): boolean {
  const purposeWords = new Set(purpose.split(/[^\p{L}\p{N}]+/u));
  for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
    const before = text
      .slice(Math.max(0, at - 40), at)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(-2);
    if (before.some((word) => word.length >= 4 && !NO_SERVICE.test(word) && purposeWords.has(word))) return true;
  }
  return false;
}

/** Every use of `word` in `text` is followed by a noun that makes it a thing's model ("model number"). */
function modelThing(text: string, word: string): boolean {
  let seen = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (!THING_AFTER.test(text.slice(at + word.length, at + word.length + 12))) return false;
    seen = true;
  }
  return seen;
}
const THING_AFTER = /^\s+(?:number|no|year|serial|code|of)\b/;

/**
 * The instructions word is the model's: "your" or "system" just before it ("your system
 * instructions", "tus instrucciones"), or "received" next to it ("las indicaciones que
 * recibiste", "受け取ったシステムの指示").
 */
function ownedByModel(text: string, rules: string, owner: string | undefined): boolean {
  for (let at = text.indexOf(rules); at >= 0; at = text.indexOf(rules, at + rules.length)) {
    if (owner !== undefined) {
      const mine = text.lastIndexOf(owner, at);
      if (mine >= 0 && at - (mine + owner.length) <= 12) return true;
    }
    const around = `${text.slice(Math.max(0, at - 20), at)} ${text.slice(at + rules.length, at + rules.length + 40)}`;
    if (RECEIVED.test(around)) return true;
  }
  return false;
}

/** A "prior" word that names whose the instructions are ("tus", "system"), not which ones. */
function ownerAmongPrior(prior: string | undefined): string | undefined {
  return prior === undefined || GENERIC_PRIOR.test(prior) ? undefined : prior;
}

/** A "prior" word that makes the instructions the system's ("system", "del sistema"), whoever "you" is. */
function systemOwner(prior: string | undefined): string | undefined {
  return prior !== undefined && SYSTEM_PRIOR.test(prior) ? prior : undefined;
}
const SYSTEM_PRIOR = /^(?:system|developer|del sistema|du système|系统|システム|시스템)$/u;

/** Words of the lexicon's "prior" that say which instructions without making them the model's: "all", "existing". */
const GENERIC_PRIOR = /^(?:all|alle|todas|toutes|所有|すべての|existing|original|above|any other|all other|earlier|previous|prior)$/u;

/** Name words as prose, with German umlauts spelled out in ASCII names read back (`gespraech` → gespräch). */
function spelled(words: string): string {
  const prose = words.replaceAll("_", " ");
  const umlauts = prose.replace(/ae/g, "ä").replace(/oe/g, "ö").replace(/ue/g, "ü");
  return umlauts === prose ? prose : `${prose} . ${umlauts}`;
}

/** A string, an array or an object, or something that may be one: what can carry text. */
function carriesText(schema: JsonObject): boolean {
  const { type, enum: choices, const: fixed, anyOf, oneOf } = schema;
  if (choices !== undefined || fixed !== undefined) return false;
  if (type === undefined) {
    const branches = [anyOf, oneOf].filter(Array.isArray).flat();
    return branches.length === 0 || branches.some((b) => isJsonObject(b) && carriesText(b));
  }
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => t === "string" || t === "array" || t === "object");
}
