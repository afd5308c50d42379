/**
 * `mcp-drift init`: finds the project's MCP host files and writes the config that includes
 * them and the two workflows that run the Action. The first `update` and the next steps are
 * the command line's (cli-commands.ts): it scans with the config written here.
 */
import { lstat, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { HOST_FILE_PATTERNS, findHostFiles } from "./config/discover.js";
import { DEFAULT_CONFIG_FILES } from "./config/find.js";
import { configText, pullRequestWorkflow, scheduleWorkflow, type InitTemplateOptions } from "./init-templates.js";
import { UserError } from "./model.js";
import { packageManifest } from "./package-version.js";
import { repositoryRoot } from "./repository.js";

export interface InitOptions {
  /** The project's folder: the config is written here, host files are found below it. */
  folder: string;
  /** Replace files that exist. */
  force: boolean;
  /** The baseline folder, absolute; `folder/snapshots` by default. */
  snapshots?: string;
}

export interface InitResult {
  /** The config written, absolute. */
  configFile: string;
  /** The host files it includes, relative to `folder`. */
  hostFiles: string[];
  /** Every file written, absolute, the config first. */
  written: string[];
  /** The Action the workflows run, `owner/repo@vN`; `OWNER/…` when mcp-drift's package names no repository. */
  action: string;
}

/** Where the pull request and schedule workflows go, from the repository root. */
export const WORKFLOW_FILES = [".github/workflows/mcp-drift.yml", ".github/workflows/mcp-drift-schedule.yml"] as const;

export async function init(options: InitOptions): Promise<InitResult> {
  const { folder } = options;
  const hostFiles = await findHostFiles(folder);
  if (hostFiles.length === 0) {
    throw new UserError(
      `no MCP host file in ${folder} (looked for ${HOST_FILE_PATTERNS.join(", ")}): add your servers to the file ` +
        `your agent reads, or write ${DEFAULT_CONFIG_FILES[0]} yourself (see the README), then run init again`,
    );
  }
  const root = repositoryRoot(folder) ?? folder;
  const configFile = join(folder, DEFAULT_CONFIG_FILES[0]);
  const [pullRequests, schedule] = WORKFLOW_FILES.map((file) => join(root, file)) as [string, string];
  // The other default name counts: scan would read whichever exists first.
  const existing = await existingFiles([...DEFAULT_CONFIG_FILES.map((name) => join(folder, name)), pullRequests, schedule]);
  if (existing.length > 0 && !options.force) {
    const names = existing.map((file) => relative(folder, file).split(sep).join("/"));
    throw new UserError(
      `init would replace ${names.join(", ")}, which already exist${existing.length === 1 ? "s" : ""}: pass --force to replace them`,
    );
  }
  const templateOptions: InitTemplateOptions = {
    hostFiles,
    snapshots: posixRelative(folder, options.snapshots ?? join(folder, "snapshots")) || ".",
    action: await actionReference(),
    workingDirectory: posixRelative(root, folder),
  };
  const files: [string, string][] = [
    [configFile, configText(templateOptions)],
    [pullRequests, pullRequestWorkflow(templateOptions)],
    [schedule, scheduleWorkflow(templateOptions)],
  ];
  for (const [file, text] of files) {
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, text);
    } catch (error) {
      throw new UserError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`, file);
    }
  }
  return { configFile, hostFiles, written: files.map(([file]) => file), action: templateOptions.action };
}

/**
 * `owner/repo@vN`: the Action from mcp-drift's own repository (package.json `repository`) at
 * the major release tag of this version, which the release workflow moves with every release.
 */
async function actionReference(): Promise<string> {
  const manifest = await packageManifest();
  const repository = typeof manifest?.repository === "string" ? manifest.repository : manifest?.repository?.url;
  const slug = /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(repository ?? "")?.[1] ?? "OWNER/mcp-drift";
  const major = /^(\d+)\./.exec(manifest?.version ?? "")?.[1] ?? "1";
  return `${slug}@v${major}`;
}

function posixRelative(from: string, to: string): string {
  return relative(from, resolve(to)).split(sep).join("/");
}

async function existingFiles(files: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    try {
      await lstat(file);
      found.push(file);
    } catch {
      // absent: init may write it
    }
  }
  return found;
}
