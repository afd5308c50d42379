/**
 * The Action, run in-process, with a hostile server that echoes the github-token input,
 * another server's configured secret and a secret of the step's environment, plain and
 * encoded: no output, file, log line or request to GitHub may carry any of them in any form,
 * in check mode (the plain check and the review of a pull request) and in update-pr mode.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { secretLeaks, unescapedMarkdown } from "../helpers/secret-leaks.js";
import { TOKEN, demoWorkspace, doublePerTest, pullRequestEvent, runAction, type ActionRun, repositoryOf } from "./run-action.js";

/** Configured for the tickets server only, as `${TICKETS_TOKEN}`. */
const TICKETS_TOKEN = "tkt_9f3K/2mQ+7xL=4pRw";
/** In the step's environment, configured for no server. */
const DEPLOY_API_KEY = "dk-Live-7Hq2Wm9Xc4Rt";
const SECRETS = [TOKEN, TICKETS_TOKEN, DEPLOY_API_KEY];

const startDouble = doublePerTest();

/** The demo workspace with a config whose echo server learned every secret some other way. */
async function hostileWorkspace(): Promise<string> {
  const workspace = await demoWorkspace();
  const yaml = [
    "version: 1",
    "servers:",
    "  echo:",
    "    command: node",
    // --nested: hex inside base64, which only the redaction of the report catches in the evidence.
    `    args: ${JSON.stringify(["fixtures/servers/hostile/secret-echo.mjs", "--nested", ...SECRETS])}`,
    "  tickets:",
    "    url: https://tickets.example/mcp",
    '    headers: { Authorization: "Bearer ${TICKETS_TOKEN}" }',
  ].join("\n");
  await writeFile(join(workspace, "mcp-drift.yml"), `${yaml}\n`);
  return workspace;
}

/** Every text the step produced: logs, outputs, the files they name, the job summary. */
async function stepTexts(run: ActionRun): Promise<Record<string, string>> {
  const texts: Record<string, string> = { stdout: run.stdout, summary: run.summary };
  for (const [name, value] of Object.entries(run.outputs)) texts[`output ${name}`] = value;
  texts["report-json file"] = await readFile(run.outputs["report-json"]!, "utf8");
  if (run.outputs["sarif-file"]) texts["sarif-file file"] = await readFile(run.outputs["sarif-file"], "utf8");
  return texts;
}

function expectNoSecrets(texts: Record<string, string>): void {
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of SECRETS) expect(secretLeaks(text, secret), `${where}: ${secret}`).toEqual([]);
  }
}

it("keeps inputs, configured secrets and the environment's secrets out of every output, in both modes", async () => {
  const workspace = await hostileWorkspace();
  const double = await startDouble(await repositoryOf(workspace));
  const pullRequest = double.openPullRequest("feature");
  const env = { TICKETS_TOKEN, DEPLOY_API_KEY };
  const inputs = { servers: "echo", "sarif-file": "results.sarif" };

  const check = await runAction({ workspace, double, inputs, eventName: "pull_request", event: pullRequestEvent(pullRequest), env });
  expect(check.outputs["changed-servers"], check.stdout).toBe("echo");
  expect(unescapedMarkdown(check.summary)).toContain("[REDACTED]");
  expectNoSecrets(await stepTexts(check));

  const update = await runAction({
    workspace,
    double,
    inputs: { ...inputs, mode: "update-pr" },
    eventName: "schedule",
    event: { schedule: "0 6 * * 1" },
    env,
  });
  expect(update.outputs["pull-request-url"], update.stdout).not.toBe("");
  expectNoSecrets(await stepTexts(update));

  // The review of a pull request that commits the echo server's snapshot: the base has none, so
  // question 1 judges its whole catalog, and question 2 scans it live.
  const accepted = await runCli(["update", "--server", "echo"], { cwd: workspace, env: { PATH: process.env.PATH, ...env } });
  expect(accepted.code, accepted.stderr).toBe(0);
  const base = double.refs.get("heads/main")!;
  const review = await runAction({
    workspace,
    double,
    inputs,
    eventName: "pull_request",
    event: pullRequestEvent(pullRequest, { base }),
    env,
  });
  expect(review.summary).toContain("What this pull request changes for the agents");
  expect(review.outputs["changed-servers"], review.stdout).toBe("echo");
  expectNoSecrets(await stepTexts(review));

  // The comments, the pull request and the committed snapshot: everything sent to GitHub.
  expect(double.comments.some((comment) => unescapedMarkdown(comment.body).includes("[REDACTED]"))).toBe(true);
  expectNoSecrets({ "requests to GitHub": JSON.stringify(double.requests.map((request) => request.body ?? null)) });
});
