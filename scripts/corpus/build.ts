/**
 * `npm run corpus`: builds the labelled corpus `npm run eval` reads, from the manifest
 * (fixtures/corpus/sources.json) that names every source.
 * - The npm-derived sources (npm-real, npm-upgrades) are collected again from the pinned
 *   packages: this needs the npm registry and runs servers, so it is run by hand, never by
 *   CI; the files it writes are committed as data.
 * - The sources imported from public repositories are kept as committed (their lines are
 *   the labelled data; the manifest names repository, commit, path and licence), and the
 *   hand-written sets are merged under the manifest's source names.
 * Then every source is read as the eval reads it and checked (one item a line, known
 * surfaces, unique ids, npm lines of pinned servers only), and a summary is printed.
 *
 *   npm run corpus [-- --offline] [--only id,id] [--work DIR] [--concurrency N]
 *
 * `--offline` skips the collection: only the checks and the summary.
 */
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadCorpus } from "../eval.js";
import { DEFAULT_MANIFEST, npmServers, readManifest } from "./manifest.js";
import { collectNpm } from "./npm.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      manifest: { type: "string", default: DEFAULT_MANIFEST },
      offline: { type: "boolean", default: false },
      only: { type: "string" },
      work: { type: "string", default: join(tmpdir(), "mcp-drift-npm-corpus") },
      concurrency: { type: "string", default: "3" },
    },
  });
  const manifestFile = resolve(values.manifest);
  let failures: string[] = [];
  if (!values.offline) {
    failures = await collectNpm({
      manifest: manifestFile,
      work: values.work,
      concurrency: Number(values.concurrency),
      ...(values.only !== undefined ? { only: values.only.split(",").map((s) => s.trim()) } : {}),
    });
  }
  process.stdout.write(summary(manifestFile));
  if (failures.length > 0) {
    process.stderr.write(`${failures.length} release(s) failed and were left out; see above\n`);
    process.exitCode = 1;
  }
}

/** Per source: what it holds, and where it came from. */
export function summary(manifestFile: string): string {
  const manifest = readManifest(manifestFile);
  const corpus = loadCorpus(manifestFile);
  const pinned = new Map(npmServers(manifest).map((s) => [s.id, s]));
  const lines: string[] = [];
  for (const source of manifest.sources) {
    if (corpus.missing.includes(source)) {
      lines.push(`${source.name}: ${source.file} does not exist yet`);
      continue;
    }
    const origin = [
      source.repository ?? "this repository",
      source.commit ? `@${source.commit}` : "",
      source.path ? ` ${source.path}` : "",
    ].join("");
    if (source.kind === "upgrade-pairs") {
      const pairs = corpus.pairs.filter((p) => p.source === source.name);
      for (const p of pairs) {
        const server = pinned.get(p.server);
        if (server?.upgradeFrom !== p.from || server.version !== p.to) throw new Error(`${p.id}: not the manifest's pinned releases`);
      }
      lines.push(`${source.name}: ${pairs.length} upgrade pairs; ${origin}; licence ${source.licence}`);
      continue;
    }
    const items = corpus.items.filter((i) => i.source === source.name);
    if (source.kind === "npm-catalogs") {
      const stray = items.find((i) => !pinned.has(i.server));
      if (stray !== undefined) throw new Error(`${stray.id}: server ${stray.server} is not pinned in the manifest`);
    }
    const malicious = items.filter((i) => i.label === "malicious").length;
    const techniques = new Set(items.map((i) => i.technique).filter((t) => t !== null)).size;
    const servers = new Set(items.map((i) => i.server)).size;
    lines.push(
      `${source.name}: ${items.length} items (${malicious} malicious, ${items.length - malicious} benign), ` +
        `${techniques} techniques, ${servers} servers; ${origin}; licence ${source.licence}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  });
}
