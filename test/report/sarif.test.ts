/**
 * SARIF output, checked by the official SARIF 2.1.0 JSON Schema (see fixtures/sarif/README.md)
 * and by what code scanning reads from it: rules, levels, fingerprints and item lines.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { pathSegments } from "../../src/json-path.js";
import { SEVERITIES, type Finding, type Report, type Severity } from "../../src/model.js";
import { render, renderSarif, type SarifOptions } from "../../src/report/index.js";
import { baselineArtifacts } from "../../src/report/sarif.js";
import { RULE_IDS, RULES } from "../../src/rules/index.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { snapshotText } from "../../src/snapshot/store.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";
import { buildReport, finding, hostileReport, notesServer, sampleReport } from "./sample.js";

/** The parts of a SARIF log these tests read. */
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: {
          id: string;
          name: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          helpUri: string;
          help: { text: string; markdown: string };
          defaultConfiguration: { level: string };
          properties: { tags: string[]; "security-severity": string };
        }[];
      };
    };
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications?: { level: string; message: { text: string } }[];
    }[];
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } };
      }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; status: string; justification?: string }[];
      properties: { severity: Severity; "security-severity": string };
    }[];
  }[];
}

const schema = JSON.parse(await readFile(join(ROOT, "fixtures/sarif/sarif-schema-2.1.0.json"), "utf8")) as object;
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

/** Parses and validates; a schema violation fails the test with the validator's errors. */
function checkedSarif(text: string): SarifLog {
  const log: unknown = JSON.parse(text);
  expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  return log as SarifLog;
}

const LEVEL: Record<Severity, string> = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };

/**
 * How code scanning names a rule's `security-severity` score, as GitHub documents it:
 * 9.0–10.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low, 0.0 none. Our info is low there.
 */
function githubSeverity(score: string): string {
  const value = Number(score);
  if (value >= 9) return "critical";
  if (value >= 7) return "high";
  if (value >= 4) return "medium";
  return value > 0 ? "low" : "none";
}
const GITHUB_SEVERITY: Record<Severity, string> = { critical: "critical", high: "high", medium: "medium", low: "low", info: "low" };

/** The rule a result cites: its registry id when at the rule's default severity, else `<id>/<severity>`. */
function citedRule(rule: string, severity: Severity): string {
  return RULES.find((r) => r.id === rule)!.defaultSeverity === severity ? rule : `${rule}/${severity}`;
}
const env = { PATH: process.env.PATH };

describe("SARIF of the demo scan", () => {
  let log: SarifLog;
  let report: Report;

  beforeAll(async () => {
    const dir = await tempDir();
    const sarifFile = join(dir, "scan.sarif");
    const jsonFile = join(dir, "scan.json");
    const run = await runCli(["scan", "--sarif", sarifFile, "--json", jsonFile], { cwd: ROOT, env });
    log = checkedSarif(await readFile(sarifFile, "utf8"));
    report = JSON.parse(await readFile(jsonFile, "utf8")) as Report;
    expect(run.code, run.stderr).toBe(report.exitCode);
  });

  it("describes every registry rule, in registry order, with a link to its documentation", async () => {
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe("mcp-drift");
    expect(driver.rules.slice(0, RULES.length).map((rule) => rule.id)).toEqual(RULE_IDS);
    expect(driver.rules[0]!.helpUri).toBe(`https://unpkg.com/mcp-drift@${driver.version}/docs/rules.md#tool-added`);
    // Every link's anchor is a heading of the packed docs/rules.md.
    const headings = (await readFile(join(ROOT, "docs/rules.md"), "utf8")).split("\n").filter((line) => line.startsWith("## "));
    for (const descriptor of driver.rules) {
      expect(headings).toContain(`## ${new URL(descriptor.helpUri).hash.slice(1)}`);
    }
    for (const [index, rule] of RULES.entries()) {
      const descriptor = driver.rules[index]!;
      expect(descriptor.name).toMatch(/^(?:[A-Z][a-z0-9]*)+$/);
      expect(descriptor.name.toLowerCase()).toBe(rule.id.replaceAll("-", ""));
      expect(descriptor.shortDescription.text).toBe(rule.summary);
      expect(descriptor.fullDescription.text).toBe(rule.doc);
      expect(descriptor.defaultConfiguration.level).toBe(LEVEL[rule.defaultSeverity]);
      expect(descriptor.properties.tags).toEqual(expect.arrayContaining(["security", "mcp", rule.kind]));
      expect(descriptor.help.markdown).toContain(`  - rule: ${rule.id}`);
      expect(descriptor.help.text).toContain(rule.doc);
    }
    const scores = driver.rules.map((rule) => Number(rule.properties["security-severity"]));
    expect(scores.every((score) => score >= 0 && score <= 10)).toBe(true);
  });

  it("has one result per finding, with the report's rule, level and fingerprint", () => {
    const findings = report.servers.flatMap((server) => server.findings);
    const { results } = log.runs[0]!;
    expect(findings.length).toBeGreaterThan(0);
    expect(results.map((r) => r.partialFingerprints["mcpDrift/v2"])).toEqual(findings.map((f) => f.fingerprint));
    for (const [index, result] of results.entries()) {
      const source = findings[index]!;
      expect(result.ruleId).toBe(citedRule(source.rule, source.severity));
      const descriptor = log.runs[0]!.tool.driver.rules[result.ruleIndex!]!;
      expect(descriptor.id).toBe(result.ruleId);
      expect(githubSeverity(descriptor.properties["security-severity"])).toBe(GITHUB_SEVERITY[source.severity]);
      expect(result.level).toBe(LEVEL[source.severity]);
      expect(result.properties.severity).toBe(source.severity);
      expect(result.message.text).toContain(source.message);
      expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual({
        uri: "snapshots/notes.json",
        uriBaseId: "%SRCROOT%",
      });
    }
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });
});

describe("SARIF result lines", () => {
  it("point at each finding's item in the snapshot that update then writes", async () => {
    const dir = await tempDir();
    await cp(join(ROOT, "snapshots"), join(dir, "baselines"), { recursive: true });
    const server = (catalog: string) =>
      `    command: node\n    args: [${JSON.stringify(join(ROOT, "fixtures/servers/catalog-server.mjs"))}, ${JSON.stringify(join(ROOT, catalog))}]\n`;
    await writeFile(
      join(dir, "mcp-drift.yml"),
      `version: 1\nsnapshots: baselines\nservers:\n  notes:\n${server("fixtures/demo/notes.json")}`,
    );
    const scan = await runCli(["scan", "--format", "sarif", "--json", "report.json"], { cwd: dir, env });
    const log = checkedSarif(scan.stdout);
    const findings = (JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as Report).servers[0]!.findings;
    expect((await runCli(["update"], { cwd: dir, env })).code).toBe(0);
    const written = (await readFile(join(dir, "baselines/notes.json"), "utf8")).split("\n");

    const { results } = log.runs[0]!;
    const lineAt = (index: number): string => {
      const { artifactLocation, region } = results[index]!.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).toBe("baselines/notes.json");
      return written[region.startLine - 1]!.trim();
    };
    // Every result sits on its field's member line, or on its item's identity line.
    expect(results).toHaveLength(findings.length);
    for (const [index, f] of findings.entries()) {
      const key = f.field === "" ? "name" : pathSegments(f.field).at(-1)!;
      expect(lineAt(index), `${f.rule} ${f.name} ${f.field}`).toMatch(new RegExp(`^${JSON.stringify(key)}: `));
    }
    const lineOf = (rule: string): string => lineAt(results.findIndex((r) => r.ruleId.split("/")[0] === rule));
    expect(lineOf("tool-added")).toBe('"name": "update_note",');
    expect(lineOf("description-changed")).toBe(
      '"description": "Search the user\'s notes and shared team notes by keyword. Returns titles, ids and the first lines of each note.",',
    );
    expect(lineOf("server-identity-changed")).toBe('"version": "2.1.0"');
  });

  it("point into the file itself for check on a stored snapshot, and at its top for a raw dump", async () => {
    const stored = checkedSarif((await runCli(["check", "snapshots/notes.json", "-f", "sarif"], { cwd: ROOT, env })).stdout);
    const lines = (await readFile(join(ROOT, "snapshots/notes.json"), "utf8")).split("\n");
    const toolResults = stored.runs[0]!.results.filter((r) => r.ruleId.split("/")[0] === "tool-added");
    expect(toolResults).toHaveLength(2);
    for (const result of toolResults) {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).toBe("snapshots/notes.json");
      expect(lines[region.startLine - 1]).toMatch(/^ {6}"name": "(read_note|search_notes)",$/);
    }

    const dir = await tempDir();
    await writeFile(join(dir, "dump.json"), JSON.stringify({ tools: [{ name: "delete_all", description: "Delete." }] }));
    const dump = checkedSarif((await runCli(["check", "dump.json", "-f", "sarif"], { cwd: dir, env })).stdout);
    expect(dump.runs[0]!.results.length).toBeGreaterThan(0);
    for (const result of dump.runs[0]!.results) {
      expect(result.locations[0]!.physicalLocation).toEqual({
        artifactLocation: { uri: "dump.json", uriBaseId: "%SRCROOT%" },
        region: { startLine: 1 },
      });
    }
  });
});

describe("SARIF of a server that could not be scanned", () => {
  it("records the failure as an unsuccessful invocation", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "mcp-drift.yml"),
      `version: 1\nservers:\n  broken:\n    command: ${JSON.stringify(join(dir, "no-such-server"))}\n    timeout: 5s\n`,
    );
    const run = await runCli(["scan", "--format", "sarif"], { cwd: dir, env });
    expect(run.code).toBe(2);
    const invocation = checkedSarif(run.stdout).runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications![0]!.level).toBe("error");
    expect(invocation.toolExecutionNotifications![0]!.message.text).toContain('server "broken" could not be scanned');
  });
});

describe("renderSarif", () => {
  const notes = toSnapshot("notes", {
    initialize: { serverInfo: { name: "notes", version: "2.1.0" } },
    tools: [
      { name: "delete_note", description: "Delete a note by id." },
      {
        name: "search",
        description: "Search notes by keyword.",
        inputSchema: { type: "object", properties: { callback_url: { type: "string" } } },
      },
    ],
  });
  const options: SarifOptions = { toolVersion: "1.2.3", artifactFor: baselineArtifacts("snapshots", new Map([["notes", notes]])) };

  it("validates and keeps ignored findings as externally suppressed, with the reason", () => {
    const log = checkedSarif(renderSarif(sampleReport(), options));
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(notesServer().findings.length);
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.ruleId.split("/")[0])).toEqual(["suspicious-parameter"]);
    expect(suppressed[0]!.suppressions).toEqual([
      { kind: "external", status: "accepted", justification: "results are posted to our own webhook" },
    ]);
    expect(log.runs[0]!.tool.driver.version).toBe("1.2.3");
  });

  it("places results on the item's line in the snapshot text", () => {
    const text = snapshotText(notes).split("\n");
    const results = checkedSarif(renderSarif(sampleReport(), options)).runs[0]!.results;
    const line = (rule: string) =>
      text[results.find((r) => r.ruleId.split("/")[0] === rule)!.locations[0]!.physicalLocation.region.startLine - 1]!.trim();
    expect(line("description-changed")).toBe('"description": "Search notes by keyword.",');
    expect(line("high-impact-capability-added")).toBe('"name": "delete_note"');
    expect(line("suspicious-parameter")).toBe('"callback_url": {');
  });

  it("maps each severity to its level, and omits ruleIndex for a rule not in the registry", () => {
    const findings: Finding[] = SEVERITIES.map((severity) => finding({ rule: "not-a-registry-rule", severity, name: "search" }));
    const report = buildReport([{ id: "notes", status: "changed", changes: [], findings }]);
    const results = checkedSarif(renderSarif(report, options)).runs[0]!.results;
    expect(results.map((r) => [r.properties.severity, r.level])).toEqual(SEVERITIES.map((s) => [s, LEVEL[s]]));
    expect(results.every((r) => r.ruleIndex === undefined)).toBe(true);
  });

  it("ranks each result at its finding's severity, overrides included, as code scanning reads it", () => {
    // tool-added defaults to medium: an override to high, a content rule's own escalation
    // to critical, and one finding at the default.
    const findings: Finding[] = [
      finding({ rule: "tool-added", severity: "high", name: "delete_note" }),
      finding({ rule: "tool-added", severity: "high", name: "search" }),
      finding({ rule: "tool-added", severity: "medium", name: "other" }),
      finding({ rule: "instruction-like-text", severity: "critical", name: "search" }),
    ];
    const log = checkedSarif(renderSarif(buildReport([{ id: "notes", status: "changed", changes: [], findings }]), options));
    const { rules } = log.runs[0]!.tool.driver;
    const cited = log.runs[0]!.results.map((r) => {
      const descriptor = rules[r.ruleIndex!]!;
      expect(descriptor.id).toBe(r.ruleId);
      return [r.ruleId, githubSeverity(descriptor.properties["security-severity"]), descriptor.defaultConfiguration.level];
    });
    expect(cited).toEqual([
      ["tool-added/high", "high", "error"],
      ["tool-added/high", "high", "error"],
      ["tool-added", "medium", "warning"],
      ["instruction-like-text/critical", "critical", "error"],
    ]);
    // One variant per rule and severity, after the registry's rules, documented like its rule.
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS, "tool-added/high", "instruction-like-text/critical"]);
    const variant = rules.find((r) => r.id === "tool-added/high")!;
    expect(variant.name).toBe("ToolAddedHigh");
    expect(variant.helpUri).toBe(rules.find((r) => r.id === "tool-added")!.helpUri);
    expect(variant.fullDescription.text).toBe(RULES.find((r) => r.id === "tool-added")!.doc);
    expect(log.runs[0]!.results.map((r) => githubSeverity(r.properties["security-severity"]))).toEqual([
      "high",
      "high",
      "medium",
      "critical",
    ]);
  });

  it("reports the error servers and the notices of the run", () => {
    const invocation = checkedSarif(renderSarif(sampleReport(), options)).runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => [n.level, n.message.text])).toEqual([
      ["error", 'server "tickets" could not be scanned: connect ECONNREFUSED 127.0.0.1:8080'],
      ["warning", "ignore for rule tool-added on server notes expired on 2026-01-01 and no longer applies"],
    ]);
  });

  it("keeps hostile server text inert: no controls, placeholders or embedded links", () => {
    const report = hostileReport();
    const sneaky = String.raw`[x\](http://evil) and {0}`;
    report.servers[0]!.findings.push(finding({ rule: "tool-added", severity: "high", name: "x", message: sneaky }));
    const sarif = renderSarif(report, options);
    const log = checkedSarif(sarif);
    expect(sarif).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u202e\u{E0000}-\u{E007F}]/u);
    const texts = [
      ...log.runs[0]!.results.flatMap((r) => [r.message.text, ...(r.suppressions ?? []).map((s) => s.justification ?? "")]),
      ...log.runs[0]!.invocations[0]!.toolExecutionNotifications!.map((n) => n.message.text),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/[\x1b\u202e\u200b]/u);
      // Every brace doubled (SARIF §3.11.5).
      expect(text.replaceAll("{{", "").replaceAll("}}", "")).not.toMatch(/[{}]/);
      // No `](` whose `]` is unescaped, that is behind an even run of backslashes (§3.11.6).
      expect(text).not.toMatch(/(?:^|[^\\])(?:\\\\)*\]\(/);
    }
    // What each trick turned into, still readable.
    expect(texts).toContainEqual(expect.stringContaining(String.raw`\x1b[2J`));
    expect(texts).toContainEqual(expect.stringContaining(String.raw`[click\](http://x)`));
    expect(texts).toContainEqual(expect.stringContaining(String.raw`[x\\\](http://evil) and {{0}}`));
  });

  it("encodes artifact paths as URI references and points at line 1 without the snapshot text", () => {
    const spaced: SarifOptions = { toolVersion: "1.2.3", artifactFor: (id) => ({ path: `my snapshots/#${id}.json` }) };
    const result = checkedSarif(renderSarif(sampleReport(), spaced)).runs[0]!.results[0]!;
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "my%20snapshots/%23notes.json", uriBaseId: "%SRCROOT%" },
      region: { startLine: 1 },
    });
  });

  it("is deterministic and is what render dispatches to", () => {
    const report = sampleReport();
    expect(renderSarif(report, options)).toBe(renderSarif(report, options));
    expect(render(report, "sarif", { color: true, sarif: options })).toBe(renderSarif(report, options));
    expect(() => render(report, "sarif", { color: false })).toThrow(/sarif/);
  });
});

describe("the CLI's SARIF output", () => {
  it("names files relative to the repository they lie in, whatever folder the CLI runs in", async () => {
    const repository = await tempDir();
    await mkdir(join(repository, ".git"));
    await mkdir(join(repository, "mcp/catalogs"), { recursive: true });
    await writeFile(
      join(repository, "mcp/catalogs/dump.json"),
      JSON.stringify({ tools: [{ name: "delete_all", description: "Delete." }] }),
    );
    const run = await runCli(["check", "catalogs/dump.json", "-f", "sarif"], { cwd: join(repository, "mcp"), env });
    const { results } = checkedSarif(run.stdout).runs[0]!;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "mcp/catalogs/dump.json", uriBaseId: "%SRCROOT%" });
    }
  });

  it("is written by --sarif next to the main report, and is the same as --format sarif", async () => {
    const dir = await tempDir();
    const file = join(dir, "out.sarif");
    const both = await runCli(["scan", "-f", "json", "--sarif", file], { cwd: ROOT, env });
    expect(parseReport(both).format).toBe("mcp-drift/report@1");
    const direct = await runCli(["scan", "-f", "sarif"], { cwd: ROOT, env });
    expect(await readFile(file, "utf8")).toBe(direct.stdout);
  });
});
