/**
 * `npm run eval`: measures the rules on the labelled corpus, every source the manifest
 * (fixtures/corpus/sources.json) names. Each corpus server is checked through the same
 * pipeline as `mcp-drift check`: a first scan of the server alone, or, for a line with a
 * `base`, a diff against a baseline that holds the base item, with the line's `neighbours`
 * as other servers of the same scan. An item counts as flagged when a finding about it
 * (the server, for instructions) reaches `high`. Real upgrade pairs are diffed whole; their
 * content-rule alarms at `high` are counted apart from drift and tier findings, since a
 * read tool gaining a delete is a legitimate high.
 * Prints per source recall on malicious items and false alarms on benign ones, their
 * breakdown per technique (or per language or surface, `--by`), the upgrade-pair line, then every miss and false alarm. Exits 0: it is a
 * measurement; the floors are asserted by test/rules/eval.test.ts.
 *
 *   npm run eval [-- --corpus fixtures/corpus/sources.json|file.jsonl] [--verbose] [--source NAME,…]
 *                [--by technique|language|surface]
 *
 * `--source` lists the misses, false alarms (and, with `--verbose`, findings) of those
 * sources only; the table always shows every source.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { atLeast, type Config, type Finding, type JsonObject, type RawCatalog } from "../src/model.js";
import { escapeTerminal } from "../src/report/escape.js";
import { ruleById } from "../src/rules/index.js";
import { compareOffline, compareSnapshots } from "../src/judging.js";
import { toSnapshot } from "../src/snapshot/normalize.js";
import { ITEM_FIELDS, parseItem, parsePair, type CorpusItem, type UpgradePair } from "./corpus/lines.js";
import { DEFAULT_MANIFEST, pairsSourceOf, readManifest, type Source } from "./corpus/manifest.js";

export { DEFAULT_MANIFEST } from "./corpus/manifest.js";
export type { CorpusItem, UpgradePair } from "./corpus/lines.js";

/** The corpus the project started with; the original floors are about these four. */
export const ORIGINAL_SOURCES = ["livemcpbench", "atr", "safe-mcp", "mcpsecbench"] as const;

export interface ItemVerdict {
  item: CorpusItem;
  /** Findings about this item that are not ignored, most severe first. */
  findings: Finding[];
  /** A finding reached `high`: the check would fail on this item. */
  flagged: boolean;
}

export interface Score {
  /** A source name, or `overall`. */
  source: string;
  malicious: number;
  caught: number;
  benign: number;
  falseAlarms: number;
}

export interface TechniqueScore extends Score {
  technique: string;
}

/** What the breakdown under the source table groups items by: `--by`. */
export const BREAKDOWNS = ["technique", "language", "surface"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface PairVerdict {
  pair: UpgradePair;
  /** Structural changes between the two releases. */
  changes: number;
  /** Content-rule findings at `high` or above: the alarms an honest upgrade must not raise. */
  content: Finding[];
  /** Drift and tier findings at `high` or above (a legitimate new delete tool is one). */
  drift: Finding[];
}

export interface UpgradeScore {
  source: string;
  pairs: number;
  changed: number;
  /** Pairs with at least one content alarm, and how many alarms in all. */
  contentPairs: number;
  contentFindings: number;
  driftPairs: number;
  driftFindings: number;
}

export interface Corpus {
  items: CorpusItem[];
  pairs: UpgradePair[];
  /** Source names in manifest order. */
  sources: string[];
  /** Optional sources whose file does not exist yet. */
  missing: Source[];
  /** Sources whose items are never printed (their figures are). */
  holdout: string[];
  /** Upgrade pairs of a held-out half's servers: counted in their source's figures, never printed. */
  heldOutPairs: string[];
}

export interface EvalResult {
  verdicts: ItemVerdict[];
  /** One per item source in manifest order (then any other source found), then `overall`. */
  scores: Score[];
  overall: Score;
  /** Per source and technique, for the items that name one. */
  techniques: TechniqueScore[];
  /** Per source and language, and per source and surface: aggregates, so held-out sets show where they fail without being read. */
  languages: TechniqueScore[];
  surfaces: TechniqueScore[];
  pairs: PairVerdict[];
  upgrades: UpgradeScore[];
  missing: Source[];
  holdout: string[];
  heldOutPairs: string[];
  misses: ItemVerdict[];
  falseAlarms: ItemVerdict[];
}

/** `check` with its defaults: nothing overridden or ignored, failing at `high`. */
const POLICY: Pick<Config, "failOn" | "rules" | "ignore"> = { failOn: "high", rules: {}, ignore: [] };

/** The items of one corpus file (one line each). */
export function readCorpus(file: string): CorpusItem[] {
  return jsonLines(file).map(({ value, where }) => parseItem(value, where));
}

function jsonLines(file: string): { value: unknown; where: string }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, where }) => {
      try {
        return { value: JSON.parse(line) as unknown, where };
      } catch (error) {
        throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}

/**
 * Every source the manifest names. A file named by one source gives all its lines to that
 * source (hand-written sets are merged under the manifest's name); a file several sources
 * share gives each the lines that name it. Ids must be unique across the corpus.
 */
export function loadCorpus(manifestFile: string, root = process.cwd()): Corpus {
  const manifest = readManifest(manifestFile);
  const items: CorpusItem[] = [];
  const pairs: UpgradePair[] = [];
  const heldOutPairs: string[] = [];
  const missing: Source[] = [];
  const owners = new Map<string, Source[]>();
  for (const source of manifest.sources) owners.set(source.file, [...(owners.get(source.file) ?? []), source]);
  for (const source of manifest.sources) {
    const file = resolve(root, source.file);
    if (!existsSync(file)) {
      if (source.optional) {
        missing.push(source);
        continue;
      }
      throw new Error(`${source.file}: the file of source ${source.name} does not exist`);
    }
    if (source.kind === "upgrade-pairs") {
      const own = jsonLines(file).map(({ value, where }) => ({ ...parsePair(value, where), source: source.name }));
      pairs.push(...own);
      // A held-out server's upgrade is as unseen as its lines: its alarms quote its text.
      const catalogs = manifest.sources.find((s) => s.kind === "npm-catalogs" && pairsSourceOf(manifest, s) === source);
      if (catalogs?.holdoutHalf) heldOutPairs.push(...own.filter((pair) => isHeldOut(pair.server)).map((pair) => pair.id));
      continue;
    }
    const sharing = owners.get(source.file)!;
    for (const item of readCorpus(file)) {
      if (sharing.length === 1)
        items.push({ ...item, source: source.holdoutHalf && isHeldOut(item.server) ? heldOutHalf(source) : source.name });
      else if (item.source === source.name) items.push(item);
      else if (!sharing.some((s) => s.name === item.source)) {
        throw new Error(`${source.file}: ${item.id} names source ${item.source}, which the manifest does not give this file`);
      }
    }
  }
  const seen = new Set<string>();
  for (const { id } of [...items, ...pairs]) {
    if (seen.has(id)) throw new Error(`corpus id ${id} appears twice`);
    seen.add(id);
  }
  const halves = manifest.sources.filter((s) => s.holdoutHalf).map(heldOutHalf);
  const holdout = [...manifest.sources.filter((s) => s.holdout).map((s) => s.name), ...halves];
  const sources = manifest.sources.flatMap((s) => (s.holdoutHalf ? [s.name, heldOutHalf(s)] : [s.name]));
  return { items, pairs, sources, missing, holdout, heldOutPairs };
}

const heldOutHalf = (source: Source) => `${source.name}/held-out`;

/** The servers of a `holdoutHalf` source kept out of tuning: sha256(id) starts with an even byte. */
function isHeldOut(server: string): boolean {
  return createHash("sha256").update(server).digest()[0]! % 2 === 0;
}

/** Evaluates the corpus a manifest names, or one corpus file (`.jsonl`). */
export function evaluate(path: string, root = process.cwd()): EvalResult {
  const corpus: Corpus = path.endsWith(".jsonl")
    ? { items: readCorpus(path), pairs: [], sources: [...ORIGINAL_SOURCES], missing: [], holdout: [], heldOutPairs: [] }
    : loadCorpus(path, root);
  return evaluateCorpus(corpus);
}

export function evaluateCorpus(corpus: Corpus): EvalResult {
  const { items } = corpus;
  const verdicts = new Map<CorpusItem, ItemVerdict>();
  for (const group of scanGroups(items)) {
    const { serverId: id, findings } = checkGroup(group);
    for (const item of group) {
      const name = item.entity === "server" ? id : item.name;
      const own = findings.filter((f) => f.entity === item.entity && f.name === name);
      verdicts.set(item, { item, findings: own, flagged: own.some((f) => atLeast(f.severity, "high")) });
    }
  }
  const ordered = items.map((item) => verdicts.get(item)!);
  const present = new Set(items.map((i) => i.source));
  const sources = [...corpus.sources.filter((s) => present.has(s)), ...[...present].filter((s) => !corpus.sources.includes(s))];
  const overall = score("overall", ordered);
  const pairs = corpus.pairs.map(checkPair);
  return {
    verdicts: ordered,
    scores: [
      ...sources.map((source) =>
        score(
          source,
          ordered.filter((v) => v.item.source === source),
        ),
      ),
      overall,
    ],
    overall,
    techniques: groupScores(sources, ordered, (item) => item.technique ?? undefined, compareTechniques),
    languages: groupScores(sources, ordered, (item) => item.language),
    surfaces: groupScores(sources, ordered, (item) => item.surface),
    pairs,
    upgrades: [...new Set(pairs.map((p) => p.pair.source))].map((source) =>
      upgradeScore(
        source,
        pairs.filter((p) => p.pair.source === source),
      ),
    ),
    missing: corpus.missing,
    holdout: corpus.holdout,
    heldOutPairs: corpus.heldOutPairs,
    misses: ordered.filter((v) => v.item.label === "malicious" && !v.flagged),
    falseAlarms: ordered.filter((v) => v.item.label === "benign" && v.flagged),
  };
}

/** Adds scores up, e.g. the original sources into one figure. */
export function combine(source: string, scores: readonly Score[]): Score {
  const sum = (key: "malicious" | "caught" | "benign" | "falseAlarms") => scores.reduce((n, s) => n + s[key], 0);
  return { source, malicious: sum("malicious"), caught: sum("caught"), benign: sum("benign"), falseAlarms: sum("falseAlarms") };
}

/**
 * The catalogs to check. A line with a baseline or neighbours is a scan of its own. The
 * others make one catalog per corpus server; findings name an item only by its identity, so
 * when a server holds two corpus items with the same identity (or two instructions), the
 * second goes into a second catalog of that server (the third into a third…), and each
 * finding belongs to one item.
 */
function scanGroups(items: CorpusItem[]): CorpusItem[][] {
  const alone: CorpusItem[][] = [];
  const layers = new Map<string, CorpusItem[][]>();
  for (const item of items) {
    if (item.base !== undefined || item.neighbours !== undefined) {
      alone.push([item]);
      continue;
    }
    const server = layers.get(item.server) ?? [];
    layers.set(item.server, server);
    let layer = server.find((group) => !group.some((other) => other.field === item.field && other.name === item.name));
    if (layer === undefined) server.push((layer = []));
    layer.push(item);
  }
  return [...[...layers.values()].flat(), ...alone];
}

/** A catalog holding these items (or their baselines). */
function catalogOf(items: { field: CorpusItem["field"]; value: JsonObject | string }[]): RawCatalog {
  const raw: RawCatalog = { initialize: {} };
  for (const { field, value } of items) {
    if (field === "instructions") raw.initialize = { instructions: value as string };
    else {
      const { list } = ITEM_FIELDS.find((f) => f.field === field)!;
      (raw[list] ??= []).push(value as JsonObject);
    }
  }
  return raw;
}

/** What `mcp-drift check` reports for the group's server: a first scan, or a diff when the line has a base. */
function checkGroup(group: CorpusItem[]): { serverId: string; findings: Finding[] } {
  const id = serverId(group[0]!.server);
  const head = toSnapshot(id, catalogOf(group));
  const first = group[0]!;
  const base = first.base === undefined ? undefined : toSnapshot(id, catalogOf([{ field: first.field, value: first.base }]));
  const others = Object.entries(first.neighbours ?? {})
    .map(([name, tools]) => toSnapshot(serverId(name), { initialize: {}, tools }))
    .filter((s) => s.server.id !== id);
  const report = compareSnapshots([{ base, head }], POLICY, { alsoInScan: others }).servers[0]!;
  return { serverId: id, findings: report.findings.filter((f) => !f.ignored) };
}

function checkPair(pair: UpgradePair): PairVerdict {
  const report = compareOffline(pair.base, pair.head, POLICY).servers[0]!;
  const high = report.findings.filter((f) => !f.ignored && atLeast(f.severity, "high"));
  const isContent = (f: Finding) => ruleById(f.rule)?.kind === "content";
  return { pair, changes: report.changes.length, content: high.filter(isContent), drift: high.filter((f) => !isContent(f)) };
}

function upgradeScore(source: string, pairs: PairVerdict[]): UpgradeScore {
  return {
    source,
    pairs: pairs.length,
    changed: pairs.filter((p) => p.changes > 0).length,
    contentPairs: pairs.filter((p) => p.content.length > 0).length,
    contentFindings: pairs.reduce((n, p) => n + p.content.length, 0),
    driftPairs: pairs.filter((p) => p.drift.length > 0).length,
    driftFindings: pairs.reduce((n, p) => n + p.drift.length, 0),
  };
}

/** Scores per source and group, for the items `groupOf` names a group (the group is kept in `technique`). */
function groupScores(
  sources: string[],
  verdicts: ItemVerdict[],
  groupOf: (item: CorpusItem) => string | undefined,
  compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): TechniqueScore[] {
  const out: TechniqueScore[] = [];
  for (const source of sources) {
    const own = verdicts.filter((v) => v.item.source === source && groupOf(v.item) !== undefined);
    const groups = [...new Set(own.map((v) => groupOf(v.item)!))].sort(compare);
    for (const group of groups) {
      out.push({
        ...score(
          source,
          own.filter((v) => groupOf(v.item) === group),
        ),
        technique: group,
      });
    }
  }
  return out;
}

/** `2 Concealment` before `10 Preference…`; names without a number after, alphabetically. */
function compareTechniques(a: string, b: string): number {
  const number = (t: string) => {
    const n = /^(\d+)\b/.exec(t)?.[1];
    return n === undefined ? Number.POSITIVE_INFINITY : Number(n);
  };
  return number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A valid config id (`[a-z0-9][a-z0-9._-]*`) from a corpus server name like `Asset_Price_MCP`. */
export function serverId(server: string): string {
  const id = server
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "");
  return id === "" ? "server" : id;
}

function score(source: string, verdicts: ItemVerdict[]): Score {
  const malicious = verdicts.filter((v) => v.item.label === "malicious");
  const benign = verdicts.filter((v) => v.item.label === "benign");
  return {
    source,
    malicious: malicious.length,
    caught: malicious.filter((v) => v.flagged).length,
    benign: benign.length,
    falseAlarms: benign.filter((v) => v.flagged).length,
  };
}

export function recall(score: Score): number {
  return score.malicious === 0 ? 1 : score.caught / score.malicious;
}

export function falsePositiveRate(score: Score): number {
  return score.benign === 0 ? 0 : score.falseAlarms / score.benign;
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

function scoreColumns(s: Score): string {
  const caught = s.malicious === 0 ? "-" : `${s.caught}/${s.malicious}  ${percent(recall(s))}`;
  const alarms = s.benign === 0 ? "-" : `${s.falseAlarms}/${s.benign}  ${percent(falsePositiveRate(s))}`;
  return `${caught.padEnd(30)}${alarms}`;
}

/** What a reader needs to recognise an item: its kind, identity and text, cut short. */
function describe(item: CorpusItem): string {
  const value = item.value;
  const text =
    typeof value === "string"
      ? value
      : typeof value.description === "string"
        ? value.description
        : typeof value.title === "string"
          ? value.title
          : "";
  const label = item.field === "instructions" ? "instructions" : `${item.field} ${item.name}`;
  const drift = item.base !== undefined ? " (diff)" : "";
  const near = item.neighbours !== undefined ? ` (with ${Object.keys(item.neighbours).join(", ")})` : "";
  return `${show(label)}${drift}${show(near)}: ${show(Array.from(text).slice(0, 120).join(""))}`;
}

/** The printed report; server text is escaped, it may carry terminal controls on purpose. */
export function formatResult(result: EvalResult, options: { verbose?: boolean; sources?: readonly string[]; by?: Breakdown } = {}): string {
  // The name column fits the longest source name, so a long one never runs into its figures.
  const width = Math.max(18, ...[...result.scores.map((s) => s.source), ...result.missing.map((s) => s.name)].map((n) => n.length + 2));
  const lines: string[] = [`${"source".padEnd(width)}${"recall (>= high, malicious)".padEnd(30)}false alarms (>= high, benign)`];
  for (const s of result.scores) lines.push(`${s.source.padEnd(width)}${scoreColumns(s)}`);
  for (const source of result.missing) lines.push(`${source.name.padEnd(width)}(${source.file} does not exist yet)`);
  const by = options.by ?? "technique";
  const breakdown = { technique: result.techniques, language: result.languages, surface: result.surfaces }[by];
  if (breakdown.length > 0) {
    lines.push("", `per ${by}:`);
    for (const t of breakdown) lines.push(`  ${t.source.padEnd(width)}${show(t.technique).slice(0, 58).padEnd(60)}${scoreColumns(t)}`);
  }
  for (const u of result.upgrades) {
    lines.push(
      "",
      `upgrade pairs (${u.source}): ${u.pairs} real upgrades, ${u.changed} with changes; ` +
        `content alarms >= high: ${u.contentPairs}/${u.pairs} pairs (${u.contentFindings} findings); ` +
        `drift and tier findings >= high: ${u.driftPairs}/${u.pairs} pairs (${u.driftFindings} findings)`,
    );
  }
  // A holdout source is measured, never read: its items stay out of the lists below.
  const shown = (v: ItemVerdict) =>
    !result.holdout.includes(v.item.source) && (options.sources === undefined || options.sources.includes(v.item.source));
  const hidden = [...result.misses, ...result.falseAlarms].filter((v) => !shown(v)).length;
  if (hidden > 0) lines.push("", `${hidden} misses and false alarms of ${result.holdout.join(", ")} (holdout) are not listed.`);
  lines.push("", `misses (${result.misses.filter(shown).length}):`);
  for (const v of result.misses.filter(shown)) {
    const best = v.findings[0] ? `  [best: ${v.findings[0].rule} ${v.findings[0].severity}]` : "";
    lines.push(`  ${show(v.item.id)}  ${show(v.item.technique ?? "")}  ${describe(v.item)}${best}`);
  }
  lines.push("", `false alarms (${result.falseAlarms.filter(shown).length}):`);
  for (const v of result.falseAlarms.filter(shown)) {
    lines.push(`  ${show(v.item.id)}  ${describe(v.item)}`);
    for (const f of v.findings.filter((f) => atLeast(f.severity, "high"))) lines.push(findingLine(f));
  }
  const pairShown = (p: PairVerdict) =>
    !result.heldOutPairs.includes(p.pair.id) && (options.sources === undefined || options.sources.includes(p.pair.source));
  const unlistedPairs = result.pairs.filter((p) => result.heldOutPairs.includes(p.pair.id)).length;
  if (unlistedPairs > 0) lines.push("", `${unlistedPairs} upgrade pairs of held-out servers are not listed.`);
  const alarmed = result.pairs.filter((p) => p.content.length > 0 && pairShown(p));
  if (result.pairs.some(pairShown)) {
    lines.push("", `content alarms on real upgrades (${alarmed.length}):`);
    for (const p of alarmed) {
      lines.push(`  ${show(p.pair.id)}  ${show(p.pair.package)} ${show(p.pair.from)} -> ${show(p.pair.to)}`);
      for (const f of p.content) lines.push(findingLine(f));
    }
  }
  if (options.verbose) {
    lines.push("", "findings of every item:");
    for (const v of result.verdicts.filter(shown)) {
      lines.push(`  ${show(v.item.id)}  ${v.item.label}  ${v.flagged ? "FLAGGED" : "-"}  ${describe(v.item)}`);
      for (const f of v.findings) lines.push(findingLine(f));
    }
    lines.push("", "drift and tier findings >= high on real upgrades:");
    for (const p of result.pairs.filter((p) => p.drift.length > 0 && pairShown(p))) {
      lines.push(`  ${show(p.pair.id)}  ${show(p.pair.package)} ${show(p.pair.from)} -> ${show(p.pair.to)}`);
      for (const f of p.drift) lines.push(findingLine(f));
    }
  }
  return `${lines.join("\n")}\n`;
}

function findingLine(finding: Finding): string {
  const where = finding.entity === "server" ? "" : `${finding.entity} ${finding.name} `;
  // The message says which technique or act made the verdict: what a false alarm is fixed by.
  return `      ${finding.rule} ${finding.severity} ${show(where)}${show(finding.field)}: ${show(finding.evidence)}\n        why: ${show(finding.message)}`;
}

const show = (text: string) => escapeTerminal(text);

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: "string", default: DEFAULT_MANIFEST },
      verbose: { type: "boolean", default: false },
      source: { type: "string", multiple: true },
      by: { type: "string", default: "technique" },
    },
  });
  const sources = values.source?.flatMap((s) => s.split(","));
  const by = values.by as Breakdown;
  if (!BREAKDOWNS.includes(by)) throw new Error(`--by must be one of ${BREAKDOWNS.join(", ")}, not ${JSON.stringify(values.by)}`);
  process.stdout.write(formatResult(evaluate(resolve(values.corpus)), { verbose: values.verbose, by, ...(sources ? { sources } : {}) }));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
