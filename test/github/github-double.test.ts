/**
 * The REST double is only worth its tests if it rejects what GitHub would: these requests
 * break GitHub's OpenAPI description in different ways, and each must be refused and
 * recorded as a violation.
 */
import { Octokit, RequestError } from "octokit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubDouble } from "../helpers/github-double.js";

let double: GitHubDouble;
let octokit: Octokit;
const repository = { owner: "acme", repo: "agents" };

beforeEach(async () => {
  double = await GitHubDouble.start({ ...repository, defaultBranch: "main", token: "t", files: { "a.txt": "a\n" } });
  octokit = new Octokit({ auth: "t", baseUrl: double.url, retry: { enabled: false }, throttle: { enabled: false } });
  double.openPullRequest("feature");
});

afterEach(() => double.close());

async function statusOf(request: Promise<unknown>): Promise<number> {
  try {
    await request;
    return 200;
  } catch (error) {
    if (error instanceof RequestError) return error.status;
    throw error;
  }
}

describe("the GitHub REST double", () => {
  it("accepts requests that follow the description and records none as a violation", async () => {
    await octokit.rest.issues.createComment({ ...repository, issue_number: 1, body: "hello" });
    await octokit.rest.issues.listComments({ ...repository, issue_number: 1, per_page: 100 });
    expect(double.violations).toEqual([]);
    expect(double.comments.map((c) => c.body)).toEqual(["hello"]);
  });

  // Requests octokit's types would reject: the point is to see the double reject them too.
  const invalid: [what: string, route: string, parameters: Record<string, unknown>, violation: RegExp][] = [
    [
      "a body field of the wrong type",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { issue_number: 1, body: 42 },
      /body: \/body must be string/,
    ],
    ["a missing required body field", "POST /repos/{owner}/{repo}/git/refs", { ref: "refs/heads/x" }, /must have required property 'sha'/],
    ["a misspelt body field", "PATCH /repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: 1, titel: "x" }, /unknown field titel/],
    [
      "a value outside an enum",
      "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
      { pull_number: 1, state: "merged" },
      /must be equal to one of the allowed values/,
    ],
    [
      "a path parameter of the wrong type",
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { issue_number: "one" },
      /path parameters: \/issue_number must be integer/,
    ],
    ["an unknown query parameter", "GET /repos/{owner}/{repo}/pulls", { status: "open" }, /query: .*must NOT have additional properties/],
    [
      "an operation that does not exist",
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/approve",
      { pull_number: 1 },
      /no operation for POST/,
    ],
  ];
  it.each(invalid)("refuses %s", async (_, route, parameters, violation) => {
    expect(await statusOf(octokit.request(route, { ...repository, ...parameters }))).toBeGreaterThanOrEqual(400);
    expect(double.violations).toHaveLength(1);
    expect(double.violations[0]).toMatch(violation);
  });

  it("refuses a request without the token", async () => {
    const anonymous = new Octokit({ baseUrl: double.url, retry: { enabled: false }, throttle: { enabled: false } });
    expect(await statusOf(anonymous.rest.repos.get(repository))).toBe(401);
    expect(double.violations).toEqual(["GET /repos/acme/agents: Bad credentials"]);
  });

  it("answers 403 to writes, as GitHub does, when the token may only read", async () => {
    double.writeAccess = false;
    expect(await statusOf(octokit.rest.issues.createComment({ ...repository, issue_number: 1, body: "x" }))).toBe(403);
    expect(double.violations).toEqual([]);
  });

  it("refuses a pull request title over GitHub's 256 characters, as GitHub does", async () => {
    await octokit.rest.git.createRef({ ...repository, ref: "refs/heads/other", sha: double.refs.get("heads/main")! });
    const create = (title: string) => octokit.rest.pulls.create({ ...repository, head: "other", base: "main", title });
    expect(await statusOf(create("x".repeat(257)))).toBe(422);
    expect(await statusOf(octokit.rest.pulls.update({ ...repository, pull_number: 1, title: "x".repeat(257) }))).toBe(422);
    expect(await statusOf(create("x".repeat(256)))).toBe(200);
    expect(double.violations).toEqual([]);
  });

  it("keeps git history: a ref moves only forward unless forced", async () => {
    const main = double.refs.get("heads/main")!;
    const entry = { path: "b.txt", mode: "100644", type: "blob", content: "b\n" } as const;
    const { data: tree } = await octokit.rest.git.createTree({ ...repository, tree: [entry] });
    const { data: root } = await octokit.rest.git.createCommit({ ...repository, message: "unrelated root", tree: tree.sha, parents: [] });
    expect(await statusOf(octokit.rest.git.updateRef({ ...repository, ref: "heads/main", sha: root.sha }))).toBe(422);
    expect(double.refs.get("heads/main")).toBe(main);
    await octokit.rest.git.updateRef({ ...repository, ref: "heads/main", sha: root.sha, force: true });
    expect(double.refs.get("heads/main")).toBe(root.sha);
    expect([...double.filesAt(root.sha)]).toEqual([["b.txt", "b\n"]]);
    expect(double.violations).toEqual([]);
  });
});
