/**
 * Everything a stdio server started must end with the scan. In the sandbox (sandbox.ts) the
 * kernel sees to that: a PID namespace dies with its first process. Without it, a server
 * runs as the leader of its own process group, so one signal reaches it and its ordinary
 * children; a descendant that left the group (`detached`, `setsid`) is found by a tag it
 * inherited in its environment. Finding tagged processes reads /proc, so it works on Linux;
 * a descendant that both left the group and emptied its environment is out of reach there.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

/** Set in each server's environment; its value is unique to that server's process tree. */
export const PROCESS_TAG_VARIABLE = "MCP_DRIFT_PROCESS_TAG";

/** Windows has no POSIX process groups; there only the direct child can be signalled. */
export const HAS_PROCESS_GROUPS = process.platform !== "win32";

export function newProcessTag(): string {
  return randomBytes(12).toString("hex");
}

/** Signals the group that `pid` leads (or `pid` alone where there are no groups). */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(HAS_PROCESS_GROUPS ? -pid : pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** Sweeps for tagged processes at most this often: a re-spawning daemon gets no further. */
const MAX_SWEEPS = 50;

/** Kills the group `pid` leads and every process, in any group, that carries `tag`. */
export function killTree(pid: number, tag: string): void {
  signalGroup(pid, "SIGKILL");
  // A daemon may start a successor between a sweep and its kill, so sweep until one finds
  // nothing. A killed process is found no more: a zombie's environment reads empty.
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const escaped = taggedProcesses(tag);
    if (escaped.length === 0) return;
    for (const escapee of escaped) {
      signalProcess(escapee, "SIGKILL");
      // And its group: it may have led children away too.
      signalGroup(escapee, "SIGKILL");
    }
  }
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}

/** Trees still running, by leader pid; killed if we exit without closing them (a crash, a signal). */
const liveTrees = new Map<number, string>();
let exitHookInstalled = false;

export function trackTree(pid: number, tag: string): void {
  if (!exitHookInstalled) {
    // Exit hooks must be synchronous, which is why killTree and the /proc scan are.
    process.on("exit", () => {
      for (const [leader, treeTag] of liveTrees) killTree(leader, treeTag);
    });
    exitHookInstalled = true;
  }
  liveTrees.set(pid, tag);
}

export function untrackTree(pid: number): void {
  liveTrees.delete(pid);
}

/** Pids whose environment holds `tag`; empty where there is no /proc. */
function taggedProcesses(tag: string): number[] {
  if (process.platform !== "linux") return [];
  const needle = Buffer.from(`${PROCESS_TAG_VARIABLE}=${tag}\0`);
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile, or another user's process: not one of ours.
    }
  }
  return pids;
}
