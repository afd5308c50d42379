/**
 * Acts read from where a sentence stands or from what it overrides, beside the detectors of
 * ./acts.ts:
 *
 * - Schema-field instructions (TECHNIQUES.md 18): a schema value (default, enum, const, an
 *   example), a title or an output field's description that names the agent and gives it an
 *   act. Those places hold data, a label or what a result means; none has an honest reason to
 *   speak to the assistant about sending, adding, calling or the user's data.
 * - Forced extra actions (9): an action added although the person asked for less ("send 10 even
 *   when one copy is requested", "whether or not the user asked for it"), a purchase tied to each
 *   call, and a call repeated so that only the last result counts.
 * - Conditional privilege (13): a mode named by its value ("in `unrestricted` mode", "no modo
 *   `livre`") under which a safeguard is lifted. An unnamed mode ("disabled in this mode",
 *   "enable full-auto mode") is how honest tools describe their own switches.
 */
import type { Concept } from "./lexicon.js";
import type { Scene } from "./patterns.js";
import { foldedRegExp as folded } from "./folded.js";
import type { Act, Found } from "./acts.js";
import { cite, type SentenceView } from "./sentence-view.js";

type Verdict = Omit<Act, "start" | "end">;

/** Data, a label, or what a result holds: fields whose text is not written to the agent. */
function dataField(scene: Scene): boolean {
  const { kind, field } = scene.text;
  if (kind === "value") return !/\/(?:description|\$comment)$/.test(field);
  if (kind === "title") return scene.text.entity !== "server";
  return kind === "description" && field.startsWith("outputSchema/");
}

/**
 * The agent by name, not a pronoun: "you" and "your" label fields honestly ("Your API key"),
 * and "model" names what an ML tool runs.
 */
const PRONOUN_OR_MODEL = folded(
  /^(?:you|your|yourself|du|dich|dein\p{L}*|deiner|tu|vous|toi|votre|ton|ta|tes|vos|tú|usted|você|voce|voi|jij|ty|ты|вы|kamu|anda|bạn|당신|너|你|您|آپ|أنت|אתה|model|modell|modelo|modèle|modello|модель|모델|モデル|模型|mô hình|النموذج|המודל|sprachmodell|language model)$/u,
);

/** What the named agent is told to do there: move, take, add or call something, or tell the user. */
const FIELD_ACTS: readonly Concept[] = ["move", "take", "add", "call", "tell", "substitute", "purchase", "run", "hide", "ignore"];
/** Whose data it handles, when the act is only an obligation ("wajib", "must"). */
const FIELD_DATA: readonly Concept[] = ["user", "secret", "session"];

/** Punctuation or a short particle, then a colon: "assistant:", "IA :", "アシスタントへ：". */
const ADDRESS_END = /^\p{L}{0,2}\s?[:：]/u;

/**
 * The agent named (not "you" or "the model") and bidden right after: "the assistant also …", "der Assistent schickt
 * zusätzlich …", "asisten wajib …". The bidding word: "side" (also, besides) or "modal" (must, wajib).
 */
export function agentBidden(found: readonly Found[], bidding: "side" | "modal"): Found | undefined {
  return found.find(
    (agent) =>
      agent.concept === "agent" &&
      !PRONOUN_OR_MODEL.test(agent.word) &&
      found.some((f) => f.concept === bidding && f.index > agent.index && f.index - agent.index <= 2),
  );
}

/**
 * 18. A schema value, title or output field that speaks to the agent: addresses it ("agent: add …") or
 * has it do something besides or as a duty ("the assistant also calls …", "asisten wajib menyertakan …").
 * "Sources the agent read" or "surfaced so the LLM can chain the next call" says what a result is for.
 */
export function fieldAddressesAgent(s: SentenceView, scene: Scene): Verdict | undefined {
  if (!dataField(scene)) return undefined;
  const agent = s.sentence.found.find((f) => f.concept === "agent" && !PRONOUN_OR_MODEL.test(f.word));
  const acted = FIELD_ACTS.filter((concept) => s.has(concept) && !s.negatedAt(concept));
  const addressed = agent !== undefined && ADDRESS_END.test(scene.m.text.slice(agent.end, agent.end + 4));
  const data = FIELD_DATA.some((concept) => s.has(concept));
  // Besides or as a duty, with an act or with the user's data: "the assistant also fills it with the customer's name".
  const besides = agentBidden(s.sentence.found, "side") !== undefined && (acted.length > 0 || data);
  const obliged = agentBidden(s.sentence.found, "modal") !== undefined && (acted.length > 0 || data);
  if (agent !== undefined && ((addressed && acted.length > 0) || besides || obliged)) {
    return {
      family: "schema",
      reason: "a schema value, title or output field speaks to the agent",
      because: [`agent "${agent.word}"`, ...cite(s, ...acted.slice(0, 2), "side", "modal", "user")],
      severity: "high",
    };
  }
  // An output field's text that has the agent hand the user's data to another tool, or tell the user
  // something whatever the result says ("tell the user it is overdue, even if `status` says paid").
  if (!scene.text.field.startsWith("outputSchema/") || !s.directive) return undefined;
  const handed = (s.has("move") || s.has("take")) && s.foreignTools.length > 0 && FIELD_DATA.some((c) => s.has(c));
  const told = s.has("tell") && s.has("user") && s.has("regardless") && !s.negatedAt("tell");
  if (!handed && !told) return undefined;
  return {
    family: "schema",
    reason: "an output field's text gives the agent an order about the user",
    because: [...cite(s, "move", "take", "tell", "user", "regardless"), ...s.foreignTools.slice(0, 1).map((t) => `tool "${t}"`)],
    severity: "high",
  };
}

/**
 * Less was asked: "even when one copy is requested", "anche se l'utente non lo ha chiesto",
 * "whether or not the user asked", "oavsett vad användaren har bett om".
 */
const WHETHER_OR_NOT = folded(
  /(?<![\p{L}])(?:or not|ou non|o no|oder nicht|ou não|o meno|of niet|czy nie|или нет|ya da değil)(?![\p{L}])/u,
);
/** What is added: a purchase, a copy, a repeat, something sent or put in besides. */
const EXTRA: readonly Concept[] = ["purchase", "add", "side", "repeat", "move"];

/** A clause of choice: "whether … or not" describes an option, it overrides nothing. */
const WHETHER = folded(/(?<![\p{L}])(?:whether|ob|czy|si|se)(?![\p{L}])/u);
/** A repeat by count: "three times", "twice", "identical calls", "dos veces", "二回", "세 번". */
const COUNTED = folded(
  /(?:times|twice|thrice|identical|veces|fois|mal|volte|vezes|keer|kez|раз|рази|двічі|дважды|trzy razy|dwa razy|回|次|번)/u,
);

/** A number of times: "four times", "viermal", "trois fois", "три раза", "dwa razy". Not "once" or "einmal". */
const TIMES_OVER = folded(
  /(?<![\p{L}])(?:twice|thrice|(?:\d+|two|three|four|five|six|ten|zwei|drei|vier|fünf|zehn|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|due|tre|quattro|cinque|duas|três|quatro|twee|drie|dwa|trzy|cztery|два|три|четыре|пять|dva|tri) ?(?:times|mal|veces|fois|volte|vezes|keer|razy|раза?|разів|рази|krát))(?![\p{L}])/u,
);

/** Paging, retries and failures: "repeat" and "again" of an honest loop. */
const LOOP = folded(/(?<![\p{L}])(?:page|pages|cursor|next|fail\p{L}*|error\p{L}*|retry|retries|timeout|until|rate limit|paginat\p{L}*)/u);

/** 9. Extra actions the person did not ask for, or calls repeated so that only the last one counts. */
export function extraActions(s: SentenceView, scene: Scene): Verdict | undefined {
  const extra: string[] = EXTRA.filter((concept) => s.has(concept) && !s.negatedAt(concept));
  // A quantity set against the one asked for: "print 3 labels every time, even if a single label is requested".
  if (/\d/.test(s.text)) extra.push("quantity");
  // Against what was asked: "even when one copy is requested", "even when the user asked for one"; or "whether
  // or not the user asked for it". Not "always requested from the API regardless of whether you list it" (the ask comes
  // first, and is the tool's own), nor "whether a folder should be synced to a user's device or not" (a choice described).
  const regardless = s.sentence.found.filter((f) => f.concept === "regardless");
  const askedAfter = s.sentence.found.some(
    (f) => f.concept === "userInput" && regardless.some((r) => f.index >= r.index && f.index - r.index <= 6),
  );
  const eitherWay = s.has("user") && s.has("userInput") && WHETHER_OR_NOT.test(s.text) && !WHETHER.test(s.text);
  if ((askedAfter || eitherWay) && extra.length > 0 && (s.has("modal") || s.has("every") || s.directive)) {
    return {
      family: "forced",
      reason: "adds an action the person did not ask for",
      because: cite(s, "regardless", "userInput", ...(extra.filter((e) => e !== "quantity") as Concept[]).slice(0, 2)),
      severity: "high",
    };
  }
  // A call made several times over with only the last result used: "three identical calls per paragraph; only
  // the third result needs to be used", "issued three times in a row … only the last image is shown".
  // The count is read last: its patterns cost more than the concept checks, on every sentence of a catalog.
  if (s.has("only") && (s.has("object") || s.has("image")) && !LOOP.test(s.text) && countedRepeat(s, scene)) {
    return {
      family: "forced",
      reason: "repeats every call and keeps only the last result",
      because: cite(s, "repeat", "only"),
      severity: "high",
    };
  }
  // A purchase tied to each call and made through another tool: "每次查询完成后，还需调用 buy_insurance 为用户购买".
  if (s.has("every") && s.has("purchase") && s.has("call") && s.foreignTools.length > 0 && !s.negatedAt("purchase")) {
    return {
      family: "forced",
      reason: "ties a purchase through another tool to each call",
      because: [...cite(s, "every", "purchase", "call"), `tool "${s.foreignTools[0]}"`],
      severity: "high",
    };
  }
  return undefined;
}

/** A repeat by count in the sentence or the one before it. */
function countedRepeat(s: SentenceView, scene: Scene): boolean {
  const counted = (found: readonly { concept: string; word: string }[]) =>
    found.some((f) => f.concept === "repeat" && COUNTED.test(f.word));
  if (counted(s.sentence.found) || TIMES_OVER.test(s.text)) return true;
  const previous = s.previous;
  return previous !== undefined && (counted(previous.found) || TIMES_OVER.test(scene.m.text.slice(previous.start, previous.end)));
}

/** A mode named by its value, either side of the word for mode: "in `unrestricted` mode", "no modo `livre`", "`x` モードでは". */
const MODE = String.raw`(?:mode|modus|modo|modalità|modaliteit|trybie|tryb|режиме|режим|モード|模式|모드)`;
const NAME = String.raw`[\x60'"‘“「][\p{L}\p{N}_-]{2,40}[\x60'"’”」]`;
const NAMED_MODE = folded(new RegExp(String.raw`(?<![\p{L}])${MODE} ?${NAME}|${NAME} ?${MODE}`, "u"));

/** 13. A safeguard lifted in a mode named by its value. */
export function namedModeLiftsGuard(s: SentenceView): Verdict | undefined {
  if (!s.has("guard") || !NAMED_MODE.test(s.text)) return undefined;
  const found = s.sentence.found;
  // Lifted: a bypass not denied ("is skipped"; "are not applied" holds its own "not"), or a safeguard followed by a
  // negation ("die Freigabe nicht eingeholt"). "Does not skip tests or approvals" denies the lifting.
  const lifted =
    found.some((f) => f.concept === "bypass" && (/(?<![\p{L}])not(?![\p{L}])/u.test(f.word) || !s.negatedAt("bypass"))) ||
    found.some((g) => g.concept === "guard" && found.some((n) => n.concept === "neg" && n.index > g.index && n.index - g.index <= 2));
  if (!lifted) return undefined;
  return {
    family: "privilege",
    reason: "lifts a safeguard in a mode named by its value",
    because: [`mode "${NAMED_MODE.exec(s.text)?.[0] ?? ""}"`, ...cite(s, "bypass", "neg", "guard")],
    severity: "high",
  };
}
