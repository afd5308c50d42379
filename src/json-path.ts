/**
 * Paths into a catalog as changes, texts and findings name them: `tools/search/inputSchema`,
 * segments escaped as in JSON Pointer so a URI or a key with `/` stays one segment.
 */

/** Escapes each segment as in JSON Pointer (`~` → `~0`, `/` → `~1`) and joins them with `/`. */
export function joinPath(...segments: string[]): string {
  return segments.map((segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
}

/** The unescaped segments of a change path: the inverse of `joinPath`. */
export function pathSegments(path: string): string[] {
  return path.split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}
