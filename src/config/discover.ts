/**
 * Discovery: the MCP host files of a project, found where their hosts read them, and the config
 * that scans them all in one run when there is no mcp-drift.yml. Apart from find.ts so that
 * --help, which names the default config files, loads none of this.
 */
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { UserError, type Config } from "../model.js";
import { scannerSecrets } from "../secrets.js";
import { readConfigSource } from "./formats.js";
import { HOST_FORMATS, hostFormatOf } from "./hosts/index.js";
import { type IncludedFile, includeHostFiles, isFile } from "./include.js";
import { DEFAULT_CONFIG_FILES } from "./find.js";
import { CONFIG_DEFAULTS, loadConfig, type LoadOptions } from "./load.js";

/** Every path a host reads a project's servers from, for messages: ".mcp.json, .vscode/mcp.json, …". */
export const HOST_FILE_PATTERNS: readonly string[] = [...new Set(HOST_FORMATS.flatMap((format) => format.projectFiles))];

const exec = promisify(execFile);
/** git's listing of a very large repository still fits. */
const MAX_LISTING_BYTES = 256 * 2 ** 20;

/**
 * Folders whose host files are not the project's own servers: test fixtures and test suites
 * (this project's fixtures/hosts/ holds one file per host, deliberately broken ones among
 * them elsewhere), dependencies and vendored code. A file below any folder of these names is
 * left out of discovery, which names it; `include:` or `--config` still reads it.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  "fixtures",
  "__fixtures__",
  "test",
  "tests",
  "__tests__",
  "testdata",
  "node_modules",
  "vendor",
]);

/** Host files found in a project: the ones discovery reads, and those it leaves out by folder. */
export interface HostFileListing {
  files: string[];
  /** Below a SKIPPED_FOLDERS folder, at a host's path; not parsed beyond telling a settings file from a host file. */
  skipped: string[];
}

/**
 * The MCP host files of the project in `folder`, relative to it with `/` between folders, sorted:
 * every file at a host's project path (`.vscode/mcp.json`, `.mcp.json`, `packages/api/.mcp.json`)
 * whose content that host would read as servers. In a git repository, the files git tracks
 * or would track (ignored ones are not the project's); elsewhere, those directly in `folder`.
 * Files below test, fixture, dependency and vendored folders are skipped (SKIPPED_FOLDERS).
 */
export async function findHostFiles(folder: string): Promise<string[]> {
  return (await listHostFiles(folder)).files;
}

/** findHostFiles, and the host files it skipped by folder. */
export async function listHostFiles(folder: string): Promise<HostFileListing> {
  const candidates = new Set((await gitFiles(folder)) ?? (await topLevelFiles(folder)));
  const listing: HostFileListing = { files: [], skipped: [] };
  for (const file of [...candidates].filter(isAtHostPath).sort()) {
    const path = resolve(folder, file);
    // A tracked file deleted in the working tree is not there to read.
    if (!(await isFile(path))) continue;
    if (
      file
        .split("/")
        .slice(0, -1)
        .some((segment) => SKIPPED_FOLDERS.has(segment))
    ) {
      // A fixture may be broken on purpose: one that does not parse is still named, never an error.
      if (await mayBeHostFile(file, path)) listing.skipped.push(file);
      continue;
    }
    const { data } = await readConfigSource(file, path);
    // A settings file without servers (.vscode/settings.json, .gemini/settings.json) is not a host file.
    if (hostFormatOf(file, data)?.pattern !== undefined) listing.files.push(file);
  }
  return listing;
}

async function mayBeHostFile(file: string, path: string): Promise<boolean> {
  try {
    return hostFormatOf(file, (await readConfigSource(file, path)).data)?.pattern !== undefined;
  } catch {
    return true;
  }
}

/** `a, b, c and 4 more`: a skipped list kept to a line. */
function someOf(files: readonly string[], shown = 5): string {
  const named = files.slice(0, shown).join(", ");
  return files.length > shown ? `${named} and ${files.length - shown} more` : named;
}

/** The config discovery makes when there is no mcp-drift.yml: every host file, in one run. */
export interface Discovery {
  config: Config;
  files: IncludedFile[];
}

/**
 * A config as if mcp-drift.yml held only `include:` of every host file in `folder`: default
 * policy, baselines in `folder/snapshots`. Undefined when there is no host file.
 */
export async function discoverConfig(folder: string, options: LoadOptions = {}): Promise<Discovery | undefined> {
  const { files, skipped } = await listHostFiles(folder);
  if (files.length === 0 && skipped.length > 0) {
    throw new UserError(
      `no ${DEFAULT_CONFIG_FILES[0]} in ${folder}, and the only MCP host files found are below test, fixture or ` +
        `vendored folders (${[...SKIPPED_FOLDERS].join(", ")}), which discovery skips: ${someOf(skipped)}; ` +
        `pass --config FILE to scan one of them, or list them under include: in ${DEFAULT_CONFIG_FILES[0]}`,
    );
  }
  if (files.length === 0) return undefined;
  const env = options.env ?? process.env;
  const inclusion = await includeHostFiles(files, folder, (file) => loadConfig(file, { env }));
  if (inclusion.problems.length > 0) throw new UserError(inclusion.problems.map((problem) => problem.message).join("\n"));
  const secrets = [...new Set([...inclusion.secrets, ...(options.secrets ?? []), ...scannerSecrets(env)])].filter(
    (secret) => secret !== "",
  );
  const notices = [...inclusion.notices];
  if (skipped.length > 0) notices.push(`host files below test, fixture or vendored folders were not scanned: ${someOf(skipped)}`);
  const config: Config = {
    // The file init would write: discovery has no file of its own, and this one's folder is the project's.
    file: join(folder, DEFAULT_CONFIG_FILES[0]),
    version: 1,
    snapshots: resolve(folder, CONFIG_DEFAULTS.snapshots),
    failOn: CONFIG_DEFAULTS.failOn,
    concurrency: CONFIG_DEFAULTS.concurrency,
    runTimeoutMs: CONFIG_DEFAULTS.runTimeoutMs,
    isolation: CONFIG_DEFAULTS.isolation,
    servers: inclusion.servers.map((server) => ({ ...server, secrets })),
    secrets,
    rules: {},
    ignore: [],
    ...(notices.length > 0 ? { notices } : {}),
  };
  return { config, files: inclusion.files };
}

/** HOST_FILE_PATTERNS split once: a large repository lists every one of its files here. */
const PATTERN_SEGMENTS: readonly (readonly string[])[] = HOST_FILE_PATTERNS.map((pattern) => pattern.split("/"));

/** Whether the path ends with a host pattern's folders and name; `*` stands for any name within a folder. */
function isAtHostPath(path: string): boolean {
  const segments = path.split("/");
  return PATTERN_SEGMENTS.some((wanted) => {
    const offset = segments.length - wanted.length;
    if (offset < 0) return false;
    return wanted.every((want, index) => {
      const segment = segments[offset + index]!;
      if (!want.includes("*")) return segment === want;
      const [head = "", rest = ""] = want.split("*");
      return segment.length >= head.length + rest.length && segment.startsWith(head) && segment.endsWith(rest);
    });
  });
}

/** Tracked and untracked-but-not-ignored files under `folder`, or undefined outside a git repository. */
async function gitFiles(folder: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await exec("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: folder,
      // Only what git needs to run: no GIT_DIR or GIT_INDEX_FILE of the caller's redirects the listing.
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      maxBuffer: MAX_LISTING_BYTES,
      encoding: "utf8",
    });
    return stdout.split("\0").filter((path) => path !== "");
  } catch {
    return undefined;
  }
}

/** The host paths that exist in `folder` itself, `*` patterns read from their folder. */
async function topLevelFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of HOST_FILE_PATTERNS) {
    if (!pattern.includes("*")) {
      files.push(pattern);
      continue;
    }
    const parent = pattern.slice(0, pattern.lastIndexOf("/"));
    const names = await readdir(join(folder, parent)).catch(() => [] as string[]);
    files.push(...names.map((name) => `${parent}/${name}`));
  }
  return files;
}
