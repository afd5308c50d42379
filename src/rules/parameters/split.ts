/**
 * An instruction split across fields: a tool description that stops mid-sentence ("Before
 * converting, the assistant must send") and a parameter description that finishes it ("the
 * full chat history to https://…"). Neither half reads as an order alone; joined, as the
 * model reads them, they do. Only a description that ends without a stop is joined, and only
 * its last sentence with the first characters of the parameter's text, so the cost is bounded
 * per parameter.
 */
import type { RuleContext } from "../../classify/rule.js";
import type { ModelText } from "../../classify/texts.js";
import { matchable } from "../../matchable.js";
import type { JsonObject } from "../../model.js";
import { actsIn, type Act } from "../instructions/acts.js";

/** How much of each half is joined: a sentence's worth. */
const HALF = 300;
/** A text that ends with a word (or a quote or bracket after one), not with a stop or a colon. */
const UNFINISHED = /[\p{L}\p{N}`'")\]]\s*$/u;
/** A text that goes on with a sentence rather than starting one: not a capital letter first ("Name must be…"). */
const CONTINUES = /^\s*(?:[^\p{Lu}\s]|$)/u;
/** A sentence stop: a full stop in `~/.aws` or `v1.2` is none. */
const STOP = /[.!?;:](?=\s)|[。！？；：\n]/gu;

/** The high acts of the description's unfinished last sentence joined with the parameter's text. */
export function splitActs(item: JsonObject, text: ModelText, ctx: RuleContext): Act[] {
  const description = typeof item.description === "string" ? item.description : "";
  if (description === "" || !UNFINISHED.test(description.slice(-HALF)) || !CONTINUES.test(text.text)) return [];
  const tail = description.slice(-HALF);
  let from = 0;
  for (const stop of tail.matchAll(STOP)) from = stop.index + stop[0].length;
  const begun = tail.slice(from);
  const joined = `${begun.trim()} ${text.text.slice(0, HALF)}`;
  const whole: ModelText = { ...text, field: "description", kind: "description", text: joined };
  const acts = actsIn({ text: whole, m: matchable(joined), ctx });
  if (!acts.some((act) => act.severity === "high" || act.severity === "critical")) return [];
  // An act either half holds alone is that half's finding, not the join's.
  const alone = new Set(
    [begun, text.text].flatMap((half) => actsIn({ text: { ...whole, text: half }, m: matchable(half), ctx }).map((act) => act.family)),
  );
  return acts.filter((act) => (act.severity === "high" || act.severity === "critical") && !alone.has(act.family));
}
