/**
 * Our own stdio client transport. The SDK's StdioClientTransport hands the server parts of
 * our environment and does not own a process group; a scanner must do both: CI secrets must
 * never reach a server, and no process a server started may outlive the scan.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { ByteBudget } from "./limits.js";
import { DEFAULT_PASS_ENV, urlCredentials } from "../inherited-env.js";
import { HAS_PROCESS_GROUPS, PROCESS_TAG_VARIABLE, killTree, newProcessTag, signalGroup, trackTree, untrackTree } from "./processes.js";
import type { Sandbox } from "./sandbox.js";

/**
 * The variables every server inherits from us: enough to find programs and a home. Proxy and
 * CA settings pass too (DEFAULT_PASS_ENV), and more only by name, through the config's `passEnv`.
 */
const BASE_ENV_KEYS = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TEMP",
  "TMP",
  "LANG",
  "LC_ALL",
  "TERM",
  "SystemRoot",
  "windir",
  "COMSPEC",
  // The runner ends a job's leftover processes by this tag; a server must carry it too.
  "RUNNER_TRACKING_ID",
] as const;

/** About what an error message shows of stderr: the end, where the reason usually is. */
const STDERR_TAIL_CHARS = 2048;
/** How long a server gets to exit on SIGTERM before the whole group is killed. */
const KILL_GRACE_MS = 1000;
const NEWLINE = 0x0a;

/**
 * The base variables, the proxy and CA settings and the `passEnv` names that are set in our
 * environment. A default-passed setting whose URL carries credentials is held back: only a
 * `passEnv` that names it passes it (and the config loader redacts those credentials).
 */
export function minimalBaseEnv(passEnv: readonly string[] = []): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of [...BASE_ENV_KEYS, ...passEnv]) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  for (const key of DEFAULT_PASS_ENV) {
    const value = process.env[key];
    if (value !== undefined && !(key in env) && urlCredentials(value).length === 0) env[key] = value;
  }
  return env;
}

export interface StdioServerCommand {
  command: string;
  args?: string[];
  env?: Record<string, string>;
  /** Names of our variables the server inherits besides the base ones. */
  passEnv?: readonly string[];
  cwd?: string;
}

type MessageSchema = typeof import("@modelcontextprotocol/sdk/types.js")["JSONRPCMessageSchema"];

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class StdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  /** Last characters the server wrote to stderr, for error messages. */
  stderrTail = "";
  /** Set once earlier stderr was dropped, so the tail may start inside a word (or a secret). */
  stderrTailCut = false;
  /** Lines on stdout that were not JSON-RPC (logging by a careless server); skipped. */
  noiseLines = 0;
  /** Bytes read from stdout so far; none by a timeout means the server was still starting. */
  stdoutBytes = 0;
  /** Set once the server process has exited. */
  exit?: ProcessExit;

  private child?: ChildProcessWithoutNullStreams;
  private spawned?: Promise<void>;
  private reading?: Promise<void>;
  /** The SDK's schema of a JSON-RPC message, loaded once the server is spawned. */
  private messageSchema?: MessageSchema;
  private exited?: Promise<void>;
  private closed?: Promise<void>;
  /** One wait for every write that broke: the server's streams closed, or the grace ran out. */
  private settling?: Promise<void>;
  private closing?: Promise<void>;
  /** Pieces of the current, unterminated stdout line; joined once its newline arrives. */
  private partialLine: Buffer[] = [];
  private partialLineBytes = 0;

  constructor(
    private readonly server: StdioServerCommand,
    private readonly budget = new ByteBudget(),
    /** Runs the server walled off from us and the job; a plain child process without one. */
    private readonly sandbox?: Sandbox,
  ) {}

  /**
   * Starts the server process, once; what it writes waits unread until `start()`, so its
   * messages reach handlers set after this. The scan spawns a server first and loads the
   * SDK while it boots.
   */
  spawn(): Promise<void> {
    this.spawned ??= this.spawnProcess();
    return this.spawned;
  }

  /** Spawns the server (unless `spawn()` has) and reads its messages; once. */
  start(): Promise<void> {
    this.reading ??= this.startReading();
    return this.reading;
  }

  private async startReading(): Promise<void> {
    await this.spawn();
    // The schema module is large (zod): loaded while the server boots, not before it is spawned.
    this.messageSchema = (await import("@modelcontextprotocol/sdk/types.js")).JSONRPCMessageSchema;
    const child = this.child!;
    child.stdout.on("data", (chunk: Buffer) => this.readStdout(chunk));
    // After the data handler: the streams close only once stdout has been read to its end.
    child.on("close", () => this.onclose?.());
  }

  private async spawnProcess(): Promise<void> {
    const tag = newProcessTag();
    const args = this.server.args ?? [];
    const { command, args: argv } = this.sandbox?.wrap(this.server.command, args, this.server.cwd) ?? {
      command: this.server.command,
      args,
    };
    const child = spawn(command, argv, {
      cwd: this.server.cwd,
      env: { ...minimalBaseEnv(this.server.passEnv), ...this.server.env, [PROCESS_TAG_VARIABLE]: tag },
      detached: HAS_PROCESS_GROUPS,
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true,
    });
    this.child = child;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      if (this.stderrTail.length + chunk.length > STDERR_TAIL_CHARS) this.stderrTailCut = true;
      this.stderrTail = (this.stderrTail + chunk.slice(-STDERR_TAIL_CHARS)).slice(-STDERR_TAIL_CHARS);
    });
    // EPIPE after the server died surfaces through `exit`; it must not crash us, and it waits for the
    // exit and the last of stderr, so the failure says why the server died rather than "write EPIPE".
    child.stdin.on("error", (error) => void this.settled().then(() => this.onerror?.(error)));
    this.closed = new Promise((resolve) => child.once("close", () => resolve()));
    this.exited = new Promise((resolve) => {
      child.on("exit", (code, signal) => {
        this.exit = { code, signal };
        // The server is gone: nothing it left behind may keep running or hold our pipes open.
        if (child.pid !== undefined) {
          // In the sandbox the rest of the tree died with its PID namespace when its first
          // process exited (sandbox.ts): the /proc sweep for escapees, a synchronous read of
          // every process's environment (tens of ms per server), would find none.
          if (this.sandbox) signalGroup(child.pid, "SIGKILL");
          else killTree(child.pid, tag);
          untrackTree(child.pid);
        }
        resolve();
      });
    });
    await new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", reject);
    });
    if (child.pid !== undefined) trackTree(child.pid, tag);
  }

  send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.child?.stdin;
    if (stdin === undefined || !stdin.writable) return Promise.reject(new Error("server stdin is closed"));
    return new Promise((resolve, reject) => {
      // The callback fires once the data is handed to the pipe, which also waits out backpressure.
      stdin.write(`${JSON.stringify(message)}\n`, (error) => (error ? void this.settled().then(() => reject(error)) : resolve()));
    });
  }

  /**
   * Once the server's streams have closed (it exited and its stderr is read), or after a short grace:
   * a process that left our group could hold the pipes open.
   */
  private settled(): Promise<void> {
    this.settling ??= Promise.race([this.closed, new Promise<void>((resolve) => setTimeout(resolve, KILL_GRACE_MS).unref())]);
    return this.settling;
  }

  /** Ends the server and everything it started; resolves once the server has exited. */
  close(): Promise<void> {
    this.closing ??= this.terminate();
    return this.closing;
  }

  private async terminate(): Promise<void> {
    const child = this.child;
    if (child === undefined || this.exited === undefined) return;
    child.stdin.end();
    if (this.exit === undefined && child.pid !== undefined) {
      const pid = child.pid;
      signalGroup(pid, "SIGTERM");
      const forceKill = setTimeout(() => signalGroup(pid, "SIGKILL"), KILL_GRACE_MS);
      await this.exited;
      clearTimeout(forceKill);
    }
    // A process that left our group could still hold the pipes; do not wait for it.
    child.stdout.destroy();
    child.stderr.destroy();
  }

  /** Splits stdout into lines as bytes, so a line past the bound is dropped before it is decoded. */
  private readStdout(chunk: Buffer): void {
    this.stdoutBytes += chunk.length;
    for (let start = 0; start < chunk.length; ) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline + 1;
      const piece = chunk.subarray(start, newline === -1 ? end : newline);
      this.partialLineBytes += piece.length;
      if (!this.budget.count(end - start, this.partialLineBytes)) {
        this.stopReading();
        return;
      }
      this.partialLine.push(piece);
      if (newline !== -1) {
        const line = Buffer.concat(this.partialLine).toString("utf8");
        this.partialLine = [];
        this.partialLineBytes = 0;
        this.readLine(line);
      }
      start = end;
    }
  }

  /** A server past a byte bound gets no grace: it is killed and nothing more is read. */
  private stopReading(): void {
    this.partialLine = [];
    // Killed before its pipe is closed, so a broken pipe cannot add noise to its stderr.
    if (this.child?.pid !== undefined && this.exit === undefined) signalGroup(this.child.pid, "SIGKILL");
    this.child?.stdout.destroy();
  }

  private readLine(line: string): void {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      this.noiseLines++;
      return;
    }
    const parsed = this.messageSchema!.safeParse(json);
    if (parsed.success) this.onmessage?.(parsed.data);
    else this.noiseLines++;
  }
}
