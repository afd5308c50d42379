/**
 * `npm run bundle`: builds dist/index.js, the GitHub Action as one self-contained file (the
 * runner runs it without installing anything), with esbuild. The output depends only on the
 * sources and the locked dependencies, so test/github/bundle.test.ts rebuilds it and fails
 * `npm test` when the committed file is stale.
 *
 * `node build/scripts/bundle.js --cli` (part of `npm run build`) builds the command line the
 * same way into build/cli/, which bin/mcp-drift.js runs: one module per part instead of a few
 * hundred, each loaded only by the command that uses it (cli.ts imports the commands
 * dynamically, so `--help` loads no pipeline).
 */
import { rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const BUNDLE = "dist/index.js";

/** The CLI's bundle: bin/mcp-drift.js imports cli.js from it. */
export const CLI_BUNDLE_DIR = "build/cli";

/** What both bundles share: ES modules for Node with their dependencies inside. */
const NODE_ESM = {
  bundle: true,
  platform: "node",
  format: "esm",
  // node24 on the runner; node20 is the oldest Node the project supports and the tests run on.
  target: "node20",
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  legalComments: "eof",
  logLevel: "silent",
} as const;

/** The bundle's bytes, built from the repository at `root`. */
export async function bundleAction(root: string): Promise<Uint8Array> {
  const result = await build({ ...NODE_ESM, absWorkingDir: root, entryPoints: ["src/action-main.ts"], write: false });
  const [output] = result.outputFiles;
  if (output === undefined || result.outputFiles.length !== 1) throw new Error("esbuild: expected exactly one output file");
  return output.contents;
}

/**
 * Writes the CLI's bundle into CLI_BUNDLE_DIR under `root`, replacing what was there: cli.js,
 * v8-tuning.js (the flags bin/mcp-drift.js sets before cli.js loads), and a module for each part that cli.ts (or a module it loads) imports dynamically, plus the
 * parts those share, so a command loads only what it uses.
 */
export async function bundleCli(root: string): Promise<void> {
  const outdir = join(root, CLI_BUNDLE_DIR);
  await rm(outdir, { recursive: true, force: true });
  await build({
    ...NODE_ESM,
    absWorkingDir: root,
    entryPoints: { cli: "src/cli.ts", "v8-tuning": "src/v8-tuning.ts" },
    splitting: true,
    outdir,
    chunkNames: "[name]-[hash]",
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Compiled to build/scripts/: the repository is two folders up.
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  if (process.argv[2] === "--cli") await bundleCli(root);
  else await writeFile(join(root, BUNDLE), await bundleAction(root));
}
