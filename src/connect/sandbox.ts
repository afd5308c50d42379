/**
 * Walls a stdio server off from the scanner and the CI job. A server is untrusted code
 * running as our user next to CI secrets: without a wall it can read the scanner's
 * environment from /proc/$PPID/environ, write into the scanner's stdout through
 * /proc/$PPID/fd/1, append to $GITHUB_ENV for every later step, edit the workspace, and
 * leave a daemon behind that no signal or tag finds.
 *
 * On Linux, namespaces build the wall with no daemon and no privilege, through bubblewrap
 * (`bwrap`) where it is installed, or util-linux's `unshare` and `setpriv`:
 * - a user namespace: the server is root only over its own namespaces, never over the host,
 *   and even that root's capabilities are dropped before the server starts, so it cannot
 *   undo a mount; no-new-privs keeps setuid programs (sudo) from giving them back;
 * - a PID namespace with its own /proc: no process of ours or the job's is visible, so no
 *   environ, fd or ptrace of them can be reached, and every process the server starts dies
 *   with the namespace's first process, whatever group, session or environment it took;
 * - a mount namespace: the job's command files ($GITHUB_ENV and the rest), the runner's temp
 *   folder, container sockets and the checkout's persisted credentials are hidden, and the
 *   project, the workspace, the git folder, and the actions and tools later steps run are
 *   read-only (HOME and the temp folder stay writable: servers cache there);
 * - an IPC namespace, a session of its own (no controlling terminal), and a parent-death
 *   signal that ends the sandbox even if we are killed.
 * bubblewrap comes first: Ubuntu's AppArmor policy (25.04 on, and 24.04 with the
 * `bwrap-userns-restrict` profile loaded) lets it create user namespaces and refuses them
 * to `unshare`.
 * The network stays shared: servers may need it (npx, remote APIs), so a server can still
 * send what it can read; the README's security model says what that leaves.
 */
import { spawn } from "node:child_process";
import {
  accessSync,
  constants,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
  type Dirent,
} from "node:fs";
import { readFile, rm, rmdir, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { UserError, type IsolationMode } from "../model.js";

/** One way of building the sandbox: the command line that runs a server inside it. */
interface Backend {
  name: string;
  wrap(paths: SandboxPaths, command: string, args: readonly string[]): WrappedCommand;
}

/** What the sandbox hides and protects, as absolute paths. */
export interface SandboxPaths {
  /** Replaced by an empty folder or an empty file. */
  hidden: string[];
  /** Mounted read-only. */
  readOnly: string[];
  /** Writable again inside a read-only path: HOME and the temp folder, which servers need. */
  writable: string[];
}

/** A server command, wrapped to run inside the sandbox. */
export interface WrappedCommand {
  command: string;
  args: string[];
}

export interface Sandbox {
  wrap(command: string, args: readonly string[], cwd: string | undefined): WrappedCommand;
}

/** How a run isolates its stdio servers, and what it must tell the user about it. */
export interface IsolationPlan {
  sandbox?: Sandbox;
  /** Set when servers run without isolation: why, and what that exposes. */
  notice?: string;
}

/**
 * The sandbox's first process, run by `sh -c` as PID 1 of the new namespace. With the
 * `mount` and `setpriv` programs its first arguments name (the server's PATH may not find
 * them), it mounts what `readonly=`, `writable=` and `hide=` name, in that order, then
 * starts the server with our stdin and without any capability, forwards a SIGTERM to it
 * (PID 1 gets no default signal handling), and exits with its status; when it exits the
 * kernel kills every process left in the namespace. A background job's stdin is /dev/null
 * unless redirected, hence the detour through descriptor 3.
 */
const INIT_SCRIPT = `set -e
mount="$1"
setpriv="$2"
shift 2
while [ "$1" != "--" ]; do
  case "$1" in
    hide=*) p="\${1#hide=}"
      if [ -d "$p" ]; then "$mount" -t tmpfs -o size=64k,mode=0755 mcp-drift-hidden "$p"
      elif [ -e "$p" ]; then "$mount" --bind /dev/null "$p"; fi ;;
    readonly=*) p="\${1#readonly=}"
      if [ -d "$p" ]; then "$mount" --bind "$p" "$p"; "$mount" -o remount,bind,ro "$p"; fi ;;
    writable=*) p="\${1#writable=}"
      if [ -d "$p" ]; then "$mount" --bind "$p" "$p"; "$mount" -o remount,bind,rw "$p"; fi ;;
  esac
  shift
done
shift
if ! command -v "$1" >/dev/null 2>&1; then echo "spawn $1 ENOENT: not found in the sandbox" >&2; exit 127; fi
exec 3<&0
"$setpriv" --no-new-privs --inh-caps=-all --ambient-caps=-all --bounding-set=-all -- "$@" <&3 3<&- &
child=$!
exec 3<&-
trap 'kill -s TERM "$child" 2>/dev/null' TERM INT HUP
while :; do
  if wait "$child"; then exit 0; else status=$?; fi
  kill -0 "$child" 2>/dev/null || exit "$status"
done`;

/** argv[0] of the first process, so `ps` says what it is. */
const INIT_NAME = "mcp-drift-sandbox";

/** The files the runner reads back after a step: a server appending to one acts on the job. */
const GITHUB_COMMAND_FILES = ["GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"] as const;

/** Sockets that give whoever can write to them root on the host. */
const CONTAINER_SOCKETS = ["/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock", "/run/podman/podman.sock"];

/** The folders a scan works in: the config file's and the baselines'. */
export interface ProjectPaths {
  dir: string;
  snapshots: string;
}

/**
 * What to hide and protect for `project`, given the scanner's environment. A path that
 * holds the project, HOME or the temp folder is never hidden, and HOME and the temp folder
 * stay writable even inside a read-only path: servers must still start, and write their
 * caches. Reads the file system only to find the git folders the project lies in.
 */
export function sandboxPaths(env: NodeJS.ProcessEnv, project: ProjectPaths): SandboxPaths {
  const absolute = (name: string) => {
    const value = env[name];
    return value && isAbsolute(value) ? resolve(value) : undefined;
  };
  const projectDir = resolve(project.dir);
  const workspace = absolute("GITHUB_WORKSPACE");
  const roots = [...new Set([projectDir, ...(workspace ? [workspace] : [])])];

  const hidden = new Set<string>(CONTAINER_SOCKETS);
  for (const name of GITHUB_COMMAND_FILES) {
    const file = absolute(name);
    if (file) hidden.add(dirname(file));
  }
  const runnerTemp = absolute("RUNNER_TEMP");
  if (runnerTemp) hidden.add(runnerTemp);
  // actions/checkout leaves the job's token in .git/config unless told not to.
  for (const root of roots) hidden.add(join(root, ".git", "config"));

  const readOnly = new Set([projectDir, resolve(project.snapshots), ...roots]);
  // Code that later steps of the job run: the actions they use and the tools set up for them.
  const runnerWork = absolute("RUNNER_WORKSPACE");
  for (const path of [
    absolute("RUNNER_TOOL_CACHE"),
    ...(runnerWork ? ["_actions", "_tool"].map((name) => join(dirname(runnerWork), name)) : []),
  ]) {
    if (path) readOnly.add(path);
  }
  for (const repository of gitRepositories(roots)) {
    // Hooks in a git folder run with whoever runs git next.
    for (const dir of repository.dirs) readOnly.add(dir);
    for (const file of repository.configs) hidden.add(file);
  }

  const needed = [env.HOME, tmpdir()].filter((p): p is string => Boolean(p)).map((p) => resolve(p));
  const frozen = [...readOnly].filter((p) => !needed.includes(p));
  const writable = needed.filter((p) => frozen.some((ro) => contains(ro, p)));
  return {
    hidden: [...hidden].filter((p) => ![projectDir, ...needed].some((n) => contains(p, n))),
    readOnly: outermost(frozen, writable),
    writable,
  };
}

/**
 * The read-only paths worth a mount of their own: one inside another is read-only already,
 * unless a writable path lies between them.
 */
function outermost(readOnly: string[], writable: string[]): string[] {
  return readOnly.filter(
    (p) => !readOnly.some((outer) => outer !== p && contains(outer, p) && !writable.some((w) => contains(outer, w) && contains(w, p))),
  );
}

interface GitRepository {
  /** The git folder, and the common folder a worktree or submodule shares. */
  dirs: string[];
  /** Every config file in them where credentials may persist, submodules' included. */
  configs: string[];
}

/** The git repository each root lies in, found as git finds it: the nearest `.git` above. */
function gitRepositories(roots: readonly string[]): GitRepository[] {
  const repositories: GitRepository[] = [];
  for (const root of roots) {
    for (let dir = root; ; dir = dirname(dir)) {
      const dirs = gitDirs(join(dir, ".git"));
      if (dirs) {
        repositories.push({
          dirs,
          configs: dirs.flatMap((d) => [join(d, "config"), join(d, "config.worktree"), ...submoduleConfigs(join(d, "modules"))]),
        });
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return repositories;
}

/** The git folders a `.git` entry stands for; undefined when there is none. */
function gitDirs(dotGit: string): string[] | undefined {
  let gitDir: string;
  try {
    const entry = lstatSync(dotGit);
    if (entry.isDirectory()) gitDir = dotGit;
    else if (entry.isFile() && entry.size < 4096) {
      // A worktree's or submodule's `.git` file: "gitdir: PATH".
      const target = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim();
      if (!target) return undefined;
      gitDir = resolve(dirname(dotGit), target);
    } else return undefined;
  } catch {
    return undefined;
  }
  let common: string | undefined;
  try {
    common = resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim());
  } catch {
    // not a worktree
  }
  return common && common !== gitDir ? [gitDir, common] : [gitDir];
}

/** Folders inside a git folder that hold no config of a submodule, and can be large. */
const GIT_INTERNALS = new Set(["objects", "refs", "logs", "hooks", "info", "lfs", "worktrees"]);

/**
 * The config files of the submodules' git folders under `modules`: a submodule named
 * `a/b` lives in `modules/a/b`, its own submodules in `modules/a/b/modules`. The walk skips
 * git's internals and stops after a bounded number of folders.
 */
function submoduleConfigs(modules: string): string[] {
  const found: string[] = [];
  const pending = [modules];
  for (let visited = 0; pending.length > 0 && visited < 10_000; visited++) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() && entry.name === "config" && dir !== modules) found.push(join(dir, entry.name));
      else if (entry.isDirectory() && !GIT_INTERNALS.has(entry.name)) pending.push(join(dir, entry.name));
    }
  }
  return found.sort();
}

/** True when `path` is `inner` or one of its ancestors. */
function contains(path: string, inner: string): boolean {
  const rel = relative(path, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Read-only and writable mounts, each after the ones that hold it, so the innermost wins;
 * then what is hidden, which must cover whatever was mounted before it.
 */
function mountOrder(paths: SandboxPaths): { path: string; writable: boolean }[] {
  const depth = (p: string) => p.split("/").length;
  return [...paths.readOnly.map((path) => ({ path, writable: false })), ...paths.writable.map((path) => ({ path, writable: true }))].sort(
    (a, b) => depth(a.path) - depth(b.path),
  );
}

function sandbox(backend: Backend, paths: SandboxPaths): Sandbox {
  return {
    wrap(command, args, cwd) {
      // A server whose cwd is hidden would see the real folder through its cwd.
      const exposed = cwd === undefined ? undefined : paths.hidden.find((p) => contains(p, resolve(cwd)));
      if (exposed !== undefined)
        throw new UserError(`the server's cwd ${cwd} lies in ${exposed}, which the sandbox hides from servers: move it elsewhere`);
      return backend.wrap(paths, command, args);
    },
  };
}

/** util-linux: unshare makes the namespaces, the init script the mounts. */
function unshareBackend(setpriv: string, unshare: string, mount: string): Backend {
  return {
    name: "unshare",
    wrap: (paths, command, args) => ({
      command: setpriv,
      args: [
        "--pdeathsig",
        "KILL",
        "--",
        unshare,
        "--user",
        "--map-root-user",
        "--pid",
        "--fork",
        "--kill-child",
        "--mount",
        "--mount-proc",
        "--ipc",
        "--",
        "/bin/sh",
        "-c",
        INIT_SCRIPT,
        INIT_NAME,
        mount,
        setpriv,
        ...mountOrder(paths).map(({ path, writable }) => `${writable ? "writable" : "readonly"}=${path}`),
        ...paths.hidden.map((p) => `hide=${p}`),
        "--",
        command,
        ...args,
      ],
    }),
  };
}

/**
 * bubblewrap: the same namespaces and mounts as arguments. It mounts only what exists, and
 * through no symlink, so each path is resolved first; `setsid` is `--new-session`. Run as
 * root it would leave the server its capabilities (and so `umount`), hence `--cap-drop`.
 */
function bwrapBackend(bwrap: string): Backend {
  return {
    name: "bwrap",
    wrap: (paths, command, args) => {
      const mounts: string[] = [];
      for (const { path, writable } of mountOrder(paths)) {
        for (const real of existing([path])) mounts.push(writable ? "--bind" : "--ro-bind", real, real);
      }
      for (const path of existing(paths.hidden)) {
        if (statSync(path).isDirectory()) mounts.push("--tmpfs", path);
        // A device bind: a plain one is mounted nodev, and reading it would fail instead of
        // reading empty, as the unshare backend's does.
        else mounts.push("--dev-bind", "/dev/null", path);
      }
      return {
        command: bwrap,
        args: [
          "--die-with-parent",
          "--new-session",
          "--unshare-user",
          "--unshare-pid",
          "--unshare-ipc",
          "--cap-drop",
          "ALL",
          "--dev-bind",
          "/",
          "/",
          "--proc",
          "/proc",
          ...mounts,
          "--",
          command,
          ...args,
        ],
      };
    },
  };
}

/** The paths that exist, each resolved through any symlink, in order and once. */
function existing(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    try {
      found.add(realpathSync(path));
    } catch {
      // absent here: nothing to hide or protect
    }
  }
  return [...found];
}

/**
 * Decides how this run's stdio servers are isolated. `auto` falls back to plain child
 * processes with a notice that says so; `required` throws a UserError (exit code 2).
 */
export async function prepareIsolation(
  mode: IsolationMode,
  context: { env: NodeJS.ProcessEnv; project: ProjectPaths },
): Promise<IsolationPlan> {
  if (mode === "off") return { notice: withoutIsolation("isolation is off in the config") };
  const paths = sandboxPaths(context.env, context.project);
  // The tools are found as the servers' commands are: on the scanner's own PATH.
  const found = await probeSandbox(process.env.PATH ?? "", paths);
  if ("sandbox" in found) return { sandbox: found.sandbox };
  if (mode === "required") {
    throw new UserError(`isolation is required, but stdio servers cannot be isolated here: ${found.reason}`);
  }
  return { notice: withoutIsolation(found.reason) };
}

function withoutIsolation(reason: string): string {
  return (
    `stdio servers ran WITHOUT isolation (${reason}): each could read this job's environment, ` +
    "files and processes, and a process it started could outlive the scan; see the README's security model"
  );
}

type Probe = { backend: Backend } | { reason: string };

/** The result of trying the sandbox once, per PATH: the system does not change within a run. */
const probes = new Map<string, Promise<Probe>>();

async function probeSandbox(path: string, paths: SandboxPaths): Promise<{ sandbox: Sandbox } | { reason: string }> {
  const found = await probeOnce(path);
  return "backend" in found ? { sandbox: sandbox(found.backend, paths) } : found;
}

function probeOnce(path: string): Promise<Probe> {
  let probe = probes.get(path);
  if (probe === undefined) {
    probe = findBackend(path);
    probes.set(path, probe);
  }
  return probe;
}

/**
 * Starts trying the sandbox on our PATH, as prepareIsolation will: a command that is about to
 * spawn servers calls this first, so the trial (a process of its own) runs while the
 * command's code and config load, and its servers start that much sooner. The promise
 * settles when the trial has ended and cleaned up after itself; it never rejects (a failed
 * trial is prepareIsolation's to report).
 */
export function startIsolationProbe(): Promise<void> {
  return probeOnce(process.env.PATH ?? "").then(
    () => undefined,
    () => undefined,
  );
}

/** The first backend that works here: bubblewrap, then util-linux. */
async function findBackend(path: string): Promise<Probe> {
  if (process.platform !== "linux") return { reason: `namespaces are Linux-only, this is ${process.platform}` };
  const [bwrap, setpriv, unshare, mount] = ["bwrap", "setpriv", "unshare", "mount"].map((name) => which(name, path));
  const reasons: string[] = [];
  for (const backend of [bwrap && bwrapBackend(bwrap), setpriv && unshare && mount && unshareBackend(setpriv, unshare, mount)]) {
    if (!backend) continue;
    const failure = await tryBackend(backend);
    if (failure === undefined) return { backend };
    reasons.push(`${backend.name}: ${failure}`);
  }
  if (reasons.length === 0) return { reason: "neither bwrap (bubblewrap) nor unshare, setpriv and mount (util-linux) is on PATH" };
  return { reason: `the sandbox did not start: ${reasons.join("; ")}${await restrictionHint()}` };
}

/**
 * Runs a check in a sandbox that hides a scratch folder: the namespaces, the mounts and the
 * tools are all exercised once, so a failure shows before any server. Undefined when it works.
 */
async function tryBackend(backend: Backend): Promise<string | undefined> {
  // Synchronous up to the spawn: the trial starts at once, not a turn of a busy event loop per file.
  const scratch = mkdtempSync(join(tmpdir(), "mcp-drift-probe-"));
  const marker = join(scratch, "hidden");
  try {
    writeFileSync(marker, "");
    const { command, args } = backend.wrap({ hidden: [scratch], readOnly: [], writable: [] }, "/bin/sh", [
      "-c",
      `! test -e "$1"`,
      "probe",
      marker,
    ]);
    const result = await run(command, args);
    if (result.code === 0) return undefined;
    return result.stderr.trim().split("\n").pop() || `exit code ${result.code}`;
  } finally {
    // The folder holds the marker alone; removed as such, it spares a recursive rm (whose
    // first use loads Node's rimraf) just before the servers are spawned.
    await unlink(marker)
      .then(() => rmdir(scratch))
      .catch(() => rm(scratch, { recursive: true, force: true }));
  }
}

/** Ubuntu 24.04 (GitHub's ubuntu-latest) keeps user namespaces from unconfined programs. */
async function restrictionHint(): Promise<string> {
  const setting = "kernel.apparmor_restrict_unprivileged_userns";
  const value = await readFile(`/proc/sys/${setting.replaceAll(".", "/")}`, "utf8").catch(() => "");
  return value.trim() === "1"
    ? `; AppArmor restricts user namespaces here (${setting}=1): on a throwaway CI machine, run "sudo sysctl -w ${setting}=0" first`
    : "";
}

/** A probe that hangs (a wedged mount, say) must not hang the run. */
const PROBE_TIMEOUT_MS = 15_000;

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: {}, timeout: PROBE_TIMEOUT_MS, killSignal: "SIGKILL" });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-1024);
    });
    child.once("error", (error) => resolvePromise({ code: null, stderr: error.message }));
    child.once("close", (code, signal) =>
      resolvePromise({ code, stderr: signal === "SIGKILL" ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s` : stderr }),
    );
  });
}

function which(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
