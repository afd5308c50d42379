import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { UserError } from "../../src/model.js";

export const CONFIG_FIXTURES = fileURLToPath(new URL("../../fixtures/configs", import.meta.url));

/** The byte and item bounds every server gets when the config sets none (as documented). */
export const DEFAULT_LIMITS = { maxItems: 50_000, maxResponseBytes: 16 * 1024 * 1024, maxCatalogBytes: 64 * 1024 * 1024 };

export async function makeTempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "mcp-drift-config-"));
}

/** Writes `text` to a fresh temporary folder under `name` and returns the file's path. */
export async function writeTempConfig(name: string, text: string): Promise<string> {
  const file = join(await makeTempFolder(), name);
  await writeFile(file, text);
  return file;
}

/** The message lines of the `UserError` that `loading` rejects with. */
export async function errorLines(loading: Promise<unknown>): Promise<string[]> {
  const error: unknown = await loading.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message.split("\n");
}
