import type { Rule } from "../classify/rule.js";
import { quote } from "../message-text.js";
import type { Release } from "../model.js";
import { unpinnedReason } from "../release/pins.js";

export const unpinnedServer: Rule = {
  id: "unpinned-server",
  kind: "content",
  defaultSeverity: "medium",
  example: 'server "filesystem" is started with npx -y @modelcontextprotocol/server-filesystem (no version)',
  summary:
    "The server's launch command does not pin one exact release: npx/bunx/pnpm dlx/yarn dlx/npm exec without an exact version, uvx or pipx without ==, an image without a digest, a git source without a commit.",
  doc:
    "A launch command that names a package without an exact version, a range, a tag such as " +
    "`latest`, a container image by tag, or a git branch runs whatever the registry or the " +
    "repository serves at that moment: the next start can run code nobody reviewed, before any " +
    "scan sees it. Pin the exact version (`pkg@1.2.3`, `pkg==1.2.3`), the image digest " +
    "(`image@sha256:…`) or the full commit. Medium by default, judged on every scan (a standing " +
    "risk, not a change); ignore it per server with a reason when a floating launch is intended.",
  check: (ctx) => {
    const release = ctx.head.server.release;
    const reason = release === undefined ? undefined : unpinnedReason(release);
    if (release === undefined || reason === undefined) return [];
    return [
      {
        entity: "server",
        name: ctx.serverId,
        field: "release",
        message: `server ${quote(ctx.serverId)} is started with ${release.launcher} ${quote(release.package)}, which asks for ${reason}${pinHint(release)}`,
        evidence: launchSpec(release),
      },
    ];
  },
};

/** The target as the launch writes it, e.g. `npx @scope/pkg@^1.2`, `uvx pkg>=1`, `docker ghcr.io/o/r:latest`. */
function launchSpec(release: Release): string {
  if (release.requested === "") return `${release.launcher} ${release.package}`;
  return `${release.launcher} ${release.package}${separator(release)}${release.requested}`;
}

function separator({ ecosystem, launcher, requested }: Release): string {
  const python = /^(?:uvx|uv tool run|pipx run)$/.test(launcher);
  if (ecosystem === "npm") return "@";
  if (ecosystem === "pypi") return /^[=<>~!]/.test(requested) ? "" : "@";
  if (ecosystem === "git") return python ? "@" : "#";
  return requested.startsWith("@") ? "" : ":";
}

/** What to pin, when the scan looked the release up. */
function pinHint(release: Release): string {
  if (release.ecosystem === "npm" && release.version !== undefined) return `; pin it as ${release.package}@${release.version}`;
  if (release.ecosystem === "pypi" && release.version !== undefined) return `; pin it as ${release.package}==${release.version}`;
  if (release.ecosystem === "oci" && release.integrity !== undefined) return `; pin it as ${release.package}@${release.integrity}`;
  return "";
}
