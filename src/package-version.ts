/**
 * mcp-drift's version, from its package.json. Imports nothing of the pipeline, so
 * `mcp-drift --version` answers without loading it.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** What mcp-drift's package.json says of it; only the fields read here. */
export interface PackageManifest {
  version: string;
  repository?: string | { url?: string };
}

/**
 * The nearest package.json named mcp-drift above this module: src/ when run from source,
 * build/src/ when built, dist/ in the bundled Action.
 */
export async function packageManifest(): Promise<PackageManifest | undefined> {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(await readFile(resolve(dir, "package.json"), "utf8")) as PackageManifest & { name?: string };
      if (pkg.name === "mcp-drift") return pkg;
    } catch {
      // not here; keep walking up
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export async function packageVersion(): Promise<string> {
  return (await packageManifest())?.version ?? "unknown";
}
