export { CONFIG_DEFAULTS, loadConfig, type LoadOptions } from "./load.js";
export { DEFAULT_CONFIG_FILES, findConfigFile } from "./find.js";
