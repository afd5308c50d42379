/**
 * `npm run bundle`: builds dist/index.js, the GitHub Action as one self-contained file (the
 * runner runs it without installing anything), with esbuild. The output depends only on the
 * sources and the locked dependencies, so test/github/bundle.test.ts rebuilds it and fails
 * `npm test` when the committed file is stale.
 */
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const BUNDLE = "dist/index.js";

/** The bundle's bytes, built from the repository at `root`. */
export async function bundleAction(root: string): Promise<Uint8Array> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["src/action-main.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    // node24 on the runner; node20 is the oldest Node the project supports and the tests run on.
    target: "node20",
    // CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
    legalComments: "eof",
    logLevel: "silent",
    write: false,
  });
  const [output] = result.outputFiles;
  if (output === undefined || result.outputFiles.length !== 1) throw new Error("esbuild: expected exactly one output file");
  return output.contents;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Compiled to build/scripts/: the repository is two folders up.
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  await writeFile(join(root, BUNDLE), await bundleAction(root));
}
