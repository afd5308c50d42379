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
import { keyOfMatchable, lookalikeKey } from "../classify/tool-names.js";

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
  const sameServer = groups?.get(ctx.serverId) ?? new Map<string, number>();
  if ((sameServer.get(name) ?? 0) > 1 && judgedToolNames(ctx).get(name) === text) {
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
  return !judgedToolNames(ctx).has(other) || compareCodePoints(other, name) < 0;
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

/** Key of `judgedToolNames` in the server's analysis. */
const JUDGED_TOOL_NAMES = Symbol("judged tool names");

/**
 * The tool names judged in this scan, each with its last text: two identical names judge as
 * two identical texts, and only the last one reports them.
 */
function judgedToolNames(ctx: RuleContext): Map<string, ModelText> {
  return ctx.analysis.derived(JUDGED_TOOL_NAMES, () => {
    const last = new Map<string, ModelText>();
    for (const t of ctx.analysis.judgedTexts) if (t.kind === "name" && t.entity === "tool") last.set(t.text, t);
    return last;
  });
}
