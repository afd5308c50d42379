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

/** The unescaped segments of a change path: the inverse of `joinPath`. */
export function pathSegments(path: string): string[] {
  const segments = path.split("/");
  // Without a `~` nothing is escaped: most paths, read for every text a rule judges.
  return path.includes("~") ? segments.map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")) : segments;
}
