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
import { CONVERSATION, CREDENTIAL_PURPOSE, INSTRUCTIONS_PURPOSE, joinedNameWords } from "./families.js";

export interface OutOfScope {
  what: string;
  /** The word that said so. */
  word: string;
  severity: Severity;
}

/** Names of a place for the agent's tool list: `tools`, `available_tools`, `tool_names`, `toolset`. */
const TOOLSET_NAME = /^(?:(?:available|my|your|agent|all)_(?:tools|functions)|toolset|tool_list|tool_names|function_list)$/;
/** A name that points at the model itself: `assistant_identity`, `llm_model`, `agent_name`, `ai_version`. */
const IDENTITY_NAME =
  /^(?:(?:ai|llm|assistant|agent|bot|caller|calling|client)_(?:model|name|identity|id|version|vendor|provider|type|info)|(?:model|assistant|agent)_(?:identity|info|self))$/;
/** A reference to something or a measure of it, not the thing: `conversation_id`, `session_uuid`, `min_context_window`. */
const REFERENCE_NAME =
  /(?:^|_)(?:ids?|uuids?|identifier|ref|handle|url|uri|path|count|size|limit|length|type|mode|format|lines)$|^(?:min|max|minimum|maximum)_/;
/** Tools whose task involves models, prompts or agents, and may fairly ask which model is calling. */
const MODEL_PURPOSE =
  /\b(?:models?|llms?|ai|prompts?|generat\w*|inference|embed\w*|rerank\w*|completions?|chat|agents?|assistants?|gpt\S*|claude|openai|anthropic|gemini)\b/;

const FILES = /file|archiv|datei|文件|ファイル/u;
/** Given to the model, not to the tool: "that you received", "que recibiste", "die du erhalten hast". */
const RECEIVED =
  /(?<![\p{L}])(?:(?:you|you've|you have) (?:received|been given|were given|got)|recibiste|has recibido|te (?:dieron|han dado)|(?:tu as|vous avez) reçu\p{L}*|reçue?s? au début|(?:du )?erhalten hast|bekommen hast|(?:você )?recebeu|hai ricevuto|je hebt gekregen|je kreeg)(?![\p{L}])|你收到的|你得到的|受け取った|与えられた/u;
/** What names the model rather than its context: its name, model, version, identity. */
const IDENTITY =
  /(?<![\p{L}])(?:name|model|identity|version|nombre|modelo|nom|modèle|namen|modell|who|which|wer|quién|qui|que eres|que tu es|que vous êtes|das du bist|calling|caller)(?![\p{L}])|模型|身份|名称|モデル|名前|_/u;

/** Text enough to judge a parameter by; a hostile description of many MiB is read no further. */
const READ = 2_000;

/**
 * What the parameter asks for that the tool's `purpose` (its name and description, matchable)
 * does not explain, and how bad that is: a required one is worse than an optional one.
 */
export function outOfScope(name: string, schema: JsonObject, required: boolean, purpose: string): OutOfScope | undefined {
  const words = joinedNameWords(name);
  if (REFERENCE_NAME.test(words) || !carriesText(schema)) return undefined;
  const own = [schema.title, schema.description].filter((t): t is string => typeof t === "string").join(" . ");
  const text = matchable(`${spelled(words)} . ${own.length > READ ? own.slice(0, READ) : own}`);
  const concepts = conceptsOf(text, ["session", "self", "others"]);
  const toolset = TOOLSET_NAME.test(words) ? words : AGENT_TOOLSET.exec(text.text)?.[0];
  const said = (concept: Concept) => concepts.get(concept);

  // The lexicon's session also holds "all files" (what an agent has read); a parameter taking files is not that.
  const session = said("session");
  if (session !== undefined && !FILES.test(session) && !CONVERSATION.expectedWhen.test(purpose) && !INSTRUCTIONS_PURPOSE.test(purpose))
    return { what: "the conversation or the model's instructions", word: session, severity: "high" };
  // Instructions that are the model's own: "your system instructions", "the instructions you received".
  const rules = said("rules");
  if (
    rules !== undefined &&
    ownedByModel(text.text, rules, said("agent") ?? ownerAmongPrior(said("prior"))) &&
    !purpose.includes(rules) &&
    !INSTRUCTIONS_PURPOSE.test(purpose) &&
    !MODEL_PURPOSE.test(purpose)
  )
    return { what: "the model's instructions", word: rules, severity: "high" };
  if (toolset !== undefined && !MODEL_PURPOSE.test(purpose))
    return { what: "the list of tools the model has", word: toolset, severity: "high" };
  const self = said("self") ?? (IDENTITY_NAME.test(words) ? words : undefined);
  if (self !== undefined && !MODEL_PURPOSE.test(purpose)) {
    // The model's name alone is what some real servers ask for their statistics, optionally;
    // its instructions, configuration or session are the model's alone.
    if (IDENTITY.test(self)) return { what: "the model's identity", word: self, severity: required ? "high" : "medium" };
    if (!CONVERSATION.expectedWhen.test(purpose)) return { what: "the model's own context", word: self, severity: "high" };
  }
  // "Do not include secrets" keeps them out; every key the model can find, or the user's keys
  // for other services, is beyond any one tool.
  const secret = said("secret");
  if (secret !== undefined && !concepts.has("neg") && !CREDENTIAL_PURPOSE.test(purpose)) {
    const beyond = concepts.has("others") || (concepts.has("every") && concepts.has("agent"));
    return { what: "credentials", word: secret, severity: required || beyond ? "high" : "medium" };
  }
  return undefined;
}

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
