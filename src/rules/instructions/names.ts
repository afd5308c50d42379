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
  /** Their names as singular words (`get_tests_signatures` → get_test_signature): a text may cite one in the singular. */
  singularTools: Set<string>;
  /**
   * Their names without the server's prefix word, singular (`maps_static_map` → static_map): a
   * server that prefixes every tool cites them without it ("call static_map to visualize").
   */
  unprefixedTools: Set<string>;
  /** The words of the tool names (`run_query` → run, query): the server's own domain. */
  words: Set<string>;
}

/** Key of `ownNames` in the server's analysis. */
const OWN_NAMES = Symbol("own names");
/** Key of `ownParameters` in the server's analysis. */
const OWN_PARAMETERS = Symbol("own parameters");

/** The names this server defines (tools and prompts), each name's words read once. */
function ownNames(ctx: RuleContext): OwnNames {
  return ctx.analysis.derived(OWN_NAMES, () => {
    const names: OwnNames = { tools: new Set(), singularTools: new Set(), unprefixedTools: new Set(), words: new Set() };
    for (const item of [...(ctx.head.tools ?? []), ...(ctx.head.prompts ?? [])]) {
      if (typeof item.name !== "string") continue;
      names.tools.add(nameKey(item.name));
      const words = nameWords(item.name).map(singular);
      // singularKey, from the words at hand: a name ending in "()" is read without it.
      names.singularTools.add(item.name.endsWith("()") ? singularKey(item.name) : words.join("_"));
      // Two words at least are left: one word alone ("map") is an ordinary word of a text.
      if (words.length >= 3) names.unprefixedTools.add(words.slice(1).join("_"));
      for (const word of words) names.words.add(word);
    }
    return names;
  });
}

/**
 * Name keys of the parameters of this server's tools and prompts, nested ones too
 * (`params.outputDir`), and of the values they take (`enum`, `const`, `default`, `examples`:
 * `not_anyone`, `open_id`): only a name quoted as one of its own needs them, so they are
 * gathered apart from the names.
 */
function ownParameters(ctx: RuleContext): Set<string> {
  return ctx.analysis.derived(OWN_PARAMETERS, () => {
    const parameters = new Set<string>();
    for (const item of [...(ctx.head.tools ?? []), ...(ctx.head.prompts ?? [])]) addParameters(item.inputSchema, parameters, 0);
    return parameters;
  });
}

/** Schema keywords whose strings are values a parameter takes. */
const VALUE_KEYWORDS = ["enum", "const", "default", "examples"] as const;

/** Property names of a schema and of the objects inside it, a few levels down (a wrapper like `params` holds the real ones), and their values. */
function addParameters(schema: unknown, into: Set<string>, depth: number): void {
  if (!isJsonObject(schema) || depth > 4) return;
  for (const keyword of VALUE_KEYWORDS) {
    const value = schema[keyword];
    for (const element of Array.isArray(value) ? value : [value])
      if (typeof element === "string" && element.length <= 80) into.add(nameKey(element));
  }
  if (isJsonObject(schema.properties)) {
    for (const [key, sub] of Object.entries(schema.properties)) {
      into.add(nameKey(key));
      addParameters(sub, into, depth + 1);
    }
  }
  addParameters(schema.items, into, depth + 1);
}

/** True when a name (as it appears in matchable text) is one of this server's tools or prompts. */
function isOwnTool(ctx: RuleContext, name: string): boolean {
  const own = ownNames(ctx);
  return own.tools.has(bareKey(name)) || ofSeveralWords(name, own.singularTools) || ofSeveralWords(name, own.unprefixedTools);
}

/** True when a name is a tool, prompt, parameter or parameter value of this server: steering it is its own workflow. */
export function isOwnName(ctx: RuleContext, name: string): boolean {
  const key = bareKey(name);
  const own = ownNames(ctx);
  return (
    own.tools.has(key) ||
    ownParameters(ctx).has(key) ||
    ofSeveralWords(name, own.singularTools) ||
    ofSeveralWords(name, own.unprefixedTools)
  );
}

/** True when a noun ("queries", "file") is a word of this server's tool names: its own domain. */
export function isOwnDomain(ctx: RuleContext, noun: string): boolean {
  return ownNames(ctx).words.has(singular(noun));
}

/** True when any word of the (matchable) text is one of this server's tools. */
export function namesOwnTool(ctx: RuleContext, text: string): boolean {
  return (text.match(IDENTIFIER) ?? []).some((word) => isOwnTool(ctx, word));
}

/** True when the (matchable) text quotes one of this server's tools or parameters: "pass it as the `outputdir` parameter". */
export function quotesOwnName(ctx: RuleContext, text: string): boolean {
  for (const quoted of text.matchAll(QUOTED_NAME)) if (isOwnName(ctx, quoted[1]!)) return true;
  return false;
}

const QUOTED_NAME = /[`'"‘“]([\p{L}\p{N}_][\p{L}\p{N}_.-]{0,80})[`'"’”]/gu;
const IDENTIFIER = /[\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]|[\p{L}\p{N}]/gu;

/**
 * True when another server in this scan provides a tool of that name: naming it is
 * cross-server-reference's finding, so the steering techniques leave it alone.
 */
export function isOtherServersTool(ctx: RuleContext, name: string): boolean {
  return ctx.analysis.scan.toolNames.othersByKey(bareKey(name), ctx.serverId).length > 0;
}

/** A name of several words in the set by its singular words; one-word names (most words of a text) are not looked up. */
function ofSeveralWords(name: string, singularTools: Set<string>): boolean {
  return /[-_.]/.test(name) && singularTools.has(singularKey(name));
}

/** A name as its singular words: `currents-get-test-signature` and `currents_get_tests_signatures` are one tool. */
function singularKey(name: string): string {
  return nameWords(name.replace(/\(\)$/, "")).map(singular).join("_");
}

function singular(word: string): string {
  // Both endings end in "s": most words are left as they are without a pattern run.
  return word.endsWith("s") ? word.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "") : word;
}

/** `send_email`, `send-email`, `sendEmail` and `send_email()` (lowercased) are one name. */
function bareKey(name: string): string {
  return keyOfMatchable(name.replace(/\(\)$/, ""));
}
