/**
 * The files `mcp-drift init` writes: the config that includes the project's host files, and the
 * two workflows that run the Action (pull requests in check mode, a schedule in update-pr mode),
 * each job with only the permissions its mode needs. Pure text: the same input, the same bytes.
 */
import { parse } from "yaml";

export interface InitTemplateOptions {
  /** Host files, relative to the config's folder, `/` between folders, in order. */
  hostFiles: readonly string[];
  /** The baseline folder relative to the config's folder. */
  snapshots: string;
  /** `owner/repo@vN`, the Action to run. */
  action: string;
  /** The config's folder relative to the repository root, `/` between folders; "" at the root. */
  workingDirectory: string;
}

/**
 * A YAML scalar: plain when it reads back as the same string under YAML 1.2 and 1.1 (which
 * GitHub's and other readers differ on: `1e3`, `0x1F`, `.inf`, `yes`, `1_000`), else a JSON
 * string (valid YAML).
 */
function scalar(text: string): string {
  const plain =
    /^[A-Za-z0-9_./][A-Za-z0-9_./@+-]*$/.test(text) && parse(text, { version: "1.2" }) === text && parse(text, { version: "1.1" }) === text;
  return plain ? text : JSON.stringify(text);
}

export function configText(options: InitTemplateOptions): string {
  return `# mcp-drift: which MCP servers to snapshot and which findings fail the check (written by
# "mcp-drift init"). The servers are those of the host files under include:, read as their
# hosts read them. Each gets the id <host>.<name> (e.g. vscode.github; <folder>.<host>.<name>
# for a host file in a subfolder) and its baseline is ${options.snapshots}/<id>.json.
version: 1
snapshots: ${scalar(options.snapshots)}
failOn: high
include:
${options.hostFiles.map((file) => `  - ${scalar(file)}\n`).join("")}# rules:                      # a rule's severity, or off
#   description-changed: high
# ignore:                     # accepted findings, each with a reason
#   - rule: tool-added
#     server: vscode.github
#     reason: reviewed in the pull request that added it
`;
}

function actionStep(options: InitTemplateOptions, mode: string): string {
  const directory = options.workingDirectory === "" ? "" : `\n          working-directory: ${scalar(options.workingDirectory)}`;
  return `      - uses: ${options.action}
        with:
          mode: ${mode}${directory}
        # A server whose host file reads \${VAR} needs VAR here, e.g. from a repository secret:
        # env:
        #   API_TOKEN: \${{ secrets.API_TOKEN }}
`;
}

/** Pull requests: what the change does to the catalogs, and whether the baselines are true. */
export function pullRequestWorkflow(options: InitTemplateOptions): string {
  return `# mcp-drift on pull requests (written by "mcp-drift init"): what the change does to the MCP
# servers' catalogs, and whether the committed baselines still match the live servers. One
# comment per pull request, kept current; the check fails on findings at or above failOn.
name: mcp-drift
on:
  pull_request:
    # labeled: adding the approval label (mcp-drift-approved) runs the check again.
    types: [opened, synchronize, reopened, labeled, unlabeled]
permissions: {}
jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read # the base commit's baselines
      pull-requests: write # the comment
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the base commit, read with git
          persist-credentials: false
${actionStep(options, "check")}`;
}

/** A schedule: one pull request that brings the baselines up to date with the live servers. */
export function scheduleWorkflow(options: InitTemplateOptions): string {
  return `# mcp-drift on a schedule (written by "mcp-drift init"): scans the MCP servers every Monday
# and opens, or updates, one pull request with the baselines that changed, for review. Needs
# "Allow GitHub Actions to create and approve pull requests" (Settings, Actions, General).
name: mcp-drift baselines
on:
  schedule:
    - cron: "17 6 * * 1" # Mondays 06:17 UTC
  workflow_dispatch:
permissions: {}
jobs:
  update-baselines:
    runs-on: ubuntu-latest
    permissions:
      contents: write # the mcp-drift/baseline-update branch
      pull-requests: write # open, update or close its pull request
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
${actionStep(options, "update-pr")}`;
}
