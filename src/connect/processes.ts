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
 * Sweeps in a row that must find nothing new before a tree with escapees counts as stopped,
 * and the pause between them: a re-spawned child whose parent already exited is found only by
 * its tag, which reads empty until its exec completes. 30 ms of quiet is short for an exec
 * on a busy machine (likely cause of one unisolated survivor in a full test suite, not
 * reproduced alone); 100 ms costs only trees that had escapees.
 */
const QUIET_SWEEPS = 5;
const QUIET_PAUSE_MS = 20;
/** killTree runs in exit hooks, so it pauses synchronously, on a cell nobody ever notifies. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Kills the group `pid` leads and every process, in any group, that carries `tag`. A daemon
 * that re-spawns itself under a new pid every few milliseconds outruns a sweep that kills what
 * it found (on a busy machine, one read of /proc takes longer than a generation lives), so the
 * tree is frozen first: each sweep stops what it finds, and a stopped process starts nothing.
 * A child caught between fork and exec may not show the tag yet, so a stopped process's
 * children count as found. When sweeps find nothing new, everything stopped is killed.
 * Each stopped process is known by its pid and start time, so a pid the kernel gave to
 * another process meanwhile is neither signalled nor taken for a parent.
 */
export function killTree(pid: number, tag: string): void {
  signalGroup(pid, "SIGKILL");
  const stopped = new Map<number, string>();
  let quietSweeps = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const fresh = treeProcesses(tag, stopped).filter((found) => !stopped.has(found));
    if (fresh.length === 0) {
      // A tree with nothing left behind ends at once. One that had escapees may still hold a
      // process in the middle of exec, whose environment reads empty for that moment: look
      // again after a pause, a few times, before calling the tree stopped.
      if (stopped.size === 0 || ++quietSweeps >= QUIET_SWEEPS) break;
      Atomics.wait(PAUSE, 0, 0, QUIET_PAUSE_MS);
      continue;
    }
    quietSweeps = 0;
    for (const escapee of fresh) {
      signalProcess(escapee, "SIGSTOP");
      const started = procStat(escapee)?.started;
      if (started !== undefined) stopped.set(escapee, started);
    }
  }
  for (const [escapee, started] of stopped) {
    if (procStat(escapee)?.started !== started) continue;
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
 * Live pids whose environment holds `tag`, or whose parent is one of `parents` (pid → start
 * time); empty where there is no /proc. A zombie is not live: its environment reads empty.
 */
function treeProcesses(tag: string, parents: ReadonlyMap<number, string>): number[] {
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
    const pid = Number(entry);
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle) || (parents.size > 0 && isLiveChildOf(pid, parents))) pids.push(pid);
    } catch {
      // Gone meanwhile, or another user's process: not one of ours.
    }
  }
  return pids;
}

function isLiveChildOf(pid: number, parents: ReadonlyMap<number, string>): boolean {
  const child = procStat(pid);
  if (child === undefined || child.state === "Z") return false;
  const parentStarted = parents.get(child.ppid);
  return parentStarted !== undefined && procStat(child.ppid)?.started === parentStarted;
}

/** From /proc/PID/stat: "pid (comm) state ppid … starttime (22nd) …"; comm may hold spaces and parentheses. */
function procStat(pid: number): { state: string; ppid: number; started: string } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "latin1");
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { state: fields[0] ?? "", ppid: Number(fields[1]), started: fields[19] ?? "" };
}
