/**
 * What a stdio server inherits from the scanner's environment by default, besides the base
 * that finds programs and a home (connect/stdio.ts): how this machine reaches the network and
 * which certificates it trusts, for the server and for the `npx` or `uvx` that fetches it
 * (npm reads its settings in either spelling). Never a token: npm's auth settings and package
 * indexes are left out, and a default-passed value whose URL carries credentials (a proxy's
 * `user:password@`, or a token as the user) is held back; naming it in `passEnv` passes it,
 * its user and password then redacted like secrets (config/load.ts). More names pass only
 * through the config's `passEnv`.
 */
export const DEFAULT_PASS_ENV: readonly string[] = [
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "NODE_EXTRA_CA_CERTS",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "REQUESTS_CA_BUNDLE",
  "CURL_CA_BUNDLE",
  "npm_config_registry",
  "npm_config_proxy",
  "npm_config_https_proxy",
  "npm_config_noproxy",
  "npm_config_cafile",
  "NPM_CONFIG_REGISTRY",
  "NPM_CONFIG_PROXY",
  "NPM_CONFIG_HTTPS_PROXY",
  "NPM_CONFIG_NOPROXY",
  "NPM_CONFIG_CAFILE",
];

/**
 * The secret a URL-valued variable carries, as written and decoded: its password, or its user
 * when there is no password (a token given as the user). None when it is not a URL.
 */
export function urlCredentials(value: string): string[] {
  if (!value.includes("@")) return [];
  try {
    const { username, password } = new URL(value);
    const secret = password !== "" ? password : username;
    return secret === "" ? [] : [...new Set([secret, safeDecode(secret)])];
  } catch {
    return [];
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
