/** How the release a server runs differs from the one its baseline recorded. */
import { quote } from "../message-text.js";
import type { Release } from "../model.js";

/** An OCI tag that names one release (`1.4.2`, `v2.0.0-rc.1`): its digest is not expected to move. */
const VERSION_TAG = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/;

export interface ContentsChange {
  ecosystem: Release["ecosystem"];
  package: string;
  version: string;
  /** Completes "its contents changed: …". */
  what: string;
  evidence: string;
}

/** The same package at the same version with other bytes; undefined when nothing says so. */
export function contentsChange(base: Release | undefined, head: Release | undefined): ContentsChange | undefined {
  if (!base || !head || base.ecosystem !== head.ecosystem || base.package !== head.package) return undefined;
  if (base.version === undefined || base.version !== head.version) return undefined;
  const same = { ecosystem: head.ecosystem, package: head.package, version: head.version };
  if (head.ecosystem === "pypi") {
    const what = fileChanges(base.files, head.files);
    return what === undefined ? undefined : { ...same, what, evidence: what };
  }
  if (head.ecosystem === "oci" && !VERSION_TAG.test(head.version)) return undefined;
  if (base.integrity === undefined || head.integrity === undefined || base.integrity === head.integrity) return undefined;
  const label = head.ecosystem === "oci" ? "manifest digest" : "integrity";
  return { ...same, what: `${label} ${base.integrity} → ${head.integrity}`, evidence: `${base.integrity} → ${head.integrity}` };
}

/** PyPI files of one version: a digest that changed, a file gone or a file added. */
function fileChanges(base: Record<string, string> | undefined, head: Record<string, string> | undefined): string | undefined {
  if (base === undefined || head === undefined) return undefined;
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const parts = names.flatMap((name) => {
    const [was, is] = [base[name], head[name]];
    if (was === is) return [];
    if (was === undefined) return [`${name} added (${is})`];
    if (is === undefined) return [`${name} removed (was ${was})`];
    return [`${name} ${was} → ${is}`];
  });
  return parts.length === 0 ? undefined : parts.join("; ");
}

export interface ReleaseChange {
  was: string;
  now: string;
  /** The page of the release now run, when the scan looked it up. */
  url?: string;
}

/**
 * Another release than the baseline's: another package, another version, or (for an image on
 * a floating tag) another digest. Undefined when either side was never looked up in a way the
 * other can be compared with, and for a change of contents, which `contentsChange` reports.
 */
export function releaseChange(base: Release | undefined, head: Release | undefined): ReleaseChange | undefined {
  if (!base || !head || contentsChange(base, head)) return undefined;
  const was = describeRelease(base, head);
  const now = describeRelease(head, base);
  if (was === now) return undefined;
  return { was, now, ...(head.url !== undefined ? { url: head.url } : {}) };
}

/**
 * `npm "pkg" 1.4.2`, `oci "docker.io/library/x" latest@sha256:…`. Versions are compared
 * only when both sides have one (an offline baseline has none), digests likewise.
 */
function describeRelease(release: Release, other: Release): string {
  const both = <K extends "version" | "integrity">(key: K) => release[key] !== undefined && other[key] !== undefined;
  let which = both("version") ? release.version! : release.requested || "(no version)";
  if (release.ecosystem === "oci" && both("integrity")) which = `${release.version ?? release.requested}@${release.integrity}`;
  return `${release.ecosystem} ${quote(release.package)} ${which}`;
}
