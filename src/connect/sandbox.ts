/**
 * Walls a stdio server off from the scanner and the CI job. A server is untrusted code
 * running as our user next to CI secrets: without a wall it can read the scanner's
 * environment from /proc/$PPID/environ, write into the scanner's stdout through
 * /proc/$PPID/fd/1, append to $GITHUB_ENV for every later step, edit the workspace, and
 * leave a daemon behind that no signal or tag finds.
 *
 * On Linux, namespaces build the wall with no daemon and no privilege, through bubblewrap
 * (`bwrap`) where it is installed, or util-linux's `unshare` and `setpriv`:
 * - a user namespace: the server is root only over its own namespaces, never over the host;
 * - a PID namespace with its own /proc: no process of ours or the job's is visible, so no
 *   environ, fd or ptrace of them can be reached, and every process the server starts dies
 *   with the namespace's first process, whatever group, session or environment it took;
 * - a mount namespace: the job's command files ($GITHUB_ENV and the rest), the runner's temp
 *   folder, container sockets and the checkout's persisted credentials are hidden, and the
 *   project and workspace are read-only;
 * - an IPC namespace, a session of its own (no controlling terminal), and a parent-death
 *   signal that ends the sandbox even if we are killed.
 * bubblewrap comes first: Ubuntu 24.04 (GitHub's ubuntu-latest) lets it create user
 * namespaces through an AppArmor profile, while it refuses them to `unshare`.
 * The network stays shared: servers may need it (npx, remote APIs), so a server can still
 * send what it can read; the README's security model says what that leaves.
 */
import { spawn } from "node:child_process";
import { constants, realpathSync, statSync } from "node:fs";
import { access, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
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
 * `mount` program its first argument names (the server's PATH may not find it), it mounts
 * over what `hide=` and `readonly=` name, then starts the server with our stdin, forwards a
 * SIGTERM to it (PID 1 gets no default signal handling), and exits with its status; when it
 * exits the kernel kills every process left in the namespace. A background job's stdin is
 * /dev/null unless redirected, hence the detour through descriptor 3.
 */
const INIT_SCRIPT = `set -e
mount="$1"
shift
while [ "$1" != "--" ]; do
  case "$1" in
    hide=*) p="\${1#hide=}"
      if [ -d "$p" ]; then "$mount" -t tmpfs -o size=64k,mode=0755 mcp-drift-hidden "$p"
      elif [ -e "$p" ]; then "$mount" --bind /dev/null "$p"; fi ;;
    readonly=*) p="\${1#readonly=}"
      if [ -d "$p" ]; then "$mount" --bind "$p" "$p"; "$mount" -o remount,bind,ro "$p"; fi ;;
  esac
  shift
done
shift
if ! command -v "$1" >/dev/null 2>&1; then echo "spawn $1 ENOENT: not found in the sandbox" >&2; exit 127; fi
exec 3<&0
"$@" <&3 3<&- &
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
 * holds the project, a server's cwd, HOME or the temp folder is never hidden, and one that
 * holds HOME or the temp folder is never made read-only: servers must still start, and
 * write their caches.
 */
export function sandboxPaths(env: NodeJS.ProcessEnv, project: ProjectPaths): SandboxPaths {
  const projectDir = project.dir;
  const hidden = new Set<string>(CONTAINER_SOCKETS);
  for (const name of GITHUB_COMMAND_FILES) {
    const file = env[name];
    if (file && isAbsolute(file)) hidden.add(dirname(file));
  }
  if (env.RUNNER_TEMP && isAbsolute(env.RUNNER_TEMP)) hidden.add(env.RUNNER_TEMP);
  const workspace = env.GITHUB_WORKSPACE && isAbsolute(env.GITHUB_WORKSPACE) ? env.GITHUB_WORKSPACE : undefined;
  // actions/checkout leaves the job's token in .git/config unless told not to.
  for (const root of new Set([projectDir, ...(workspace ? [workspace] : [])])) hidden.add(join(root, ".git", "config"));

  const needed = [projectDir, env.HOME, tmpdir()].filter((p): p is string => Boolean(p)).map((p) => resolve(p));
  const readOnly = [projectDir, project.snapshots, ...(workspace ? [workspace] : [])].map((p) => resolve(p));
  return {
    hidden: [...hidden].map((p) => resolve(p)).filter((p) => !needed.some((n) => contains(p, n))),
    readOnly: [...new Set(readOnly)]
      .filter((p) => !needed.slice(1).some((n) => contains(p, n)))
      // A folder inside another read-only one is read-only already.
      .filter((p, _, all) => !all.some((other) => other !== p && contains(other, p))),
  };
}

/** True when `path` is `inner` or one of its ancestors. */
function contains(path: string, inner: string): boolean {
  const rel = relative(path, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function sandbox(backend: Backend, paths: SandboxPaths): Sandbox {
  return {
    wrap(command, args, cwd) {
      // A server whose cwd is hidden would see the real folder through its cwd anyway.
      const hidden = cwd === undefined ? paths.hidden : paths.hidden.filter((p) => !contains(p, resolve(cwd)));
      return backend.wrap({ ...paths, hidden }, command, args);
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
        // Read-only first: a later bind of a folder would not carry a file hidden inside it.
        ...paths.readOnly.map((p) => `readonly=${p}`),
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
 * through no symlink, so each path is resolved first; `setsid` is `--new-session`.
 */
function bwrapBackend(bwrap: string): Backend {
  return {
    name: "bwrap",
    wrap: (paths, command, args) => {
      const mounts: string[] = [];
      for (const path of existing(paths.readOnly)) mounts.push("--ro-bind", path, path);
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
  let probe = probes.get(path);
  if (probe === undefined) {
    probe = findBackend(path);
    probes.set(path, probe);
  }
  const found = await probe;
  return "backend" in found ? { sandbox: sandbox(found.backend, paths) } : found;
}

/** The first backend that works here: bubblewrap, then util-linux. */
async function findBackend(path: string): Promise<Probe> {
  if (process.platform !== "linux") return { reason: `namespaces are Linux-only, this is ${process.platform}` };
  const [bwrap, setpriv, unshare, mount] = await Promise.all(["bwrap", "setpriv", "unshare", "mount"].map((name) => which(name, path)));
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
  const scratch = await mkdtemp(join(tmpdir(), "mcp-drift-probe-"));
  try {
    const marker = join(scratch, "hidden");
    await writeFile(marker, "");
    const { command, args } = backend.wrap({ hidden: [scratch], readOnly: [] }, "/bin/sh", ["-c", `! test -e "$1"`, "probe", marker]);
    const result = await run(command, args);
    if (result.code === 0) return undefined;
    return result.stderr.trim().split("\n").pop() || `exit code ${result.code}`;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Ubuntu 24.04 (GitHub's ubuntu-latest) keeps user namespaces from unconfined programs. */
async function restrictionHint(): Promise<string> {
  const setting = "kernel.apparmor_restrict_unprivileged_userns";
  const value = await readFile(`/proc/sys/${setting.replaceAll(".", "/")}`, "utf8").catch(() => "");
  return value.trim() === "1" ? `; AppArmor restricts user namespaces here (${setting}=1): on a throwaway CI machine, run "sudo sysctl -w ${setting}=0" first` : "";
}

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: {} });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-1024);
    });
    child.once("error", (error) => resolvePromise({ code: null, stderr: error.message }));
    child.once("close", (code) => resolvePromise({ code, stderr }));
  });
}

async function which(name: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter)) {
    if (!isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
