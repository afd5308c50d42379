/**
 * Domain types shared by every pipeline stage. Data flows one way:
 * config → connect → collect → snapshot → diff → classify → policy → report → act.
 */

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Ordered from most to least severe; the order is the meaning. */
export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = Severity | "never";

/** True when `severity` is at or above `threshold` (`never` is above everything). */
export function atLeast(severity: Severity, threshold: FailOn): boolean {
  if (threshold === "never") return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** `http`: Streamable HTTP, falling back to legacy SSE when the server refuses it (the way VS Code and others connect). */
export type TransportKind = "stdio" | "streamable-http" | "sse" | "http";

/** One configured server after loading, validation and variable expansion. */
export interface ServerConfig {
  id: string;
  transport: TransportKind;
  /** stdio */
  command?: string;
  args?: string[];
  env?: Record<string, string>;
  /** Names of the scanner's variables the server inherits besides the base (PATH, HOME…) and the proxy and CA settings: `passEnv`. */
  passEnv?: string[];
  cwd?: string;
  /** streamable-http / sse / http */
  url?: string;
  headers?: Record<string, string>;
  /** `auto` (the default) or the protocol revision to speak, e.g. `2026-07-28`. */
  protocol?: string;
  /** Second readings of the catalog (`probe:`); absent when off. `calls`: requests before the same-session reading. */
  probe?: { calls?: number };
  timeoutMs: number;
  /** Most items accepted in one list; `SERVER_LIMIT_DEFAULTS.maxItems` when absent. */
  maxItems?: number;
  /** Most bytes in one message from the server; `SERVER_LIMIT_DEFAULTS.maxResponseBytes` when absent. */
  maxResponseBytes?: number;
  /** Most bytes the server may send in one scan; `SERVER_LIMIT_DEFAULTS.maxCatalogBytes` when absent. */
  maxCatalogBytes?: number;
  /**
   * Values redacted wherever this server's scan could surface them: the run's whole list
   * (`Config.secrets`), not only this server's own, since a server can echo another's.
   */
  secrets: string[];
}

/**
 * How far one server may go before its scan fails (exit 2). Generous for any real catalog,
 * tight enough that a hostile or broken server cannot hang CI or exhaust its memory.
 */
export const SERVER_LIMIT_DEFAULTS = {
  /** Long enough for `npx` to fetch a server on a cold cache. */
  timeoutMs: 30_000,
  /** Real servers list tens to a few thousand items. */
  maxItems: 50_000,
  /** The largest real list results are a few MiB; a message far beyond that is not a catalog. */
  maxResponseBytes: 16 * 1024 * 1024,
  /** Everything one server sends in a scan, stdout noise included; bounds our memory per server. */
  maxCatalogBytes: 64 * 1024 * 1024,
} as const;

export interface IgnoreEntry {
  rule: string;
  server?: string;
  /** `tool:NAME`, `prompt:NAME`, `resource:URI`, `resourceTemplate:URI_TEMPLATE`, `server:ID` */
  item?: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); past it the ignore stops applying. */
  expires?: string;
  fingerprint?: string;
}

/**
 * `auto`: isolate stdio servers where the system allows it, with a notice where it does not;
 * `required`: a scan that cannot isolate fails (exit 2); `off`: no isolation, with a notice.
 */
export const ISOLATION_MODES = ["auto", "required", "off"] as const;
export type IsolationMode = (typeof ISOLATION_MODES)[number];

export interface Config {
  /** Absolute path of the file the config came from. */
  file: string;
  version: 1;
  /** Absolute path of the baseline folder. */
  snapshots: string;
  failOn: FailOn;
  /** How many servers are scanned at once. */
  concurrency: number;
  /** The whole run's time bound: servers still running when it passes are cancelled. */
  runTimeoutMs: number;
  /** How stdio servers are walled off from the scanner and the job; see connect/sandbox.ts. */
  isolation: IsolationMode;
  servers: ServerConfig[];
  /**
   * Every value no output of the run may show, in any form: each server's `${VAR}` values,
   * the face's secret inputs (the Action's github-token) and the scanner's secret-looking
   * environment. The loader gives every server this same list.
   */
  secrets: string[];
  rules: Record<string, Severity | "off">;
  ignore: IgnoreEntry[];
  /** Servers the file names that are not scanned, in words: a host's disabled servers, VS Code inputs not set. */
  notices?: string[];
}

/** What a server answered, verbatim: every page concatenated, nothing parsed away. */
export interface RawCatalog {
  initialize: JsonObject;
  tools?: JsonObject[];
  resources?: JsonObject[];
  resourceTemplates?: JsonObject[];
  prompts?: JsonObject[];
  /**
   * What `resources/read` returned for each `ui://` resource (MCP Apps), by URI: the
   * snapshot keeps a digest of each content item, not the content.
   */
  resourceContents?: Record<string, JsonObject[]>;
}

export const SNAPSHOT_FORMAT = "mcp-drift/snapshot@1";

/**
 * The committed baseline of one server. Lists the server did not announce are absent;
 * every field the server sent is kept.
 */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** `release`: what the server's launch command fetches and runs, when it names a package, image or git source. */
  server: { id: string; release?: Release };
  initialize: JsonObject;
  tools?: JsonObject[];
  resources?: JsonObject[];
  resourceTemplates?: JsonObject[];
  prompts?: JsonObject[];
}

export type Entity = "server" | "tool" | "resource" | "resourceTemplate" | "prompt";

export type ReleaseEcosystem = "npm" | "pypi" | "oci" | "git";

/** What a launch command asks a registry for, read from the command line alone. */
export interface LaunchTarget {
  ecosystem: ReleaseEcosystem;
  /** The runner as written: `npx`, `pnpm dlx`, `uvx`, `docker`… */
  launcher: string;
  /** npm or PyPI name, image repository (`host/path`), or git URL without credentials. */
  package: string;
  /** The version, range, tag, digest or ref asked for, as written; `""` when none. */
  requested: string;
  /** Registry the launch names itself (npx `--registry`), or the one the release was looked up in. */
  registry?: string;
}

/**
 * The release a server runs: its launch target and, when it was looked up, the exact
 * version and the registry's integrity for it (npm `dist.integrity`, the OCI manifest
 * digest, the SHA-256 of every PyPI file) and the page that shows it.
 */
export interface Release extends LaunchTarget {
  version?: string;
  integrity?: string;
  /** PyPI: file name → `sha256:<hex>`. */
  files?: Record<string, string>;
  url?: string;
}

/** How an entity is named in messages and reports. */
export const ENTITY_LABELS: Record<Entity, string> = {
  server: "server",
  tool: "tool",
  resource: "resource",
  resourceTemplate: "resource template",
  prompt: "prompt",
};

/** The catalog lists, the entity each holds and the field that identifies an item. */
export const CATALOG_LISTS = [
  { list: "tools", entity: "tool", key: "name" },
  { list: "resources", entity: "resource", key: "uri" },
  { list: "resourceTemplates", entity: "resourceTemplate", key: "uriTemplate" },
  { list: "prompts", entity: "prompt", key: "name" },
] as const satisfies readonly { list: keyof Snapshot; entity: Entity; key: string }[];
export type CatalogList = (typeof CATALOG_LISTS)[number]["list"];

/**
 * One structural difference. `path` is slash-separated from the snapshot's point of view,
 * e.g. `tools/search/inputSchema/properties/q/type` or `server/instructions`; segments are
 * escaped as in JSON Pointer (`~` → `~0`, `/` → `~1`) so a URI stays one segment.
 */
export interface Change {
  kind: "added" | "removed" | "changed";
  entity: Entity;
  /** Item identity: tool/prompt name, resource uri, template uriTemplate, or the server id. */
  name: string;
  path: string;
  before?: Json;
  after?: Json;
}

/** What a rule reports; the classify stage turns it into a `Finding`. */
export interface RuleHit {
  entity: Entity;
  name: string;
  /** The field the hit is about, relative to the item, e.g. `description`, `inputSchema/properties/q`. */
  field: string;
  message: string;
  /** A bounded excerpt of what triggered the hit. */
  evidence: string;
  /** A rule may rewrite its own default severity for one hit (e.g. a delete tool is worse). */
  severity?: Severity;
}

export interface Finding {
  rule: string;
  severity: Severity;
  entity: Entity;
  name: string;
  field: string;
  message: string;
  evidence: string;
  /** Stable across runs; changes when rule, place or evidence change. */
  fingerprint: string;
  ignored: boolean;
  /** Why it is ignored, from the matching ignore entry. */
  ignoreReason?: string;
}

export type ServerStatus = "unchanged" | "changed" | "new" | "error";

/** What a tool lets an agent do, from least to most consequential; the order is the meaning. */
export const CAPABILITY_TIERS = ["read", "write", "high-impact"] as const;
export type CapabilityTier = (typeof CAPABILITY_TIERS)[number];

/** A tool's tier and the signals it was read from, e.g. `name verb "delete"`. */
export interface ToolCapability {
  name: string;
  tier: CapabilityTier;
  reasons: string[];
}

/**
 * One second reading of a server's catalog (`probe:` / `--probe`): how it was read, and what
 * differs from the scan's own reading (empty when the server told the same story).
 */
export interface SecondReading {
  /** How the catalog was read, e.g. `as Cursor (clientInfo.name "cursor-vscode")`. */
  label: string;
  changes: Change[];
}

export interface ServerReport {
  id: string;
  status: ServerStatus;
  error?: { message: string };
  changes: Change[];
  findings: Finding[];
  /** The tier of every tool in the current catalog; absent when the server could not be scanned. */
  tools?: ToolCapability[];
}

export const REPORT_FORMAT = "mcp-drift/report@1";

export interface ReportSummary {
  servers: number;
  unchanged: number;
  changed: number;
  new: number;
  error: number;
  changes: number;
  findings: Record<Severity, number>;
  /** Findings, not ignored, at or above `failOn`. */
  failing: number;
  ignored: number;
}

export interface Report {
  format: typeof REPORT_FORMAT;
  failOn: FailOn;
  exitCode: ExitCode;
  summary: ReportSummary;
  servers: ServerReport[];
  /**
   * Notes about the run itself, never failing it: expired or stale ignores, snapshots whose
   * server left the config, items a server sent that the snapshot leaves out.
   */
  notices: string[];
}

/** 0: nothing at or above failOn; 1: a finding at or above failOn; 2: the scan could not be trusted. */
export type ExitCode = 0 | 1 | 2;

/** An error the user can act on: it names the file, the place in it and what was expected. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}
