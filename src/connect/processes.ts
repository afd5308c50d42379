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

/** Sweeps at most this often: a tree that keeps growing faster than we can stop it gets no further. */
const MAX_SWEEPS = 50;

/**
 * Kills the group `pid` leads and every process, in any group, that carries `tag`. A daemon
 * that re-spawns itself under a new pid every few milliseconds outruns a sweep that kills what
 * it found (on a busy machine, one read of /proc takes longer than a generation lives), so the
 * tree is frozen first: each sweep stops what it finds, and a stopped process starts nothing.
 * A child caught between fork and exec may not show the tag yet, so a stopped process's
 * children count as found. When a sweep finds nothing new, everything stopped is killed.
 */
export function killTree(pid: number, tag: string): void {
  signalGroup(pid, "SIGKILL");
  const stopped = new Set<number>();
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const fresh = treeProcesses(tag, stopped).filter((found) => !stopped.has(found));
    if (fresh.length === 0) break;
    for (const escapee of fresh) {
      signalProcess(escapee, "SIGSTOP");
      stopped.add(escapee);
    }
  }
  for (const escapee of stopped) {
    signalProcess(escapee, "SIGKILL");
    // And its group: it may have led children away too.
    signalGroup(escapee, "SIGKILL");
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

/**
 * Live pids whose environment holds `tag`, or whose parent is in `parents`; empty where there
 * is no /proc. A zombie is not live: its environment reads empty and its state is Z.
 */
function treeProcesses(tag: string, parents: ReadonlySet<number>): number[] {
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
      if (readFileSync(`/proc/${entry}/environ`).includes(needle) || (parents.size > 0 && isLiveChildOf(entry, parents))) {
        pids.push(Number(entry));
      }
    } catch {
      // Gone meanwhile, or another user's process: not one of ours.
    }
  }
  return pids;
}

/** From /proc/PID/stat: "pid (comm) state ppid …", where comm may hold spaces and parentheses. */
function isLiveChildOf(pid: string, parents: ReadonlySet<number>): boolean {
  const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
  const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ", 2);
  return state !== "Z" && parents.has(Number(ppid));
}
