/**
 * The stage graph: data flows one way (DESIGN.md), so a stage folder imports only folders
 * before it in STAGES and the neutral files at the top of src/. The composers (the pipeline
 * in scan.ts and the helpers the faces share) sit after the stages that produce a report and
 * before github/, which acts on one; the faces (cli.ts, action.ts) come last.
 */
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

/**
 * Folders in pipeline order. release/ (what a launch command runs) reads only the config:
 * the snapshot records it, rules judge it. capability/ comes before classify/ because the per-scan
 * analysis reads tool tiers from it; classify/ (the engine) before rules/, whose files are
 * built on the engine and which the engine is handed, never imports.
 */
const STAGES = ["config", "release", "connect", "snapshot", "diff", "capability", "classify", "rules", "policy", "report"];
/** Acts on a report: may call the pipeline. */
const ACT = "github";
/** The faces and their parts (`cli-help.ts`): they may import anything, and nothing imports them but each other. */
const isFace = (file: string) => /^(?:cli|action)(?:-[a-z-]+)?\.ts$/.test(file);

interface Edge {
  /** Paths relative to src/, e.g. `rules/classify.ts`. */
  from: string;
  to: string;
}

/** Every edge that goes against the stage order, as `from → to (why)`. */
function backEdges(edges: readonly Edge[]): string[] {
  const folderOf = (file: string) => (file.includes("/") ? file.slice(0, file.indexOf("/")) : undefined);
  // A top-level file is neutral unless it reaches a folder, directly or through another top-level file.
  const composers = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const { from, to } of edges) {
      if (folderOf(from) !== undefined || isFace(from) || composers.has(from)) continue;
      if (folderOf(to) !== undefined || composers.has(to) || isFace(to)) {
        composers.add(from);
        grew = true;
      }
    }
  }
  const layer = (file: string): number => {
    const folder = folderOf(file);
    if (folder === undefined) return isFace(file) ? STAGES.length + 3 : composers.has(file) ? STAGES.length + 1 : -1;
    if (folder === ACT) return STAGES.length + 2;
    const index = STAGES.indexOf(folder);
    return index < 0 ? Number.NaN : index;
  };
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const [a, b] = [layer(from), layer(to)];
    if (Number.isNaN(a) || Number.isNaN(b)) problems.push(`${from} → ${to} (folder not in STAGES)`);
    else if (b > a || (a === b && folderOf(from) !== folderOf(to))) problems.push(`${from} → ${to} (later in the pipeline)`);
  }
  return problems;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** Every relative import between files of src/, type-only ones included: a type is a dependency too. */
async function sourceEdges(): Promise<Edge[]> {
  const src = join(ROOT, "src");
  const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith(".ts")).sort();
  const edges: Edge[] = [];
  for (const file of files) {
    const text = await readFile(join(src, file), "utf8");
    for (const [, specifier] of text.matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), specifier!)).replace(/\.js$/, ".ts");
      if (target.endsWith(".ts")) edges.push({ from: file, to: relative(".", target) });
    }
  }
  return edges;
}

describe("the stage graph", () => {
  it("has no edge against the pipeline order", async () => {
    const edges = await sourceEdges();
    expect(edges.length).toBeGreaterThan(100);
    expect(backEdges(edges)).toEqual([]);
  });

  it("knows every folder of src/", async () => {
    const folders = (await readdir(join(ROOT, "src"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((folder) => !STAGES.includes(folder) && folder !== ACT)).toEqual([]);
  });

  it("reports a back edge, a loop between folders and a neutral file that reaches a stage", () => {
    expect(
      backEdges([
        { from: "diff/diff.ts", to: "snapshot/canonical.ts" },
        { from: "snapshot/lines.ts", to: "diff/diff.ts" },
        { from: "rules/classify.ts", to: "policy/fingerprint.ts" },
        { from: "policy/policy.ts", to: "rules/index.ts" },
        { from: "json-path.ts", to: "model.ts" },
        { from: "helper.ts", to: "report/text.ts" },
        { from: "snapshot/store.ts", to: "helper.ts" },
        { from: "report/text.ts", to: "cli.ts" },
        { from: "widgets/a.ts", to: "model.ts" },
        { from: "github/comment.ts", to: "scan.ts" },
        { from: "scan.ts", to: "rules/index.ts" },
      ]),
    ).toEqual([
      "snapshot/lines.ts → diff/diff.ts (later in the pipeline)",
      "rules/classify.ts → policy/fingerprint.ts (later in the pipeline)",
      "snapshot/store.ts → helper.ts (later in the pipeline)",
      "report/text.ts → cli.ts (later in the pipeline)",
      "widgets/a.ts → model.ts (folder not in STAGES)",
    ]);
  });
});
