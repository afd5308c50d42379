/**
 * Times one whole Node.js process, start to exit: the wall time from spawn to its exit, and
 * its own peak memory and CPU time (reported by usage-hook.ts, loaded with --import). A process
 * that outlives its time limit is killed with its whole process group, so no scenario can hang
 * the bench.
 */
import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

export interface ProcessRun {
  wallMs: number;
  /** NaN when not measured (a run without the hook) or the process died before reporting it. */
  peakRssMB: number;
  /** User + system CPU of the process itself (not its servers); NaN as peakRssMB. */
  cpuMs: number;
  /** Why the run does not count, or undefined when it exited 0 in time. */
  failure?: string;
}

export interface TimeOptions {
  timeoutMs: number;
  /** Measure the process's peak memory and CPU (loads usage-hook.ts first, in every compared process alike). */
  usage: boolean;
  /** Where the hook writes them; one file per run. */
  usageFile: string;
  cwd?: string;
}

const hook = pathToFileURL(join(import.meta.dirname, "usage-hook.js")).href;
const STDERR_KEPT = 2000;

/** Process groups still running, ended with the bench when it is interrupted. */
const running = new Set<number>();
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    for (const pid of running) killGroup(pid, "SIGKILL");
    process.exit(code);
  });
}

export async function timeNode(args: readonly string[], options: TimeOptions): Promise<ProcessRun> {
  await rm(options.usageFile, { force: true });
  const argv = options.usage ? ["--import", hook, ...args] : [...args];
  const env = { ...process.env, MCP_DRIFT_BENCH_RSS: options.usageFile };
  const started = performance.now();
  // Detached: its own process group, so a timeout ends the servers it started too.
  const child = spawn(process.execPath, argv, { cwd: options.cwd, env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  if (child.pid !== undefined) running.add(child.pid);
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid, "SIGTERM");
    setTimeout(() => killGroup(child.pid, "SIGKILL"), 3000).unref();
  }, options.timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode, exitSignal) => resolveExit({ code: exitCode, signal: exitSignal }));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  if (child.pid !== undefined) running.delete(child.pid);
  const [peakKiB, cpuMicros] = options.usage
    ? (await readFile(options.usageFile, "utf8").catch(() => "")).split(" ").map((n) => (n === "" ? Number.NaN : Number(n)))
    : [];
  const failure = timedOut
    ? `timed out after ${(options.timeoutMs / 1000).toFixed(0)} s`
    : code !== 0
      ? `exit ${code ?? signal}${errorLine(stderr) ? `: ${errorLine(stderr)}` : ""}`
      : undefined;
  return {
    wallMs,
    peakRssMB: (peakKiB ?? Number.NaN) / 1024,
    cpuMs: (cpuMicros ?? Number.NaN) / 1000,
    ...(failure && { failure }),
  };
}

/** The line that says what went wrong: mcp-drift's own error line, else the last line. */
function errorLine(stderr: string): string {
  const lines = stderr.trim().split("\n");
  const line = lines.find((l) => /^mcp-drift: (?!warning:)/.test(l)) ?? lines.at(-1) ?? "";
  return line.slice(0, 200);
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
