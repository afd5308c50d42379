import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CATALOG_SERVER = join(ROOT, "fixtures/servers/catalog-server.mjs");

export function tempDir(prefix = "mcp-drift-test-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
