/**
 * The commands behind the command line — scan, update, review, diff, check and merge: each renders the
 * report, writes files and returns the exit code. cli.ts loads this module, and with it the
 * pipeline, only once the arguments name a command; what only some commands use (merge,
 * shards, init, git) loads with the command, so a scan spawns its servers sooner.
 */
import { dirname, relative, resolve } from "node:path";
import type { CliIO, CliOptions } from "./cli.js";
import { HELP } from "./cli-help.js";
import { writeFileAtomically } from "./atomic-file.js";
import { SEVERITIES, UserError, type Config, type FailOn, type Report, type Snapshot } from "./model.js";
import { packageVersion } from "./package-version.js";
import { readRegularFile } from "./regular-file.js";
import { escapeTerminal } from "./report/escape.js";
import { REPORT_FORMATS, type ReportFormat } from "./report/formats.js";
import type { SarifOptions, SnapshotArtifact, TextOptions } from "./report/index.js";
import type { ProgressListener } from "./connect/progress.js";
import { progressRenderer } from "./report/progress.js";
import { scan } from "./scan.js";
import type { InitResult } from "./init.js";
import { repositoryRoot } from "./repository.js";
import { DEFAULT_CONFIG_FILES } from "./config/find.js";
import type { IncludedFile } from "./config/include.js";
import { loadScanConfig } from "./scan-config.js";
import { redactJson, scannerSecrets, secretRedactor } from "./secrets.js";
import { maxSnapshotBytes, parseCatalog, snapshotPath, snapshotText, writeSnapshot } from "./snapshot/store.js";

export async function runCommand(command: string, operands: readonly string[], values: CliOptions, io: CliIO): Promise<number> {
  const format = parseFormat(values.format);
  const failOn = parseFailOn(values["fail-on"]);
  const color = values["no-color"] ? false : (values.color ?? (io.isTTY && !values.output && !io.env.NO_COLOR));
  const verbose = values.verbose === true;
  const toolVersion = await packageVersion();
  /** `artifactFor` tells SARIF which file, and which text in it, each server's results point at. */
  const emit = async (report: Report, artifactFor: SarifOptions["artifactFor"], acceptCommand?: string): Promise<number> => {
    const { jsonReportChunks, render, renderChunks, sarifChunks } = await reporting();
    const sarif: SarifOptions = { toolVersion, artifactFor };
    // In chunks: the JSON and SARIF reports of a large catalog are never one string.
    const main = renderChunks(report, format, { color, verbose, sarif, ...(acceptCommand ? { acceptCommand } : {}) });
    if (values.output) await writeReport(values.output, main, io);
    else for (const chunk of main) io.stdout(chunk);
    if (values.json) await writeReport(values.json, jsonReportChunks(report), io);
    if (values.markdown) await writeReport(values.markdown, render(report, "markdown", { color: false }), io);
    if (values.sarif) await writeReport(values.sarif, sarifChunks(report, sarif), io);
    return report.exitCode;
  };

  switch (command) {
    case "scan":
    case "update": {
      expectOperands(command, operands, 0);
      const config = await configFor(values.config, io, failOn, values.concurrency, values.snapshots, true);
      if (values.shard !== undefined) return runShard(command, config, values, io, toolVersion);
      const { report, heads, isolationNotice } = await scan(config, {
        serverIds: values.server,
        env: io.env,
        onProgress: progressListener(values, io),
        probe: values.probe === true,
        offline: values.offline === true,
      });
      // Also on stderr: a JSON or Markdown report on stdout may never be read by a person.
      if (isolationNotice) io.stderr(`mcp-drift: warning: ${escapeTerminal(isolationNotice)}\n`);
      const artifactFor = await baselineArtifacts(config, heads, io);
      if (command === "scan") return emit(report, artifactFor, acceptCommand(values));
      await emit(report, artifactFor);
      const allAccepted = await acceptBaselines(config, report.servers, heads, io);
      return allAccepted && !report.servers.some((s) => s.status === "error") ? 0 : 2;
    }
    case "merge": {
      if (operands.length === 0) throw new UserError(`merge takes the shard reports to merge, got none\n${HELP.merge!.split("\n")[0]}`);
      // Found as scan finds it, discovery included: shards scanned with no config merge with none.
      const config = await configFor(values.config, io, failOn, undefined, undefined, true);
      const files = operands.map((name) => ({ name, path: resolve(io.cwd, name) }));
      const { merge } = await import("./merge.js");
      const { report, heads, isolationNotice } = await merge(files, config, { version: toolVersion });
      if (isolationNotice) io.stderr(`mcp-drift: warning: ${escapeTerminal(isolationNotice)}\n`);
      return emit(report, await baselineArtifacts(config, heads, io), acceptCommand(values));
    }
    case "init": {
      expectOperands(command, operands, 0);
      const snapshots = values.snapshots === undefined ? undefined : resolve(io.cwd, values.snapshots);
      const { init } = await import("./init.js");
      const written = await init({ folder: io.cwd, force: values.force === true, ...(snapshots ? { snapshots } : {}) });
      io.stderr(`mcp-drift init: wrote ${written.written.map((file) => relative(io.cwd, file)).join(", ")}\n`);
      // The first update, through the config just written, as "mcp-drift update" would run it.
      const config = await configFor(written.configFile, io, failOn, values.concurrency, undefined, false);
      const { report, heads, isolationNotice } = await scan(config, { env: io.env, probe: values.probe === true });
      if (isolationNotice) io.stderr(`mcp-drift: warning: ${escapeTerminal(isolationNotice)}\n`);
      await emit(report, await baselineArtifacts(config, heads, io));
      const allAccepted = await acceptBaselines(config, report.servers, heads, io);
      const complete = allAccepted && !report.servers.some((s) => s.status === "error");
      io.stdout(initNextSteps(written, config, complete, io));
      return complete ? 0 : 2;
    }
    case "review": {
      expectOperands(command, operands, 0);
      return runReview(values, io, format, { color, verbose }, toolVersion, failOn);
    }
    case "diff": {
      expectOperands(command, operands, 2);
      const [oldFile, newFile] = operands as [string, string];
      const policy = await offlinePolicy(values.config, io, failOn);
      const base = await readCatalog(oldFile, io);
      const head = await readCatalog(newFile, io);
      const { compareOffline } = await import("./judging.js");
      // Both files describe the same server; the report names it after the newer one (the
      // older one keeps the release it recorded, which the release rules compare).
      const report = compareOffline(
        { ...base.catalog, server: { ...base.catalog.server, id: head.catalog.server.id } },
        head.catalog,
        policy,
      );
      return emit(redactOffline(report, io), () => head.artifact);
    }
    case "check": {
      expectOperands(command, operands, 1);
      const policy = await offlinePolicy(values.config, io, failOn);
      const { catalog, artifact } = await readCatalog(operands[0]!, io);
      const { compareOffline } = await import("./judging.js");
      return emit(redactOffline(compareOffline(undefined, catalog, policy), io), () => artifact);
    }
  }
  throw new UserError(`unknown command "${command}"`);
}

/**
 * `scan|update --shard K/N`: the collecting half of the scan for this shard's servers, written
 * as the shard report `merge` judges. A shard gives no verdict (its servers' findings depend on
 * the others'), so its exit code says only whether it ran: 0, or for update 2 when a baseline
 * could not be written or a server failed.
 */
async function runShard(command: string, config: Config, values: CliOptions, io: CliIO, toolVersion: string): Promise<number> {
  const { parseShard, renderShardReport, scanShard } = await import("./shard.js");
  const shard = parseShard(values.shard!, "--shard");
  if (values.format !== "json" || values.markdown || values.sarif) {
    throw new UserError(
      "--shard writes the shard report for merge, not a verdict: pass --format json (and --output FILE or --json FILE); --markdown and --sarif come from merge",
    );
  }
  const { report, heads } = await scanShard(config, shard, {
    serverIds: values.server,
    env: io.env,
    probe: values.probe === true,
    offline: values.offline === true,
    version: toolVersion,
  });
  if (report.isolationNotice) io.stderr(`mcp-drift: warning: ${escapeTerminal(report.isolationNotice)}\n`);
  // Written line by line: a shard's catalogs together may be longer than one string can be.
  const redact = secretRedactor(config.secrets);
  if (values.output) await writeReport(values.output, renderShardReport(report, redact), io);
  else for (const line of renderShardReport(report, redact)) io.stdout(line);
  if (values.json) await writeReport(values.json, renderShardReport(report, redact), io);
  const failed = report.servers.filter((s) => "error" in s).length;
  const ids = report.servers.map((s) => s.id);
  io.stderr(
    `shard ${shard.index}/${shard.count}: ${ids.length} of ${report.run.servers.length} servers (${ids.join(", ") || "none"}), ${failed} failed; ` +
      `"mcp-drift merge" judges the ${shard.count} shard reports together\n`,
  );
  if (command === "scan") return 0;
  const allAccepted = await acceptBaselines(config, ids, heads, io);
  return allAccepted && failed === 0 ? 0 : 2;
}

/** `review --base REF`: the two questions of a pull request review, as the Action asks them. */
async function runReview(
  values: CliOptions,
  io: CliIO,
  format: ReportFormat,
  textOptions: TextOptions,
  toolVersion: string,
  failOn: FailOn | undefined,
): Promise<number> {
  if (!values.base)
    throw new UserError(`review needs --base REF, the commit to compare with (e.g. --base origin/main)\n${HELP.review!.split("\n")[0]}`);
  const config = await configFor(values.config, io, failOn, values.concurrency, values.snapshots);
  const root = repositoryRoot(dirname(config.file));
  if (root === undefined) throw new UserError(`${config.file} is not in a git repository: review reads --base from git`, config.file);
  const { gitBaseTree } = await import("./git-base.js");
  const base = await gitBaseTree(root, values.base, io.env);
  if (base === undefined) {
    throw new UserError(`--base ${values.base}: no such commit in ${root} (fetch it first, e.g. git fetch origin main)`);
  }
  const [{ review }, { artifactPath, renderSarif }, { renderReviewMarkdown, renderReviewText }] = await Promise.all([
    import("./review.js"),
    reporting(),
    import("./report/review.js"),
  ]);
  const result = await review(config, { base, root, live: !values.offline, serverIds: values.server, env: io.env });
  if (result.scan?.isolationNotice) io.stderr(`mcp-drift: warning: ${escapeTerminal(result.scan.isolationNotice)}\n`);
  const artifactFor = (id: string): SnapshotArtifact => ({
    path: artifactPath(root, snapshotPath(config.snapshots, id)),
    text: result.headTexts.get(id),
  });
  const sarif = () => renderSarif(result.review.changes, { toolVersion, artifactFor });
  const json = () => `${JSON.stringify({ format: "mcp-drift/review@1", ...result.review }, null, 2)}\n`;
  const rendered = {
    text: () => renderReviewText(result.review, textOptions),
    markdown: () => renderReviewMarkdown(result.review),
    json,
    sarif,
  };
  const main = rendered[format]();
  if (values.output) await writeReport(values.output, main, io);
  else io.stdout(main);
  if (values.json) await writeReport(values.json, json(), io);
  if (values.markdown) await writeReport(values.markdown, renderReviewMarkdown(result.review), io);
  if (values.sarif) await writeReport(values.sarif, sarif(), io);
  return result.review.exitCode;
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
async function acceptBaselines(
  config: Config,
  servers: readonly (string | Pick<Report["servers"][number], "id" | "changes">)[],
  heads: ReadonlyMap<string, Snapshot>,
  io: CliIO,
): Promise<boolean> {
  let allAccepted = true;
  for (const server of servers) {
    // A shard has not compared its servers (merge does): it names the files only.
    const id = typeof server === "string" ? server : server.id;
    const changes = typeof server === "string" ? "" : ` (${server.changes.length} change${server.changes.length === 1 ? "" : "s"})`;
    const head = heads.get(id);
    if (!head) {
      io.stderr(`not accepted ${id}: the scan failed, its baseline is unchanged\n`);
      continue;
    }
    const file = relative(io.cwd, snapshotPath(config.snapshots, id));
    try {
      const outcome = await writeSnapshot(config.snapshots, head);
      io.stderr(`accepted ${id}: ${file} ${outcome}${changes}\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      allAccepted = false;
      io.stderr(`not accepted ${id}: ${escapeTerminal(error.message)}\n`);
    }
  }
  return allAccepted;
}

/**
 * The config named, found, or (`discover`, for scan and update) made of every host file found:
 * review and the offline commands compare or judge against a committed config.
 */
async function configFor(
  file: string | undefined,
  io: CliIO,
  failOn: FailOn | undefined,
  concurrency: string | undefined,
  snapshots?: string,
  discover = false,
): Promise<Config> {
  const onDiscovered = (files: readonly IncludedFile[]) => {
    const read = files.map((f) => `${f.file} (${f.host}: ${f.serverIds.join(", ") || "no server"})`);
    io.stderr(`mcp-drift: no ${DEFAULT_CONFIG_FILES[0]}; scanning the host files found: ${escapeTerminal(read.join(", "))}\n`);
  };
  const config = await loadScanConfig({
    file: file ? resolve(io.cwd, file) : undefined,
    folder: io.cwd,
    howToNameOne: discover ? 'pass --config FILE, or run "mcp-drift init"' : 'pass --config FILE (or run "mcp-drift init" to write one)',
    env: io.env,
    failOn,
    ...(discover ? { onDiscovered } : {}),
  });
  return {
    ...config,
    concurrency: concurrency === undefined ? config.concurrency : parseConcurrency(concurrency),
    snapshots: snapshots === undefined ? config.snapshots : resolve(io.cwd, snapshots),
  };
}

/** What a first scan prints to accept it: the update of the same config and baseline folder. */
function acceptCommand(values: CliOptions): string {
  const options = [values.config && `--config ${values.config}`, values.snapshots && `--snapshots ${values.snapshots}`];
  return ["mcp-drift update", ...options.filter(Boolean)].join(" ");
}

/** After init: what was written, and what to do with it. */
function initNextSteps(result: InitResult, config: Config, complete: boolean, io: CliIO): string {
  const path = (file: string) => relative(io.cwd, file) || ".";
  const baselines = path(config.snapshots);
  const commit = [...result.written.map(path), baselines].join(" ");
  const steps = [
    "Read the report above: what the servers tell your agents today, now the baseline.",
    `Commit the files: git add ${commit} && git commit -m "mcp-drift: MCP server baselines"`,
    "Servers that read ${VAR}: pass VAR to the Action in both workflows (env:, from a secret).",
    "For the weekly baseline pull request, allow GitHub Actions to create pull requests (Settings, Actions, General).",
    ...(result.action.startsWith("OWNER/")
      ? ["Replace OWNER/mcp-drift in both workflows with the repository of the mcp-drift Action."]
      : []),
  ];
  return (
    [
      "",
      `mcp-drift init: ${config.servers.length} server${config.servers.length === 1 ? "" : "s"} from ${result.hostFiles.join(", ")}; baselines in ${baselines}/`,
      ...(complete ? [] : ['Some servers did not answer (above): fix them, then run "mcp-drift update" to write their baselines.']),
      "",
      "Next steps:",
      ...steps.map((step, index) => `  ${index + 1}. ${step}`),
      "",
    ]
      // Host file names come from the repository: shown, never acted on by the terminal.
      .map(escapeTerminal)
      .join("\n")
  );
}

/** Offline commands work without a config; with one they use its policy. */
async function offlinePolicy(file: string | undefined, io: CliIO, failOn: FailOn | undefined) {
  if (!file) return { failOn: failOn ?? "high", rules: {}, ignore: [] } satisfies Pick<Config, "failOn" | "rules" | "ignore">;
  const config = await configFor(file, io, failOn, undefined);
  return { failOn: config.failOn, rules: config.rules, ignore: config.ignore };
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
  return { catalog, artifact: { path: await repositoryPath(path, io), ...(canonical ? { text } : {}) } };
}

/**
 * A file as SARIF results name it: relative to the repository it lies in, the root code
 * scanning resolves them from, whatever folder the CLI ran in; outside a repository,
 * relative to the current folder.
 */
async function repositoryPath(file: string, io: CliIO): Promise<string> {
  const { artifactPath } = await reporting();
  const path = resolve(io.cwd, file);
  return artifactPath(repositoryRoot(dirname(path)) ?? io.cwd, path);
}

/** Where SARIF results point for each server's findings: its baseline file. */
async function baselineArtifacts(config: Config, heads: ReadonlyMap<string, Snapshot>, io: CliIO): Promise<SarifOptions["artifactFor"]> {
  const reported = await reporting();
  return reported.baselineArtifacts(await repositoryPath(config.snapshots, io), heads);
}

/**
 * The renderers, loaded once there is a report to render: they carry the rules' docs, which a
 * scan loads only once its servers are starting (scan.ts).
 */
function reporting(): Promise<typeof import("./report/index.js")> {
  return import("./report/index.js");
}

async function writeReport(file: string, text: string | Iterable<string>, io: CliIO): Promise<void> {
  try {
    await writeFileAtomically(resolve(io.cwd, file), text);
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

/** A live line per server on a terminal, a line per server as it finishes elsewhere; none with --quiet. */
function progressListener(values: CliOptions, io: CliIO): ProgressListener | undefined {
  return values.quiet || io.progress === undefined ? undefined : progressRenderer(io.progress);
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 64) return n;
  throw new UserError(`--concurrency: expected an integer from 1 to 64, got "${value}"`);
}
