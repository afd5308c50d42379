/**
 * mcp-drift's version, from its package.json. Imports nothing of the pipeline, so
 * `mcp-drift --version` answers without loading it.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The nearest package.json named mcp-drift above this module: src/ when run from source,
 * build/src/ when built, dist/ in the bundled Action.
 */
export async function packageVersion(): Promise<string> {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(await readFile(resolve(dir, "package.json"), "utf8")) as { name?: string; version: string };
      if (pkg.name === "mcp-drift") return pkg.version;
    } catch {
      // not here; keep walking up
    }
    if (dirname(dir) === dir) return "unknown";
  }
}
