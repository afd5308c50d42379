/**
 * A local stand-in for GitHub's REST API, for the Action's tests: a node:http server on
 * 127.0.0.1 that keeps state (issue comments, git blobs, trees, commits and refs, pull
 * requests) and validates every request against GitHub's official OpenAPI description (the
 * subset in fixtures/github/openapi-subset.json): the method and path must name an
 * operation, and path parameters, query and JSON body must match its schemas. A request that
 * does not is answered 4xx and recorded in `violations`, which a test asserts empty.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { ROOT } from "./paths.js";

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: Schema;
  "x-multi-segment"?: boolean;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

interface Route {
  method: string;
  template: string;
  operationId: string;
  pattern: RegExp;
  pathNames: string[];
  validatePath: ValidateFunction;
  validateQuery: ValidateFunction;
  /** Undefined when the operation takes no body. */
  body?: { required: boolean; properties?: string[]; validate: ValidateFunction };
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  /** GitHub's `author_association`: the author's relation to the repository. */
  association: string;
}

export interface PullRequest {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string;
  head: string;
  base: string;
  labels: string[];
  /** Requested reviewers: logins, and teams as `org/slug`. */
  reviewers: string[];
}

/** A response body sent as it is, as GitHub sends a file for the raw media type. */
class RawBody {
  constructor(readonly text: string) {}
}

export interface Commit {
  tree: string;
  parents: string[];
  message: string;
}

export interface DoubleOptions {
  owner: string;
  repo: string;
  defaultBranch: string;
  token: string;
  /** The default branch's files: path → content. */
  files: Record<string, string>;
}

const spec = JSON.parse(readFileSync(join(ROOT, "fixtures/github/openapi-subset.json"), "utf8")) as OpenApi;
const BOT = "github-actions[bot]";
/** GitHub's longest issue or pull request title. */
const TITLE_LIMIT = 256;

/** Answers with `status` and a GitHub-style error body; `violation` also fails the test. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly violation = false,
  ) {
    super(message);
  }
}

function resolveParameter(parameter: Parameter | { $ref: string }): Parameter {
  if (!("$ref" in parameter)) return parameter;
  const name = /^#\/components\/parameters\/(.+)$/.exec(parameter.$ref)?.[1];
  const resolved = name === undefined ? undefined : spec.components.parameters?.[name];
  if (resolved === undefined) throw new Error(`unresolved parameter ${parameter.$ref}`);
  return resolved as Parameter;
}

/** One compiled route per operation in the subset; schemas `$ref` the subset's components. */
function compileRoutes(): Route[] {
  // Path and query values arrive as strings; coercion checks them against the declared types.
  const params = new Ajv({ strict: false, validateFormats: false, allErrors: true, coerceTypes: true });
  const bodies = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const withComponents = (schema: Schema): Schema => ({ ...schema, components: spec.components });
  const routes: Route[] = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = (operation.parameters ?? []).map(resolveParameter);
      const inPath = parameters.filter((p) => p.in === "path");
      const inQuery = parameters.filter((p) => p.in === "query");
      const pathNames: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_, name: string) => {
        pathNames.push(name);
        return inPath.find((p) => p.name === name)?.["x-multi-segment"] ? "(.+)" : "([^/]+)";
      });
      const objectOf = (list: Parameter[], closed: boolean) =>
        params.compile(
          withComponents({
            type: "object",
            properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
            required: list.filter((p) => p.required || p.in === "path").map((p) => p.name),
            additionalProperties: !closed,
          }),
        );
      const json = operation.requestBody?.content["application/json"]?.schema;
      routes.push({
        method: method.toUpperCase(),
        template,
        operationId: operation.operationId,
        pattern: new RegExp(`^${source}$`),
        pathNames,
        validatePath: objectOf(inPath, true),
        validateQuery: objectOf(inQuery, true),
        body:
          json === undefined
            ? undefined
            : {
                required: operation.requestBody?.required ?? false,
                properties: json.properties === undefined ? undefined : Object.keys(json.properties as Schema),
                validate: bodies.compile(withComponents(json)),
              },
      });
    }
  }
  return routes;
}

const ROUTES = compileRoutes();

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`).join("; ");
}

/** A content address like git's: the same object always gets the same sha. */
function sha(kind: string, payload: string): string {
  return createHash("sha1").update(`${kind}\0${payload}`).digest("hex");
}

export class GitHubDouble {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: IssueComment[] = [];
  readonly pulls: PullRequest[] = [];
  readonly refs = new Map<string, string>();
  readonly blobs = new Map<string, string>();
  /** A tree here is flat: full path → blob sha. */
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, Commit>();
  /** False: the token may read but not write (a fork's pull request, or missing permissions). */
  writeAccess = true;
  /** Operations answered 403 with this message, as a repository setting refuses them. */
  readonly refused = new Map<string, string>();
  private nextId = 1000;

  private constructor(
    readonly options: DoubleOptions,
    readonly url: string,
    private readonly server: Server,
  ) {}

  static async start(options: DoubleOptions): Promise<GitHubDouble> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const double = new GitHubDouble(options, `http://127.0.0.1:${port}`, server);
    server.on("request", (request, response) => void double.handle(request, response));
    const tree = double.storeTree(new Map(Object.entries(options.files).map(([path, content]) => [path, double.storeBlob(content)])));
    double.refs.set(`heads/${options.defaultBranch}`, double.storeCommit({ tree, parents: [], message: "initial" }));
    return double;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** A pull request as a person would open it (not through the API); its number. */
  openPullRequest(head: string, title = "A change"): number {
    const number = this.pulls.length + 1;
    this.pulls.push({ number, state: "open", title, body: "", head, base: this.options.defaultBranch, labels: [], reviewers: [] });
    return number;
  }

  addComment(issueNumber: number, body: string, user: string, association = "NONE"): IssueComment {
    const comment = { id: this.nextId++, issueNumber, body, user, association };
    this.comments.push(comment);
    return comment;
  }

  /** Requests that may change state. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET");
  }

  /**
   * A commit on top of the default branch with `files` changed (a null content deletes the
   * file), as a push would make it; the default branch does not move. Its sha.
   */
  commitOnDefaultBranch(files: Record<string, string | null>, message = "a change"): string {
    const parent = this.refs.get(`heads/${this.options.defaultBranch}`)!;
    const tree = new Map(this.trees.get(this.commits.get(parent)!.tree)!);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) tree.delete(path);
      else tree.set(path, this.storeBlob(content));
    }
    return this.storeCommit({ tree: this.storeTree(tree), parents: [parent], message });
  }

  /** path → content of every file in a commit. */
  filesAt(commitSha: string): Map<string, string> {
    const tree = this.trees.get(this.commits.get(commitSha)?.tree ?? "");
    if (tree === undefined) throw new Error(`no commit ${commitSha}`);
    return new Map([...tree].map(([path, blob]) => [path, this.blobs.get(blob)!]));
  }

  /** The paths whose content differs between a commit and its first parent. */
  changedPaths(commitSha: string): string[] {
    const after = this.filesAt(commitSha);
    const before = this.filesAt(this.commits.get(commitSha)!.parents[0]!);
    return [...new Set([...after.keys(), ...before.keys()])].filter((path) => after.get(path) !== before.get(path)).sort();
  }

  private storeBlob(content: string): string {
    const id = sha("blob", content);
    this.blobs.set(id, content);
    return id;
  }

  private storeTree(files: Map<string, string>): string {
    const id = sha("tree", JSON.stringify([...files].sort(([a], [b]) => (a < b ? -1 : 1))));
    this.trees.set(id, files);
    return id;
  }

  private storeCommit(commit: Commit): string {
    const id = sha("commit", JSON.stringify(commit));
    this.commits.set(id, commit);
    return id;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const record: RecordedRequest = {
      method: request.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
    };
    this.requests.push(record);
    let status = 500;
    let body: unknown;
    const headers: Record<string, string> = {};
    try {
      const text = await readBody(request);
      if (text !== "") record.body = JSON.parse(text) as unknown;
      const route = ROUTES.find((r) => r.method === record.method && r.pattern.test(url.pathname));
      if (route === undefined) throw new HttpError(404, `no operation for ${record.method} ${url.pathname}`, true);
      record.operationId = route.operationId;
      const path = this.validate(route, url, record, request);
      [status, body] = this.operate(route.operationId, path, record, headers, url, request.headers.accept ?? "");
    } catch (error) {
      if (error instanceof HttpError) {
        if (error.violation) this.violations.push(`${record.method} ${record.path}: ${error.message}`);
        status = error.status;
        body = { message: error.message, documentation_url: "https://docs.github.com/rest", status: String(status) };
      } else {
        this.violations.push(`${record.method} ${record.path}: ${String(error)}`);
        body = { message: String(error) };
      }
    }
    record.status = status;
    if (body instanceof RawBody) {
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
      response.end(body.text);
      return;
    }
    response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    response.end(JSON.stringify(body));
  }

  /** Checks the request against its operation; the decoded path parameters. */
  private validate(route: Route, url: URL, record: RecordedRequest, request: IncomingMessage): Record<string, string> {
    const match = route.pattern.exec(url.pathname)!;
    const path: Record<string, string> = Object.fromEntries(route.pathNames.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    if (!route.validatePath({ ...path })) throw new HttpError(422, `path parameters: ${errorsOf(route.validatePath)}`, true);
    if (!route.validateQuery({ ...record.query })) throw new HttpError(422, `query: ${errorsOf(route.validateQuery)}`, true);
    if (route.body === undefined) {
      if (record.body !== undefined) throw new HttpError(422, "a body for an operation that takes none", true);
    } else if (record.body === undefined) {
      if (route.body.required) throw new HttpError(422, "missing the required JSON body", true);
    } else {
      if (!(request.headers["content-type"] ?? "").startsWith("application/json")) {
        throw new HttpError(415, `content-type ${request.headers["content-type"]} is not application/json`, true);
      }
      if (!route.body.validate(record.body)) throw new HttpError(422, `body: ${errorsOf(route.body.validate)}`, true);
      // GitHub ignores unknown fields; a misspelt one would silently do nothing, so it fails here.
      const unknown = Object.keys(record.body as object).filter((key) => route.body!.properties?.includes(key) === false);
      if (unknown.length > 0) throw new HttpError(422, `body: unknown field ${unknown.join(", ")}`, true);
    }
    const expected = this.options.token;
    if (request.headers.authorization !== `token ${expected}` && request.headers.authorization !== `Bearer ${expected}`) {
      throw new HttpError(401, "Bad credentials", true);
    }
    if (path.owner !== this.options.owner || path.repo !== this.options.repo) throw new HttpError(404, "Not Found");
    if (record.method !== "GET" && !this.writeAccess) throw new HttpError(403, "Resource not accessible by integration");
    const refusal = this.refused.get(route.operationId);
    if (refusal !== undefined) throw new HttpError(403, refusal);
    return path;
  }

  /** The operation's effect on the state, and its answer. */
  private operate(
    operationId: string,
    path: Record<string, string>,
    record: RecordedRequest,
    headers: Record<string, string>,
    url: URL,
    accept: string,
  ): [number, unknown] {
    const body = (record.body ?? {}) as Record<string, unknown>;
    const repoUrl = `${this.url}/repos/${this.options.owner}/${this.options.repo}`;
    const htmlUrl = `https://github.example/${this.options.owner}/${this.options.repo}`;
    const commentJson = (c: IssueComment) => ({
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${repoUrl}/issues/comments/${c.id}`,
      html_url: `${htmlUrl}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${repoUrl}/issues/${c.issueNumber}`,
      body: c.body,
      user: { login: c.user, id: 1, type: c.user === BOT ? "Bot" : "User" },
      author_association: c.association,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
    });
    const pullJson = (p: PullRequest) => ({
      number: p.number,
      id: p.number,
      url: `${repoUrl}/pulls/${p.number}`,
      html_url: `${htmlUrl}/pull/${p.number}`,
      state: p.state,
      title: p.title,
      body: p.body,
      head: { ref: p.head, label: `${this.options.owner}:${p.head}`, sha: this.refs.get(`heads/${p.head}`) ?? "" },
      base: { ref: p.base, label: `${this.options.owner}:${p.base}`, sha: this.refs.get(`heads/${p.base}`) ?? "" },
    });
    const commitJson = (id: string) => {
      const commit = this.commits.get(id)!;
      return {
        sha: id,
        node_id: `C_${id}`,
        url: `${repoUrl}/git/commits/${id}`,
        html_url: `${htmlUrl}/commit/${id}`,
        message: commit.message,
        tree: { sha: commit.tree, url: `${repoUrl}/git/trees/${commit.tree}` },
        parents: commit.parents.map((parent) => ({ sha: parent, url: `${repoUrl}/git/commits/${parent}` })),
      };
    };
    const refJson = (ref: string) => ({
      ref: `refs/${ref}`,
      node_id: `REF_${ref}`,
      url: `${repoUrl}/git/refs/${ref}`,
      object: { sha: this.refs.get(ref)!, type: "commit", url: `${repoUrl}/git/commits/${this.refs.get(ref)!}` },
    });
    if (typeof body.title === "string" && body.title.length > TITLE_LIMIT) {
      throw new HttpError(422, `Validation Failed: title is too long (maximum is ${TITLE_LIMIT} characters)`);
    }
    const issue = (number: number) => {
      if (!this.pulls.some((p) => p.number === number)) throw new HttpError(404, "Not Found");
      return number;
    };

    switch (operationId) {
      case "repos/get":
        return [
          200,
          {
            id: 1,
            name: this.options.repo,
            full_name: `${this.options.owner}/${this.options.repo}`,
            default_branch: this.options.defaultBranch,
            html_url: htmlUrl,
          },
        ];
      case "issues/list-comments": {
        const number = issue(Number(path.issue_number));
        const all = this.comments.filter((c) => c.issueNumber === number);
        return [200, this.page(all, url, headers).map(commentJson)];
      }
      case "issues/create-comment": {
        const comment = this.addComment(issue(Number(path.issue_number)), String(body.body), BOT);
        return [201, commentJson(comment)];
      }
      case "issues/update-comment": {
        const comment = this.comments.find((c) => c.id === Number(path.comment_id));
        if (comment === undefined) throw new HttpError(404, "Not Found");
        comment.body = String(body.body);
        return [200, commentJson(comment)];
      }
      case "git/get-ref": {
        if (!this.refs.has(path.ref!)) throw new HttpError(404, "Not Found");
        return [200, refJson(path.ref!)];
      }
      case "git/get-commit": {
        if (!this.commits.has(path.commit_sha!)) throw new HttpError(404, "Not Found");
        return [200, commitJson(path.commit_sha!)];
      }
      case "git/create-blob": {
        const content = body.encoding === "base64" ? Buffer.from(String(body.content), "base64").toString("utf8") : String(body.content);
        const id = this.storeBlob(content);
        return [201, { sha: id, url: `${repoUrl}/git/blobs/${id}` }];
      }
      case "git/create-tree": {
        const base = body.base_tree === undefined ? new Map<string, string>() : this.trees.get(String(body.base_tree));
        if (base === undefined) throw new HttpError(422, "base_tree is not a tree");
        const files = new Map(base);
        for (const entry of body.tree as { path: string; sha?: string | null; content?: string; type?: string }[]) {
          if (entry.type !== "blob") throw new HttpError(422, "this double stores blobs only");
          if (entry.sha === null) files.delete(entry.path);
          else if (entry.content !== undefined) files.set(entry.path, this.storeBlob(entry.content));
          else if (entry.sha !== undefined && this.blobs.has(entry.sha)) files.set(entry.path, entry.sha);
          else throw new HttpError(422, `tree.sha ${entry.sha} is not a blob`);
        }
        const id = this.storeTree(files);
        const tree = [...files].map(([file, blob]) => ({ path: file, mode: "100644", type: "blob", sha: blob }));
        return [201, { sha: id, url: `${repoUrl}/git/trees/${id}`, truncated: false, tree }];
      }
      case "git/create-commit": {
        const parents = (body.parents as string[] | undefined) ?? [];
        if (!this.trees.has(String(body.tree))) throw new HttpError(422, "Tree SHA does not exist");
        if (parents.some((p) => !this.commits.has(p))) throw new HttpError(422, "Parent SHA does not exist or is not a commit object");
        return [201, commitJson(this.storeCommit({ tree: String(body.tree), parents, message: String(body.message) }))];
      }
      case "git/create-ref": {
        const full = String(body.ref);
        if (!/^refs\/[^/]+\/.+/.test(full))
          throw new HttpError(422, "Reference name must start with 'refs/' and have at least two slashes");
        const ref = full.slice("refs/".length);
        if (this.refs.has(ref)) throw new HttpError(422, "Reference already exists");
        if (!this.commits.has(String(body.sha))) throw new HttpError(422, "Object does not exist");
        this.refs.set(ref, String(body.sha));
        return [201, refJson(ref)];
      }
      case "git/update-ref": {
        const current = this.refs.get(path.ref!);
        if (current === undefined) throw new HttpError(422, "Reference does not exist");
        if (!this.commits.has(String(body.sha))) throw new HttpError(422, "Object does not exist");
        if (body.force !== true && !this.descends(String(body.sha), current)) throw new HttpError(422, "Update is not a fast forward");
        this.refs.set(path.ref!, String(body.sha));
        return [200, refJson(path.ref!)];
      }
      case "pulls/list": {
        const state = record.query.state ?? "open";
        const head = record.query.head;
        const matching = this.pulls.filter(
          (p) =>
            (state === "all" || p.state === state) &&
            (head === undefined || `${this.options.owner}:${p.head}` === head) &&
            (record.query.base === undefined || p.base === record.query.base),
        );
        return [200, this.page(matching, url, headers).map(pullJson)];
      }
      case "pulls/create": {
        const head = String(body.head);
        const base = String(body.base);
        if (!this.refs.has(`heads/${head}`) || !this.refs.has(`heads/${base}`)) {
          throw new HttpError(422, "Validation Failed: head or base does not exist");
        }
        if (this.pulls.some((p) => p.state === "open" && p.head === head && p.base === base)) {
          throw new HttpError(422, `A pull request already exists for ${this.options.owner}:${head}.`);
        }
        const number = this.pulls.length + 1;
        const pull: PullRequest = {
          number,
          state: "open",
          title: String(body.title),
          body: String(body.body ?? ""),
          head,
          base,
          labels: [],
          reviewers: [],
        };
        this.pulls.push(pull);
        return [201, pullJson(pull)];
      }
      case "repos/get-content": {
        // `ref` is a commit sha or a branch; the default branch without one.
        const ref = record.query.ref ?? this.options.defaultBranch;
        const commit = this.commits.has(ref) ? ref : this.refs.get(`heads/${ref}`);
        if (commit === undefined) throw new HttpError(404, `No commit found for the ref ${ref}`);
        const files = this.filesAt(commit);
        const file = path.path!.replace(/\/+$/, "");
        const content = files.get(file);
        const entry = (name: string, type: "file" | "dir") => ({
          type,
          name,
          path: file === "" ? name : `${file}/${name}`,
          sha: type === "file" ? sha("blob", files.get(`${file}/${name}`)!) : sha("tree", `${file}/${name}`),
          size: type === "file" ? Buffer.byteLength(files.get(`${file}/${name}`)!) : 0,
          url: `${repoUrl}/contents/${file}/${name}`,
          html_url: `${htmlUrl}/blob/${ref}/${file}/${name}`,
          git_url: null,
          download_url: null,
          _links: { self: `${repoUrl}/contents/${file}/${name}`, git: null, html: null },
        });
        if (content !== undefined) {
          if (/\.raw\b/.test(accept)) return [200, new RawBody(content)];
          return [
            200,
            {
              type: "file",
              name: file.slice(file.lastIndexOf("/") + 1),
              path: file,
              sha: sha("blob", content),
              size: Buffer.byteLength(content),
              encoding: "base64",
              content: Buffer.from(content).toString("base64"),
              url: `${repoUrl}/contents/${file}`,
              html_url: `${htmlUrl}/blob/${ref}/${file}`,
              git_url: null,
              download_url: null,
              _links: { self: `${repoUrl}/contents/${file}`, git: null, html: null },
            },
          ];
        }
        const children = new Map<string, "file" | "dir">();
        for (const key of files.keys()) {
          if (!key.startsWith(`${file}/`)) continue;
          const rest = key.slice(file.length + 1);
          children.set(rest.split("/")[0]!, rest.includes("/") ? "dir" : "file");
        }
        if (children.size === 0) throw new HttpError(404, "Not Found");
        return [200, [...children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, type]) => entry(name, type))];
      }
      case "issues/add-labels": {
        const pull = this.pulls.find((p) => p.number === Number(path.issue_number));
        if (pull === undefined) throw new HttpError(404, "Not Found");
        const labels = Array.isArray(body) ? body : ((body.labels as string[] | undefined) ?? []);
        for (const label of labels) if (!pull.labels.includes(String(label))) pull.labels.push(String(label));
        return [
          200,
          pull.labels.map((name, id) => ({
            id,
            node_id: `L_${id}`,
            url: `${repoUrl}/labels/${name}`,
            name,
            color: "ededed",
            default: false,
            description: null,
          })),
        ];
      }
      case "pulls/request-reviewers": {
        const pull = this.pulls.find((p) => p.number === Number(path.pull_number));
        if (pull === undefined) throw new HttpError(404, "Not Found");
        const org = this.options.owner;
        pull.reviewers.push(
          ...((body.reviewers as string[] | undefined) ?? []),
          ...((body.team_reviewers as string[] | undefined) ?? []).map((t) => `${org}/${t}`),
        );
        return [201, pullJson(pull)];
      }
      case "pulls/update": {
        const pull = this.pulls.find((p) => p.number === Number(path.pull_number));
        if (pull === undefined) throw new HttpError(404, "Not Found");
        if (typeof body.title === "string") pull.title = body.title;
        if (typeof body.body === "string") pull.body = body.body;
        if (body.state === "open" || body.state === "closed") pull.state = body.state;
        if (typeof body.base === "string") pull.base = body.base;
        return [200, pullJson(pull)];
      }
    }
    throw new HttpError(501, `the double does not implement ${operationId}`, true);
  }

  /** One page of `items` as `per_page` and `page` ask, with GitHub's Link header to the next. */
  private page<T>(items: T[], url: URL, headers: Record<string, string>): T[] {
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
    const page = Number(url.searchParams.get("page") ?? 1);
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set("page", String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return items.slice((page - 1) * perPage, page * perPage);
  }

  private descends(commit: string, ancestor: string): boolean {
    if (commit === ancestor) return true;
    return (this.commits.get(commit)?.parents ?? []).some((parent) => this.descends(parent, ancestor));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (text += chunk));
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}
