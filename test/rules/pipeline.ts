/** Runs a fixture pair through the real pipeline: stored snapshots → diff → classify. */
import { expect } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { diffSnapshots, newServerChanges } from "../../src/diff/diff.js";
import { type Finding, type JsonObject, type SecondReading, SEVERITIES, type Severity, type Snapshot } from "../../src/model.js";
import { classify } from "../../src/classify/classify.js";
import { ScanAnalysis } from "../../src/classify/analysis.js";
import type { Rule, RuleContext } from "../../src/classify/rule.js";
import { RULES } from "../../src/rules/index.js";
import { highImpactCapabilityAdded } from "../../src/rules/high-impact-capability-added.js";
import { instructionLikeText } from "../../src/rules/instruction-like-text.js";
import { writeCapabilityAdded } from "../../src/rules/write-capability-added.js";
import { suspiciousParameter } from "../../src/rules/suspicious-parameter.js";
import { readSnapshot } from "../../src/snapshot/store.js";
import { ROOT } from "../helpers/paths.js";

export const RULE_FIXTURES = join(ROOT, "fixtures/rules");

export async function fixtureNames(): Promise<string[]> {
  const entries = await readdir(RULE_FIXTURES, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * The context a rule sees for the fixture: `base.json` is absent for a first scan; the
 * snapshots in `scan/`, if any, are the other servers of the same scan (cross-server rules).
 */
export async function fixtureContext(name: string): Promise<RuleContext> {
  const dir = join(RULE_FIXTURES, name);
  const base = await readSnapshot(join(dir, "base.json"));
  const head = await readSnapshot(join(dir, "head.json"));
  if (!head) throw new Error(`fixture ${name} has no head.json`);
  const others = await readdir(join(dir, "scan")).catch(() => []);
  const scan = await Promise.all(
    others
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => readSnapshot(join(dir, "scan", f))),
  );
  // A scan's second readings (probe:), when the fixture has them: they are not in a snapshot.
  const readings = await readFile(join(dir, "readings.json"), "utf8").catch(() => undefined);
  const ctx = contextFor(
    base,
    head,
    scan.filter((s) => s !== undefined),
  );
  return readings === undefined ? ctx : { ...ctx, readings: JSON.parse(readings) as SecondReading[] };
}

/** The context of `head`'s server in a scan that also holds `others` (in that order, after it). */
export function contextFor(base: Snapshot | undefined, head: Snapshot, others: readonly Snapshot[] = []): RuleContext {
  const changes = base ? diffSnapshots(base, head) : newServerChanges(head);
  const scan = new ScanAnalysis(new Map([head, ...others].map((snapshot) => [snapshot.server.id, snapshot])));
  return scan.context({ serverId: head.server.id, base, head, changes });
}

export async function classifyFixture(name: string, rules: readonly Rule[] = RULES): Promise<Finding[]> {
  return classify(await fixtureContext(name), rules);
}

/** `expected.json` when the fixture has one, else the single rule it is named after. */
export async function expectedRuleIds(name: string): Promise<string[]> {
  const text = await readFile(join(RULE_FIXTURES, name, "expected.json"), "utf8").catch(() => undefined);
  return text === undefined ? [name] : (JSON.parse(text) as string[]);
}

/** A minimal snapshot of server `demo` for hand-built cases. */
export function snapshotOf(parts: Partial<Omit<Snapshot, "format" | "server">> = {}): Snapshot {
  return {
    format: "mcp-drift/snapshot@1",
    server: { id: "demo" },
    initialize: { protocolVersion: "2025-06-18", serverInfo: { name: "demo", version: "1.0.0" } },
    ...parts,
  };
}

/** The hits of one rule for a base → head pair, through the real diff. */
export function hitsOf(rule: Rule, base: Snapshot | undefined, head: Snapshot) {
  return rule.check(contextFor(base, head));
}

/** One tool `name` with the given description and parameters: what the parameter tests judge. */
export function parameterTool(description: string, properties: Record<string, JsonObject>, required: string[] = [], name = "t"): Snapshot {
  return snapshotOf({ tools: [{ name, description, inputSchema: { type: "object", properties, required } }] });
}

/** A string parameter with its own description. */
export const stringParameter = (description: string): JsonObject => ({ type: "string", description });

/** The strongest severity one rule reports for a base → head pair (a hit without one has the rule's default), or undefined. */
export function strongestSeverity(rule: Rule, base: Snapshot | undefined, head: Snapshot): Severity | undefined {
  const found = hitsOf(rule, base, head).map((h) => h.severity ?? rule.defaultSeverity);
  return found.sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0];
}

/** The strongest severity suspicious-parameter reports in `snapshot` as a first scan, or undefined. */
export function strongestParameterSeverity(snapshot: Snapshot): Severity | undefined {
  return strongestSeverity(suspiciousParameter, undefined, snapshot);
}

/** A tool definition with the given description and parameters, for `server`. */
export const tool = (name: string, description: string, properties: JsonObject = {}, required: string[] = []): JsonObject => ({
  name,
  description,
  inputSchema: { type: "object", properties, required },
});

/** Server `demo` offering these tools. */
export const server = (...tools: JsonObject[]): Snapshot => snapshotOf({ tools });

/** Server `demo` offering one tool: `server(tool(...))`. */
export const oneToolServer = (name: string, description: string, properties: JsonObject = {}): Snapshot =>
  server(tool(name, description, properties));

/** A server with its own id (and the same name) offering these tools. */
export const serverNamed = (id: string, ...tools: JsonObject[]): Snapshot => ({
  ...snapshotOf({ tools }),
  server: { id },
  initialize: { protocolVersion: "2025-06-18", serverInfo: { name: id, version: "1.0.0" } },
});

/** A parameter of `type` with its own description. */
export const param = (description: string, type = "string"): JsonObject => ({ type, description });

const AT_LEAST_HIGH: ReadonlySet<Severity> = new Set(["high", "critical"]);

/** What a user would be alarmed by: every rule's unignored findings at high or above on `head` as a first scan. */
export const alarms = (head: Snapshot): Finding[] =>
  classify(contextFor(undefined, head), RULES).filter((f) => AT_LEAST_HIGH.has(f.severity) && !f.ignored);

/** Findings one a line, as a failing assertion's message. */
export const show = (findings: readonly Finding[]): string => findings.map((f) => `${f.rule} ${f.severity}: ${f.message}`).join("\n");

/** `head` raises no alarm; a failure lists the alarms. */
export function expectNoAlarms(head: Snapshot): void {
  const found = alarms(head);
  expect(found, show(found)).toEqual([]);
}

/** `head` raises an instruction-like-text alarm; a failure lists the alarms it does raise. */
export function expectInstructionAlarm(head: Snapshot): void {
  const found = alarms(head);
  expect(
    found.some((f) => f.rule === "instruction-like-text"),
    show(found),
  ).toBe(true);
}

/** The strongest severity instruction-like-text reports on server `demo` offering `tools`, as a first scan, or undefined. */
export function strongestInstructionSeverity(...tools: JsonObject[]): Severity | undefined {
  return strongestSeverity(instructionLikeText, undefined, server(...tools));
}

/** A severity at or above high: what fails a build by default. */
export const atLeastHigh = (severity: string | undefined): boolean => severity === "high" || severity === "critical";

/** Some severity of `severities` is at or above high. */
export const someAtLeastHigh = (severities: readonly string[]): boolean => severities.some(atLeastHigh);

/** instruction-like-text judges server `demo` offering `tools`, as a first scan, at high or above. */
export const instructionAlarm = (...tools: JsonObject[]): boolean => atLeastHigh(strongestInstructionSeverity(...tools));

/** Server `demo` offering one tool that claims to read only: `name`, an `id` described `idDescription`, and `properties`. */
export const readOnlyTool = (
  name: string,
  idDescription: string,
  description: string,
  properties: Record<string, JsonObject> = {},
): Snapshot =>
  server({
    name,
    description,
    inputSchema: { type: "object", properties: { id: { type: "string", description: idDescription }, ...properties } },
    annotations: { readOnlyHint: true },
  });

/** The capability rules' hits on `base` → `head`, each with the severity its rule gives: the tier a tool rose to. */
export const capabilityRises = (base: Snapshot, head: Snapshot) =>
  [writeCapabilityAdded, highImpactCapabilityAdded].flatMap((rule) =>
    hitsOf(rule, base, head).map((h) => ({ ...h, severity: h.severity ?? rule.defaultSeverity })),
  );
