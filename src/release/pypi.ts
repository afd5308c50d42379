/**
 * PyPI through Warehouse's JSON API (docs.pypi.org/api/json): `GET /pypi/<project>/json` for
 * the latest version when the launch names none, `GET /pypi/<project>/<version>/json` for the
 * files of one version and their SHA-256 digests.
 */
import { isJsonObject, type LaunchTarget, type Release } from "../model.js";
import { pinnedVersion } from "./pins.js";
import { LookupError, readJson, request, trimBase, type LookupOptions } from "./http.js";

export const PYPI_URL = "https://pypi.org";

export async function resolvePypi(target: LaunchTarget, index: string, options: LookupOptions): Promise<Release> {
  const base = trimBase(index);
  const requested = target.requested.trim();
  let version = pinnedVersion(target);
  if (version === undefined) {
    if (requested !== "" && requested !== "latest") {
      // A PEP 440 range would need the whole resolver uv runs; saying so beats a wrong version.
      throw new LookupError(`${target.package}${requested}: a version range is not resolved; pin one version with ==`);
    }
    const url = `${base}/pypi/${encodeURIComponent(target.package)}/json`;
    const project = await readJson(await get(url, options), url);
    const info = isJsonObject(project) && isJsonObject(project["info"]) ? project["info"] : {};
    if (typeof info["version"] !== "string" || !/^[\w.!+-]{1,128}$/.test(info["version"])) {
      throw new LookupError(`GET ${url}: no info.version in the form PyPI writes`);
    }
    version = info["version"];
  }
  const url = `${base}/pypi/${encodeURIComponent(target.package)}/${encodeURIComponent(version)}/json`;
  const release = await readJson(await get(url, options), url);
  const files = isJsonObject(release) && Array.isArray(release["urls"]) ? release["urls"] : undefined;
  if (files === undefined) throw new LookupError(`GET ${url}: no "urls" list of files`);
  const digests: Record<string, string> = {};
  for (const file of files) {
    const digest = isJsonObject(file) && isJsonObject(file["digests"]) ? file["digests"]["sha256"] : undefined;
    // Recorded in the baseline and quoted in reports: a file name (no folder) and a hex SHA-256 only.
    if (!isJsonObject(file) || typeof file["filename"] !== "string" || typeof digest !== "string") {
      throw new LookupError(`GET ${url}: a file without filename or digests.sha256`);
    }
    if (!/^[\w.+!-]{1,255}$/.test(file["filename"]) || !/^[0-9a-f]{64}$/i.test(digest)) {
      throw new LookupError(`GET ${url}: a file name or SHA-256 not in the form PyPI writes`);
    }
    digests[file["filename"]] = `sha256:${digest}`;
  }
  if (Object.keys(digests).length === 0) throw new LookupError(`GET ${url}: ${target.package} ${version} has no files`);
  return { ...target, registry: base, version, files: digests, url: `${base}/project/${target.package}/${encodeURIComponent(version)}/` };
}

function get(url: string, options: LookupOptions): Promise<Response> {
  return request(url, { headers: { accept: "application/json" } }, options);
}
