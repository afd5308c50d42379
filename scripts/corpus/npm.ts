/**
 * The npm-derived sources, collected for real (run by hand through `npm run corpus`, never by
 * CI: it needs the npm registry). Installs the pinned MCP server packages of the manifest's
 * npm-catalogs source into a temp folder, lists each one's catalog with mcp-drift's own scan
 * (connect, collect, snapshot: the catalog a user's baseline would hold), and writes
 * - each npm-catalogs source (npm-real, npm-real-2): one corpus line per tool, prompt,
 *   resource, resource template and server instructions of each pinned release, labelled
 *   benign by provenance, in the source's own file;
 * - its upgrade-pairs source (npm-upgrades, npm-upgrades-2): for every server with
 *   `upgradeFrom`, that older release's snapshot (base) and the pinned one's (head), a real
 *   honest upgrade.
 * It also records each package's licence in the manifest. Servers get dummy credentials
 * only, run isolated where the system allows (isolation `auto`), and a server that fails to
 * install or answer is reported and left out.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { mapConcurrent } from "../../src/connect/pool.js";
import { isJsonObject, type Config, type JsonObject, type ServerConfig, type Snapshot } from "../../src/model.js";
import { scan } from "../../src/scan.js";
import { npmServers, pairsSourceOf, readManifest, type NpmServer } from "./manifest.js";
import { catalogLines, type UpgradePair } from "./lines.js";

const run = promisify(execFile);

/** One package release to install and list. */
interface Release {
  server: NpmServer;
  version: string;
  role: "head" | "base";
  dir: string;
}

interface Installed extends Release {
  bin: string;
  licence: string;
}

export interface CollectNpmOptions {
  manifest: string;
  /** Only these server ids; the other servers' lines are kept as they are. */
  only?: string[];
  /** Where packages are installed and servers run. */
  work: string;
  concurrency: number;
}

/** Collects the npm-derived sources; returns what failed (those servers are left out). */
export async function collectNpm(options: CollectNpmOptions): Promise<string[]> {
  const manifestFile = resolve(options.manifest);
  const manifest = readManifest(manifestFile);
  const { only, concurrency } = options;
  const servers = npmServers(manifest).filter((s) => only === undefined || only.includes(s.id));
  const work = resolve(options.work);
  const workspace = join(work, "workspace");
  await mkdir(workspace, { recursive: true });
  await mkdir(join(work, "project", "snapshots"), { recursive: true });

  const releases: Release[] = servers.flatMap((server) => [
    { server, version: server.version, role: "head" as const, dir: join(work, "pkgs", `${server.id}@${server.version}`) },
    ...(server.upgradeFrom
      ? [{ server, version: server.upgradeFrom, role: "base" as const, dir: join(work, "pkgs", `${server.id}@${server.upgradeFrom}`) }]
      : []),
  ]);
  const failures: string[] = [];
  log(`installing ${releases.length} releases of ${servers.length} servers into ${work}/pkgs`);
  const installed = (
    await mapConcurrent(releases, concurrency, async (release) => {
      try {
        return await install(release);
      } catch (error) {
        failures.push(`${release.server.id}@${release.version}: install failed: ${message(error)}`);
        return undefined;
      }
    })
  ).filter((r): r is Installed => r !== undefined);

  const heads = await list(
    installed.filter((r) => r.role === "head"),
    work,
    workspace,
    concurrency,
    failures,
  );
  const bases = await list(
    installed.filter((r) => r.role === "base"),
    work,
    workspace,
    concurrency,
    failures,
  );

  // Licences, as the installed packages state them, go into the manifest (read again: it
  // may have been edited while the servers were listed).
  const current = readManifest(manifestFile);
  for (const r of installed) {
    const entry = npmServers(current).find((s) => s.id === r.server.id);
    if (r.role === "head" && entry !== undefined) entry.licence = r.licence;
  }
  for (const r of installed) {
    const head = installed.find((h) => h.role === "head" && h.server.id === r.server.id);
    if (r.role === "base" && r.licence !== head?.licence) log(`note: ${r.server.id}@${r.version} is licensed ${r.licence}`);
  }
  await writeFile(manifestFile, `${JSON.stringify(current, null, 2)}\n`);

  // Each npm-catalogs source writes its own file, and its upgrade pairs their own; with
  // `--only`, a source none of whose servers was collected is left as it is.
  const order = npmServers(manifest).map((s) => s.id);
  for (const catalogs of manifest.sources.filter((s) => s.kind === "npm-catalogs")) {
    const own = (catalogs.servers ?? []).filter((s) => heads.has(s.id));
    if (only !== undefined && !(catalogs.servers ?? []).some((s) => only.includes(s.id))) continue;
    const lines = own.flatMap((s) => catalogLines(catalogs.name, s.id, heads.get(s.id)!));
    await writeLines(catalogs.file, lines, only !== undefined, (line) => String(line.server), order);
    log(`${catalogs.name}: ${lines.length} lines from ${own.length} servers -> ${catalogs.file}`);
    const upgrades = pairsSourceOf(manifest, catalogs);
    if (upgrades === undefined) continue;
    const pairs: UpgradePair[] = own
      .filter((s) => s.upgradeFrom !== undefined && bases.has(s.id))
      .map((s) => ({
        id: `${upgrades.name}/${s.id}`,
        source: upgrades.name,
        label: "benign",
        server: s.id,
        package: s.package,
        from: s.upgradeFrom!,
        to: s.version,
        base: bases.get(s.id)!,
        head: heads.get(s.id)!,
      }));
    await writeLines(upgrades.file, pairs as unknown as JsonObject[], only !== undefined, (line) => String(line.server), order);
    log(`${upgrades.name}: ${pairs.length} upgrade pairs -> ${upgrades.file}`);
  }
  for (const failure of failures) log(`FAILED ${failure}`);
  return failures;
}

/**
 * Writes one JSON object a line. With `--only`, the lines of the servers not collected this
 * time are kept from the existing file, in its order.
 */
async function writeLines(
  file: string,
  lines: JsonObject[],
  merge: boolean,
  serverOf: (line: JsonObject) => string,
  order: readonly string[],
): Promise<void> {
  let out = lines;
  if (merge && existsSync(file)) {
    const fresh = new Set(lines.map(serverOf));
    const kept = (await readFile(file, "utf8"))
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as JsonObject)
      .filter((l) => !fresh.has(serverOf(l)));
    // In the manifest's order of servers, as a full run writes them.
    const rank = new Map(order.map((id, index) => [id, index]));
    const position = (line: JsonObject) => rank.get(serverOf(line)) ?? order.length;
    out = [...kept, ...lines]
      .map((line, index) => ({ line, index }))
      .sort((a, b) => position(a.line) - position(b.line) || a.index - b.index)
      .map(({ line }) => line);
  }
  await writeFile(file, out.map((line) => `${JSON.stringify(line)}\n`).join(""));
}

async function install(release: Release): Promise<Installed> {
  const { server, version, dir } = release;
  const packageDir = join(dir, "node_modules", ...server.package.split("/"));
  if (!existsSync(join(packageDir, "package.json"))) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "package.json"), `${JSON.stringify({ name: "corpus-install", private: true })}\n`);
    log(`npm install ${server.package}@${version}`);
    await run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--no-save",
        "--loglevel=error",
        ...(server.installScripts ? [] : ["--ignore-scripts"]),
        `${server.package}@${version}`,
      ],
      {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
      },
    );
  }
  const pkg = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as JsonObject;
  if (pkg.version !== version) throw new Error(`installed version ${String(pkg.version)}, not ${version}`);
  return { ...release, bin: join(packageDir, binOf(pkg, server)), licence: await licenceOf(pkg, packageDir) };
}

function binOf(pkg: JsonObject, server: NpmServer): string {
  const bin = pkg.bin;
  if (typeof bin === "string") return bin;
  if (!isJsonObject(bin)) throw new Error("the package has no bin");
  const names = Object.keys(bin);
  const name = server.bin ?? (names.length === 1 ? names[0] : undefined);
  const path = name === undefined ? undefined : bin[name];
  if (typeof path !== "string") throw new Error(`say which bin to run: ${names.join(", ")}`);
  return path;
}

/** The package.json licence, or what its LICENSE file is when package.json points there or says nothing. */
async function licenceOf(pkg: JsonObject, dir: string): Promise<string> {
  const declared = typeof pkg.license === "string" ? pkg.license : isJsonObject(pkg.license) ? String(pkg.license.type) : undefined;
  if (declared !== undefined && !/^SEE LICEN[SC]E/i.test(declared)) return declared;
  const files = await readdir(dir);
  const file = files.find((f) => /^licen[sc]e/i.test(f));
  if (file === undefined) {
    // Some packages point to a LICENSE file they do not ship; their README names the licence.
    const readme = files.find((f) => /^readme/i.test(f));
    const text = readme === undefined ? "" : await readFile(join(dir, readme), "utf8");
    const named = /licensed under the ([\w.-]+) License/i.exec(text)?.[1];
    const said = declared === undefined ? "no licence in package.json" : `package.json: ${declared}, not shipped`;
    return named === undefined ? said : `${named} (README; ${said})`;
  }
  const text = await readFile(join(dir, file), "utf8");
  const known: [RegExp, string][] = [
    [/Apache License[\s\S]*Version 2\.0/i, "Apache-2.0"],
    [/Permission is hereby granted, free of charge/i, "MIT"],
    [/Functional Source License/i, "FSL-1.1"],
    [/Permission to use, copy, modify, and\/or distribute/i, "ISC"],
  ];
  const found = known.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
  return `${found.length > 0 ? found.join(" and ") : "unrecognised"} (${file})`;
}

/** Lists every installed release with mcp-drift's scan, as a first scan; returns each snapshot by server id. */
async function list(releases: Installed[], work: string, workspace: string, concurrency: number, failures: string[]) {
  const snapshots = new Map<string, Snapshot>();
  if (releases.length === 0) return snapshots;
  const expand = (value: string) => value.replaceAll("{workspace}", workspace);
  const servers: ServerConfig[] = releases.map((r) => ({
    id: r.server.id,
    transport: "stdio",
    command: process.execPath,
    args: [r.bin, ...(r.server.args ?? []).map(expand)],
    env: Object.fromEntries(Object.entries(r.server.env ?? {}).map(([k, v]) => [k, expand(v)])),
    cwd: workspace,
    timeoutMs: 90_000,
    secrets: [],
  }));
  const config: Config = {
    file: join(work, "project", "mcp-drift.yml"),
    version: 1,
    snapshots: join(work, "project", "snapshots"),
    failOn: "never",
    concurrency,
    runTimeoutMs: 30 * 60_000,
    isolation: "auto",
    servers,
    secrets: [],
    rules: {},
    ignore: [],
  };
  log(`listing ${servers.length} ${releases[0]!.role === "head" ? "pinned" : "older"} releases`);
  const result = await scan(config);
  if (result.isolationNotice) log(`note: ${result.isolationNotice}`);
  for (const notice of result.report.notices) log(`notice: ${notice}`);
  for (const server of result.report.servers) {
    const release = releases.find((r) => r.server.id === server.id)!;
    // The snapshot is what the corpus keeps: a server whose catalog was listed counts even
    // when classifying it failed (that is the rules' problem, not the catalog's).
    const head = result.heads.get(server.id);
    if (head === undefined) failures.push(`${server.id}@${release.version}: ${server.error?.message ?? "no catalog"}`);
    else {
      if (server.status === "error") log(`note: ${server.id}@${release.version} was listed, but ${server.error?.message}`);
      snapshots.set(server.id, head);
    }
  }
  return snapshots;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
