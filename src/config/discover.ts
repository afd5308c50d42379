/**
 * Discovery: the MCP host files of a project, found where their hosts read them, and the config
 * that scans them all in one run when there is no mcp-drift.yml. Apart from find.ts so that
 * --help, which names the default config files, loads none of this.
 */
import { execFile } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { UserError, type Config } from "../model.js";
import { scannerSecrets } from "../secrets.js";
import { readConfigSource } from "./formats.js";
import { HOST_FORMATS, hostFormatOf } from "./hosts/index.js";
import { type IncludedFile, includeHostFiles } from "./include.js";
import { DEFAULT_CONFIG_FILES } from "./find.js";
import { CONFIG_DEFAULTS, loadConfig, type LoadOptions } from "./load.js";

/** Every path a host reads a project's servers from, for messages: ".mcp.json, .vscode/mcp.json, …". */
export const HOST_FILE_PATTERNS: readonly string[] = [...new Set(HOST_FORMATS.flatMap((format) => format.projectFiles))];

const exec = promisify(execFile);
/** git's listing of a very large repository still fits. */
const MAX_LISTING_BYTES = 256 * 2 ** 20;

/**
 * The MCP host files of the project in `folder`, relative to it with `/` between folders, sorted:
 * every file at a host's project path (`.vscode/mcp.json`, `.mcp.json`, `packages/api/.mcp.json`)
 * whose content that host would read as servers. In a git repository, the files git tracks
 * or would track (ignored ones are not the project's); elsewhere, those directly in `folder`.
 */
export async function findHostFiles(folder: string): Promise<string[]> {
  const candidates = new Set((await gitFiles(folder)) ?? (await topLevelFiles(folder)));
  const found: string[] = [];
  for (const file of [...candidates].filter((path) => HOST_FILE_PATTERNS.some((pattern) => isAtPattern(path, pattern))).sort()) {
    const path = resolve(folder, file);
    // A tracked file deleted in the working tree is not there to read.
    if (!(await isFile(path))) continue;
    const { data } = await readConfigSource(file, path);
    // A settings file without servers (.vscode/settings.json, .gemini/settings.json) is not a host file.
    if (hostFormatOf(file, data)?.pattern !== undefined) found.push(file);
  }
  return found;
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
  const files = await findHostFiles(folder);
  if (files.length === 0) return undefined;
  const env = options.env ?? process.env;
  const inclusion = await includeHostFiles(files, folder, (file) => loadConfig(file, { env }));
  if (inclusion.problems.length > 0) throw new UserError(inclusion.problems.map((problem) => problem.message).join("\n"));
  const secrets = [...new Set([...inclusion.secrets, ...(options.secrets ?? []), ...scannerSecrets(env)])].filter(
    (secret) => secret !== "",
  );
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
    ...(inclusion.notices.length > 0 ? { notices: inclusion.notices } : {}),
  };
  return { config, files: inclusion.files };
}

/** Whether the path ends with the pattern's folders and name; `*` stands for any name within a folder. */
function isAtPattern(path: string, pattern: string): boolean {
  const segments = path.split("/");
  const wanted = pattern.split("/");
  if (segments.length < wanted.length) return false;
  const tail = segments.slice(-wanted.length);
  return wanted.every((want, index) => {
    const segment = tail[index]!;
    if (!want.includes("*")) return segment === want;
    const [head = "", rest = ""] = want.split("*");
    return segment.length >= head.length + rest.length && segment.startsWith(head) && segment.endsWith(rest);
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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
