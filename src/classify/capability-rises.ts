import { type Assessment, canDoMore } from "../capability/capability.js";
import { isJsonObject, type JsonObject } from "../model.js";
import { matchable } from "../matchable.js";
import type { RuleContext } from "./rule.js";

export interface CapabilityRise {
  name: string;
  /** Absent for a new tool. */
  before?: Assessment;
  after: Assessment;
}

/** Key of the rises in the server's analysis. */
const RISES = Symbol("capability rises");

/**
 * Tools new in this scan and kept tools that can do more than before: what the capability
 * rules judge. Worked out once per server, however many rules read it.
 */
export function capabilityRises(ctx: RuleContext): readonly CapabilityRise[] {
  return ctx.analysis.derived(RISES, () => rises(ctx));
}

function rises(ctx: RuleContext): CapabilityRise[] {
  const names = new Set(ctx.changes.filter((change) => change.entity === "tool").map((change) => change.name));
  return [...names].flatMap((name): CapabilityRise[] => {
    const head = ctx.analysis.itemOf("head", "tool", name);
    if (!head) return []; // removed
    const base = ctx.analysis.itemOf("base", "tool", name);
    const after = ctx.analysis.assessment(head);
    if (!base) return [{ name, after }];
    const before = ctx.analysis.assessment(base);
    return canDoMore(before, after) ? [{ name, before, after }] : [];
  });
}

/** A kept tool that still claims to be read-only while its new text says it changes things. */
export interface ClaimContradiction {
  name: string;
  /** The claim: `readOnlyHint: true`. */
  claim: string;
  /** The new sentence or parameter that says otherwise, as the server wrote it. */
  says: string;
}

const CONTRADICTIONS = Symbol("read-only claims contradicted");

/**
 * Kept tools annotated `readOnlyHint: true` whose description gained a sentence saying the
 * tool changes, sends, installs or deletes something as it runs ("backups older than 7 days
 * are removed while listing", "accepts every pending invitation it finds", "ele é instalado e
 * o dispositivo reiniciado", "결과를 기록에서 삭제합니다"), or that gained a parameter named
 * for such an act. The capability model reads what the tool is; this reads what a rug pull
 * adds to a tool the reviewer approved as a reader. Tools whose tier already rose are the
 * capability rules' own and are left out.
 */
export function claimContradictions(ctx: RuleContext): readonly ClaimContradiction[] {
  return ctx.analysis.derived(CONTRADICTIONS, () => {
    const risen = new Set(capabilityRises(ctx).map((rise) => rise.name));
    const names = new Set(ctx.changes.filter((change) => change.entity === "tool").map((change) => change.name));
    const found: ClaimContradiction[] = [];
    for (const name of names) {
      if (risen.has(name)) continue;
      const head = ctx.analysis.itemOf("head", "tool", name);
      const base = ctx.analysis.itemOf("base", "tool", name);
      if (!head || !base || !isJsonObject(head.annotations) || head.annotations.readOnlyHint !== true) continue;
      const says = newStateChange(base, head);
      if (says !== undefined) found.push({ name, claim: "readOnlyHint: true", says });
    }
    return found;
  });
}

/** The first new description sentence or new parameter of `head` that says the tool changes something. */
function newStateChange(base: JsonObject, head: JsonObject): string | undefined {
  const old = new Set(sentences(typeof base.description === "string" ? base.description : ""));
  for (const sentence of sentences(typeof head.description === "string" ? head.description : "")) {
    if (!old.has(sentence) && changesState(matchable(sentence).text)) return sentence;
  }
  const before = propertiesOf(base);
  for (const [key, schema] of Object.entries(propertiesOf(head))) {
    if (key in before) continue;
    const words = key
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/[_-]+/g, " ")
      .toLowerCase();
    const text = isJsonObject(schema) && typeof schema.description === "string" ? schema.description : "";
    const isSwitch = isJsonObject(schema) && (schema.type === "boolean" || typeof schema.default === "boolean");
    if ((isSwitch && ACT_FIRST.test(words)) || changesState(matchable(text).text)) return `parameter ${key}${text ? `: ${text}` : ""}`;
  }
  return undefined;
}

function propertiesOf(tool: JsonObject): JsonObject {
  const schema = tool.inputSchema;
  return isJsonObject(schema) && isJsonObject(schema.properties) ? schema.properties : {};
}

/** Sentences split at their stops, trimmed; bounded so a hostile description costs linear time. */
function sentences(text: string): string[] {
  return text
    .slice(0, 20_000)
    .split(/(?<=[.!?;])\s+|(?<=[。！？；])/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Acts that change the world, as English verb stems; nouns with the same spelling (orders, posts, shares) are left out. */
const ACTS =
  "delet|remov|drop|purg|wip|eras|truncat|overwrit|send|forward|publish|upload|approv|declin|reject|cancel|install|uninstall|reboot|restart|archiv|clos|pay|submit|deploy|revok|renam|reset|subscrib|unsubscrib|modif";
/** Objects that make a form an adjective of a state rather than an act: "deleted files are skipped", "closed issues". */
const STATE_NOUN = String.raw`(?!\s+(?:files?|folders?|items?|issues?|records?|rows?|messages?|e-?mails?|events?|entries|ones|tickets?|orders?|invoices?|accounts?|users?|tasks?|pull requests?|prs?|by the user)\b)`;
/**
 * The tool doing the act as it runs: a third-person verb ("deletes", "accepts every pending
 * invitation"), a passive ("are removed", "is archived and its open issues closed"). A passive
 * after "if", "that", "already" or "not" describes a state the data may be in.
 */
const ENGLISH_ACT = new RegExp(
  [
    String.raw`\b(?:${ACTS})(?:e|es|s|ies)\b${STATE_NOUN}`,
    String.raw`\baccepts?\s+(?:\w+\s+){0,2}?(?:pending|invitations?|invites?|requests?|offers?|terms|connections?|friend)\b`,
    String.raw`(?<!\b(?:that|which|if|whether|unless|already|not|never|who|once)\s+(?:\w+\s+){0,3})\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\w+\s+){0,2}?(?:${ACTS})(?:ed|d|t|en)?\b${STATE_NOUN}`,
    String.raw`\b(?:and|then)\s+(?:its|their|the|all|any)\s+(?:\w+\s+){0,2}?(?:${ACTS})(?:ed|d|t)\b${STATE_NOUN}`,
  ].join("|"),
  "u",
);
/** The same in other languages: participles and verbs of deleting, sending, installing, restarting, archiving. */
const OTHER_ACTS = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:instalad|reiniciad|excluíd|apagad|enviad|arquivad|eliminad|borrad|archivad|installé|redémarr|envoy|archivé|supprim|installiert|neu gestartet|gesendet|versendet|archiviert|gelöscht|entfernt|lösch|cancellat|eliminat|inviat|installat|riavviat|usunię|usuwa|wysyła|instaluj|удаля|удален|отправля|отправлен|устанавлива|перезагруж|siliniyor|silinir|gönderilir|yüklenir|xóa|gửi|cài đặt|khởi động lại|dihapus|dikirim|diinstal)`,
    "삭제|전송|설치|재시작|재부팅|보관 처리|削除|送信|インストール|再起動|アーカイブ|删除|发送|安装|重启|归档|حذف|إرسال|تثبيت|מחיקה|נמחק|שליחה|हटा|भेज",
  ].join("|"),
  "u",
);
/** A switch named for an act: `drop_if_empty`, `send`, `archive`, `delete_after`. */
const ACT_FIRST =
  /^(?:auto )?(?:delete|remove|drop|purge|wipe|erase|truncate|overwrite|send|forward|publish|upload|install|uninstall|reboot|restart|archive|close|pay|refund|transfer|submit|merge|deploy|revoke|grant|rename|reset|cancel|approve|reject|accept|apply|commit|push|execute|run)\b/u;

function changesState(text: string): boolean {
  return ENGLISH_ACT.test(text) || OTHER_ACTS.test(text);
}
