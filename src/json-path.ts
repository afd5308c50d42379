/**
 * Paths into a catalog as changes, texts and findings name them: `tools/search/inputSchema`,
 * segments escaped as in JSON Pointer so a URI or a key with `/` stays one segment.
 */

/** Escapes each segment as in JSON Pointer (`~` → `~0`, `/` → `~1`) and joins them with `/`. */
export function joinPath(...segments: string[]): string {
  let path = "";
  for (const [index, segment] of segments.entries()) path += index === 0 ? escapeSegment(segment) : `/${escapeSegment(segment)}`;
  return path;
}

function escapeSegment(segment: string): string {
  // Most names hold neither character: those are returned as they are, unscanned twice.
  return segment.includes("~") || segment.includes("/") ? segment.replaceAll("~", "~0").replaceAll("/", "~1") : segment;
}

/**
 * The unescaped segments of a change path: the inverse of `joinPath`. Shared between calls
 * (so read-only): rules read the path of every text they judge, and a catalog's tools repeat
 * their paths (`inputSchema/properties/query/description`).
 */
export function pathSegments(path: string): readonly string[] {
  let segments = SEGMENTS.get(path);
  if (segments === undefined) {
    const split = path.split("/");
    // Without a `~` nothing is escaped: most paths.
    segments = path.includes("~") ? split.map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")) : split;
    if (SEGMENTS.size >= SEGMENTS_KEPT) SEGMENTS.clear();
    SEGMENTS.set(path, segments);
  }
  return segments;
}

const SEGMENTS = new Map<string, readonly string[]>();
/** Distinct paths remembered; beyond, the memory starts over (a catalog of distinct names costs time, not memory). */
const SEGMENTS_KEPT = 10_000;
