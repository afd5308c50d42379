/** The config the two faces, cli.ts and action.ts, scan with: found, loaded and overridden alike. */
import { DEFAULT_CONFIG_FILES, findConfigFile, loadConfig } from "./config/index.js";
import { discoverConfig, HOST_FILE_PATTERNS } from "./config/discover.js";
import type { IncludedFile } from "./config/include.js";
import { UserError, type Config, type FailOn } from "./model.js";
import { RULE_IDS } from "./rules/ids.js";

export interface ScanConfigOptions {
  /** The config file, absolute; undefined to look for the default names in `folder`. */
  file: string | undefined;
  folder: string;
  /** How this face names another file, for the error when `folder` has none. */
  howToNameOne: string;
  env: NodeJS.ProcessEnv;
  /** Secrets the face itself holds (an input), redacted with the configured ones. */
  secrets?: string[];
  /** The face's fail-on, over the file's. */
  failOn: FailOn | undefined;
  /**
   * Given, a folder without a config file scans every host file found in it (config/discover.ts),
   * and this hears which; not given, such a folder is an error.
   */
  onDiscovered?: (files: readonly IncludedFile[]) => void;
}

export async function loadScanConfig(options: ScanConfigOptions): Promise<Config> {
  const file = options.file ?? (await findConfigFile(options.folder));
  if (file === undefined && options.onDiscovered) {
    const discovery = await discoverConfig(options.folder, { env: options.env, secrets: options.secrets });
    if (discovery === undefined) {
      const hostFiles = `${HOST_FILE_PATTERNS.slice(0, 4).join(", ")}, …`;
      throw new UserError(
        `no ${DEFAULT_CONFIG_FILES.join(" or ")} and no MCP host file (${hostFiles}) in ${options.folder}; ${options.howToNameOne}`,
      );
    }
    options.onDiscovered(discovery.files);
    return { ...discovery.config, failOn: options.failOn ?? discovery.config.failOn };
  }
  if (file === undefined) {
    throw new UserError(`no ${DEFAULT_CONFIG_FILES.join(" or ")} in ${options.folder}; ${options.howToNameOne}`);
  }
  // The rule ids, so a misspelt rule under `rules:` or `ignore:` is an error, not a silent no-op.
  const config = await loadConfig(file, { env: options.env, knownRules: RULE_IDS, secrets: options.secrets });
  return { ...config, failOn: options.failOn ?? config.failOn };
}
