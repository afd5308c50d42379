/**
 * `npm run corpus:github`: writes the github-real source, the catalogs of real MCP servers
 * that are not npm packages (Python FastMCP / fastmcp / mcp SDK servers), derived statically
 * from their source code at the commits pinned in the manifest (`repositories` of the source).
 *
 * Each pinned repository is read at its commit (`git archive`), from a local git directory
 * under `--mirrors` (`<mirrors>/<owner>+<name>/repo`) when there is one, else from a shallow
 * fetch of the commit; nothing is installed or run. scripts/corpus/github_extract.py parses the
 * servers' Python files with `ast` and gives each server's tools, prompts, resources, templates
 * and instructions as the server would announce them (see that file for what is reproduced
 * and what is approximated); the lines are written as the npm sources write theirs
 * (catalogLines), a server's items in the order its code registers them.
 *
 *   npm run corpus:github [-- --mirrors DIR] [--work DIR]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isJsonObject, type JsonObject, SNAPSHOT_FORMAT, type Snapshot } from "../../src/model.js";
import { catalogLines } from "./lines.js";
import { DEFAULT_MANIFEST, readManifest } from "./manifest.js";

/** One server of a pinned repository: the folders (or files) its code lives in. */
export interface GithubServer {
  id: string;
  paths: string[];
  /**
   * The namespace a parent server mounts this one under (fastmcp's `mount(server,
   * namespace=…)`): its tools and prompts are announced as `<namespace>_<name>`.
   */
  namespace?: string;
}

/** A public repository pinned at a commit, with its licence and the servers taken from it. */
export interface GithubRepository {
  repository: string;
  commit: string;
  licence: string;
  servers: GithubServer[];
}

/** What github_extract.py finds for one server. */
export interface ExtractedCatalog {
  instructions?: string;
  tools: JsonObject[];
  prompts: JsonObject[];
  resources: JsonObject[];
  resourceTemplates: JsonObject[];
  /** Registrations left out because a name, uri or description is not static. */
  unresolved: string[];
}

/** Next to this file, or, run from build/scripts/corpus, in the source tree (tsc copies no .py). */
const HERE = dirname(fileURLToPath(import.meta.url));
const EXTRACTOR = existsSync(join(HERE, "github_extract.py"))
  ? join(HERE, "github_extract.py")
  : resolve(HERE, "../../../scripts/corpus/github_extract.py");

/** Runs the Python extractor over servers whose code is under `root`. */
export function extractPython(root: string, servers: GithubServer[], script = EXTRACTOR): Record<string, ExtractedCatalog> {
  const out = execFileSync("python3", [script], {
    input: JSON.stringify({ root, servers }),
    maxBuffer: 256 * 1024 * 1024,
    encoding: "utf8",
  });
  return JSON.parse(out) as Record<string, ExtractedCatalog>;
}

/** A catalog as a snapshot, so that its lines are written as the npm sources' are. */
export function snapshotOf(id: string, catalog: ExtractedCatalog): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    server: { id },
    initialize: catalog.instructions !== undefined ? { instructions: catalog.instructions } : {},
    tools: catalog.tools,
    prompts: catalog.prompts,
    resources: catalog.resources,
    resourceTemplates: catalog.resourceTemplates,
  };
}

/** A mounted server's catalog as its parent announces it: tools and prompts named `<namespace>_<name>`. */
export function namespaced(catalog: ExtractedCatalog, namespace: string): ExtractedCatalog {
  const rename = (item: JsonObject): JsonObject => ({ ...item, name: `${namespace}_${String(item.name)}` });
  return { ...catalog, tools: catalog.tools.map(rename), prompts: catalog.prompts.map(rename) };
}

/** The repository's files at the commit, under `dir`. */
function checkout(repo: GithubRepository, dir: string, mirrors: string | undefined): void {
  const slug = new URL(repo.repository).pathname.replace(/^\/|\.git$/gu, "");
  const mirror = mirrors !== undefined ? join(mirrors, slug.replace("/", "+"), "repo") : undefined;
  let gitDir: string;
  if (mirror !== undefined && existsSync(mirror)) gitDir = mirror;
  else {
    gitDir = join(dir, ".git-fetch");
    execFileSync("git", ["init", "--bare", "-q", gitDir]);
    execFileSync("git", ["--git-dir", gitDir, "fetch", "-q", "--depth", "1", repo.repository, repo.commit]);
  }
  const paths = repo.servers.flatMap((s) => s.paths);
  const tar = execFileSync("git", ["--git-dir", gitDir, "archive", repo.commit, "--", ...paths], { maxBuffer: 1024 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
}

export function collectGithub(options: { manifest: string; source: string; out?: string; mirrors?: string; work: string }): string[] {
  const manifest = readManifest(options.manifest);
  const source = manifest.sources.find((s) => s.name === options.source);
  if (source === undefined) throw new Error(`${options.manifest}: no source ${options.source}`);
  const repositories = (source as unknown as { repositories?: GithubRepository[] }).repositories;
  if (!Array.isArray(repositories)) throw new Error(`${options.manifest}: source ${source.name} pins no repositories`);
  mkdirSync(options.work, { recursive: true });
  const lines: JsonObject[] = [];
  const notes: string[] = [];
  for (const repo of repositories) {
    const dir = mkdtempSync(join(options.work, "repo-"));
    try {
      checkout(repo, dir, options.mirrors);
      const catalogs = extractPython(dir, repo.servers);
      for (const server of repo.servers) {
        const found = catalogs[server.id];
        if (found === undefined || !isJsonObject(found as unknown as JsonObject))
          throw new Error(`${server.id}: the extractor gave no catalog`);
        for (const u of found.unresolved) notes.push(`${server.id}: left out, ${u.replace(`${dir}/`, "")}`);
        const catalog = server.namespace === undefined ? found : namespaced(found, server.namespace);
        const own = catalogLines(source.name, server.id, snapshotOf(server.id, catalog));
        if (own.length === 0) throw new Error(`${server.id} (${repo.repository}): no item found in ${server.paths.join(", ")}`);
        lines.push(...own);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  writeFileSync(resolve(options.out ?? source.file), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  return notes;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      manifest: { type: "string", default: DEFAULT_MANIFEST },
      source: { type: "string", default: "github-real" },
      mirrors: { type: "string" },
      work: { type: "string", default: join(tmpdir(), "mcp-drift-github-corpus") },
    },
  });
  const notes = collectGithub({
    manifest: resolve(values.manifest),
    source: values.source,
    work: values.work,
    ...(values.mirrors !== undefined ? { mirrors: values.mirrors } : {}),
  });
  for (const note of notes) process.stderr.write(`${note}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error: unknown) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
