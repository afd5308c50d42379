/**
 * `npm run eval`: measures the rules on the labelled corpus (fixtures/corpus/tools.jsonl).
 * Each corpus server is checked alone as a first scan, through the same pipeline as
 * `mcp-drift check`; a tool counts as flagged when a finding about it reaches `high`.
 * Prints recall on malicious tools and the false-positive rate on benign ones, per source
 * and overall, then every miss and every false alarm. Exits 0: it is a measurement; the
 * floors are asserted by test/rules/eval.test.ts.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { atLeast, isJsonObject, type Config, type Finding, type JsonObject } from "../src/model.js";
import { escapeTerminal } from "../src/report/escape.js";
import { compareOffline } from "../src/scan.js";
import { toSnapshot } from "../src/snapshot/normalize.js";

export const DEFAULT_CORPUS = "fixtures/corpus/tools.jsonl";
export const SOURCES = ["livemcpbench", "atr", "safe-mcp", "mcpsecbench"] as const;

export interface CorpusItem {
  id: string;
  source: string;
  label: "malicious" | "benign";
  /** What a malicious sample tries; null for benign tools. */
  technique: string | null;
  server: string;
  tool: JsonObject & { name: string };
}

export interface ItemVerdict {
  item: CorpusItem;
  /** Findings about this tool that are not ignored, most severe first. */
  findings: Finding[];
  /** A finding reached `high`: the check would fail on this tool. */
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

export interface EvalResult {
  verdicts: ItemVerdict[];
  /** One per source in SOURCES order (then any other source found), then `overall`. */
  scores: Score[];
  overall: Score;
  misses: ItemVerdict[];
  falseAlarms: ItemVerdict[];
}

/** `check` with its defaults: nothing overridden or ignored, failing at `high`. */
const POLICY: Pick<Config, "failOn" | "rules" | "ignore"> = { failOn: "high", rules: {}, ignore: [] };

export function readCorpus(file: string): CorpusItem[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => parseItem(JSON.parse(line), `${file}:${index + 1}`));
}

function parseItem(value: unknown, where: string): CorpusItem {
  if (!isJsonObject(value)) throw new Error(`${where}: expected an object`);
  const { id, source, label, technique, server, tool } = value;
  if (typeof id !== "string" || typeof source !== "string" || typeof server !== "string") {
    throw new Error(`${where}: id, source and server must be strings`);
  }
  if (label !== "malicious" && label !== "benign") throw new Error(`${where}: label must be malicious or benign`);
  if (!isJsonObject(tool) || typeof tool.name !== "string") throw new Error(`${where}: tool.name must be a string`);
  return { id, source, label, technique: typeof technique === "string" ? technique : null, server, tool: { ...tool, name: tool.name } };
}

export function evaluate(corpusFile: string): EvalResult {
  const items = readCorpus(corpusFile);
  const verdicts = new Map<CorpusItem, ItemVerdict>();
  for (const group of scanGroups(items)) {
    const findings = checkAlone(group);
    for (const item of group) {
      const own = findings.filter((f) => f.entity === "tool" && f.name === item.tool.name);
      verdicts.set(item, { item, findings: own, flagged: own.some((f) => atLeast(f.severity, "high")) });
    }
  }
  const ordered = items.map((item) => verdicts.get(item)!);
  const sources = [...SOURCES, ...new Set(items.map((i) => i.source).filter((s) => !(SOURCES as readonly string[]).includes(s)))];
  const overall = score("overall", ordered);
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
    misses: ordered.filter((v) => v.item.label === "malicious" && !v.flagged),
    falseAlarms: ordered.filter((v) => v.item.label === "benign" && v.flagged),
  };
}

/**
 * The catalogs to check: one per corpus server. Findings name a tool only by its name, so
 * when a server holds two corpus tools with the same name, the second goes into a second
 * catalog of that server (the third into a third…), and each finding belongs to one tool.
 */
function scanGroups(items: CorpusItem[]): CorpusItem[][] {
  const layers = new Map<string, CorpusItem[][]>();
  for (const item of items) {
    const server = layers.get(item.server) ?? [];
    layers.set(item.server, server);
    let layer = server.find((group) => !group.some((other) => other.tool.name === item.tool.name));
    if (layer === undefined) server.push((layer = []));
    layer.push(item);
  }
  return [...layers.values()].flat();
}

/** What `mcp-drift check` reports for a server offering exactly these tools. */
function checkAlone(group: CorpusItem[]): Finding[] {
  const head = toSnapshot(serverId(group[0]!.server), { initialize: {}, tools: group.map((item) => item.tool) });
  const report = compareOffline(undefined, head, POLICY);
  return report.servers.flatMap((server) => server.findings).filter((f) => !f.ignored);
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

/** The printed report; server text is escaped, it may carry terminal controls on purpose. */
export function formatResult(result: EvalResult, options: { verbose?: boolean } = {}): string {
  const lines: string[] = ["source        recall (>= high, malicious)   false positives (>= high, benign)"];
  for (const s of result.scores) {
    const caught = s.malicious === 0 ? "-" : `${s.caught}/${s.malicious}  ${percent(recall(s))}`;
    const alarms = s.benign === 0 ? "-" : `${s.falseAlarms}/${s.benign}  ${percent(falsePositiveRate(s))}`;
    lines.push(`${s.source.padEnd(14)}${caught.padEnd(30)}${alarms}`);
  }
  lines.push("", `misses (${result.misses.length}):`);
  for (const v of result.misses) {
    const description = typeof v.item.tool.description === "string" ? v.item.tool.description : "";
    const best = v.findings[0] ? `  [best: ${v.findings[0].rule} ${v.findings[0].severity}]` : "";
    lines.push(
      `  ${v.item.id}  ${show(v.item.technique ?? "")}  ${show(v.item.tool.name)}: ${show(Array.from(description).slice(0, 120).join(""))}${best}`,
    );
  }
  lines.push("", `false alarms (${result.falseAlarms.length}):`);
  for (const v of result.falseAlarms) {
    lines.push(`  ${v.item.id}  ${show(v.item.tool.name)}`);
    for (const f of v.findings.filter((f) => atLeast(f.severity, "high"))) lines.push(findingLine(f));
  }
  if (options.verbose) {
    lines.push("", "findings of every item:");
    for (const v of result.verdicts) {
      lines.push(`  ${v.item.id}  ${v.item.label}  ${v.flagged ? "FLAGGED" : "-"}  ${show(v.item.tool.name)}`);
      for (const f of v.findings) lines.push(findingLine(f));
    }
  }
  return `${lines.join("\n")}\n`;
}

function findingLine(finding: Finding): string {
  return `      ${finding.rule} ${finding.severity} ${show(finding.field)}: ${show(finding.evidence)}`;
}

const show = (text: string) => escapeTerminal(text);

function main(): void {
  const { values } = parseArgs({
    options: { corpus: { type: "string", default: DEFAULT_CORPUS }, verbose: { type: "boolean", default: false } },
  });
  process.stdout.write(formatResult(evaluate(resolve(values.corpus)), { verbose: values.verbose }));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
