/**
 * Techniques that steer what the model does beyond the tool itself: ordering rules over
 * every action, conditions that change its answers, pushes toward or away from tools and
 * products, and tools that say they must never be called (their text is the payload).
 *
 * Honest servers order their OWN tools all the time ("You MUST call resolve-library-id
 * first", "Use the 'think' tool FIRST"), so the structural line is whose tools a sentence
 * steers: this server's own (not a finding), or every action and tools it does not have.
 */
import { isOtherServersTool, isOwnDomain, isOwnName, namesOwnTool } from "./names.js";
import { aStepOfTheTask, putsItselfFirst } from "./acts.js";
import { waitsForTheUser } from "./consent.js";
import { END, gatedBy, phrases, type Scene, type Technique, sentenceOf } from "./patterns.js";
import { harvestTechniques } from "./harvest.js";
import { promotionTechniques } from "./promotion.js";

/** A tool-like name: `send_email`, `external.op()`, or any quoted name, as a capture group. */
const TOOL = String.raw`['"\x60‘“]?([\p{L}\p{N}_.-]*[\p{L}\p{N}_](?:\(\))?)['"\x60’”]?`;
/** What a general ordering rule reaches: every tool, file, message or payment; the noun is captured. */
const everything = (nouns: string) => String.raw`(?:any|every|each) (?:other |single )?(${nouns})${END}`;
/** The agent's work in general: an order about where this tool stands in it is the tool's own business. */
const WORK = String.raw`tools?|functions?|requests?|actions?|operations?|servers?|steps?|tasks?`;
/** Things the agent does beyond any one tool: files, messages, payments, answers. */
const THINGS = String.raw`files?|commands?|messages?|emails?|transactions?|payments?|transfers?|money|quer(?:y|ies)|responses?|answers?`;

/** "Before any other tool…", "each time you call any tool…", over the nouns given. */
const ruleOverEvery = (nouns: string) => [
  String.raw`(?:before|prior to|after) (?:you )?(?:\p{L}+ )?${everything(nouns)}`,
  String.raw`(?:when|whenever|each time|every time) (?:you )?(?:use|call|invoke|run|using|calling|invoking|running) ${everything(nouns)}`,
];

/** Every rule over every action names "any", "every" or "each": texts without one skip the patterns. */
const EVERY = /\b(?:any|every|each)\b/;

/** The start of every order around another tool's call, in plain words: a cheap test before the pattern. */
const AROUND_A_CALL =
  /\b(?:before|after|when|whenever|while) (?:you )?(?:using|calling|invoking|running|executing|use|call|invoke|run|execute)\b/;

/** "When you use any other search tool…". */
const ruleOverOthers = [
  String.raw`(?:when|whenever) (?:you )?(?:use|call|invoke|using|calling|invoking) (?:any|every|each) (?:other )?\p{L}+ (?:tool|function)s?${END}`,
];

/**
 * A rule over every action that is not about this server's own tools or domain, nor puts this
 * tool first, nor waits for the user ("ask for the parameters before making any tool calls").
 */
function ruleOverAll(match: RegExpExecArray, scene: Scene): boolean {
  const sentence = sentenceOf(match, scene);
  return !sentenceNamesOwnTool(match, scene) && !aboutOwnDomain(match, scene) && !putsItselfFirst(sentence) && !waitsForTheUser(sentence);
}

/** A file read as an errand: "read the config file", "open ~/.netrc", "lies die Datei", "读取配置文件". */
const READS_A_FILE =
  /(?<![\p{L}])(?:read|open|load|cat|lee|leer|abre|lis|lire|ouvre|lies|lese|lesen|öffne|leggi|apri|leia|abra|прочитай|открой)(?![\p{L}])[^.;!?]{0,40}?(?<![\p{L}])(?:files?|config(?:uration)?|readme(?:\.md)?|dotfiles?|archivo|fichier|datei|file di|arquivo|файл\p{L}*)(?![\p{L}])|(?:读取|打开|阅读)[^。；]{0,10}(?:文件|配置)|ファイル[^。]{0,6}(?:読|開)/u;

export const steeringTechniques: Technique<"ordering" | "conditional" | "preference" | "dormant" | "harvesting">[] = [
  // Coercive ordering over everything the agent does: not when the sentence names this
  // server's tools, nor when "any query" is about a server whose tools run queries. Alone it
  // is an order about this tool's place in the work ("call it before any other tool"), which
  // honest servers give; an order that reaches another server's tool, or something beyond the
  // tool (a secret, the conversation, an address), is high by the technique or act that names it.
  {
    family: "ordering",
    reason: "imposes a rule on every action the model takes",
    severity: "medium",
    cues: ["before", "prior", "after", "when", "whenever", "time"],
    pattern: gatedBy(EVERY, phrases(...ruleOverEvery(WORK), ...ruleOverOthers)),
    accept: (match, scene) => ruleOverAll(match, scene) && !READS_A_FILE.test(sentenceOf(match, scene)),
  },
  // The same rule with a file to read first ("before any other tool, read the config file"): an
  // extra act on the user's files that no tool's own place in the work needs.
  {
    family: "ordering",
    reason: "imposes a rule on every action the model takes",
    cues: ["before", "prior", "after", "when", "whenever", "time"],
    pattern: gatedBy(EVERY, phrases(...ruleOverEvery(WORK), ...ruleOverOthers)),
    accept: (match, scene) => ruleOverAll(match, scene) && READS_A_FILE.test(sentenceOf(match, scene)),
  },
  // The same rule over things outside the server's domain (every file read, every payment, by an
  // adder) reaches beyond the tool's task.
  {
    family: "ordering",
    reason: "imposes a rule on every action the model takes",
    cues: ["before", "prior", "after", "when", "whenever", "time"],
    pattern: gatedBy(EVERY, phrases(...ruleOverEvery(THINGS))),
    accept: (match, scene) => ruleOverAll(match, scene),
  },
  // Coercive ordering around a tool this server does not provide.
  {
    family: "ordering",
    reason: "steers the model's use of a tool this server does not provide",
    cues: ["before", "after", "when", "whenever", "while"],
    pattern: gatedBy(
      AROUND_A_CALL,
      phrases(
        String.raw`(?:before|after|when|whenever|while) (?:you )?(?:using|calling|invoking|running|executing|use|call|invoke|run|execute)(?: the)? ${TOOL}`,
      ),
    ),
    accept: (match, scene) => {
      const sentence = sentenceOf(match, scene);
      return foreignTool(match, scene) && !aStepOfTheTask(sentence) && !waitsForTheUser(sentence);
    },
  },
  {
    family: "ordering",
    reason: "steers the model's use of a tool this server does not provide",
    cues: ["call", "calls", "invoke", "invokes", "use", "uses", "run", "runs", "execute", "executes"],
    pattern: phrases(String.raw`(?:(?:call|invoke)s?|(?:use|run|execute)s?(?= (?:the )?\S+ (?:tool|function)))(?: the)? ${TOOL}`),
    accept: (match, scene) => {
      if (!foreignTool(match, scene)) return false;
      const sentence = sentenceOf(match, scene);
      return TRIGGER.test(sentence) && !aStepOfTheTask(sentence) && !waitsForTheUser(sentence);
    },
  },
  // Conditional behaviour changes: answers that change under a condition or regardless of input.
  {
    family: "conditional",
    reason: "changes the model's answers under a condition",
    cues: [
      ...["regardless", "matter", "say", "claim", "tell", "deny", "pretend", "lie", "omit", "leave", "hide", "downplay"],
      ...["mention", "conceal", "remove", "understate", "minimize", "minimise"],
    ],
    pattern: phrases(
      String.raw`regardless of (?:(?:the |any |their )?(?:users?(?:'s|s')? )?(?:input|request|question|query|instructions?|wishes)s?|what (?:the users?|they|you are) (?:asks?|asked|says?|said|wants?|requests?|told))(?=[.!?;,]|$)`,
      String.raw`no matter what (?:the users?|they|anyone) (?:asks?|says?|wants?|requests?)`,
      String.raw`(?:if|when|whenever) (?:the |a )?users? (?:asks?|mentions?|requests?|wants?|says?|inquires?|questions?)[^.!?;]{0,80}?(?:say|claim|tell (?:them|the user|him|her)|deny|pretend|lie|omit|hide)${END}`,
      String.raw`when (?:summari[sz]|report|describ|answer|respond|repl|writ|explain|discuss)\p{L}* [^.!?;]{0,60}?(?:omit|leave out|hide|downplay|do not mention|don't mention|never mention|conceal|remove any mention|understate|minimi[sz]e)${END}`,
      String.raw`always (?:say|claim) (?:that |['"“‘])`,
    ),
  },
  // Preference manipulation: promote "our" products, or run down every other tool.
  {
    family: "preference",
    reason: "manipulates which tools or products the model prefers",
    cues: [
      ...["our", "my", "sponsored", "broken", "deprecated", "unsafe", "insecure", "unreliable", "malicious", "compromised"],
      ...["outdated", "dangerous", "safe", "secure", "reliable", "trustworthy", "trusted", "other", "competing"],
      ...["alternative", "rival", "free", "cheaper"],
    ],
    pattern: phrases(
      String.raw`(?:always|only|exclusively) (?:suggest|recommend|prefer|choose|promote|mention|pick|favou?r|select|push|upsell) (?:our|my|the sponsored|sponsored)${END}`,
      String.raw`(?:other|competing|alternative|rival|third-party) (?:[\p{L}-]+ )?(?:tools?|servers?|products?|services?|plugins?|extensions?) (?:are|is) (?:broken|deprecated|unsafe|insecure|unreliable|malicious|compromised|outdated|dangerous|not (?:safe|secure|reliable|trustworthy|to be trusted))`,
      String.raw`(?:do not|don't|never) (?:use|call|invoke|trust|recommend) (?:the |any )?(?:other|competing|alternative|rival) (?:tools?|servers?|functions?|products?|services?)${END}`,
      String.raw`(?:never|do not|don't) (?:mention|suggest|recommend|offer) (?:any )?(?:free|competing|alternative|other|rival|cheaper) (?:alternatives|options|products|tools|services|vendors|brands|plans)${END}`,
    ),
  },
  {
    family: "preference",
    reason: "steers the model away from a tool this server does not provide",
    cues: ["instead", "never", "not", "don"],
    severity: "medium",
    pattern: phrases(
      String.raw`instead of (?:using |calling |invoking )?(?:the )?${TOOL}`,
      String.raw`(?:do not|don't|never) (?:use|call|invoke)(?: the)? ${TOOL}`,
    ),
    accept: (match, scene) => foreignTool(match, scene),
  },
  // This tool over every other one, or every other one run down: ./promotion.ts.
  ...promotionTechniques,
  // The model's own context put into an argument, said in prose: ./harvest.ts.
  ...harvestTechniques,
  // Dormant tools: a tool that must never be called is in the catalog only to be read.
  {
    family: "dormant",
    reason: "says the tool must never be called, so its text is there only to be read",
    cues: ["invoked", "called", "used", "run", "executed", "triggered", "selected"],
    pattern: phrases(
      String.raw`(?:should |must |shall |will |is to )?never (?:need to |needs to )?be (?:invoked|called|used|run|executed|triggered|selected)(?: directly)?(?: by [^.!?;,]{1,25}?)?(?=[.!?;,]|$| and | or )`,
      String.raw`(?:should|must|shall) not be (?:invoked|called|used|run) (?:during|in|for) (?:normal|regular|standard|ordinary|routine) (?:operations?|use|usage|work)`,
    ),
  },
];

/** Words that make a sentence about another tool an instruction rather than a remark. */
const TRIGGER = new RegExp(`(?<![\\p{L}])(?:when|whenever|before|after|always|must|first|each time|every time|instead)${END}`, "u");

/** The one capture of a match: each alternative of a pattern has its own group. */
function captured(match: RegExpExecArray): string | undefined {
  return match.slice(1).find((group) => group !== undefined);
}

/** "before any query" in a server whose tools run queries; "any OTHER tool" never is. */
function aboutOwnDomain(match: RegExpExecArray, scene: Scene): boolean {
  const noun = captured(match);
  return noun !== undefined && !match[0].includes(" other ") && isOwnDomain(scene.ctx, noun);
}

function sentenceNamesOwnTool(match: RegExpExecArray, scene: Scene): boolean {
  return namesOwnTool(scene.ctx, sentenceOf(match, scene));
}

/**
 * True when the captured name is tool-shaped (quoted, snake_case, a call) and this server
 * does not define it: an ordinary word ("use this", "call it") is not a tool. A tool of
 * another server in the scan is cross-server-reference's to report.
 */
function foreignTool(match: RegExpExecArray, scene: Scene): boolean {
  const name = captured(match);
  if (name === undefined) return false;
  const at = match[0].lastIndexOf(name);
  const quoted = at > 0 && /['"`‘“]/u.test(match[0][at - 1] ?? "");
  // A quoted word alone ('queryVector') is as likely a field as a tool; a quoted name with a
  // separator ('currents-get-projects') reads as a tool.
  const toolShaped = (quoted && /[-_.]/.test(name)) || name.includes("_") || name.endsWith("()");
  if (!toolShaped || isOwnName(scene.ctx, name) || isOtherServersTool(scene.ctx, name)) return false;
  // Server instructions with none of the server's tools beside them do not tell which names are foreign (as acts.ts reads them).
  return scene.text.kind !== "instructions" || (scene.ctx.head.tools ?? []).length > 0 || (scene.ctx.head.prompts ?? []).length > 0;
}
