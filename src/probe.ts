/**
 * Second readings: the catalog read again the ways an agent's host would read it, to catch a
 * server that shows a scanner one catalog and an agent another. Each reading is compared
 * with the scan's own; no reading calls a tool. A reading that cannot finish fails the
 * server's scan (exit 2): a probe that did not run is no evidence of an honest server.
 */
import { completenessNotice } from "./connect/completeness.js";
import { type CollectOptions, type CollectedCatalog, collectServer } from "./connect/collect.js";
import { diffSnapshots } from "./diff/diff.js";
import type { RawCatalog, SecondReading, ServerConfig, Snapshot } from "./model.js";
import { LEGACY_REVISIONS, MODERN_REVISION, isModernRevision } from "./protocol-revisions.js";
import { toSnapshot } from "./snapshot/normalize.js";

/** The `clientInfo` widespread hosts send, as a server sees it. */
export const HOST_CLIENTS = [
  { host: "Claude Code", name: "claude-code", version: "2.1.0" },
  { host: "Claude Desktop", name: "claude-ai", version: "0.14.10" },
  { host: "Cursor", name: "cursor-vscode", version: "1.0.0" },
  { host: "VS Code", name: "Visual Studio Code", version: "1.106.0" },
] as const;

/** Harmless requests before the same-session reading, unless the config says otherwise. */
export const DEFAULT_PROBE_CALLS = 10;

export interface ProbeOptions extends Pick<CollectOptions, "signal" | "sandbox" | "onNotice" | "clientVersion"> {
  /** Requests before the same-session reading. */
  calls?: number;
}

/**
 * Every second reading of `server`, each with what differs from `head` (the scan's own
 * snapshot of `primary`). Throws when a reading cannot finish.
 */
export async function secondReadings(
  server: ServerConfig,
  primary: CollectedCatalog,
  head: Snapshot,
  options: ProbeOptions = {},
): Promise<SecondReading[]> {
  const readings: SecondReading[] = [];
  const read = async (label: string, extra: CollectOptions, config: ServerConfig = server): Promise<CollectedCatalog> => {
    try {
      return await collectServer(config, { ...options, ...extra });
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} (second reading ${label})`, { cause: error });
    }
  };
  const compare = (label: string, raw: RawCatalog, sameRevision = false): void => {
    let reading = toSnapshot(server.id, raw, { secrets: server.secrets });
    const revision = head.initialize.protocolVersion;
    if (sameRevision && revision !== undefined) reading = { ...reading, initialize: { ...reading.initialize, protocolVersion: revision } };
    readings.push({ label, changes: diffSnapshots(head, reading) });
  };

  for (const client of HOST_CLIENTS) {
    const label = `as ${client.host} (clientInfo ${JSON.stringify(client.name)})`;
    compare(label, await read(label, { clientName: client.name, clientVersion: client.version }));
  }

  const calls = options.calls ?? DEFAULT_PROBE_CALLS;
  const sessionLabel = `again in one session after ${calls} more requests`;
  const session = await read(sessionLabel, { rereadAfter: calls });
  const notified = [...new Set([...(primary.listChanged ?? []), ...(session.listChanged ?? [])])];
  compare(
    notified.length > 0 ? `${sessionLabel}, the server having sent ${notified.map((m) => JSON.stringify(m)).join(", ")}` : sessionLabel,
    session.reread ?? session,
  );

  const revision = head.initialize.protocolVersion;
  const other = typeof revision === "string" && isModernRevision(revision) ? LEGACY_REVISIONS[0] : MODERN_REVISION;
  if (server.transport !== "sse" || !isModernRevision(other)) {
    const label = `in the other era (${other})`;
    try {
      compare(label, await collectServer({ ...server, protocol: other }, options), true);
    } catch (error) {
      // A server that speaks one era only refuses the other: nothing to compare. (The
      // exchange's module, loaded by the reading that failed.)
      const { refusesEra } = await import("./connect/session.js");
      if (!refusesEra(error))
        throw new Error(`${error instanceof Error ? error.message : String(error)} (second reading ${label})`, { cause: error });
    }
  }
  return readings;
}

/**
 * What the scan does after its own reading of a server: the second readings when `probe:`
 * or `--probe` asks for them, for the rules to judge beside `head`; without them, undefined,
 * and a notice when the server changed a list while it was read.
 */
export async function readAgain(
  server: ServerConfig,
  raw: CollectedCatalog,
  head: Snapshot,
  options: ProbeOptions & { probe?: boolean },
): Promise<SecondReading[] | undefined> {
  const { probe, ...probeOptions } = options;
  const incomplete = completenessNotice(server.id, raw);
  if (incomplete !== undefined) options.onNotice?.(incomplete);
  if (server.probe === undefined && probe !== true) {
    if (raw.listChanged !== undefined) {
      options.onNotice?.(
        `${server.id}: sent ${[...new Set(raw.listChanged)].map((m) => JSON.stringify(m)).join(", ")} while it was read: its catalog may differ from one read later; run with --probe to compare`,
      );
    }
    return undefined;
  }
  return secondReadings(server, raw, head, { ...probeOptions, calls: server.probe?.calls });
}
