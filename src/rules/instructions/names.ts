/**
 * Whose tools a sentence talks about: this server's own (its workflow, not a finding),
 * another server's in the scan (cross-server-reference's finding), or neither.
 */
import { isJsonObject, type Snapshot } from "../../model.js";
import { matchable } from "../../matchable.js";
import type { RuleContext } from "../../classify/rule.js";

interface OwnNames {
  tools: Set<string>;
  parameters: Set<string>;
  /** The words of the tool names (`run_query` → run, query): the server's own domain. */
  words: Set<string>;
}

const ownNamesCache = new WeakMap<Snapshot, OwnNames>();

/** The names this server defines (tools and prompts; their parameters), matchable and bare. */
function ownNames(ctx: RuleContext): OwnNames {
  let names = ownNamesCache.get(ctx.head);
  if (names === undefined) {
    names = { tools: new Set(), parameters: new Set(), words: new Set() };
    for (const item of [...(ctx.head.tools ?? []), ...(ctx.head.prompts ?? [])]) {
      if (typeof item.name === "string") {
        names.tools.add(bareName(matchable(item.name).text));
        for (const word of item.name.split(/[-_.\s]+|(?<=\p{Ll})(?=\p{Lu})/u)) names.words.add(singular(word.toLowerCase()));
      }
      const schema = item.inputSchema;
      if (isJsonObject(schema) && isJsonObject(schema.properties)) {
        for (const key of Object.keys(schema.properties)) names.parameters.add(bareName(matchable(key).text));
      }
    }
    ownNamesCache.set(ctx.head, names);
  }
  return names;
}

/** True when a name (as it appears in matchable text) is one of this server's tools or prompts. */
function isOwnTool(ctx: RuleContext, name: string): boolean {
  return ownNames(ctx).tools.has(bareName(name));
}

/** True when a name is a tool, prompt or parameter of this server: steering it is its own workflow. */
export function isOwnName(ctx: RuleContext, name: string): boolean {
  return isOwnTool(ctx, name) || ownNames(ctx).parameters.has(bareName(name));
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

/** Per scan: bare tool name → the ids of the servers that provide it. */
const scanTools = new WeakMap<ReadonlyMap<string, Snapshot>, Map<string, Set<string>>>();

/**
 * True when another server in this scan provides a tool of that name: naming it is
 * cross-server-reference's finding, so the steering techniques leave it alone.
 */
export function isOtherServersTool(ctx: RuleContext, name: string): boolean {
  let providers = scanTools.get(ctx.scan);
  if (providers === undefined) {
    providers = new Map();
    for (const [id, snapshot] of ctx.scan) {
      for (const tool of snapshot.tools ?? []) {
        if (typeof tool.name !== "string") continue;
        const bare = bareName(matchable(tool.name).text);
        providers.set(bare, (providers.get(bare) ?? new Set()).add(id));
      }
    }
    scanTools.set(ctx.scan, providers);
  }
  return [...(providers.get(bareName(name)) ?? [])].some((id) => id !== ctx.serverId);
}

function singular(word: string): string {
  return word.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}

/** `send_email`, `send-email`, `sendEmail` and `send_email()` (lowercased) are one name. */
function bareName(name: string): string {
  return name.replace(/\(\)$/, "").replace(/[-_. ]/g, "");
}
