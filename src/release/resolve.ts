/**
 * The release a stdio server runs, as the snapshot records it: its launch target, and (unless
 * the scan is offline) the exact version and the registry's integrity for it at scan time.
 * This is what the registry serves for the launch's spec now; a runner's cache may still
 * hold an older copy, which the next cold start replaces with this one.
 *
 * A look-up that fails is a notice, not a failed scan: the catalog was still read and judged,
 * and a registry outage should not turn every scan red. The baseline's record is kept (said
 * to be unverified) so an outage reads as "not checked", never as a change.
 */
import { quote } from "../message-text.js";
import type { LaunchTarget, Release, ServerConfig } from "../model.js";
import type { LookupOptions } from "./http.js";
import { launchTarget } from "./launch.js";

export interface ReleaseOptions extends LookupOptions {
  /** `--offline`: record the launch target only, look nothing up. */
  offline?: boolean;
  /** The scanner's environment: `npm_config_registry`, `MCP_DRIFT_PYPI_URL`. */
  env?: NodeJS.ProcessEnv;
}

export interface ReleaseResult {
  release?: Release;
  /** Why the release was not looked up, for the report's notices. */
  notice?: string;
}

/** Never rejects: a failed look-up is a notice. */
export async function releaseOf(
  server: Pick<ServerConfig, "id" | "command" | "args" | "env" | "passEnv">,
  base: Release | undefined,
  options: ReleaseOptions = {},
): Promise<ReleaseResult> {
  const target = launchTarget(server);
  if (target === undefined) return {};
  // git sources are recorded as written: resolving a ref needs git itself, and a pin is a commit anyway.
  if (target.ecosystem === "git") return { release: carried(target, base) };
  if (options.offline) {
    const release = carried(target, base);
    return {
      release,
      notice: `server ${quote(server.id)}: ${target.ecosystem} ${quote(target.package)} was not looked up (--offline); ${keptOrNot(release, base)}`,
    };
  }
  try {
    return { release: await lookUp(target, server, options) };
  } catch (error) {
    const release = carried(target, base);
    const why = error instanceof Error ? error.message : String(error);
    return {
      release,
      notice: `server ${quote(server.id)}: the release of ${target.ecosystem} ${quote(target.package)} was not verified (${why}); ${keptOrNot(release, base)}`,
    };
  }
}

/**
 * Each registry's client is loaded when a server launched from it is looked up (npm's brings
 * semver): a scan loads none before its servers are spawned, and none for a server run from a
 * path.
 */
async function lookUp(
  target: LaunchTarget,
  server: Pick<ServerConfig, "args" | "env" | "passEnv">,
  options: ReleaseOptions,
): Promise<Release> {
  const env = options.env ?? process.env;
  switch (target.ecosystem) {
    case "npm": {
      const { NPM_REGISTRY, resolveNpm } = await import("./npm.js");
      // A scoped package comes from its scope's registry wherever that is set (npm_config_@acme:registry,
      // from the scanner only through passEnv), else from the registry: the launch's flag, the
      // server's own env, then the one the scanner passes it.
      const scope = /^(@[^/]+)\//.exec(target.package)?.[1];
      const scopeKey = scope === undefined ? undefined : `npm_config_${scope}:registry`;
      const scopeFlag = scope !== undefined && (server.args ?? []).some((arg) => arg.split("=")[0] === `--${scope}:registry`);
      const scopeEnv =
        scopeKey === undefined ? undefined : (server.env?.[scopeKey] ?? (server.passEnv?.includes(scopeKey) ? env[scopeKey] : undefined));
      const registry =
        (scopeFlag ? target.registry : undefined) ??
        scopeEnv ??
        target.registry ??
        server.env?.["npm_config_registry"] ??
        server.env?.["NPM_CONFIG_REGISTRY"] ??
        env["npm_config_registry"] ??
        env["NPM_CONFIG_REGISTRY"] ??
        NPM_REGISTRY;
      return resolveNpm(target, registry, options);
    }
    case "pypi": {
      const { PYPI_URL, resolvePypi } = await import("./pypi.js");
      return resolvePypi(target, env["MCP_DRIFT_PYPI_URL"] ?? PYPI_URL, options);
    }
    default:
      return (await import("./oci.js")).resolveOci(target, options);
  }
}

function keptOrNot(release: Release, base: Release | undefined): string {
  return release === base ? "the baseline's version and digests are kept, unverified" : "only its launch target is recorded";
}

/** The baseline's record when it is of the same launch target (its version and digests unverified), else the target alone. */
function carried(target: LaunchTarget, base: Release | undefined): Release {
  const same =
    base !== undefined &&
    base.ecosystem === target.ecosystem &&
    base.package === target.package &&
    base.requested === target.requested &&
    base.launcher === target.launcher;
  return same ? base : target;
}
