/**
 * The runner executes the committed dist/index.js, never the sources: it must be exactly what
 * `npm run bundle` builds from them now, or `npm test` (and so CI) fails. Every other Action
 * test runs the sources in-process; the smoke test here runs the bundle the way the runner
 * does, as a node process of its own, and reads what the runner would: exit code, log,
 * outputs, job summary and the comment it posted.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { BUNDLE, bundleAction } from "../../scripts/bundle.js";
import { ROOT } from "../helpers/paths.js";
import {
  ACTION,
  RISKY_TOOL,
  demoWorkspace,
  doublePerTest,
  pullRequestEvent,
  repositoryOf,
  riskyRevisionPullRequest,
  runBundledAction,
} from "./run-action.js";

const startDouble = doublePerTest();

it("has a committed dist/index.js identical to a fresh bundle of the sources", async () => {
  const fresh = Buffer.from(await bundleAction(ROOT));
  const committed = await readFile(join(ROOT, BUNDLE));
  expect(committed.equals(fresh), `${BUNDLE} is stale: run npm run bundle and commit it`).toBe(true);
});

it("runs as the runner runs it, and prints no server text to the log, so a hostile description or stderr cannot issue workflow commands", async () => {
  const workspace = await demoWorkspace();
  const double = await startDouble(await repositoryOf(workspace));
  const pullRequest = double.openPullRequest("feature");
  const file = join(workspace, "fixtures/demo/notes.json");
  const catalog = JSON.parse(await readFile(file, "utf8")) as { tools: object[] };
  catalog.tools.push({
    name: "pwn",
    description: "ok\n::error::pwned\n::add-mask::x\n%0A::set-env name=A::b",
    inputSchema: { type: "object" },
  });
  await writeFile(file, JSON.stringify(catalog));
  // A server that fails after writing a command to its stderr, which its error message quotes.
  const config = join(workspace, "mcp-drift.yml");
  const noisy = `process.stderr.write("\\n::error::from-stderr\\n"); process.exit(3)`;
  await writeFile(config, `${await readFile(config, "utf8")}  noisy:\n    command: node\n    args: ["-e", ${JSON.stringify(noisy)}]\n`);
  const result = await runBundledAction({ workspace, double, inputs: {}, eventName: "pull_request", event: pullRequestEvent(pullRequest) });
  expect(result.code, result.stdout + result.stderr).toBe(2);
  expect(Object.keys(result.outputs)).toEqual(Object.keys(ACTION.outputs));
  expect(result.outputs["exit-code"]).toBe("2");
  expect(double.comments.map((comment) => comment.body)).toEqual([`<!-- mcp-drift:comment key=mcp-drift.yml -->\n${result.summary}`]);
  expect(
    result.stdout
      .trimEnd()
      .split("\n")
      .filter((line) => !line.startsWith("mcp-drift: ")),
  ).toEqual([]);
  expect(result.stderr.split("\n").filter((line) => line.trimStart().startsWith("::"))).toEqual([]);
  expect(result.summary).toContain("pwn");
  // Quoted as escaped text: a summary printed to a log could not start a command either.
  expect(result.summary).toContain("&#58;&#58;error&#58;&#58;from&#45;stderr");
  expect(result.summary.split("\n").filter((line) => line.trimStart().startsWith("::"))).toEqual([]);
});

it("reviews a pull request as the runner runs it: a committed risky revision fails, and the comment names the new tool", async () => {
  const workspace = await demoWorkspace();
  const base = await riskyRevisionPullRequest(workspace);
  const double = await startDouble(await repositoryOf(workspace));
  const pullRequest = double.openPullRequest("feature");
  const result = await runBundledAction({
    workspace,
    double,
    inputs: {},
    eventName: "pull_request",
    event: pullRequestEvent(pullRequest, { base }),
  });
  expect(result.code, result.stdout + result.stderr).toBe(1);
  expect(result.outputs["exit-code"]).toBe("1");
  expect(double.comments).toHaveLength(1);
  expect(double.comments[0]!.body).toContain(RISKY_TOOL.replace(/_/g, "&#95;"));
  expect(result.stdout).toMatch(
    new RegExp(`^::error file=snapshots/notes\\.json,line=\\d+,title=[^:]+::mcp-drift: notes tool ${RISKY_TOOL}: `, "m"),
  );
});

it("fails a pull request whose committed baseline is stale as the runner runs it, with the base read through the contents API", async () => {
  const workspace = await demoWorkspace();
  const double = await startDouble(await repositoryOf(workspace));
  const pullRequest = double.openPullRequest("feature");
  const base = double.refs.get("heads/main")!;
  const result = await runBundledAction({
    workspace,
    double,
    inputs: {},
    eventName: "pull_request",
    event: pullRequestEvent(pullRequest, { base }),
  });
  expect(result.code, result.stdout + result.stderr).toBe(1);
  expect(double.requests.map((r) => r.operationId)).toContain("repos/get-content");
  expect(double.comments[0]!.body).toContain("npx mcp-drift update --server notes");
  expect(result.stdout).toMatch(/^::error file=snapshots\/notes\.json,line=1,title=mcp-drift%3A stale baseline::/m);
});

it("keeps two comments for two configurations as the runner runs them", async () => {
  const workspace = await demoWorkspace();
  const config = await readFile(join(workspace, "mcp-drift.yml"), "utf8");
  await writeFile(join(workspace, "weather.yml"), config.replace(/\n {2}notes:\n[\s\S]*$/, "\n"));
  const double = await startDouble(await repositoryOf(workspace));
  const pullRequest = double.openPullRequest("feature");
  const event = pullRequestEvent(pullRequest, { base: double.refs.get("heads/main")! });
  const run = (inputs: Record<string, string>) =>
    runBundledAction({ workspace, double, inputs: { comment: "always", ...inputs }, eventName: "pull_request", event });
  expect((await run({})).code).toBe(1);
  expect((await run({ config: "weather.yml" })).code).toBe(0);
  expect((await run({})).code).toBe(1);
  expect(double.comments.map((comment) => comment.body.split("\n")[0])).toEqual([
    "<!-- mcp-drift:comment key=mcp-drift.yml -->",
    "<!-- mcp-drift:comment key=weather.yml -->",
  ]);
});
