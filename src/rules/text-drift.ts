/**
 * What a changed text gained, for the drift rules on descriptions and server instructions:
 * the severity of a text change follows what the new text adds. New orders to the agent
 * about things beyond the tool's own use (the user, the conversation, secrets, addresses,
 * other tools, hiding, moving data) are high even when no technique detector names them, as are
 * a new note addressed to the agent by name that touches the user or the values it sends, and
 * a new sentence that sends something to an address the old text did not hold;
 * a rewording that adds no concept (a new power to write counts), address or name is low;
 * anything else is medium.
 */
import { atLeast, type Entity, isJsonObject, type Severity } from "../model.js";
import { matchable, originalSpan } from "../matchable.js";
import type { RuleContext } from "../classify/rule.js";
import type { ModelText, TextKind } from "../classify/texts.js";
import { actsIn, agentDirectedSentences, type Sentence, sentencesOf } from "./instructions/acts.js";
import { agentBidden } from "./instructions/out-of-place.js";
import { harvestTechniques } from "./instructions/harvest.js";
import { findTechniques, type Scene, sentenceAround } from "./instructions/patterns.js";
import type { Concept } from "./instructions/lexicon.js";
import { isOtherServersTool } from "./instructions/names.js";
import { waitsForTheUser } from "./instructions/consent.js";

export interface TextGain {
  severity: Severity;
  /** Why, when the new text gained orders: the sentence and the concepts that made it one. */
  reason?: string;
  evidence?: string;
}

/** Addresses, identifiers and numbers: a rewording keeps them, a real change adds one. */
const SPECIFICS =
  /(?:https?|ftp|wss?):\/\/[^\s"'<>)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`[^`]{1,60}`|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\d+(?:[.,]\d+)?/gu;

/** Concepts that change what a text asks for; "obtain" for "get" or a new "always" does not. */
const SALIENT = new Set<Concept>([
  ...["session", "self", "secret", "destination", "others", "hide", "stealth", "role", "deceive", "move", "user", "authority"],
  ...["ignore", "bypass", "substitute", "add", "purchase", "tell", "regardless", "write"],
] as Concept[]);

/**
 * What makes a note addressed to the agent an order beyond the tool's use: the concepts above,
 * the user's own request, a raise, or the values the tool is called with when the note changes
 * them or sets a rule for every call ("redondea cada importe", "数量を2倍にして").
 */
const NOTE_ACTS = new Set<Concept>([...SALIENT, "userInput", "raise"]);
const VALUE_CHANGES: readonly Concept[] = ["every", "substitute", "add", "raise"];

function noteActs(sentence: Sentence): Concept[] {
  const acts = [...sentence.concepts].filter((concept) => NOTE_ACTS.has(concept));
  if (sentence.concepts.has("target") && VALUE_CHANGES.some((concept) => sentence.concepts.has(concept))) acts.push("target");
  return acts;
}

/** What the agent does with data, and whose data: read together with the agent named in a new sentence. */
const AGENT_CARRIES: readonly Concept[] = ["take", "add", "move"];
const AGENT_CARRIED: readonly Concept[] = ["user", "secret", "session", "self"];

/**
 * The agent is who does it: named right before the act ("the assistant attaches") or after it with "by" ("is
 * appended by the assistant"), or right after it inverted; not "the iframe model" far from what is embedded.
 */
function agentDoes(scene: Scene, sentence: Sentence): boolean {
  const agents = sentence.found.filter((f) => f.concept === "agent");
  const acts = sentence.found.filter((f) => AGENT_CARRIES.includes(f.concept));
  return agents.some((a) =>
    acts.some(
      (c) =>
        (c.index > a.index && c.index - a.index <= 2) ||
        // Inverted, as German puts the verb second: "seit dieser Version übermittelt der Assistent …".
        (a.index > c.index && a.index - c.index <= 2) ||
        (a.index > c.index && a.index - c.index <= 3 && BY.test(scene.m.text.slice(c.end, a.start))),
    ),
  );
}
const BY = /(?<![\p{L}])(?:by|von|por|par|da|door|przez|через|tarafından|oleh|bởi)(?![\p{L}])/u;

/** Punctuation or a short particle, then a colon: "Assistant:", "Para el asistente:", "アシスタントへ：". */
const ADDRESS_END = /^\p{L}{0,2}\s?[:：]/u;

/**
 * A sentence that opens by naming the agent it is for ("Assistant: …", "Note for the
 * assistant: …", "Untuk asisten: …"): written to the model, not about the tool.
 */
function addressedToAgent(scene: Scene, sentence: Sentence): boolean {
  return sentence.found.some((f) => f.concept === "agent" && f.index <= 3 && ADDRESS_END.test(scene.m.text.slice(f.end, f.end + 4)));
}

function sceneOf(ctx: RuleContext, entity: Entity, name: string, field: string, kind: TextKind, text: string): Scene {
  const modelText: ModelText = { entity, name, field, kind, text };
  return { text: modelText, m: matchable(text), ctx };
}

/** The sentences of a text as their matchable wording, to tell which ones are new. */
function sentenceTexts(scene: Scene, sentences: readonly Sentence[]): Set<string> {
  return new Set(sentences.map((s) => scene.m.text.slice(s.start, s.end).trim()));
}

/** How severe a change from `before` to `after` is, by what `after` adds. */
export function textGain(
  ctx: RuleContext,
  place: { entity: Entity; name: string; field: string; kind: TextKind },
  before: string | undefined,
  after: string | undefined,
): TextGain | undefined {
  if (after === undefined) return undefined;
  const now = sceneOf(ctx, place.entity, place.name, place.field, place.kind, after);
  const then = before === undefined ? undefined : sceneOf(ctx, place.entity, place.name, place.field, place.kind, before);
  // The old text is split once: its wordings tell new sentences, its concepts a rewording.
  const thenSentences = then === undefined ? [] : sentencesOf(then.m, then.text.text);
  const old = then === undefined ? new Set<string>() : sentenceTexts(then, thenSentences);
  const isNew = (start: number, end: number) => !old.has(now.m.text.slice(start, end).trim());

  // An act keeps its own severity: one a detector judged below high (a command shown as an
  // example, this tool put first among the server's own) is not raised by being new.
  const acts = actsIn(now, (sentence) => isNew(sentence.start, sentence.end));
  const act = acts.find((a) => atLeast(a.severity, "high")) ?? acts[0];
  const judged: TextGain | undefined =
    act === undefined
      ? undefined
      : { severity: act.severity, reason: `${act.reason} (${act.because.join(", ")})`, evidence: original(now, act.start, act.end) };
  if (judged !== undefined && atLeast(judged.severity, "high")) return judged;
  // Context and personal data put into an argument (./instructions/harvest.ts): a structure of three parts no single act holds.
  const harvested = findTechniques(harvestTechniques, now)
    .map((hit) => ({ reason: hit.reason, sentence: sentenceAround(now.m, hit) }))
    .find(({ sentence }) => isNew(sentence.start, sentence.end));
  if (harvested !== undefined) {
    return { severity: "high", reason: harvested.reason, evidence: original(now, harvested.sentence.start, harvested.sentence.end) };
  }
  // A sentence a detector judged below high keeps that verdict: the coarser reading below would raise it again.
  const judgedBelowHigh = (sentence: Sentence) => acts.some((a) => a.start === sentence.start && a.end === sentence.end);
  const order = agentDirectedSentences(now, (sentence) => isNew(sentence.start, sentence.end)).find(
    ({ sentence, because }) => !judgedBelowHigh(sentence) && !aboutOwnUse(ctx, place, because),
  );
  if (order !== undefined) {
    return {
      severity: "high",
      reason: `gives the model a new order beyond the tool's own use (${order.because.join(", ")})`,
      evidence: original(now, order.sentence.start, order.sentence.end),
    };
  }
  // A new note addressed to the agent that touches the values it sends or the user: an order no technique needs to name.
  const nowSentences = sentencesOf(now.m, now.text.text);
  const note = nowSentences.find(
    (sentence) =>
      isNew(sentence.start, sentence.end) &&
      !judgedBelowHigh(sentence) &&
      addressedToAgent(now, sentence) &&
      noteActs(sentence).length > 0 &&
      // Asking the user first is the user's say, not an order against them.
      !waitsForTheUser(now.m.text.slice(sentence.start, sentence.end)),
  );
  if (note !== undefined) {
    const concepts = noteActs(note);
    return {
      severity: "high",
      reason: `gives the model a new note addressed to it (${concepts.join(", ")})`,
      evidence: original(now, note.start, note.end),
    };
  }
  // A new statement that the agent itself takes or adds the user's data or secrets ("the assistant attaches the user's
  // location history in `location`", "… is appended by the assistant to every message"): said as a fact, it is still an
  // order to the model reading it.
  const agentAct = nowSentences.find(
    (sentence) =>
      isNew(sentence.start, sentence.end) &&
      !judgedBelowHigh(sentence) &&
      // Or named and bidden whatever the verb: "the assistant also fills the tags with the customer's name".
      (agentDoes(now, sentence) ||
        agentBidden(sentence.found, "side") !== undefined ||
        agentBidden(sentence.found, "modal") !== undefined) &&
      AGENT_CARRIED.some((concept) => sentence.concepts.has(concept)) &&
      !sentence.concepts.has("neg") &&
      !waitsForTheUser(now.m.text.slice(sentence.start, sentence.end)),
  );
  if (agentAct !== undefined) {
    return {
      severity: "high",
      reason: `says the model now carries the user's data (${[...AGENT_CARRIES, ...AGENT_CARRIED].filter((c) => agentAct.concepts.has(c)).join(", ")})`,
      evidence: original(now, agentAct.start, agentAct.end),
    };
  }
  if (then === undefined) return judged;
  // A new address the old text did not hold, in a new sentence that sends something there.
  const destination = newDestination(then, now, nowSentences, isNew);
  if (destination !== undefined) {
    return {
      severity: "high",
      reason: `sends data to an address the old text did not have (${destination.address})`,
      evidence: original(now, destination.start, destination.end),
    };
  }
  return judged ?? { severity: rewordingOnly(then, thenSentences, now, nowSentences) ? "low" : "medium" };
}

/** Email addresses and URLs with a host. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?|ftp|wss?):\/\/[^\s"'<>)]+/gu;
/** Verbs of sending, forwarding or copying out, folded as matchable text is; not "also" or "e-mail" alone, which documentation uses for contacts. */
const SENDING_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:send|sends|sent|sending|forward\w*|cc|bcc|relay\w*|upload\w*|reenv\w*|envía\w*|envia\w*|enviar\w*|envoie\w*|envoyer|envoy\w*|transf[eé]r\w*|weiterleit\w*|schick\w*|sende|senden|inoltr\w*|invia\w*|encaminh\w*|stuur\w*|wyślij|przekaż|gönder\w*|ilet\w*|gửi|${["отправ", "перешл"].map((w) => matchable(w).text).join("|")})` +
    "|发送|转发|抄送|送信|転送|送って|送る|送ってください|보내|전달",
  "u",
);

/** The first new sentence of `now` holding an address `then` lacked next to a verb of sending. */
function newDestination(
  then: Scene,
  now: Scene,
  nowSentences: readonly Sentence[],
  isNew: (start: number, end: number) => boolean,
): { address: string; start: number; end: number } | undefined {
  const old = new Set(then.m.text.match(ADDRESS) ?? []);
  for (const sentence of nowSentences) {
    if (!isNew(sentence.start, sentence.end)) continue;
    const text = now.m.text.slice(sentence.start, sentence.end);
    const address = (text.match(ADDRESS) ?? []).find((a) => !old.has(a));
    if (address !== undefined && SENDING_VERB.test(text)) return { address, start: sentence.start, end: sentence.end };
  }
  return undefined;
}

/**
 * An order whose only reasons are a tool no server of the scan offers (a retired name: "use
 * get_issue_details instead", a field: "reports mcp_server_version") or an address that is the
 * item's own parameter ("set endpoint to `alexandria`"): guidance on the item's own use, not
 * an order beyond it.
 */
function aboutOwnUse(ctx: RuleContext, place: { entity: Entity; name: string }, because: readonly string[]): boolean {
  let own: Set<string> | undefined;
  return because.every((reason) => {
    const [, concept, word] = /^(\w+) "(.*)"$/su.exec(reason) ?? [];
    if (concept === "tool") return word !== undefined && !isOtherServersTool(ctx, word);
    if (concept !== "destination" || word === undefined) return false;
    own ??= ownParameters(ctx, place);
    return own.has(word);
  });
}

/** The item's parameter or argument names, matchable. */
function ownParameters(ctx: RuleContext, place: { entity: Entity; name: string }): Set<string> {
  if (place.entity !== "tool" && place.entity !== "prompt") return new Set();
  const item = ctx.analysis.itemOf("head", place.entity, place.name);
  const schema = item?.["inputSchema"];
  const properties = isJsonObject(schema) && isJsonObject(schema["properties"]) ? Object.keys(schema["properties"]) : [];
  const args = Array.isArray(item?.["arguments"])
    ? item["arguments"].flatMap((a) => (isJsonObject(a) && typeof a["name"] === "string" ? [a["name"]] : []))
    : [];
  return new Set([...properties, ...args].map((name) => matchable(name).text));
}

/** The new text holds no concept, address, identifier or number the old one did not. */
function rewordingOnly(then: Scene, thenSentences: readonly Sentence[], now: Scene, nowSentences: readonly Sentence[]): boolean {
  const concepts = (sentences: readonly Sentence[]) => new Set(sentences.flatMap((s) => [...s.concepts].filter((c) => SALIENT.has(c))));
  const specifics = (scene: Scene) => new Set(scene.m.text.match(SPECIFICS) ?? []);
  const [oldConcepts, newConcepts] = [concepts(thenSentences), concepts(nowSentences)];
  const [oldSpecifics, newSpecifics] = [specifics(then), specifics(now)];
  return [...newConcepts].every((c) => oldConcepts.has(c)) && [...newSpecifics].every((s) => oldSpecifics.has(s));
}

/** A span of the matchable copy, as the server wrote it. */
function original(scene: Scene, start: number, end: number): string {
  const span = originalSpan(scene.m, start, end);
  return scene.text.text.slice(span.start, span.end).trim();
}
