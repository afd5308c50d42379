/**
 * Two tools in one scan that a model, or a reviewer, can mistake for each other. Names are
 * compared by two keys: a plain key (case and separators ignored: `read_file`, `readFile`,
 * `read-file` agree) and a look-alike key that also folds what renders the same (NFKC,
 * invisible characters, Cyrillic and Greek look-alikes, `0`/`o`, `1`/`l`, `rn`/`m`). Names
 * that share a plain key are honest naming variants or the same tool on two servers;
 * names that only share a look-alike key were spelled to be confused.
 */
import { compareCodePoints } from "../snapshot/canonical.js";
import type { Snapshot } from "../model.js";
import { contentRule, type Detection } from "../classify/content-rule.js";
import { matchable } from "../matchable.js";
import type { RuleContext } from "../classify/rule.js";
import { quote } from "../message-text.js";
import { textsToJudge, type ModelText } from "../classify/texts.js";

export const toolNameCollision = contentRule({
  id: "tool-name-collision",
  defaultSeverity: "medium",
  summary: "Two tools in one scan share a name, or have names that only differ in look-alike characters.",
  doc:
    "A model picks a tool by name, so two servers exposing the same name (or `read_file` next to " +
    "`read-file`) let it call the wrong one — and send the wrong server the user's data: medium. " +
    "Names that are equal only after folding look-alike characters (a Cyrillic `а` in `reаd_file`, " +
    "`read_fi1e`, an invisible character) are almost always deliberate impersonation: high, and so " +
    "is any collision inside one server, which has no honest reason to offer two tools the model " +
    "cannot tell apart. A collision is reported on the tool whose name is new in this scan (every " +
    "tool on a first scan), naming the other one; inside one server it is reported once, on the new " +
    "name, or the later one in code point order when both are new. So an accepted collision stays " +
    "quiet, a new one is never missed whichever side brought it, and two servers that are both new " +
    "each show it (neither report can know the other side was new too). " +
    "It does not judge what the tools do: two honest filesystem servers collide just the same.",
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

  const otherServers = [...(scanIndex(ctx.scan).get(key) ?? [])].filter(([serverId]) => serverId !== ctx.serverId);
  const othersCount = otherServers.reduce((sum, [, names]) => sum + names.length, 0);
  if (othersCount > MAX_PAIRS) {
    const servers = otherServers.map(([serverId]) => quote(serverId)).join(", ");
    const reason = `looks like ${othersCount} tools of ${otherServers.length === 1 ? "server" : "servers"} ${servers}`;
    const shown = otherServers
      .flatMap(([, names]) => names.slice(0, 3))
      .slice(0, 3)
      .map(visible);
    detections.push({ ...whole, reason, severity: "high", evidence: `${visible(name)} ≈ ${shown.join(", ")}, …` });
  } else {
    for (const [serverId, names] of otherServers) {
      for (const otherName of names) {
        const other = { serverId, name: otherName };
        const lookalike = plainKey(other.name) !== plainKey(name);
        const server = `of server ${quote(other.serverId)}`;
        const reason =
          other.name === name
            ? `same name as a tool ${server}; the model may call the wrong one`
            : lookalike
              ? `looks like tool ${quote(other.name)} ${server} but is spelled with look-alike characters`
              : `differs only in case or separators from tool ${quote(other.name)} ${server}`;
        detections.push({ ...whole, reason, severity: lookalike ? "high" : "medium", evidence: evidence(name, other) });
      }
    }
  }

  // This server's names with the key, each with how often it is listed, in the order listed.
  const sameServer = serverIndex(ctx.head).get(key) ?? new Map<string, number>();
  if ((sameServer.get(name) ?? 0) > 1 && lastJudgedNames(ctx).get(name) === text) {
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

/** The first three of this server's names other than `name`, for the evidence of a group; reads no further. */
function firstOthers(names: Iterable<string>, name: string): string[] {
  const shown: string[] = [];
  for (const other of names) {
    if (other !== name) shown.push(other);
    if (shown.length === 3) break;
  }
  return shown;
}

/** Inside one server a pair is reported once: on the name that is new, or the later one when both are. */
function reportsPairHere(name: string, other: string, ctx: RuleContext): boolean {
  return !judgedToolNames(ctx).has(other) || compareCodePoints(other, name) < 0;
}

const lastJudged = new WeakMap<RuleContext, Map<string, ModelText>>();

/** Two identical names judge as two identical texts; only the last one reports them. */
function lastJudgedNames(ctx: RuleContext): Map<string, ModelText> {
  let last = lastJudged.get(ctx);
  if (last === undefined) {
    last = new Map();
    for (const t of textsToJudge(ctx)) if (t.kind === "name" && t.entity === "tool") last.set(t.text, t);
    lastJudged.set(ctx, last);
  }
  return last;
}

/** Case and separators ignored: how naming conventions differ honestly. */
function plainKey(name: string): string {
  return name.toLowerCase().replace(SEPARATORS, "");
}

const SEPARATORS = /[\s_.-]+/gu;
/** ASCII look-alikes typosquatted names use, on top of the Unicode folding of `matchable`. */
const ASCII_LOOKALIKES: readonly [RegExp, string][] = [
  [/0/g, "o"],
  [/1/g, "l"],
  [/rn/g, "m"],
];

/** Everything that renders alike folded together: the key a look-alike shares with its target. */
export function lookalikeKey(name: string): string {
  let key = matchable(name).text.replace(SEPARATORS, "");
  for (const [pattern, replacement] of ASCII_LOOKALIKES) key = key.replace(pattern, replacement);
  return key;
}

/** The name with every character outside printable ASCII shown as its code point. */
function visible(name: string): string {
  return name.replace(/[^\x20-\x7e]/gu, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

function evidence(name: string, other: ToolRef): string {
  return `${visible(name)} ≈ ${visible(other.name)} (server ${quote(other.serverId)})`;
}

// Indexes by look-alike key, built once per scan and per snapshot, so a scan stays linear.
/** key → server id → its distinct tool names with that key, in scan and listing order. */
const scanIndexes = new WeakMap<ReadonlyMap<string, Snapshot>, Map<string, Map<string, string[]>>>();
/** key → tool name → how often the server lists it, in listing order. */
const serverIndexes = new WeakMap<Snapshot, Map<string, Map<string, number>>>();
const judgedNames = new WeakMap<RuleContext, Set<string>>();

function scanIndex(scan: ReadonlyMap<string, Snapshot>): Map<string, Map<string, string[]>> {
  let index = scanIndexes.get(scan);
  if (index === undefined) {
    index = new Map();
    for (const [serverId, snapshot] of scan) {
      for (const name of new Set(toolNames(snapshot))) {
        const key = lookalikeKey(name);
        const servers = index.get(key) ?? new Map<string, string[]>();
        index.set(key, servers);
        const names = servers.get(serverId);
        if (names) names.push(name);
        else servers.set(serverId, [name]);
      }
    }
    scanIndexes.set(scan, index);
  }
  return index;
}

function serverIndex(snapshot: Snapshot): Map<string, Map<string, number>> {
  let index = serverIndexes.get(snapshot);
  if (index === undefined) {
    index = new Map();
    for (const name of toolNames(snapshot)) {
      const key = lookalikeKey(name);
      const names = index.get(key) ?? new Map<string, number>();
      index.set(key, names);
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    serverIndexes.set(snapshot, index);
  }
  return index;
}

function judgedToolNames(ctx: RuleContext): Set<string> {
  let names = judgedNames.get(ctx);
  if (names === undefined) {
    names = new Set(
      textsToJudge(ctx)
        .filter((t) => t.kind === "name" && t.entity === "tool")
        .map((t) => t.text),
    );
    judgedNames.set(ctx, names);
  }
  return names;
}

function toolNames(snapshot: Snapshot): string[] {
  return (snapshot.tools ?? []).flatMap((tool) => (typeof tool.name === "string" ? [tool.name] : []));
}
