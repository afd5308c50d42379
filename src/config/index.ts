export { CONFIG_DEFAULTS, loadConfig, type LoadOptions } from "./load.js";

/** The files `mcp-drift` looks for, in order, when no config file is named. */
export const DEFAULT_CONFIG_FILES = ["mcp-drift.yml", "mcp-drift.yaml"] as const;
