/**
 * Local doubles of the two registry APIs the release look-ups use, each checking every request
 * against the published description of the API and recording any it does not allow, so a test
 * fails on a request the real service would refuse:
 * - PyPI's JSON API (Warehouse, docs.pypi.org/api/json/): `GET /pypi/<project>/json` and
 *   `GET /pypi/<project>/<version>/json`, project names in their normalized form (Warehouse
 *   redirects other spellings), JSON answers with `info`, `urls` (each file's `filename`,
 *   `digests` with `md5`, `sha256` and `blake2b_256`), `last_serial` and `vulnerabilities`.
 * - The OCI distribution spec (opencontainers/distribution-spec, spec.md, "Pulling manifests",
 *   end-3): `HEAD`/`GET /v2/<name>/manifests/<reference>`, `<name>` and `<reference>` per the
 *   spec's grammar, an `Accept` header naming manifest media types, `Docker-Content-Digest`
 *   and `Content-Type` on the answer; and the token flow of the Docker registry token spec
 *   (`401` with `WWW-Authenticate: Bearer realm,service,scope`, then `GET realm?service&scope`).
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Double {
  url: string;
  /** Every request the API does not allow, as `METHOD path: why`. */
  violations: string[];
  /** Every request, as `METHOD path`. */
  requests: string[];
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse, fail: (why: string) => void) => void): Promise<Double> {
  const violations: string[] = [];
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const fail = (why: string) => {
      violations.push(`${req.method} ${req.url}: ${why}`);
      res.writeHead(400, { "content-type": "text/plain" }).end(why);
    };
    handler(req, res, fail);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    violations,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function acceptsJson(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? "*/*";
  return accept.split(",").some((type) => ["application/json", "*/*", "application/*"].includes(type.split(";")[0]!.trim()));
}

/** One PyPI file as the JSON API describes it. */
export interface PypiFile {
  filename: string;
  content: string;
}

export interface PypiDouble extends Double {
  /** project → version → files; the last version listed is the latest. */
  projects: Map<string, Map<string, PypiFile[]>>;
}

export const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

export async function startPypi(): Promise<PypiDouble> {
  const projects = new Map<string, Map<string, PypiFile[]>>();
  const double = await listen((req, res, fail) => {
    if (req.method !== "GET" && req.method !== "HEAD") return fail("the JSON API answers GET only");
    if (!acceptsJson(req)) return fail(`Accept ${req.headers.accept} excludes application/json`);
    const match = /^\/pypi\/([^/]+)\/(?:([^/]+)\/)?json$/.exec(req.url ?? "");
    if (!match) return fail("not a JSON API route (/pypi/<project>/json or /pypi/<project>/<version>/json)");
    const name = decodeURIComponent(match[1]!);
    // Warehouse answers a non-normalized name with a redirect; the client should not need one.
    if (name !== name.toLowerCase().replace(/[-_.]+/g, "-")) return fail(`project name ${name} is not normalized (PEP 503)`);
    const versions = projects.get(name);
    const version = match[2] === undefined ? [...(versions?.keys() ?? [])].at(-1) : decodeURIComponent(match[2]);
    const files = version === undefined ? undefined : versions?.get(version);
    if (files === undefined || version === undefined) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Not Found" }));
      return;
    }
    const body = {
      info: { name, version, summary: "a double's project", yanked: false },
      last_serial: 1,
      urls: files.map((file) => ({
        filename: file.filename,
        packagetype: file.filename.endsWith(".whl") ? "bdist_wheel" : "sdist",
        digests: { md5: createHash("md5").update(file.content).digest("hex"), sha256: sha256(file.content), blake2b_256: "0".repeat(64) },
        size: file.content.length,
        url: `https://files.example/${file.filename}`,
        yanked: false,
      })),
      vulnerabilities: [],
      ...(match[2] === undefined ? { releases: {} } : {}),
    };
    res.writeHead(200, { "content-type": "application/json" }).end(req.method === "HEAD" ? undefined : JSON.stringify(body));
  });
  return { ...double, projects };
}

/** The spec's grammar for a repository name and a tag. */
const NAME = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const INDEX = "application/vnd.oci.image.index.v1+json";
const MANIFEST = "application/vnd.oci.image.manifest.v1+json";

export interface OciDouble extends Double {
  /** repository → tag → manifest JSON text (its digest is the SHA-256 of these bytes). */
  tags: Map<string, Map<string, string>>;
  /** Answer 401 and ask for a bearer token first, as Docker Hub and ghcr.io do. */
  requireToken: boolean;
  /** Leave `Docker-Content-Digest` out of HEAD answers (the spec says SHOULD, not MUST). */
  omitDigestHeader: boolean;
}

export async function startOci(): Promise<OciDouble> {
  const tags = new Map<string, Map<string, string>>();
  // The handler reads the switches from the double it returns, so a test can flip them.
  let self: OciDouble | undefined;
  const token = "anonymous-pull-token";
  let base = "";
  const double = await listen((req, res, fail) => {
    const url = new URL(req.url ?? "/", base);
    if (url.pathname === "/token") {
      if (req.method !== "GET") return fail("the token endpoint answers GET");
      if (url.searchParams.get("service") !== "double-registry") return fail("service missing or not the one the challenge named");
      const scope = url.searchParams.get("scope") ?? "";
      if (!/^repository:[^:]+:pull$/.test(scope)) return fail(`scope ${scope} is not repository:<name>:pull`);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ token, expires_in: 300 }));
      return;
    }
    const match = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (!match) return fail("not the manifests route /v2/<name>/manifests/<reference>");
    if (req.method !== "HEAD" && req.method !== "GET") return fail("pulling a manifest is HEAD or GET");
    const [, name, reference] = match as unknown as [string, string, string];
    if (!NAME.test(name)) return fail(`name ${name} does not match the spec's grammar`);
    if (!TAG.test(reference) && !DIGEST.test(reference)) return fail(`reference ${reference} is neither a tag nor a digest`);
    const accept = (req.headers.accept ?? "").split(",").map((type) => type.split(";")[0]!.trim());
    if (!accept.includes(INDEX) || !accept.includes(MANIFEST))
      return fail(`Accept ${req.headers.accept} names neither OCI index nor manifest`);
    if (self?.requireToken && req.headers.authorization !== `Bearer ${token}`) {
      res
        .writeHead(401, {
          "www-authenticate": `Bearer realm="${base}/token",service="double-registry",scope="repository:${name}:pull"`,
          "content-type": "application/json",
        })
        .end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }));
      return;
    }
    const manifests = [...(tags.get(name)?.values() ?? [])];
    const manifest = DIGEST.test(reference)
      ? manifests.find((text) => `sha256:${sha256(text)}` === reference)
      : tags.get(name)?.get(reference);
    if (manifest === undefined) {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ errors: [{ code: "MANIFEST_UNKNOWN", message: "manifest unknown" }] }));
      return;
    }
    const headers: Record<string, string> = {
      "content-type": INDEX,
      "content-length": String(Buffer.byteLength(manifest)),
    };
    if (!(self?.omitDigestHeader && req.method === "HEAD")) headers["docker-content-digest"] = `sha256:${sha256(manifest)}`;
    res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : manifest);
  });
  base = double.url;
  self = { ...double, tags, requireToken: false, omitDigestHeader: false };
  return self;
}

/** An OCI image index naming one platform manifest; `marker` makes its bytes (and digest) differ. */
export function imageIndex(marker: string): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: INDEX,
    manifests: [
      {
        mediaType: MANIFEST,
        digest: `sha256:${sha256(marker)}`,
        size: 1234,
        platform: { architecture: "amd64", os: "linux" },
      },
    ],
  });
}
