/**
 * npm: the packument from the registry npm would use, the version npm would pick for the
 * spec (npm-pick-manifest's rule, see pickVersion), and that version's `dist.integrity`.
 */
import semver from "semver";
import { isJsonObject, type LaunchTarget, type Release } from "../model.js";
import { LookupError, readJson, request, trimBase, type LookupOptions } from "./http.js";

export const NPM_REGISTRY = "https://registry.npmjs.org";

/** Subresource Integrity as npm writes it: one or more `sha<bits>-<base64>`, space-separated. */
const SRI = /^sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,88}={0,2}(?: sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,88}={0,2})*$/;

/** The abbreviated packument carries `dist`, and is far smaller than the full document. */
const ACCEPT = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";

export async function resolveNpm(target: LaunchTarget, registry: string, options: LookupOptions): Promise<Release> {
  const base = trimBase(registry);
  // A scoped name keeps its @ and has its / escaped, as the npm client sends it.
  const url = `${base}/${target.package.replace("/", "%2f")}`;
  const packument = await readJson(await request(url, { headers: { accept: ACCEPT } }, options), url);
  if (!isJsonObject(packument) || !isJsonObject(packument["versions"]))
    throw new LookupError(`GET ${url}: not a packument (no "versions")`);
  const versions = packument["versions"];
  const tags = isJsonObject(packument["dist-tags"]) ? packument["dist-tags"] : {};
  const version = pickVersion(target.requested, versions, tags);
  if (version === undefined) {
    throw new LookupError(`${url}: no version of ${target.package} matches ${JSON.stringify(target.requested || "latest")}`);
  }
  const manifest = versions[version];
  const dist = isJsonObject(manifest) && isJsonObject(manifest["dist"]) ? manifest["dist"] : {};
  // Recorded in the baseline and quoted in reports: only the forms npm writes are taken.
  const integrity =
    typeof dist["integrity"] === "string"
      ? SRI.test(dist["integrity"])
        ? dist["integrity"]
        : undefined
      : typeof dist["shasum"] === "string" && /^[0-9a-f]{40}$/.test(dist["shasum"])
        ? `sha1-hex:${dist["shasum"]}`
        : undefined;
  if (integrity === undefined) throw new LookupError(`${url}: ${target.package}@${version} has no dist.integrity in the form npm writes`);
  return { ...target, registry: base, version, integrity, url: releasePage(base, target.package, version) };
}

/**
 * npm-pick-manifest's choice, as npa types the spec: an exact version; else a range (none
 * written is `*`), where `latest` wins when it satisfies and is not deprecated, else the
 * highest version that is not deprecated, else the highest; else a dist-tag, exactly. npm
 * also passes over versions whose `engines` refuse its Node; which Node runs the server
 * is not known here, so that preference is not followed.
 */
function pickVersion(requested: string, versions: Record<string, unknown>, tags: Record<string, unknown>): string | undefined {
  const wanted = requested.trim();
  const exact = semver.valid(wanted, { loose: true });
  if (exact !== null) return Object.hasOwn(versions, exact) ? exact : undefined;
  const range = wanted === "" ? "*" : semver.validRange(wanted, { loose: true });
  if (range === null) {
    const tagged = tags[wanted];
    return typeof tagged === "string" && Object.hasOwn(versions, tagged) ? tagged : undefined;
  }
  const deprecated = (version: string) => {
    const manifest = versions[version];
    return isJsonObject(manifest) && Boolean(manifest["deprecated"]);
  };
  const latest = tags["latest"];
  if (
    typeof latest === "string" &&
    Object.hasOwn(versions, latest) &&
    semver.satisfies(latest, range, { loose: true }) &&
    !deprecated(latest)
  ) {
    return latest;
  }
  const matching = Object.keys(versions).filter((version) => semver.satisfies(version, range, { loose: true }));
  const kept = matching.filter((version) => !deprecated(version));
  return semver.maxSatisfying(kept.length > 0 ? kept : matching, range, { loose: true }) ?? undefined;
}

/** npmjs.com's page for the version; another registry's version document. */
function releasePage(registry: string, name: string, version: string): string {
  if (registry === NPM_REGISTRY) return `https://www.npmjs.com/package/${name}/v/${encodeURIComponent(version)}`;
  return `${registry}/${name.replace("/", "%2f")}/${encodeURIComponent(version)}`;
}
