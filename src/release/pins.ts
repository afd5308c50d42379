/** Whether a launch target names one exact release, and if not, what it asks for instead. */
import { quote } from "../message-text.js";
import type { LaunchTarget } from "../model.js";

/** npm's exact versions: semver, with the `=` or `v` npm also accepts. */
const EXACT_SEMVER = /^[=v]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** A PEP 440 release without wildcards (`1.2`, `2.0.0rc1`, `1!2.0.post1`, `1.0+local`). */
const EXACT_PEP440 =
  /^(?:\d+!)?\d+(?:\.\d+)*(?:[-_.]?(?:a|b|rc|alpha|beta|c|pre|preview)\d*)?(?:[-_.]?post\d*)?(?:[-_.]?dev\d*)?(?:\+[a-z0-9.]+)?$/i;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const DIGEST = /@(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/** The exact version a pinned npm or PyPI target asks for, without its operator; undefined when it is not pinned. */
export function pinnedVersion(target: Pick<LaunchTarget, "ecosystem" | "requested">): string | undefined {
  const requested = target.requested.trim();
  if (target.ecosystem === "npm") return EXACT_SEMVER.test(requested) ? requested.replace(/^[=v]/, "") : undefined;
  if (target.ecosystem === "pypi") {
    const exact = /^(?:===?)?\s*(.+)$/.exec(requested);
    const version = exact?.[1]?.trim() ?? "";
    const operatorOk = requested.startsWith("==") || EXACT_PEP440.test(requested);
    return operatorOk && EXACT_PEP440.test(version) ? version : undefined;
  }
  return undefined;
}

/** Undefined when the target names one exact release; else what it asks for instead, completing "asks for …". */
export function unpinnedReason(target: LaunchTarget): string | undefined {
  const requested = target.requested.trim();
  switch (target.ecosystem) {
    case "npm":
    case "pypi":
      if (pinnedVersion(target) !== undefined) return undefined;
      if (requested === "") return "no version, so it runs whatever the registry calls latest at each start";
      if (/^[A-Za-z][\w.-]*$/.test(requested) && !/^v?\d/.test(requested)) {
        return `the tag ${quote(requested)}, which the publisher can move to any release`;
      }
      return `the range ${quote(requested)}, which takes any new matching release`;
    case "oci":
      if (DIGEST.test(requested)) return undefined;
      return requested === ""
        ? 'no tag or digest, so it runs whatever "latest" points at'
        : `the tag ${quote(requested)} without a digest, and tags can be moved to other contents`;
    case "git":
      if (COMMIT.test(requested)) return undefined;
      return requested === ""
        ? "no commit, so it runs the default branch as it is at each start"
        : `the ref ${quote(requested)}, not a full commit, and branches and tags can move`;
  }
}
