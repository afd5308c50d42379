/**
 * The command line: a thin face over `scan()`. Parses arguments, renders the report,
 * writes files and returns the exit code; everything else lives in the pipeline.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { DEFAULT_CONFIG_FILES, findConfigFile, loadConfig } from "./config/index.js";
import { SEVERITIES, UserError, type Config, type FailOn, type Report, type Snapshot } from "./model.js";
import { escapeTerminal } from "./report/escape.js";
import {
  REPORT_FORMATS,
  artifactPath,
  baselineArtifacts,
  render,
  renderSarif,
  type ReportFormat,
  type SarifOptions,
  type SnapshotArtifact,
} from "./report/index.js";
import { RULE_IDS } from "./rules/index.js";
import { compareOffline, scan } from "./scan.js";
import { redactJson, scannerSecrets, secretRedactor } from "./secrets.js";
import { readRegularFile } from "./regular-file.js";
import { maxSnapshotBytes, parseCatalog, snapshotPath, snapshotText, writeSnapshot } from "./snapshot/store.js";

const COMMON_HELP = `Output:
  -f, --format FORMAT    text (default), json, markdown or sarif
  -o, --output FILE      write the report to FILE instead of standard output
      --json FILE        also write the JSON report to FILE
      --markdown FILE    also write the Markdown report to FILE
      --sarif FILE       also write SARIF 2.1.0 (for code scanning) to FILE; results point
                         at the line of each item in its snapshot file
      --fail-on LEVEL    critical, high, medium, low, info or never (overrides the config)
      --color, --no-color  force colour on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show help`;

const HELP: Record<string, string> = {
  main: `mcp-drift — detect and classify drift in what MCP servers tell the model

Usage: mcp-drift <command> [options]

Commands:
  scan           scan the configured servers and compare them with their baselines (read-only)
  update         scan and write the new baselines (accept the current catalogs)
  diff OLD NEW   compare two stored catalogs, offline
  check FILE     audit one stored catalog, offline

Run "mcp-drift <command> --help" for a command's options, "mcp-drift --version" for the version.

Exit codes: 0 nothing at or above fail-on · 1 a finding at or above fail-on · 2 the scan could not be trusted`,
  scan: `Usage: mcp-drift scan [options]

Connects to every configured server, snapshots its catalog and compares it with the
committed baseline. Writes nothing but the report.

Options:
  -c, --config FILE      mcp-drift.yml, or a host file with "mcpServers" / "servers"
                         (default: ${DEFAULT_CONFIG_FILES.join(" or ")} in the current folder)
  -s, --server ID        only this server (repeatable)
      --concurrency N    servers scanned at once (overrides the config; default 4)
${COMMON_HELP}`,
  update: `Usage: mcp-drift update [options]

Scans like "scan", then writes each answering server's snapshot to the baseline folder
(atomically; unchanged files are not touched) and prints what it accepted. A server that
fails keeps its old baseline, and the exit code is 2. Findings are reported but do not fail
an update: running it is the act of accepting them.

Options:
  -c, --config FILE      config file (as for scan)
  -s, --server ID        only this server (repeatable)
      --concurrency N    servers scanned at once
${COMMON_HELP}`,
  diff: `Usage: mcp-drift diff OLD NEW [options]

Compares two stored catalogs without any server. Each file is a snapshot, a raw
tools/list result ({"tools": [...]}), a JSON-RPC response wrapping one, or a bare array of tools.

Options:
  -c, --config FILE      take failOn, rules and ignore from this config (optional)
${COMMON_HELP}`,
  check: `Usage: mcp-drift check FILE [options]

Audits one stored catalog as a first scan would: every text is judged, nothing is compared.
FILE is a snapshot, a raw tools/list result ({"tools": [...]}), a JSON-RPC response wrapping
one, or a bare array of tools.

Options:
  -c, --config FILE      take failOn, rules and ignore from this config (optional)
${COMMON_HELP}`,
};

const OPTIONS = {
  config: { type: "string", short: "c" },
  server: { type: "string", short: "s", multiple: true },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  json: { type: "string" },
  markdown: { type: "string" },
  sarif: { type: "string" },
  "fail-on": { type: "string" },
  concurrency: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies ParseArgsConfig["options"];

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof UserError ? error.message : `internal error: ${String((error as Error)?.stack ?? error)}`;
    io.stderr(`mcp-drift: ${message.split("\n").map(escapeTerminal).join("\n")}\n`);
    return 2;
  }
}

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\nRun "mcp-drift --help" for usage.`);
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArguments(argv);
  const { values, positionals } = parsed;
  const [command, ...operands] = positionals;

  if (values.version) {
    io.stdout(`${await packageVersion()}\n`);
    return 0;
  }
  // Own keys only: `"toString" in HELP` is true too.
  const known = command !== undefined && command !== "main" && Object.hasOwn(HELP, command);
  const topic = operands[0];
  if (command === "help" && topic !== undefined && topic !== "main" && Object.hasOwn(HELP, topic)) {
    io.stdout(`${HELP[topic]}\n`);
    return 0;
  }
  if (!command || (values.help && !known) || command === "help") {
    io.stdout(`${HELP.main}\n`);
    return command || values.help ? 0 : 2;
  }
  if (!known) {
    throw new UserError(`unknown command "${command}" (expected scan, update, diff or check)`);
  }
  if (values.help) {
    io.stdout(`${HELP[command]}\n`);
    return 0;
  }

  const format = parseFormat(values.format);
  const failOn = parseFailOn(values["fail-on"]);
  const color = values["no-color"] ? false : (values.color ?? (io.isTTY && !values.output && !io.env.NO_COLOR));
  const toolVersion = await packageVersion();
  /** `artifactFor` tells SARIF which file, and which text in it, each server's results point at. */
  const emit = async (report: Report, artifactFor: SarifOptions["artifactFor"]): Promise<number> => {
    const sarif: SarifOptions = { toolVersion, artifactFor };
    const main = render(report, format, { color, sarif });
    if (values.output) await writeReport(values.output, main, io);
    else io.stdout(main);
    if (values.json) await writeReport(values.json, render(report, "json", { color: false }), io);
    if (values.markdown) await writeReport(values.markdown, render(report, "markdown", { color: false }), io);
    if (values.sarif) await writeReport(values.sarif, renderSarif(report, sarif), io);
    return report.exitCode;
  };

  switch (command) {
    case "scan":
    case "update": {
      expectOperands(command, operands, 0);
      const config = await configFor(values.config, io, failOn, values.concurrency);
      const { report, heads, isolationNotice } = await scan(config, { serverIds: values.server, env: io.env });
      // Also on stderr: a JSON or Markdown report on stdout may never be read by a person.
      if (isolationNotice) io.stderr(`mcp-drift: warning: ${escapeTerminal(isolationNotice)}\n`);
      const artifactFor = baselineArtifacts(artifactPath(io.cwd, config.snapshots), heads);
      if (command === "scan") return emit(report, artifactFor);
      await emit(report, artifactFor);
      const allAccepted = await acceptBaselines(config, report, heads, io);
      return allAccepted && !report.servers.some((s) => s.status === "error") ? 0 : 2;
    }
    case "diff": {
      expectOperands(command, operands, 2);
      const [oldFile, newFile] = operands as [string, string];
      const policy = await offlinePolicy(values.config, io, failOn);
      const base = await readCatalog(oldFile, io);
      const head = await readCatalog(newFile, io);
      // Both files describe the same server; the report names it after the newer one.
      const report = compareOffline({ ...base.catalog, server: head.catalog.server }, head.catalog, policy);
      return emit(redactOffline(report, io), () => head.artifact);
    }
    case "check": {
      expectOperands(command, operands, 1);
      const policy = await offlinePolicy(values.config, io, failOn);
      const { catalog, artifact } = await readCatalog(operands[0]!, io);
      return emit(redactOffline(compareOffline(undefined, catalog, policy), io), () => artifact);
    }
  }
  throw new UserError(`unknown command "${command}"`);
}

/**
 * A stored catalog may hold an encoded secret of this machine's that a rule decodes into its
 * evidence; with no config, the scanner's own secret-looking variables are what is known.
 */
function redactOffline(report: Report, io: CliIO): Report {
  return redactJson(report, secretRedactor(scannerSecrets(io.env)));
}

/**
 * Writes each answering server's snapshot. One failed write does not stop the others: each
 * file is atomic on its own, and the exit code says the run was incomplete.
 */
async function acceptBaselines(config: Config, report: Report, heads: ReadonlyMap<string, Snapshot>, io: CliIO): Promise<boolean> {
  let allAccepted = true;
  for (const server of report.servers) {
    const head = heads.get(server.id);
    if (!head) {
      io.stderr(`not accepted ${server.id}: the scan failed, its baseline is unchanged\n`);
      continue;
    }
    const file = relative(io.cwd, snapshotPath(config.snapshots, server.id));
    try {
      const outcome = await writeSnapshot(config.snapshots, head);
      io.stderr(`accepted ${server.id}: ${file} ${outcome} (${server.changes.length} change${server.changes.length === 1 ? "" : "s"})\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      allAccepted = false;
      io.stderr(`not accepted ${server.id}: ${escapeTerminal(error.message)}\n`);
    }
  }
  return allAccepted;
}

async function configFor(
  file: string | undefined,
  io: CliIO,
  failOn: FailOn | undefined,
  concurrency: string | undefined,
): Promise<Config> {
  const config = await loadConfig(file ? resolve(io.cwd, file) : await findConfig(io.cwd), {
    env: io.env,
    knownRules: RULE_IDS,
  });
  return {
    ...config,
    failOn: failOn ?? config.failOn,
    concurrency: concurrency === undefined ? config.concurrency : parseConcurrency(concurrency),
  };
}

/** Offline commands work without a config; with one they use its policy. */
async function offlinePolicy(file: string | undefined, io: CliIO, failOn: FailOn | undefined) {
  if (!file) return { failOn: failOn ?? "high", rules: {}, ignore: [] } satisfies Pick<Config, "failOn" | "rules" | "ignore">;
  const config = await configFor(file, io, failOn, undefined);
  return { failOn: config.failOn, rules: config.rules, ignore: config.ignore };
}

async function findConfig(cwd: string): Promise<string> {
  const file = await findConfigFile(cwd);
  if (file === undefined) throw new UserError(`no ${DEFAULT_CONFIG_FILES.join(" or ")} in ${cwd}; pass --config FILE`);
  return file;
}

/**
 * A stored catalog, and the file as SARIF results point at it. Read as a baseline is: a
 * regular file only, no larger than a snapshot can be, and never quoted in an error.
 */
async function readCatalog(file: string, io: CliIO): Promise<{ catalog: Snapshot; artifact: SnapshotArtifact }> {
  const path = resolve(io.cwd, file);
  const text = await readRegularFile(path, "catalog file", { maxBytes: maxSnapshotBytes(), name: file });
  if (text === undefined) throw new UserError(`${file}: cannot read (ENOENT)`, file);
  const catalog = parseCatalog(text, file);
  // Item lines are known only in a canonical snapshot; a raw dump is pointed at as a whole.
  const canonical = text === snapshotText(catalog);
  return { catalog, artifact: { path: artifactPath(io.cwd, path), ...(canonical ? { text } : {}) } };
}

async function writeReport(file: string, text: string, io: CliIO): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, file), text);
  } catch (error) {
    throw fileError(file, "cannot write the report", error);
  }
}

/** `FILE: cannot read (ENOENT)`: what failed on which file, as the user named it. */
function fileError(file: string, failed: string, error: unknown): UserError {
  return new UserError(`${file}: ${failed} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
}

function expectOperands(command: string, operands: readonly string[], count: number): void {
  if (operands.length === count) return;
  const usage = HELP[command]!.split("\n")[0];
  throw new UserError(
    `${command} takes ${count === 0 ? "no" : count} file argument${count === 1 ? "" : "s"}, got ${operands.length}\n${usage}`,
  );
}

function parseFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return "text";
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new UserError(`--format: expected one of ${REPORT_FORMATS.join(", ")}, got "${value}"`);
}

function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined) return undefined;
  if (value === "never" || (SEVERITIES as readonly string[]).includes(value)) return value as FailOn;
  throw new UserError(`--fail-on: expected one of ${[...SEVERITIES, "never"].join(", ")}, got "${value}"`);
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 64) return n;
  throw new UserError(`--concurrency: expected an integer from 1 to 64, got "${value}"`);
}

/** The nearest package.json above this module: src/ when run from source, build/src/ when built. */
async function packageVersion(): Promise<string> {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(await readFile(resolve(dir, "package.json"), "utf8")) as { name?: string; version: string };
      if (pkg.name === "mcp-drift") return pkg.version;
    } catch {
      // not here; keep walking up
    }
    if (dirname(dir) === dir) return "unknown";
  }
}

function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
