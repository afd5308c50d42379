/** The REST client both modes write to GitHub with. */
import { randomUUID } from "node:crypto";
import { Octokit } from "octokit";
import { explainApiFailure } from "./api-errors.js";
import type { ActionContext, Repository } from "./context.js";

export interface GitHubClient {
  octokit: Octokit;
  repository: Repository;
}

/** What octokit's rate-limit handlers are given, as far as they read it. */
type LimitedRequest = { method: string; url: string; request: { retryCount?: number } };
type ClientLog = { log: { warn(message: string): void; info(message: string): void } };

/**
 * octokit's own throttle defaults (warn, then retry once after the wait GitHub asks for),
 * with a limiter of the run's own. The throttling plugin spaces writes (a second apart, three
 * for those that notify) per limiter id for the whole process; on the runner a step is a
 * process of its own, and its own id keeps runs made in one process (the tests call
 * runAction in-process) from waiting on each other's writes.
 */
function runThrottle() {
  const retryOnce = (what: string) => (retryAfter: number, options: LimitedRequest, octokit: ClientLog) => {
    octokit.log.warn(`${what} for request ${options.method} ${options.url}`);
    if (options.request.retryCount !== 0) return false;
    octokit.log.info(`Retrying after ${retryAfter} seconds!`);
    return true;
  };
  return {
    id: randomUUID(),
    onRateLimit: retryOnce("Request quota exhausted"),
    onSecondaryRateLimit: retryOnce("SecondaryRateLimit detected"),
  };
}

/** None without a token or without the repository the run belongs to. */
export function githubClient(context: ActionContext): GitHubClient | undefined {
  if (context.inputs.githubToken === undefined || context.repository === undefined) return undefined;
  const octokit = new Octokit({
    auth: context.inputs.githubToken,
    baseUrl: context.apiUrl,
    userAgent: "mcp-drift-action",
    throttle: context.throttle === false ? { enabled: false } : runThrottle(),
  });
  // Every failed request becomes an error that names the operation and the permission it needs.
  octokit.hook.error("request", (error, options) => {
    throw explainApiFailure(error, { method: options.method, url: options.url });
  });
  return { octokit, repository: context.repository };
}
