/**
 * Second readings of a server's catalog (`probe:` / `--probe`), kept beside its fresh
 * snapshot rather than in it: the snapshot file stays what it was, and the rules that judge
 * readings (catalog-varies) find them through the snapshot object they are handed.
 */
import type { Change, Snapshot } from "../model.js";

export interface SecondReading {
  /** How the catalog was read, e.g. `as Cursor (clientInfo.name "cursor-vscode")`. */
  label: string;
  /** What differs from the scan's own reading; empty when the server told the same story. */
  changes: Change[];
}

const readings = new WeakMap<Snapshot, SecondReading[]>();

export function recordReadings(head: Snapshot, found: SecondReading[]): void {
  readings.set(head, found);
}

/** The second readings taken of this fresh snapshot's server; undefined when none were asked for. */
export function readingsOf(head: Snapshot): readonly SecondReading[] | undefined {
  return readings.get(head);
}
