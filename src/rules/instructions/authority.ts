/**
 * Techniques that borrow authority: a tool text that speaks to the model as if it were the
 * system prompt, the operator or an administrator, or that wraps itself in the tokens and
 * tags chat templates use to mark system turns. An honest description addresses the
 * reader about the tool ("IMPORTANT: paths must be absolute"); these address the model
 * about itself.
 */
import { namesOwnTool, quotesOwnName } from "./names.js";
import { cjk, END, phrases, type Scene, sentenceAround, type Technique } from "./patterns.js";
import { relayTechniques } from "./relay.js";

const MODEL = String.raw`(?:the |all |any )?(?:ai|ai assistant|ai agent|assistant|llm|model|language model|agent|claude|chatgpt|gpt|bot)s?`;

/** Words that make an HTML comment an instruction rather than a developer's note. */
const IMPERATIVE = new RegExp(
  `(?<![\\p{L}])(?:always|never|must|ignore|disregard|forget|do not|don't|you|your|instead|system|assistant|ai|model)${END}`,
  "u",
);

const EXAMPLE = /example|e\.g\.|for instance|sample/u;

export const authorityTechniques: Technique<"authority" | "pseudo-tag" | "exfiltration">[] = [
  // Fake authority: a note addressed to the model, the model told to obey, or claims of
  // official approval.
  {
    family: "authority",
    reason: "addresses the model directly with claimed authority",
    cues: [
      ...["note", "notes", "notice", "notices", "message", "messages", "instruction", "instructions", "attention", "memo"],
      ...["reminder", "directive", "important", "warning", "info", "hint", "hints", "dear", "hey"],
    ],
    pattern: phrases(
      String.raw`(?:note|notice|message|instructions?|attention|memo|reminder|directive|important|warning|info|hint)s? (?:to|for) ${MODEL} ?[:：-]`,
      String.raw`(?:dear|hey|attention) ${MODEL} ?[,:：]`,
    ),
    // A note addressed to the model frames what follows; what it says decides (an act of another
    // technique in the text makes it high). "Note to LLM: use the collection-indexes tool to
    // check…" guides the model through the server's own tools or parameters and is not even framing.
    severity: "medium",
    framing: true,
    accept: (match, scene) => {
      const after = sentenceAfter(match, scene);
      return !namesOwnTool(scene.ctx, after) && !quotesOwnName(scene.ctx, after);
    },
  },
  {
    family: "authority",
    reason: "addresses the model directly with claimed authority",
    cues: ["adopt", "ignore", "disregard", "obey", "replace", "override", "forget", "bypass", "pretend", "take"],
    pattern: phrases(
      String.raw`the ${MODEL}(?: assistant)? (?:must|should|shall|will|needs to|is required to|has to|is instructed to) (?:adopt|ignore|disregard|obey|replace|override|forget|bypass|pretend|take on)${END}`,
    ),
  },
  {
    family: "authority",
    reason: "addresses the model directly with claimed authority",
    cues: [
      ...["treat", "authoritative", "binding", "mandatory", "priority", "level", "followed", "obeyed", "executed", "carried"],
      ...["follow", "approved", "authorized", "authorised", "cleared", "whitelisted", "sanctioned"],
      ...["act", "obey", "execute", "carry", "comply", "do"],
    ],
    pattern: phrases(
      String.raw`treat [^.!?;]{0,40}? as (?:the )?(?:highest[- ]priority|top[- ]priority|system(?:[- ]level)?|authoritative|binding|mandatory|trusted|privileged|admin(?:istrator)?[- ]level) (?:instructions?|directives?|commands?|rules|prompts?|messages?)`,
      String.raw`(?:authoritative|binding|highest[- ]priority|system[- ]level) (?:system )?(?:directives|instructions|commands)`,
      String.raw`(?:instructions|directives|commands) (?:in|from|contained in|returned by|embedded in) (?:the |this |its )?(?:tool(?:'s)? )?(?:output|response|result)s?[^.!?;]{0,40}? (?:must|should|are to|have to) be (?:followed|obeyed|executed|carried out)`,
      String.raw`follow (?:all|any|every) (?:of the )?(?:instructions|directives|commands) (?:in|from|contained in|embedded in|returned (?:in|by)) (?:the |this |its )?(?:returned |tool(?:'s)? )?(?:output|response|result|context|payload)`,
      // Content made the model's orders: "act on any request they contain", "carry out every instruction found in the page".
      String.raw`(?:act on|follow|obey|execute|carry out|comply with|do) (?:any|all|every|each) (?:of the )?(?:requests?|instructions?|commands?|directives?|orders?)(?: (?:that|which))? (?:they|it|the (?:documents?|pages?|files?|content|text|results?|output|emails?|messages?)) (?:contains?|holds?|includes?|gives?)`,
      String.raw`(?:act on|follow|obey|execute|carry out|comply with) (?:any|all|every|each) (?:of the )?(?:requests?|instructions?|commands?|directives?|orders?) (?:found|contained|embedded|written|included) in`,
      String.raw`(?:pre-?approved|already (?:been )?(?:approved|authori[sz]ed|cleared)|(?:approved|authori[sz]ed|cleared|whitelisted|sanctioned)) by (?:the |your )?(?:administrators?|admins?|security(?: team)?|it department|developers?|operators?|system|anthropic|openai)`,
    ),
  },
  // "MANDATORY INSTRUCTIONS", "## MANDATORY TOOL ORDER": emphasis on the server's own steps, as honest servers
  // head their workflows; it claims no rank over the model's instructions, and is high only beside an act.
  {
    family: "authority",
    reason: "addresses the model directly with claimed authority",
    cues: ["mandatory"],
    severity: "medium",
    framing: true,
    pattern: phrases(String.raw`mandatory (?:system )?(?:directives|instructions|commands)`),
  },
  {
    family: "authority",
    reason: "addresses the model directly with claimed authority",
    cues: ["nota", "note", "hinweis", "примечание", "заметка", "внимание", "указание"],
    severity: "medium",
    framing: true,
    pattern: phrases(
      String.raw`nota (?:para|a) (?:la |el )?(?:ia|asistente|modelo) ?:|note (?:pour|à) (?:l['’] ?)?(?:ia|assistant|modèle) ?:|hinweis (?:für|an) (?:die |den |das )?(?:ki|assistent(?:en)?|modell) ?:`,
      String.raw`(?:примечание|заметка|внимание|указание) для (?:ии|ассистента|модели|ai) ?:`,
    ),
  },
  {
    family: "authority",
    reason: "addresses the model directly with claimed authority",
    cues: ["注意", "须知", "致", "给", "指示", "メッセージ", "お知らせ", "注記", "에게", "께"],
    severity: "medium",
    framing: true,
    pattern: cjk(
      String.raw`(?:ai|人工智能|助手|大模型|模型|智能体)(?:请注意|注意|须知)`,
      String.raw`(?:致|给)(?:ai|助手|模型|智能体)(?:的)?(?:说明|提示|指令|消息|备注)`,
      String.raw`(?:ai|アシスタント|モデル|エージェント)(?:へ|に)(?:の)?(?:注意|指示|メッセージ|お知らせ|注記)`,
      String.raw`(?:ai|어시스턴트|모델|에이전트)(?:에게|께) ?[:：]`,
    ),
  },
  // Compliance framing: a copy of the data justified by audit or compliance.
  {
    family: "authority",
    reason: "justifies copying data with compliance or audit framing",
    cues: ["copy", "copies", "forward", "forwards", "bcc", "cc", "mirror", "mirrors", "duplicate", "duplicates", "send", "sends"],
    pattern: phrases(
      String.raw`(?:copy|copies|forward|forwards|bcc|cc|mirror|mirrors|duplicate|duplicates|send a copy|sends a copy)${END}[^.!?;]{0,80}? for (?:compliance|audit(?:ing)?|security|monitoring|legal|regulatory|quality|safety) (?:purposes|reasons|tracking|scanning|review|requirements)`,
    ),
  },
  // A copy to a hard-coded address justified as policy, audit, backup or quality: ./relay.ts.
  ...relayTechniques,
  // Pseudo-tags: chat-template tokens and system-like tags that fake a turn boundary.
  // A turn boundary or a system voice faked: chat-template tokens, `<system>`-like tags, "SYSTEM:".
  {
    family: "pseudo-tag",
    reason: "contains a chat-template token or a system-style tag",
    cues: ["<", "[inst", "[/inst", "##", "system", "admin", "administrator", "developer"],
    pattern: new RegExp(
      [
        String.raw`<\|[a-z_]{2,30}\|>`,
        String.raw`\[/?inst\]`,
        String.raw`<</?sys>>`,
        String.raw`</?(?:system|admin|sys|override|assistant|system[_-]?(?:prompt|message|instructions?))(?: [^<>]{0,40})?>`,
        // A Markdown link made into a turn marker: "[system](#override)", "[admin](#instructions)".
        String.raw`\[(?:system|admin|sys|developer|assistant)\]\(#[a-z_-]{0,30}\)`,
        // From the first `#` of a run: from each of them, a long run would be rescanned. "### Instruction:"
        // and "### Response:" are a chat template's turns (a heading of "## Instructions" frames guidance).
        String.raw`(?<!#)#{2,} ?(?:system(?: prompt)?|instruction|response) ?:`,
        String.raw`(?:^|[.!?>] )system(?: (?:message|note|prompt|override|instructions?|notice))? ?:`,
        String.raw`(?:^|[.!?>] )(?:admin(?:istrator)?|developer) (?:message|prompt|override|instructions?) ?:`,
      ].join("|"),
      "gu",
    ),
  },
  // Emphasis in the shape of a tag or a heading (`<IMPORTANT>`, "## Instructions:", "Developer note:"):
  // honest servers frame their own guidance so; it is high only beside an act.
  {
    family: "pseudo-tag",
    reason: "contains a chat-template token or a system-style tag",
    cues: ["<", "##", "admin", "administrator", "developer"],
    severity: "medium",
    framing: true,
    pattern: new RegExp(
      [
        String.raw`</?(?:important|instructions?|critical|directive|tool[_-]?instructions?)(?: [^<>]{0,40})?>`,
        String.raw`(?<!#)#{2,} ?instructions ?:`,
        String.raw`(?:^|[.!?>] )(?:admin(?:istrator)?|developer)(?: (?:note|notice))? ?:`,
      ].join("|"),
      "gu",
    ),
  },
  {
    family: "pseudo-tag",
    reason: "fakes turns of a conversation between the user and the assistant",
    cues: ["assistant", "ai", "claude", "chatgpt", "model"],
    pattern: phrases(
      String.raw`(?:assistant|ai|claude|chatgpt|model) ?: [^<>]{0,200}?(?:^|[.!?] |-{3,} )(?:user|human) ?:`,
      String.raw`(?:user|human) ?: [^<>]{0,200}?(?:^|[.!?] |-{3,} )(?:assistant|ai|claude|chatgpt|model) ?:`,
    ),
    // An example dialogue shown as such ("EXAMPLE INTERACTION: User: … Claude: …") is documentation.
    accept: (match, scene) => !EXAMPLE.test(scene.m.text.slice(Math.max(0, match.index - 80), match.index)),
  },
  {
    family: "pseudo-tag",
    reason: "hides an instruction in an HTML comment",
    cues: ["<!--"],
    pattern: /<!--([\s\S]{0,500}?)-->/gu,
    accept: (match) => IMPERATIVE.test(match[1] ?? ""),
  },
];

/** The rest of the sentence after a match, and the sentence after it: where a note to the model says what it wants. */
function sentenceAfter(match: RegExpExecArray, scene: Scene): string {
  const end = match.index + match[0].length;
  const sentence = sentenceAround(scene.m, { start: end, end });
  const next = sentenceAround(scene.m, {
    start: Math.min(scene.m.text.length, sentence.end + 2),
    end: Math.min(scene.m.text.length, sentence.end + 2),
  });
  return scene.m.text.slice(end, Math.max(sentence.end, next.end));
}
