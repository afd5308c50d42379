/**
 * The corpus manifest (fixtures/corpus/sources.json): every source of the labelled corpus,
 * where it came from (repository, commit, path), under which licence, how it was labelled,
 * and the file its lines live in. The eval and the builder both read the corpus through it.
 */
import { readFileSync } from "node:fs";
import { isJsonObject } from "../../src/model.js";

export const DEFAULT_MANIFEST = "fixtures/corpus/sources.json";

/** One server package of the npm-real source, pinned. */
export interface NpmServer {
  /** The server id its catalog is listed under (a valid mcp-drift server id). */
  id: string;
  package: string;
  version: string;
  /** An older release: collected too, as the base of a real upgrade pair. */
  upgradeFrom?: string;
  /** The package's `bin` entry to run, when it has several. */
  bin?: string;
  /** `{workspace}` stands for an empty folder the script makes. */
  args?: string[];
  /** Dummy values only: no server is given a real credential. */
  env?: Record<string, string>;
  /** The package's licence as its package.json (or LICENSE file) states it. */
  licence: string | null;
  /** Run the package's install scripts (off by default). */
  installScripts?: boolean;
}

export interface Source {
  name: string;
  /**
   * `lines`: corpus lines, one item a line (the file may hold several sources; only this
   * one's lines are taken, or all when `setSource`);
   * `npm-catalogs`: lines written by scripts/corpus/npm.ts from `servers`;
   * `upgrade-pairs`: base/head catalog pairs written by scripts/corpus/npm.ts.
   */
  kind: "lines" | "npm-catalogs" | "upgrade-pairs";
  file: string;
  /** A file that may not exist yet (hand-written sets in progress). */
  optional?: boolean;
  /** Kept out of tuning: the eval prints its figures, never its items. */
  holdout?: boolean;
  /**
   * Half of the source's servers kept out of tuning, like a holdout source: a server whose
   * sha256(id) starts with an even byte. The eval scores them as `<name>/held-out`.
   */
  holdoutHalf?: boolean;
  repository: string | null;
  commit?: string | null;
  path?: string | null;
  licence: string;
  labelled: string;
  servers?: NpmServer[];
  /** An upgrade-pairs source: the npm-catalogs source whose servers it pairs (needed once there are several). */
  catalogs?: string;
}

export interface Manifest {
  sources: Source[];
}

export function readManifest(file: string): Manifest {
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isJsonObject(value) || !Array.isArray(value.sources)) throw new Error(`${file}: expected { sources: [...] }`);
  const names = new Set<string>();
  for (const source of value.sources) {
    if (!isJsonObject(source) || typeof source.name !== "string" || typeof source.file !== "string") {
      throw new Error(`${file}: every source needs a name and a file`);
    }
    if (!["lines", "npm-catalogs", "upgrade-pairs"].includes(String(source.kind))) {
      throw new Error(`${file}: source ${source.name} has an unknown kind ${JSON.stringify(source.kind)}`);
    }
    if (typeof source.licence !== "string" || typeof source.labelled !== "string") {
      throw new Error(`${file}: source ${source.name} must say its licence and how it was labelled`);
    }
    if (names.has(source.name)) throw new Error(`${file}: source ${source.name} is listed twice`);
    names.add(source.name);
  }
  return value as unknown as Manifest;
}

/** The servers of the manifest's npm-catalogs source(s); a server id names one server across all of them. */
export function npmServers(manifest: Manifest): NpmServer[] {
  const servers = manifest.sources.filter((s) => s.kind === "npm-catalogs").flatMap((s) => s.servers ?? []);
  const seen = new Set<string>();
  for (const { id } of servers) {
    if (seen.has(id)) throw new Error(`npm server ${id} is pinned twice in the manifest`);
    seen.add(id);
  }
  return servers;
}

/**
 * The upgrade-pairs source that holds the pairs of an npm-catalogs source: the one that names
 * it in `catalogs`, or, while the manifest has a single source of each kind, that one.
 */
export function pairsSourceOf(manifest: Manifest, catalogs: Source): Source | undefined {
  const pairSources = manifest.sources.filter((s) => s.kind === "upgrade-pairs");
  const named = pairSources.find((s) => s.catalogs === catalogs.name);
  if (named !== undefined) return named;
  const catalogSources = manifest.sources.filter((s) => s.kind === "npm-catalogs");
  return catalogSources.length === 1 && pairSources.length === 1 && pairSources[0]!.catalogs === undefined ? pairSources[0] : undefined;
}
