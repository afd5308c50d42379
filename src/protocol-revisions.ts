/**
 * The MCP protocol revisions mcp-drift speaks, and which era each belongs to. A neutral
 * module: rules and the config loader ask it without loading the SDK's transports.
 */

/** The first revision without `initialize`, and the only one of that era this client speaks. */
export const MODERN_REVISION = "2026-07-28";
/** The revisions of the `initialize` era, newest first. */
export const LEGACY_REVISIONS = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"] as const;
export const KNOWN_REVISIONS = [MODERN_REVISION, ...LEGACY_REVISIONS] as const;

export function isModernRevision(revision: string): boolean {
  return revision >= MODERN_REVISION;
}
