/**
 * The one link the Markdown report makes: the page of a release, and only one mcp-drift can
 * vouch for. The URL is read from a `release-changed` finding (which took it from the
 * snapshot, where a baseline file may put anything), so it is not trusted as given: it links
 * only when it is exactly the page mcp-drift builds on npmjs.com or pypi.org, the package named
 * in its registry's own grammar and the version URL-encoded. Anything else stays escaped text.
 * Pages of other registries (a private npm registry, an image registry) are never linked: the
 * report cannot tell a registry the repository configured from one a file claims.
 */

/** npm's rules for new names: lower-case URL-safe characters, not starting with `.` or `_`, an optional scope. */
const NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;
/** PyPI project names (PEP 508): letters and digits, inner `.`, `_` and `-`. */
const PYPI_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** What npm and PyPI versions are made of (semver, PEP 440), before encoding. */
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+!_-]*$/;
const MAX_LENGTH = 500;

/** `url` itself when it is a release page mcp-drift would have built; undefined otherwise. */
export function trustedReleaseLink(url: string): string | undefined {
  if (url.length > MAX_LENGTH) return undefined;
  const npm = /^https:\/\/www\.npmjs\.com\/package\/(.+)\/v\/([^/]+)$/.exec(url);
  if (npm) return pageOf(url, npm[1], npm[2], NPM_NAME, (name, version) => `https://www.npmjs.com/package/${name}/v/${version}`);
  const pypi = /^https:\/\/pypi\.org\/project\/([^/]+)\/([^/]+)\/$/.exec(url);
  if (pypi) return pageOf(url, pypi[1], pypi[2], PYPI_NAME, (name, version) => `https://pypi.org/project/${name}/${version}/`);
  return undefined;
}

/** Rebuilt from its decoded parts, each checked and encoded again, it must be the same string. */
function pageOf(
  url: string,
  name: string | undefined,
  encodedVersion: string | undefined,
  nameGrammar: RegExp,
  build: (name: string, version: string) => string,
): string | undefined {
  if (name === undefined || encodedVersion === undefined || !nameGrammar.test(name)) return undefined;
  let version: string;
  try {
    version = decodeURIComponent(encodedVersion);
  } catch {
    return undefined;
  }
  if (!VERSION.test(version)) return undefined;
  const page = build(name, encodeURIComponent(version));
  return page === url && new URL(page).href === page ? page : undefined;
}
