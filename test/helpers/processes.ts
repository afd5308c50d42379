/**
 * Finds processes by a marker in their command line, read from the host's /proc: a pid a
 * server sees inside its own PID namespace means nothing out here, and a daemon that emptied
 * its environment carries no tag, but every fixture puts the marker in each process's argv.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export function newMarker(): string {
  return `mcp-drift-marker-${randomBytes(6).toString("hex")}`;
}

/** Running (not zombie) pids whose command line holds `marker`. */
export function markedProcesses(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // A zombie's command line reads empty, so only live processes match.
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(marker)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/**
 * Waits until `predicate` holds, checking every 50 ms for at most `attempts` checks: the
 * event (a process starting or being reaped, a pid file filling) has no notification to wait
 * on. The bound is a number of checks, not a time, so a loaded machine stretches it.
 */
export async function until(predicate: () => boolean | Promise<boolean>, attempts = 200): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await predicate()) return true;
    await sleep(50);
  }
  return predicate();
}

/** Kills what a test deliberately let survive, so it cannot disturb the next test. */
export function killMarked(marker: string): void {
  for (let round = 0; round < 50; round++) {
    const pids = markedProcesses(marker);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone
      }
    }
  }
}
