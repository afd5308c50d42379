/**
 * What a stdio server inherits from the scanner's environment by default, besides the base
 * that finds programs and a home (connect/stdio.ts): how this machine reaches the network and
 * which certificates it trusts, for the server and for the `npx` or `uvx` that fetches it
 * (npm reads its settings in either spelling). Never a token: npm's auth settings and package
 * indexes whose URLs carry credentials are left out, and a password in a proxy URL is
 * redacted like a secret (config/load.ts). More names pass only through the config's `passEnv`.
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
