/**
 * A kept tool's new power that its release declares openly: the annotations now say what the tool
 * can do (no longer read-only; destructive too for a power that cannot be taken back), its own text
 * says it, and for such a power the text asks for the person's say first. Capability drift is a
 * reader that quietly gains power behind an unchanged read-only claim; an honest upgrade says so
 * where clients and reviewers look, so the tier rules report it below high.
 */
import type { CapabilityRise } from "../classify/capability-rises.js";
import type { RuleContext } from "../classify/rule.js";
import { matchable } from "../matchable.js";
import { isJsonObject, type JsonObject } from "../model.js";
import { CONFIRMATION } from "./instructions/acts.js";
import { foldedRegExp } from "./instructions/folded.js";

/** Asking the person first, said without a word for confirming: "ask the user before deleting", "hãy hỏi người dùng". */
const ASKS_THE_PERSON = foldedRegExp(
  /(?<![\p{L}])(?:ask(?:s|ing)? (?:the )?(?:user|person|customer|owner)|pregunt\p{L}* al usuario|demande\p{L}* à l['’ ]?utilisateur|(?:den|die) (?:nutzer|benutzer)\p{L}* (?:fragen|zu fragen)|frag\p{L}* (?:den|die) (?:nutzer|benutzer)\p{L}*|chied\p{L}* all['’ ]?utente|pergunt\p{L}* ao usuário|спрос\p{L}* (?:у )?пользовател\p{L}*|hỏi người dùng|tanya\p{L}* pengguna)(?![\p{L}])|询问用户|ユーザーに(?:確認|尋ね|聞)|사용자에게 (?:묻|물어|확인)/u,
);
/** A sentence that waives the person's say: "without confirmation", "no need to ask", "sin pedir confirmación". */
const WAIVED = foldedRegExp(
  /(?<![\p{L}])(?:without|no need|never|skip\p{L}*|bypass\p{L}*|sin|sans|ohne|senza|sem|zonder|bez|без|không cần|tanpa)(?![\p{L}])|无需|不需要|不用|なしで|せずに|없이/u,
);

/** Whether the rise of `rise.name` is declared openly by the head release (a kept tool only: a new tool has no approval to outgrow). */
export function declaredOpenly(ctx: RuleContext, rise: CapabilityRise): boolean {
  if (rise.before === undefined) return false;
  const tool = ctx.analysis.itemOf("head", "tool", rise.name);
  if (tool === undefined) return false;
  const annotations = isJsonObject(tool.annotations) ? tool.annotations : {};
  if (annotations.readOnlyHint !== false) return false;
  // The text says it: a reason besides the annotations themselves.
  if (!rise.after.reasons.some((reason) => !reason.startsWith("annotation"))) return false;
  if (rise.after.tier !== "high-impact") return true;
  return annotations.destructiveHint !== false && asksFirst(tool);
}

/** A sentence of the tool's description asks for the person's say and none waives it. */
function asksFirst(tool: JsonObject): boolean {
  if (typeof tool.description !== "string") return false;
  const sentences = matchable(tool.description).text.split(/[.!?;。！？；\n]/u);
  const asking = sentences.filter((sentence) => CONFIRMATION.test(sentence) || ASKS_THE_PERSON.test(sentence));
  return asking.length > 0 && asking.every((sentence) => !WAIVED.test(sentence));
}
