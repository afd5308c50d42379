import { access } from "node:fs/promises";
import { join } from "node:path";

/** The files `mcp-drift` looks for, in order, when no config file is named. */
export const DEFAULT_CONFIG_FILES = ["mcp-drift.yml", "mcp-drift.yaml"] as const;

/** The config file in `folder`, or undefined when it holds none of `DEFAULT_CONFIG_FILES`. */
export async function findConfigFile(folder: string): Promise<string | undefined> {
  for (const name of DEFAULT_CONFIG_FILES) {
    const file = join(folder, name);
    try {
      await access(file);
      return file;
    } catch {
      // try the next name
    }
  }
  return undefined;
}
