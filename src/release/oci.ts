/**
 * OCI images through the distribution API (github.com/opencontainers/distribution-spec):
 * `HEAD /v2/<name>/manifests/<reference>` with the manifest media types accepted, the digest
 * from `Docker-Content-Digest` (or, when a registry leaves it out, the SHA-256 of the
 * manifest a GET returns), and the anonymous bearer-token flow a 401 asks for.
 */
import { createHash } from "node:crypto";
import { isJsonObject, type LaunchTarget, type Release } from "../model.js";
import { LookupError, readBody, readJson, request, type LookupOptions } from "./http.js";

/** Image indexes first: a digest of the index is what `docker run` pins across platforms. */
export const MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
];

export async function resolveOci(target: LaunchTarget, options: LookupOptions): Promise<Release> {
  const slash = target.package.indexOf("/");
  const host = target.package.slice(0, slash);
  const path = target.package.slice(slash + 1);
  const at = target.requested.indexOf("@");
  const tag = (at === -1 ? target.requested : target.requested.slice(0, at)) || undefined;
  const pinned = at === -1 ? undefined : target.requested.slice(at + 1);
  const reference = pinned ?? tag ?? "latest";
  const registry = registryUrl(host);
  const url = `${registry}/v2/${path}/manifests/${reference}`;
  const headers: Record<string, string> = { accept: MANIFEST_TYPES.join(", ") };

  let response = await request(url, { method: "HEAD", headers }, options);
  if (response.status === 401) {
    headers["authorization"] = `Bearer ${await anonymousToken(response.headers.get("www-authenticate"), url, options)}`;
    response = await request(url, { method: "HEAD", headers }, options);
  }
  if (!response.ok) throw new LookupError(`HEAD ${url}: HTTP ${response.status}`, response.status);
  let digest = response.headers.get("docker-content-digest") ?? undefined;
  if (digest === undefined) {
    const body = await request(url, { headers }, options);
    if (!body.ok) throw new LookupError(`GET ${url}: HTTP ${body.status}`, body.status);
    digest = `sha256:${createHash("sha256")
      .update(await readBody(body, url))
      .digest("hex")}`;
  }
  // The OCI digest grammar (algorithm:encoded); anything else is not recorded or quoted.
  if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,128}$/.test(digest)) {
    throw new LookupError(`HEAD ${url}: the registry answered no valid digest`);
  }
  if (pinned !== undefined && digest !== pinned) {
    throw new LookupError(`HEAD ${url}: the registry answered digest ${digest} for ${pinned}`);
  }
  return {
    ...target,
    registry,
    ...(tag !== undefined ? { version: tag } : pinned === undefined ? { version: "latest" } : {}),
    integrity: digest,
    url: imagePage(host, path),
  };
}

/** Docker Hub's API host; plain HTTP only for a registry on this machine, as docker itself allows. */
function registryUrl(host: string): string {
  if (host === "docker.io") return "https://registry-1.docker.io";
  const name = host.replace(/:\d+$/, "");
  return `${name === "localhost" || name === "127.0.0.1" || name === "[::1]" ? "http" : "https"}://${host}`;
}

/** The token service a 401 names (`Bearer realm="…",service="…",scope="…"`), asked without credentials. */
async function anonymousToken(challenge: string | null, url: string, options: LookupOptions): Promise<string> {
  const params = challenge?.startsWith("Bearer ") ? parseChallenge(challenge.slice("Bearer ".length)) : undefined;
  const realm = params?.get("realm");
  if (params === undefined || realm === undefined) throw new LookupError(`HEAD ${url}: HTTP 401 without a bearer challenge`, 401);
  const tokenUrl = new URL(realm);
  for (const key of ["service", "scope"]) {
    const value = params.get(key);
    if (value !== undefined) tokenUrl.searchParams.set(key, value);
  }
  const answer = await readJson(await request(tokenUrl.href, { headers: { accept: "application/json" } }, options), tokenUrl.href);
  const token = isJsonObject(answer) ? (answer["token"] ?? answer["access_token"]) : undefined;
  if (typeof token !== "string" || token === "") throw new LookupError(`GET ${tokenUrl.href}: no token in the answer`);
  return token;
}

/** `realm="https://auth.docker.io/token",service="registry.docker.io"` → a map. */
function parseChallenge(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const [, key, quoted, bare] of text.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|([^,\s]*))/g)) params.set(key!, quoted ?? bare ?? "");
  return params;
}

function imagePage(host: string, path: string): string {
  if (host === "docker.io")
    return path.startsWith("library/") ? `https://hub.docker.com/_/${path.slice(8)}` : `https://hub.docker.com/r/${path}`;
  if (host === "quay.io") return `https://quay.io/repository/${path}`;
  return `${registryUrl(host)}/${path}`;
}
