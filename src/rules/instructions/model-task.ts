/**
 * A tool whose task is to call a model (an LLM gateway, a chat-completion proxy, an agent runner) takes a
 * conversation, messages, a system prompt and a model name as its own inputs: "the conversation so far" there is
 * the one to send to the model being called. Only the caller's own context ("your system prompt", "what the user
 * told you") is harvesting in such a tool.
 */
import { MODEL_CALLING_TASK } from "../parameters/families.js";
import { viewOf } from "../parameters/item-view.js";
import { folded } from "./folded.js";
import type { Scene } from "./patterns.js";

/**
 * The caller's own context named as its own: a second-person owner, recipient or party ("your system prompt", "the
 * instructions you were given", "what the user told you", "the conversation you had with the user", "que tuviste", "tus instrucciones", "deine Anweisungen", "你的系统提示",
 * "あなたのシステムプロンプト"), or the conversation in course ("this conversation", "nuestra conversación").
 */
const CALLERS_OWN = folded(
  String.raw`(?<![\p{L}])(?:your|yours|yourself|you (?:were|have been|ve been) (?:given|told|sent)|you (?:received|got|have received)|you (?:have |['’]ve )?had|you(?: are|['’]re) having|(?:told|gave|sent|showed) you|(?:this|our|the current) (?:conversation|chat|session with the user)|tus?|tuyas?|tuyos?|te (?:dijo|ha dicho|han dado|dieron|ha escrito)|(?:que )?(?:tuviste|has tenido|estás teniendo)|nuestra conversación|esta conversación|tes|ton|ta|tien(?:ne)?s?|vos|votre|(?:t['’ ]?|vous )a (?:dit|donné\p{L}*|écrit|demandé)|tu as eue?s?|cette conversation|notre conversation|dein\p{L}*|dir (?:gegeben|gesagt|geschrieben)|du erhalten hast|dieses gespräch|unser\p{L}* (?:gespräch|unterhaltung|chat))(?![\p{L}])|你的|您的|告诉你|给你的|你收到|本次对话|我们的对话|あなたの|あなたに|この会話|私たちの会話`,
);

/** Whether the text asks a model-calling tool for the conversation it sends, not for the caller's own. */
export function contextIsTheCallees(text: string, scene: Scene): boolean {
  if (scene.text.entity !== "tool" || CALLERS_OWN.test(text)) return false;
  const item = scene.ctx.analysis.itemOf("head", "tool", scene.text.name);
  return item !== undefined && MODEL_CALLING_TASK.test(viewOf(scene.ctx, item).purpose);
}
