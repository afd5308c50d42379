/**
 * SARIF 2.1.0 for code scanning: one result per finding, placed on the line of its item in
 * the server's snapshot file, with every registry rule described (docs, help link, default
 * level, security severity) so GitHub can show and rank the alerts.
 */
import { posix, relative, sep } from "node:path";
import type { Finding, Report, Severity, Snapshot } from "../model.js";
import { ruleDocUrl, ruleHelp } from "../rules/docs.js";
import { RULES } from "../rules/index.js";
import type { Rule } from "../classify/rule.js";
import { snapshotLines, snapshotValueLines, type SnapshotLines } from "../snapshot/lines.js";
import { escapedJsonChunks, prettyJsonPieces } from "../json-text.js";
import { escapeTerminal, truncate } from "./escape.js";

/** The file a server's results point at. */
export interface SnapshotArtifact {
  /** `/`-separated, relative to the repository root (SARIF's `%SRCROOT%`). */
  path: string;
  /** The file's canonical snapshot text, to find each item's line; without it results point at line 1. */
  text?: string;
  /** The snapshot the file holds, in place of its text: its lines are worked out without writing it out. */
  snapshot?: Snapshot;
}

export interface SarifOptions {
  /** mcp-drift's own version. */
  toolVersion: string;
  artifactFor(serverId: string): SnapshotArtifact;
}

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://www.npmjs.com/package/mcp-drift";
const SOURCE_ROOT = "%SRCROOT%";
/** Versioned, so a future change of fingerprint scheme cannot be mistaken for this one. */
// v2: SHA-256 over the whole text at the finding's place; v1 covered only the excerpt.
const FINGERPRINT_KEY = "mcpDrift/v2";
const MAX_MESSAGE = 300;
const MAX_EVIDENCE = 200;

type Level = "error" | "warning" | "note";
const LEVELS: Record<Severity, Level> = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
/** GitHub reads `security-severity` (a CVSS-like score, as a string) to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0",
};

/**
 * One run: every registry rule described, one result per finding (fingerprint in
 * `partialFingerprints`), failed servers and notices as notifications. Ignored findings are
 * kept with an `external` suppression (the ignore lives in mcp-drift.yml) carrying its reason,
 * so code scanning shows them as dismissed rather than losing track of them.
 */
export function renderSarif(report: Report, options: SarifOptions): string {
  return [...sarifChunks(report, options)].join("");
}

/** Down to each result (log → runs → run → results → result): what a large catalog has many of. */
const WHOLE_AT = 4;

/** `renderSarif(report, options)` in chunks of about 1 MiB, for writing: never one string the size of the log. */
export function* sarifChunks(report: Report, options: SarifOptions): Generator<string> {
  yield* escapedJsonChunks(prettyJsonPieces(sarifLog(report, options), WHOLE_AT));
  yield "\n";
}

function sarifLog(report: Report, options: SarifOptions) {
  const descriptors = new RuleDescriptors(options.toolVersion);
  const results = report.servers.flatMap((server) => {
    if (server.findings.length === 0) return [];
    const artifact = options.artifactFor(server.id);
    const lines =
      artifact.snapshot !== undefined
        ? snapshotValueLines(artifact.snapshot)
        : artifact.text === undefined
          ? undefined
          : snapshotLines(artifact.text);
    return server.findings.map((finding) => result(finding, descriptors.cite(finding), artifact.path, lines));
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mcp-drift",
            informationUri: INFORMATION_URI,
            version: options.toolVersion,
            rules: descriptors.all,
          },
        },
        invocations: [invocation(report)],
        results,
      },
    ],
  };
}

/** `file` relative to `root` with `/` separators, as artifact URIs and repository paths are written. */
export function artifactPath(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}

/**
 * A scan's results point at `<snapshotsDir>/<id>.json`, on the lines of the snapshot `update`
 * writes from `heads`: the committed file once the new catalog is accepted (the baseline-update
 * PR). Until then the file holds the old baseline, whose lines may differ.
 */
export function baselineArtifacts(snapshotsDir: string, heads: ReadonlyMap<string, Snapshot>): (serverId: string) => SnapshotArtifact {
  return (serverId) => {
    const head = heads.get(serverId);
    // The snapshot rather than its text: the file of a catalog of 100,000 tools is hundreds of MB.
    return { path: posix.join(snapshotsDir, `${serverId}.json`), ...(head ? { snapshot: head } : {}) };
  };
}

type ReportingDescriptor = ReturnType<typeof reportingDescriptor>;

/**
 * Code scanning ranks an alert by its rule's `security-severity` and reads no severity from
 * the result itself, while one mcp-drift rule reports at several (a delete tool is worse than
 * a write; `rules:` overrides move a whole rule). So every registry rule is described at its
 * default severity under its own id, and a finding at another severity cites a variant
 * `<rule>/<severity>` described the same way at that severity, added once, in order of first
 * use. Code scanning then shows each alert at the severity the report gives it, and a finding
 * whose severity changes becomes a new alert, as its verdict did.
 */
class RuleDescriptors {
  readonly all: ReportingDescriptor[];
  private readonly indexes = new Map<string, number>();

  constructor(private readonly toolVersion: string) {
    this.all = RULES.map((rule) => reportingDescriptor(rule, rule.defaultSeverity, toolVersion));
    for (const [index, rule] of RULES.entries()) this.indexes.set(rule.id, index);
  }

  /** The descriptor a finding cites, and its index in `all`; undefined for a rule the registry lacks. */
  cite(finding: Finding): { id: string; index: number } | undefined {
    const rule = RULES[this.indexes.get(finding.rule) ?? -1];
    if (rule === undefined) return undefined;
    const id = finding.severity === rule.defaultSeverity ? rule.id : `${rule.id}/${finding.severity}`;
    let index = this.indexes.get(id);
    if (index === undefined) {
      index = this.all.push({ ...reportingDescriptor(rule, finding.severity, this.toolVersion), id }) - 1;
      this.indexes.set(id, index);
    }
    return { id, index };
  }
}

function reportingDescriptor(rule: Rule, severity: Severity, toolVersion: string) {
  const name = rule.id.replace(/(?:^|-)([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return {
    id: rule.id,
    name: severity === rule.defaultSeverity ? name : `${name}${severity[0]!.toUpperCase()}${severity.slice(1)}`,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.doc },
    helpUri: ruleDocUrl(rule.id, toolVersion),
    help: { text: helpText(rule), markdown: ruleHelp(rule) },
    defaultConfiguration: { level: LEVELS[severity] },
    properties: { tags: ["security", "mcp", rule.kind], "security-severity": SECURITY_SEVERITY[severity] },
  };
}

function helpText(rule: Rule): string {
  return [
    rule.summary,
    rule.doc,
    ...(rule.example ? [`For example: ${rule.example}`] : []),
    `Default severity: ${rule.defaultSeverity}. In mcp-drift.yml, "rules: {${rule.id}: low}" changes it ` +
      `(or "off" turns the rule off), and an "ignore" entry with rule, server, item and reason accepts one finding.`,
  ].join("\n\n");
}

function result(finding: Finding, rule: { id: string; index: number } | undefined, path: string, lines: SnapshotLines | undefined) {
  const evidence = finding.evidence === "" ? "" : `\nEvidence: ${plainText(truncate(finding.evidence, MAX_EVIDENCE))}`;
  return {
    ruleId: rule?.id ?? finding.rule,
    ...(rule === undefined ? {} : { ruleIndex: rule.index }),
    level: LEVELS[finding.severity],
    message: { text: `${plainText(truncate(finding.message, MAX_MESSAGE))}${evidence}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriPath(path), uriBaseId: SOURCE_ROOT },
          region: { startLine: lines?.locate(finding.entity, finding.name, finding.field) ?? 1 },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.ignored
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              ...(finding.ignoreReason ? { justification: plainText(finding.ignoreReason) } : {}),
            },
          ],
        }
      : {}),
    // `level` folds critical into high; the exact severity stays available to other consumers.
    properties: { severity: finding.severity, "security-severity": SECURITY_SEVERITY[finding.severity] },
  };
}

/** Servers that could not be scanned and the run's notices, so a broken scan is visible in SARIF too. */
function invocation(report: Report) {
  const failed = report.servers.filter((server) => server.status === "error");
  const notifications = [
    ...failed.map((server) => ({
      level: "error",
      message: { text: plainText(`server ${JSON.stringify(server.id)} could not be scanned: ${server.error?.message ?? "unknown error"}`) },
    })),
    ...report.notices.map((notice) => ({ level: "warning", message: { text: plainText(notice) } })),
  ];
  return {
    executionSuccessful: failed.length === 0,
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
}

/**
 * Server text as a SARIF plain-text message, which viewers do interpret: hidden and control
 * characters become visible escapes, braces are doubled so nothing reads as a placeholder
 * (SARIF §3.11.5), and every `]` before `(` is backslash-escaped, with the backslashes already
 * in front of it doubled, so no embedded link `[text](target)` can form (§3.11.6). Other
 * brackets may stay as they are there, which keeps JSON values such as `["a"]` readable.
 */
function plainText(text: string): string {
  return escapeTerminal(text)
    .replace(/[{}]/g, (brace) => brace + brace)
    .replace(/(\\*)\](?=\()/g, (_, backslashes: string) => `${backslashes}${backslashes}\\]`);
}

/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function uriPath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
