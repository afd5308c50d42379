/**
 * npm: the packument from the registry npm would use, the version npm would pick for the
 * spec (npm-pick-manifest's rule: the `latest` tag when it satisfies, else the highest
 * match), and that version's `dist.integrity`.
 */
import semver from "semver";
import type { LaunchTarget, Release } from "../model.js";
import { isObject, LookupError, readJson, request, trimBase, type LookupOptions } from "./http.js";

export const NPM_REGISTRY = "https://registry.npmjs.org";

/** The abbreviated packument carries `dist`, and is far smaller than the full document. */
const ACCEPT = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";

export async function resolveNpm(target: LaunchTarget, registry: string, options: LookupOptions): Promise<Release> {
  const base = trimBase(registry);
  // A scoped name keeps its @ and has its / escaped, as the npm client sends it.
  const url = `${base}/${target.package.replace("/", "%2f")}`;
  const packument = await readJson(await request(url, { headers: { accept: ACCEPT } }, options), url);
  if (!isObject(packument) || !isObject(packument["versions"])) throw new LookupError(`GET ${url}: not a packument (no "versions")`);
  const versions = packument["versions"];
  const tags = isObject(packument["dist-tags"]) ? packument["dist-tags"] : {};
  const version = pickVersion(target.requested, Object.keys(versions), tags);
  if (version === undefined) {
    throw new LookupError(`${url}: no version of ${target.package} matches ${JSON.stringify(target.requested || "latest")}`);
  }
  const manifest = versions[version];
  const dist = isObject(manifest) && isObject(manifest["dist"]) ? manifest["dist"] : {};
  const integrity =
    typeof dist["integrity"] === "string"
      ? dist["integrity"]
      : typeof dist["shasum"] === "string"
        ? `sha1-hex:${dist["shasum"]}`
        : undefined;
  if (integrity === undefined) throw new LookupError(`${url}: ${target.package}@${version} has no dist.integrity`);
  return { ...target, registry: base, version, integrity, url: releasePage(base, target.package, version) };
}

function pickVersion(requested: string, versions: string[], tags: Record<string, unknown>): string | undefined {
  const wanted = requested.trim() === "" ? "latest" : requested.trim();
  const tagged = tags[wanted];
  if (typeof tagged === "string") return versions.includes(tagged) ? tagged : undefined;
  const exact = semver.valid(wanted);
  if (exact !== null) return versions.includes(exact) ? exact : undefined;
  const range = semver.validRange(wanted);
  if (range === null) return undefined;
  const latest = tags["latest"];
  if (typeof latest === "string" && versions.includes(latest) && semver.satisfies(latest, range)) return latest;
  return semver.maxSatisfying(versions, range) ?? undefined;
}

/** npmjs.com's page for the version; another registry's version document. */
function releasePage(registry: string, name: string, version: string): string {
  if (registry === NPM_REGISTRY) return `https://www.npmjs.com/package/${name}/v/${encodeURIComponent(version)}`;
  return `${registry}/${name.replace("/", "%2f")}/${encodeURIComponent(version)}`;
}
