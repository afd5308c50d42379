/** The command line's help texts, apart so both the face and the commands can quote them. */
import { DEFAULT_CONFIG_FILES } from "./config/find.js";

const COMMON_HELP = `Output:
  -f, --format FORMAT    text (default), json, markdown or sarif
  -o, --output FILE      write the report to FILE instead of standard output
      --json FILE        also write the JSON report to FILE
      --markdown FILE    also write the Markdown report to FILE
      --sarif FILE       also write SARIF 2.1.0 (for code scanning) to FILE; results point
                         at the line of each item in its snapshot file
      --fail-on LEVEL    critical, high, medium, low, info or never (overrides the config)
      --color, --no-color  force colour on or off (default: on for a terminal, off with NO_COLOR)
      --verbose          text: every change and finding, also of servers longer than a screen
  -h, --help             show help`;

const SHARD_HELP = `      --shard K/N        scan only shard K of N (servers assigned by a hash of their id;
                         adding a server moves no other) and write the shard report, not a
                         verdict: needs --format json; "mcp-drift merge" judges all N together`;

export const HELP: Record<string, string> = {
  main: `mcp-drift — detect and classify drift in what MCP servers tell the model

Usage: mcp-drift <command> [options]

Commands:
  init           find the project's MCP host files; write mcp-drift.yml, the pull request and
                 schedule workflows, and the first baselines
  scan           scan the configured servers and compare them with their baselines (read-only)
  update         scan and write the new baselines (accept the current catalogs)
  review         what a change does for the agents (baselines at --base against the working
                 tree's) and whether the baselines are true (against a live scan)
  diff OLD NEW   compare two stored catalogs, offline
  check FILE     audit one stored catalog, offline
  merge REPORT…  the one report of a scan split with --shard, from its shard reports

Run "mcp-drift <command> --help" for a command's options, "mcp-drift --version" for the version.

Exit codes: 0 nothing at or above fail-on · 1 a finding at or above fail-on · 2 the scan could not be trusted`,
  scan: `Usage: mcp-drift scan [options]

Connects to every configured server, snapshots its catalog and compares it with the
committed baseline. Writes nothing but the report.

Options:
  -c, --config FILE      mcp-drift.yml, or any MCP host's file (.mcp.json, .vscode/mcp.json,
                         .codex/config.toml, …) read as its host reads it
                         (default: ${DEFAULT_CONFIG_FILES.join(" or ")} in the current folder;
                         without one, every MCP host file found, in one run, server ids
                         namespaced by file: <host>.<name>, e.g. vscode.github)
      --snapshots DIR    the baseline folder (overrides the config's)
  -s, --server ID        only this server (repeatable)
      --concurrency N    servers scanned at once (overrides the config; default 16)
      --probe            read every catalog again as other hosts, later in a session and in the
                         other protocol era; any difference is critical (catalog-varies)
  -q, --quiet            no progress on standard error (by default a live line per server on a
                         terminal, and elsewhere, as in CI, a line per server as it finishes)
      --offline          do not ask npm, PyPI or image registries which release a launch
                         command runs (the report says so; baselines keep their records)
${SHARD_HELP}
${COMMON_HELP}`,
  update: `Usage: mcp-drift update [options]

Scans like "scan", then writes each answering server's snapshot to the baseline folder
(atomically; unchanged files are not touched) and prints what it accepted. A server that
fails keeps its old baseline, and the exit code is 2. Findings are reported but do not fail
an update: running it is the act of accepting them.

Options:
  -q, --quiet            no progress on standard error (as for scan)
  -c, --config FILE      config file (as for scan; without one, the host files found)
      --snapshots DIR    the baseline folder (overrides the config's)
  -s, --server ID        only this server (repeatable)
      --concurrency N    servers scanned at once
      --offline          as for scan: look no release up
${SHARD_HELP}
${COMMON_HELP}`,
  review: `Usage: mcp-drift review --base REF [options]

What the GitHub Action posts on a pull request, from the command line. Two questions:
  1. What the change does for the agents: each server's snapshot at the git commit REF
     (e.g. origin/main) against the one in the working tree, classified and gated by
     fail-on; snapshots the change adds are judged as a first scan, removed ones listed,
     and the config's server entries compared (a version pin bump shows here).
  2. Whether the working tree's baselines are true: each against a live scan. Any
     difference fails (exit 1) and the report names the update command that fixes it.

Options:
  -c, --config FILE      config file (as for scan); it must lie in a git repository
      --base REF         the branch, tag or commit to compare with (required)
      --offline          skip question 2: start no server, judge only the committed files
  -s, --server ID        only this server (repeatable)
      --concurrency N    servers scanned at once
${COMMON_HELP}
JSON output is the review (format mcp-drift/review@1); SARIF holds question 1's findings.`,
  merge: `Usage: mcp-drift merge REPORT… [options]

Judges the shard reports of one run (each from "scan --shard K/N --format json") as the
single scan would have: cross-server rules see every server, and the report, in every
format, and the exit code are the unsharded run's. Run it in the checkout the shards
scanned, with the same environment (its secrets redact the report). Refuses reports of
another config, mcp-drift version, fail-on or selection, and a shard missing or given twice.

Options:
  -c, --config FILE      config file, found or discovered as scan does: the one the shards scanned
${COMMON_HELP}`,
  init: `Usage: mcp-drift init [options]

Sets a project up: finds the MCP host files in the current folder and below (.mcp.json,
.vscode/mcp.json, .cursor/mcp.json, …; in a git repository the files git tracks or would),
writes ${DEFAULT_CONFIG_FILES[0]} that includes them, .github/workflows/mcp-drift.yml (pull
requests, check mode) and .github/workflows/mcp-drift-schedule.yml (weekly, update-pr mode),
each job with only the permissions it needs, runs the first update (the baselines) and prints
the next steps. Replaces no file unless --force; exits 2 when there is no host file.

Options:
      --snapshots DIR    the baseline folder to configure (default: snapshots)
      --force            replace ${DEFAULT_CONFIG_FILES[0]} and the workflows if they exist
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
