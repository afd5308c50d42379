/**
 * What a scan is doing for each server, as it happens. The connect stage and the scan emit
 * these through a callback in their options (no module state: two scans in one process keep
 * apart); a face draws them (report/progress.ts). Server ids and list names only, never text a
 * server sent, except a failure's message, which is redacted before it is emitted.
 */
import { CATALOG_LISTS, type CatalogList, type RawCatalog } from "../model.js";

export type ProgressEvent =
  /** The process is being started, or the endpoint reached. */
  | { server: string; phase: "starting" }
  /** The handshake: `initialize`, or `server/discover` in the 2026-07-28 era. */
  | { server: string; phase: "handshake" }
  /** A page of a list was asked for (the lists are read at the same time, each page by page). */
  | { server: string; phase: "listing"; list: CatalogList; page: number }
  /** A list is complete. */
  | { server: string; phase: "listed"; list: CatalogList; items: number }
  /** The `ui://` resources (MCP Apps views) are being read. */
  | { server: string; phase: "reading"; resources: number }
  /** Second readings of the catalog (`probe`). */
  | { server: string; phase: "probing" }
  /** The server's catalog is in: how many items each list it announced holds. */
  | { server: string; phase: "done"; items: Partial<Record<CatalogList, number>> }
  /** The server's scan failed; `message` is redacted. */
  | { server: string; phase: "failed"; message: string };

export type ProgressListener = (event: ProgressEvent) => void;

/** How many items each list the server announced holds, for the `done` event. */
export function itemCounts(raw: RawCatalog): Partial<Record<CatalogList, number>> {
  const counts: Partial<Record<CatalogList, number>> = {};
  for (const { list } of CATALOG_LISTS) {
    const items = raw[list];
    if (items !== undefined) counts[list] = items.length;
  }
  return counts;
}
