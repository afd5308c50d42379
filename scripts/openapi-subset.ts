/**
 * Writes fixtures/github/openapi-subset.json: the operations the GitHub Action calls, taken
 * from GitHub's official OpenAPI description (@octokit/openapi) with every component they
 * reference, so the test double (test/helpers/github-double.ts) validates each request
 * against the real contract without the 400 MB package in `npm ci`.
 *
 *   npm run build && node build/scripts/openapi-subset.js [--spec api.github.com.json]
 *
 * Without --spec it fetches the pinned package tarball with `npm pack` into a temp folder and
 * reads generated/api.github.com.json from it. Run it when the Action calls a new operation.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const PACKAGE = "@octokit/openapi@23.0.2";
const SPEC_IN_PACKAGE = "package/generated/api.github.com.json";
const OUTPUT = new URL("../../fixtures/github/openapi-subset.json", import.meta.url);

/** Every REST operation src/github/ calls: method and path template as in the description. */
const OPERATIONS = [
  ["get", "/repos/{owner}/{repo}"],
  ["get", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["get", "/repos/{owner}/{repo}/git/ref/{ref}"],
  ["get", "/repos/{owner}/{repo}/git/commits/{commit_sha}"],
  ["post", "/repos/{owner}/{repo}/git/blobs"],
  ["post", "/repos/{owner}/{repo}/git/trees"],
  ["post", "/repos/{owner}/{repo}/git/commits"],
  ["post", "/repos/{owner}/{repo}/git/refs"],
  ["patch", "/repos/{owner}/{repo}/git/refs/{ref}"],
  ["get", "/repos/{owner}/{repo}/pulls"],
  ["post", "/repos/{owner}/{repo}/pulls"],
  ["patch", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  ["get", "/repos/{owner}/{repo}/contents/{path}"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/labels"],
  ["post", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"],
] as const;

type Node = null | boolean | number | string | Node[] | { [key: string]: Node };
type NodeObject = { [key: string]: Node };

function isObject(value: Node | undefined): value is NodeObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function at(node: Node | undefined, ...keys: string[]): NodeObject {
  let current = node;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  if (!isObject(current)) throw new Error(`the description has no object at ${keys.join(" › ")}`);
  return current;
}

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema; as a type array (or an `anyOf` with
 * null for a `$ref` or a composition) ajv understands it. Applied to the whole tree.
 */
function withNullAsType(node: Node): Node {
  if (Array.isArray(node)) return node.map(withNullAsType);
  if (!isObject(node)) return node;
  const { nullable, ...rest } = node;
  const converted: NodeObject = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, withNullAsType(value)]));
  if (nullable !== true) return converted;
  if (typeof converted.type === "string") {
    converted.type = [converted.type, "null"];
    if (Array.isArray(converted.enum) && !converted.enum.includes(null)) converted.enum = [...converted.enum, null];
    return converted;
  }
  if ("$ref" in converted || "allOf" in converted || "oneOf" in converted || "anyOf" in converted) {
    return { anyOf: [converted, { type: "null" }] };
  }
  return converted; // no type given: null is already allowed
}

/** `#/components/KIND/NAME` for every `$ref` inside `node`. */
function refsIn(node: Node, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.add(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function subset(spec: NodeObject): NodeObject {
  const paths: NodeObject = {};
  for (const [method, path] of OPERATIONS) {
    const operation = at(spec, "paths", path, method);
    paths[path] = { ...(isObject(paths[path]) ? paths[path] : {}), [method]: operation };
  }
  // Follow references transitively: a component may reference others.
  const components: Record<string, NodeObject> = {};
  const pending = [...refsIn(paths)];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const ref = pending.pop()!;
    const [, kind, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref) ?? [];
    if (kind === undefined || name === undefined) throw new Error(`unsupported $ref ${ref}`);
    const component = at(spec, "components", kind, name);
    (components[kind] ??= {})[name] = component;
    for (const next of refsIn(component)) {
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  // Code-unit order, as for the kinds: localeCompare would make the file depend on the machine's locale.
  const sortedComponents = Object.fromEntries(
    Object.keys(components)
      .sort()
      .map((kind) => [kind, Object.fromEntries(Object.entries(components[kind]!).sort(([a], [b]) => (a < b ? -1 : 1)))]),
  );
  return withNullAsType({
    openapi: spec.openapi ?? null,
    info: { ...at(spec, "info"), "x-subset-of": PACKAGE },
    paths,
    components: sortedComponents,
  }) as NodeObject;
}

function fetchSpec(): NodeObject {
  const dir = mkdtempSync(join(tmpdir(), "openapi-"));
  try {
    const tarball = execFileSync("npm", ["pack", PACKAGE, "--silent", "--pack-destination", dir], { encoding: "utf8" }).trim();
    execFileSync("tar", ["-xzf", join(dir, tarball), "-C", dir, SPEC_IN_PACKAGE]);
    return JSON.parse(readFileSync(join(dir, SPEC_IN_PACKAGE), "utf8")) as NodeObject;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { spec: { type: "string" } } });
const spec = values.spec ? (JSON.parse(readFileSync(values.spec, "utf8")) as NodeObject) : fetchSpec();
writeFileSync(OUTPUT, `${JSON.stringify(subset(spec), null, 2)}\n`);
