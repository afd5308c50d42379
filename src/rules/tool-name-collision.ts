/**
 * Two tools in one scan that a model, or a reviewer, can mistake for each other. Names are
 * compared by two keys: a plain key (case and separators ignored: `read_file`, `readFile`,
 * `read-file` agree) and a look-alike key that also folds what renders the same (NFKC,
 * invisible characters, Cyrillic and Greek look-alikes, `0`/`o`, `1`/`l`, `rn`/`m`). Names
 * that share a plain key are honest naming variants or the same tool on two servers;
 * names that only share a look-alike key were spelled to be confused.
 */
import { compareCodePoints } from "../snapshot/canonical.js";
import { contentRule, type Detection } from "../classify/content-rule.js";
import type { RuleContext } from "../classify/rule.js";
import { quote } from "../message-text.js";
import type { ModelText } from "../classify/texts.js";
import { editionOf, imitatedServerId, keyOfMatchable, lookalikeKey, nameKey } from "../classify/tool-names.js";
import { escapeRegExp } from "../escape-regexp.js";

export const toolNameCollision = contentRule({
  id: "tool-name-collision",
  defaultSeverity: "medium",
  summary: "Two tools in one scan share a name, or have names that only differ in look-alike characters.",
  doc:
    "A model picks a tool by name, so two servers exposing the same name (or `read_file` next to " +
    "`read-file`) let it call the wrong one — and send the wrong server the user's data: medium. " +
    "Names that are equal only after folding look-alike characters (a Cyrillic `а` in `reаd_file`, " +
    "`read_fi1e`, an invisible character) are almost always deliberate impersonation: high on the " +
    "name that carries the look-alikes, and an info note on the plain name it imitates, and so " +
    "is any collision inside one server, which has no honest reason to offer two tools the model " +
    "cannot tell apart. A collision is reported on the tool whose name is new in this scan (every " +
    "tool on a first scan), naming the other one; inside one server it is reported once, on the new " +
    "name, or the later one in code point order when both are new. So an accepted collision stays " +
    "quiet, a new one is never missed whichever side brought it, and two servers that are both new " +
    "each show it (neither report can know the other side was new too). " +
    "It does not judge what the tools do: two honest filesystem servers collide just the same. " +
    "Copies are judged by who copies whom: a name that is another server's tool name with edition " +
    "words added (`send_email_v2`, `better_search`, `query_enhanced`, `_pro`, `_official`) is high, " +
    "as is the same name offered by a server whose id imitates the other's (`s1ack`, `git-hub`, " +
    "`githubb`, `postgres-enhanced`, or one letter off, `githup`, when its tool's description names the other server and " +
    "not its own) and a tool whose description names another server's tool and " +
    "which takes exactly its parameters (a stand-in); the original gets an info note naming the copy. " +
    "A server's own `_v2` next to its own original is versioning and stays quiet.",
  example: 'tool "reаd_file" (with a Cyrillic а) of server "helper" next to tool "read_file" of server "filesystem"',
  kinds: ["name"],
  detect: (text, _matchable, ctx) => (text.entity === "tool" ? collisions(text, ctx) : []),
});

interface ToolRef {
  serverId: string;
  name: string;
}

/**
 * More look-alike names than this, for one name, are reported as one group rather than pair
 * by pair: pairs grow with the square of the group, and a server listing 4,000 spellings of
 * one name made 8 million findings (and ran out of memory). No honest catalog comes near it.
 */
const MAX_PAIRS = 50;

function collisions(text: ModelText, ctx: RuleContext): Detection[] {
  const name = text.text;
  const key = lookalikeKey(name);
  const whole = { start: 0, end: name.length };
  const detections: Detection[] = [];

  const groups = ctx.analysis.scan.toolNames.byLookalike.get(key);
  const otherServers = [...(groups ?? [])].filter(([serverId]) => serverId !== ctx.serverId);
  const othersCount = otherServers.reduce((sum, [, names]) => sum + names.size, 0);
  if (othersCount > MAX_PAIRS) {
    const servers = otherServers.map(([serverId]) => quote(serverId)).join(", ");
    const reason = `looks like ${othersCount} tools of ${otherServers.length === 1 ? "server" : "servers"} ${servers}`;
    const shown = otherServers
      .flatMap(([, names]) => firstOthers(names.keys()))
      .slice(0, 3)
      .map(visible);
    detections.push({ ...whole, reason, severity: "high", evidence: `${visible(name)} ≈ ${shown.join(", ")}, …` });
  } else {
    for (const [serverId, names] of otherServers) {
      for (const otherName of names.keys()) {
        const other = { serverId, name: otherName };
        const lookalike = plainKey(other.name) !== plainKey(name);
        const server = `of server ${quote(other.serverId)}`;
        if (lookalike && lookalikeMarks(name) < lookalikeMarks(other.name)) {
          // The honest side of an impersonation: it did nothing, but its reviewer should know.
          const reason = `tool ${quote(other.name)} ${server} imitates this name with look-alike characters`;
          detections.push({ ...whole, reason, severity: "info", evidence: evidence(name, other) });
          continue;
        }
        if (!lookalike) {
          detections.push(plainCollision(name, other, ctx));
          continue;
        }
        const reason = `looks like tool ${quote(other.name)} ${server} but is spelled with look-alike characters`;
        detections.push({ ...whole, reason, severity: "high", evidence: evidence(name, other) });
      }
    }
  }
  detections.push(...editions(name, ctx), ...standIns(text, ctx));

  // This server's names with the key, each with how often it is listed, in the order listed.
  const sameServer = groups?.get(ctx.serverId) ?? new Map<string, number>();
  if ((sameServer.get(name) ?? 0) > 1 && ctx.analysis.judgedToolNames.get(name) === ctx.analysis.itemOfJudged(text)) {
    detections.push({ ...whole, reason: "listed twice by this server", severity: "high", evidence: visible(name) });
  }
  if (sameServer.size - 1 > MAX_PAIRS) {
    const shown = firstOthers(sameServer.keys(), name).map(visible);
    const reason = `can be mistaken for ${sameServer.size - 1} other tools of the same server`;
    detections.push({ ...whole, reason, severity: "high", evidence: `${visible(name)} ≈ ${shown.join(", ")}, …` });
    return detections;
  }
  for (const other of sameServer.keys()) {
    if (other === name || !reportsPairHere(name, other, ctx)) continue;
    const reason = `can be mistaken for tool ${quote(other)} of the same server`;
    detections.push({ ...whole, reason, severity: "high", evidence: evidence(name, { serverId: ctx.serverId, name: other }) });
  }
  return detections;
}

/**
 * The same name, or one that differs in case or separators, on another server: medium, since
 * either may be the honest one; high on the side whose server id imitates the other's (`s1ack`,
 * `postgres-enhanced` next to `postgres`), and an info note naming that impostor on the honest side.
 */
function plainCollision(name: string, other: ToolRef, ctx: RuleContext): Detection {
  const serverId = ctx.serverId;
  const whole = { start: 0, end: name.length };
  const named = other.name === name ? "same name as a tool" : `differs only in case or separators from tool ${quote(other.name)}`;
  const server = `of server ${quote(other.serverId)}`;
  // An edition word alone in a server id is no evidence: two releases of one server side by side
  // (`memory-old`, `memory-new`) share every name, and a team names them so.
  const mine = imitatedServerId(serverId, other.serverId) ?? squatsOn(ctx, { serverId, name }, other);
  if (mine !== undefined) {
    const reason = `${named} ${server}, offered by server ${quote(serverId)} whose id ${mine.replace(/\bit\b/, `${quote(other.serverId)}`)}`;
    return { ...whole, reason, severity: "high", evidence: evidence(name, other) };
  }
  const theirs = imitatedServerId(other.serverId, serverId) ?? squatsOn(ctx, other, { serverId, name });
  if (theirs !== undefined) {
    const reason = `tool ${quote(other.name)} ${server} has the same name, and that server's id ${theirs.replace(/\bit\b/, "this server's")}`;
    return { ...whole, reason, severity: "info", evidence: evidence(name, other) };
  }
  const reason = other.name === name ? `${named} ${server}; the model may call the wrong one` : `${named} ${server}`;
  return { ...whole, reason, severity: "medium", evidence: evidence(name, other) };
}

/**
 * How the id of `squatter`'s server takes the place of `victim`'s: one letter away (`githup`
 * for `github`) while the squatter's tool still names the victim's server in its description
 * ("…in a GitHub repository") and not its own. One letter alone is no evidence (`mysql` and
 * `mssql` are both honest); the text says which side is copying.
 */
function squatsOn(ctx: RuleContext, squatter: ToolRef, victim: ToolRef): string | undefined {
  if (!oneLetterApart(squatter.serverId.toLowerCase(), victim.serverId.toLowerCase())) return undefined;
  const tool = ctx.scan.get(squatter.serverId)?.tools?.find((t) => t.name === squatter.name);
  const description = typeof tool?.description === "string" ? tool.description.slice(0, 4_000).toLowerCase() : "";
  const names = (id: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${id
        .toLowerCase()
        .split(/[\s_.-]+/u)
        .map(escapeRegExp)
        .join("[\\s_.-]?")}(?![\\p{L}\\p{N}])`,
      "u",
    ).test(description);
  return names(victim.serverId) && !names(squatter.serverId) ? "is one letter from it and names it in its tool's description" : undefined;
}

/** Two ids of five letters or more, one letter replaced, added, dropped or swapped with its neighbour. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return (letter(a[i]) && letter(b[i]) && rest(1, 1)) || swapped;
  }
  return a.length > b.length ? letter(a[i]) && rest(1, 0) : letter(b[i]) && rest(0, 1);
}

/**
 * A name that is another server's tool name with edition words added (`send_email_v2` next to
 * gmail's `send_email`): high, a copy made to be picked over the original. The server's own
 * editions of its own tools are versioning, not a copy. The original gets an info note.
 */
function editions(name: string, ctx: RuleContext): Detection[] {
  const whole = { start: 0, end: name.length };
  const index = ctx.analysis.scan.toolNames;
  const found: Detection[] = [];
  const edition = editionOf(name);
  const originals = edition === undefined ? undefined : index.byLookalike.get(edition.of);
  if (edition !== undefined && originals !== undefined && !originals.has(ctx.serverId)) {
    let servers = 0;
    for (const [serverId, names] of originals) {
      if (found.length >= MAX_PAIRS) {
        const reason = `is also the name of tools of ${originals.size - servers} more servers with ${quote(edition.added)} added`;
        found.push({ ...whole, reason, severity: "high", evidence: visible(name) });
        break;
      }
      servers++;
      for (const original of firstOthers(names.keys())) {
        const reason = `is the name of tool ${quote(original)} of server ${quote(serverId)} with ${quote(edition.added)} added: a copy a model may pick as the better one`;
        found.push({ ...whole, reason, severity: "high", evidence: evidence(name, { serverId, name: original }) });
      }
    }
  }
  const copies = index.byEditionOf.get(lookalikeKey(name));
  let notes = 0;
  for (const [serverId, names] of copies ?? []) {
    if (serverId === ctx.serverId || index.byLookalike.get(lookalikeKey(name))?.has(serverId)) continue;
    // Pairs grow with the product of originals and copies: past MAX_PAIRS notes, one says there are more.
    if (notes >= MAX_PAIRS) {
      found.push({ ...whole, reason: "more servers offer this name with edition words added", severity: "info", evidence: visible(name) });
      break;
    }
    for (const copy of firstOthers(names.keys())) {
      const added = editionOf(copy)?.added ?? "";
      const reason = `tool ${quote(copy)} of server ${quote(serverId)} is this name with ${quote(added)} added`;
      found.push({ ...whole, reason, severity: "info", evidence: evidence(name, { serverId, name: copy }) });
      notes++;
    }
  }
  return found;
}

/** Words of a description that may be tool names: `send_email`, `fetch`, `list-issues`. */
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}_.-]{2,}/gu;

/**
 * A tool whose description names another server's tool and which takes exactly that tool's
 * parameters: a drop-in stand-in, whatever its name ("a faster replacement for send_email",
 * "fetch の改良版"). High: it exists to be called in the other's place. Read only when the scan
 * has another server.
 */
function standIns(text: ModelText, ctx: RuleContext): Detection[] {
  if (ctx.scan.size < 2) return [];
  const item = ctx.analysis.itemOf("head", "tool", text.text);
  const description = item?.["description"];
  if (typeof description !== "string") return [];
  const mine = parameterNames(item?.["inputSchema"]);
  if (mine === undefined) return [];
  const index = ctx.analysis.scan.toolNames;
  const byParameters = toolsByParameters(ctx);
  const seen = new Set<string>();
  for (const [word] of description.slice(0, 4_000).matchAll(WORDS)) {
    const key = keyOfMatchable(word.toLowerCase());
    if (seen.has(key)) continue;
    seen.add(key);
    if (index.byKey.get(key)?.has(ctx.serverId) !== false) continue;
    const other = byParameters.get(key)?.get(mine);
    if (other === undefined) continue;
    const reason = `names tool ${quote(other.name)} of server ${quote(other.serverId)} and takes exactly its parameters: a stand-in for it`;
    return [{ start: 0, end: text.text.length, reason, severity: "high", evidence: evidence(text.text, other) }];
  }
  return [];
}

/** Key of `toolsByParameters` in the scan's analysis. */
const TOOLS_BY_PARAMETERS = Symbol("tools by parameters");

/**
 * Every tool of the scan by its `nameKey`, then its `parameterNames`: the first in scan, then
 * listing, order (a name listed twice by a server is read at its first listing). Built once a
 * scan, so a description naming a tool many servers offer costs a lookup, not a walk of them.
 */
function toolsByParameters(ctx: RuleContext): Map<string, Map<string, ToolRef>> {
  return ctx.analysis.scan.derived(TOOLS_BY_PARAMETERS, () => {
    const byKey = new Map<string, Map<string, ToolRef>>();
    for (const [serverId, snapshot] of ctx.scan) {
      const read = new Set<string>();
      for (const tool of snapshot.tools ?? []) {
        if (typeof tool.name !== "string" || read.has(tool.name)) continue;
        read.add(tool.name);
        const parameters = parameterNames(tool.inputSchema);
        if (parameters === undefined) continue;
        const key = nameKey(tool.name);
        let tools = byKey.get(key);
        if (tools === undefined) byKey.set(key, (tools = new Map()));
        if (!tools.has(parameters)) tools.set(parameters, { serverId, name: tool.name });
      }
    }
    return byKey;
  });
}

/** A schema's top-level parameter names, sorted and joined; undefined when it has none. */
function parameterNames(schema: unknown): string | undefined {
  const properties = typeof schema === "object" && schema !== null ? (schema as { properties?: unknown }).properties : undefined;
  if (typeof properties !== "object" || properties === null) return undefined;
  const names = Object.keys(properties).sort(compareCodePoints);
  return names.length === 0 ? undefined : names.join("\0");
}

/** The first three names other than `name`, for the evidence of a group; reads no further. */
function firstOthers(names: Iterable<string>, name?: string): string[] {
  const shown: string[] = [];
  for (const other of names) {
    if (other !== name) shown.push(other);
    if (shown.length === 3) break;
  }
  return shown;
}

/** Inside one server a pair is reported once: on the name that is new, or the later one when both are. */
function reportsPairHere(name: string, other: string, ctx: RuleContext): boolean {
  return !ctx.analysis.judgedToolNames.has(other) || compareCodePoints(other, name) < 0;
}

/** Case and separators ignored: how naming conventions differ honestly. */
function plainKey(name: string): string {
  return keyOfMatchable(name.toLowerCase());
}

/**
 * How many characters of the name could stand in for others: anything outside printable ASCII
 * (Cyrillic, fullwidth, invisible), `0` and `1`, and `rn`. Of two look-alike names the one
 * with fewer is the plain spelling the other imitates; with as many, neither can be told.
 */
function lookalikeMarks(name: string): number {
  return (name.match(/[^\x20-\x7e]|[01]|rn/gu) ?? []).length;
}

/** The name with every character outside printable ASCII shown as its code point. */
function visible(name: string): string {
  return name.replace(/[^\x20-\x7e]/gu, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

function evidence(name: string, other: ToolRef): string {
  return `${visible(name)} ≈ ${visible(other.name)} (server ${quote(other.serverId)})`;
}
