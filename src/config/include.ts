/**
 * Host files whose servers join one run: the files `include:` names in mcp-drift.yml, or those
 * discovery finds. Each server's id is namespaced by its file, so two hosts' `github` servers
 * get two baselines: `<host>.<name>` (`vscode.github`, `claude-code.github`), and
 * `<folder>.<host>.<name>` for a host file in a subfolder (`packages/api/.mcp.json` →
 * `packages-api.claude-code.github`). Files of one host in one folder share a namespace, as
 * the host merges them (VS Code's mcp.json and settings.json).
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Config, ServerConfig } from "../model.js";
import { HOST_NAMES, readConfigSource } from "./formats.js";
import { hostFormatOf } from "./hosts/index.js";
import { isPlainObject, type Problem } from "./source.js";

/** A server id is at most this long (schema.json's serverId), and so is a namespaced one. */
const MAX_ID_LENGTH = 128;

/** One host file as read into the run. */
export interface IncludedFile {
  /** The path as listed: relative to the config's folder, `/` between folders. */
  file: string;
  /** The host's name, e.g. "VS Code". */
  host: string;
  /** What its servers' ids start with, before the `.`. */
  namespace: string;
  /** Namespaced ids, in file order. */
  serverIds: string[];
}

export interface Inclusion {
  files: IncludedFile[];
  servers: Omit<ServerConfig, "secrets">[];
  secrets: string[];
  /** Servers the files name but that are not scanned, in words. */
  notices: string[];
  /** At `["include", index]`. */
  problems: Problem[];
}

/**
 * Reads each host file with `load` (the loader, given the absolute path) and namespaces its
 * servers. `taken` are ids the config holds already; a namespaced id that meets one, or another
 * file's, is a problem naming both.
 */
export async function includeHostFiles(
  files: readonly string[],
  folder: string,
  load: (file: string) => Promise<Config>,
  taken: ReadonlySet<string> = new Set(),
): Promise<Inclusion> {
  const inclusion: Inclusion = { files: [], servers: [], secrets: [], notices: [], problems: [] };
  const owners = new Map<string, string>([...taken].map((id) => [id, "servers"]));
  for (const [index, file] of files.entries()) {
    const problem = (message: string) => inclusion.problems.push({ path: ["include", index], message: `${file}: ${message}` });
    const path = resolve(folder, file);
    if (!(await isFile(path))) {
      problem("no such file");
      continue;
    }
    const namespace = await namespaceOf(file, path);
    if ("problem" in namespace) {
      problem(namespace.problem);
      continue;
    }
    const config = await load(path);
    const included: IncludedFile = { file, host: namespace.host, namespace: namespace.prefix, serverIds: [] };
    for (const { secrets: _, ...server } of config.servers) {
      const id = `${namespace.prefix}.${server.id}`;
      const owner = owners.get(id);
      if (id.length > MAX_ID_LENGTH)
        problem(`server id "${id}" is longer than ${MAX_ID_LENGTH} characters; shorten the name or the folder`);
      else if (owner !== undefined)
        problem(`server id "${id}" is also ${owner === "servers" ? "under servers:" : `a server of ${owner}`}; rename one`);
      else {
        owners.set(id, file);
        included.serverIds.push(id);
        inclusion.servers.push({ ...server, id });
      }
    }
    inclusion.secrets.push(...config.secrets);
    inclusion.notices.push(...(config.notices ?? []));
    inclusion.files.push(included);
  }
  return inclusion;
}

/** The host that reads the file and the namespace its servers get; the file is read to tell hosts apart. */
async function namespaceOf(file: string, path: string): Promise<{ host: string; prefix: string } | { problem: string }> {
  const { data } = await readConfigSource(file, path);
  const fit = hostFormatOf(file, data);
  if (!fit && isPlainObject(data) && "version" in data) {
    return { problem: "is an mcp-drift config; include: lists host files (.mcp.json, .vscode/mcp.json, …)" };
  }
  if (!fit) return { problem: `holds no MCP servers in a format mcp-drift reads (${HOST_NAMES})` };
  // The folder the host treats as the project: above the pattern's folders (`.vscode/`), else the file's own.
  const segments = file.split("/");
  const depth = fit.pattern === undefined ? 1 : fit.pattern.split("/").length;
  const project = segments.slice(0, -depth).join("/");
  const folder = slug(project);
  return { host: fit.format.name, prefix: folder === "" ? fit.format.id : `${folder}.${fit.format.id}` };
}

/** `packages/API` → `packages-api`: an id's characters, one `-` for each run of others; `..` steps vanish. */
function slug(folder: string): string {
  return folder
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[_-]+|[_-]+$/g, "");
}

/** Whether a regular file is at `path` (a link to one counts); absent or unreadable is no. */
export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
