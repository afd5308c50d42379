/**
 * Whose tools a sentence talks about: this server's own (its workflow, not a finding),
 * another server's in the scan (cross-server-reference's finding), or neither.
 */
import { isJsonObject } from "../../model.js";
import type { RuleContext } from "../../classify/rule.js";
import { keyOfMatchable, nameKey } from "../../classify/tool-names.js";
import { nameWords } from "../../words.js";

interface OwnNames {
  /** Name keys of its tools and prompts. */
  tools: Set<string>;
  /** Name keys of their top-level parameters. */
  parameters: Set<string>;
  /** The words of the tool names (`run_query` → run, query): the server's own domain. */
  words: Set<string>;
}

/** Key of `ownNames` in the server's analysis. */
const OWN_NAMES = Symbol("own names");

/** The names this server defines (tools and prompts; their parameters). */
function ownNames(ctx: RuleContext): OwnNames {
  return ctx.analysis.derived(OWN_NAMES, () => {
    const names: OwnNames = { tools: new Set(), parameters: new Set(), words: new Set() };
    for (const item of [...(ctx.head.tools ?? []), ...(ctx.head.prompts ?? [])]) {
      if (typeof item.name === "string") {
        names.tools.add(nameKey(item.name));
        for (const word of nameWords(item.name)) names.words.add(singular(word));
      }
      const schema = item.inputSchema;
      if (isJsonObject(schema) && isJsonObject(schema.properties)) {
        for (const key of Object.keys(schema.properties)) names.parameters.add(nameKey(key));
      }
    }
    return names;
  });
}

/** True when a name (as it appears in matchable text) is one of this server's tools or prompts. */
function isOwnTool(ctx: RuleContext, name: string): boolean {
  return ownNames(ctx).tools.has(bareKey(name));
}

/** True when a name is a tool, prompt or parameter of this server: steering it is its own workflow. */
export function isOwnName(ctx: RuleContext, name: string): boolean {
  const key = bareKey(name);
  const own = ownNames(ctx);
  return own.tools.has(key) || own.parameters.has(key);
}

/** True when a noun ("queries", "file") is a word of this server's tool names: its own domain. */
export function isOwnDomain(ctx: RuleContext, noun: string): boolean {
  return ownNames(ctx).words.has(singular(noun));
}

/** True when any word of the (matchable) text is one of this server's tools. */
export function namesOwnTool(ctx: RuleContext, text: string): boolean {
  return (text.match(IDENTIFIER) ?? []).some((word) => isOwnTool(ctx, word));
}

const IDENTIFIER = /[\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]|[\p{L}\p{N}]/gu;

/**
 * True when another server in this scan provides a tool of that name: naming it is
 * cross-server-reference's finding, so the steering techniques leave it alone.
 */
export function isOtherServersTool(ctx: RuleContext, name: string): boolean {
  return ctx.analysis.scan.toolNames.othersByKey(bareKey(name), ctx.serverId).length > 0;
}

function singular(word: string): string {
  return word.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}

/** `send_email`, `send-email`, `sendEmail` and `send_email()` (lowercased) are one name. */
function bareKey(name: string): string {
  return keyOfMatchable(name.replace(/\(\)$/, ""));
}
