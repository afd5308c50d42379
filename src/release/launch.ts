/**
 * What a stdio server's command line fetches and runs: the package, image or git source a
 * runner (npx, uvx, docker…) resolves at launch, read from the parsed command and arguments
 * as each runner reads them, never from a joined string. A command that runs local code
 * (`node server.js`, `python -m x`) has no launch target: the repository holds what runs.
 */
import type { LaunchTarget, ServerConfig } from "../model.js";
// A token in a git or registry URL (`https://user:token@host/…`) never reaches a snapshot or a report.
import { withoutCredentials } from "./http.js";

/** How a runner reads its arguments: which options take a value, which name the package. */
interface RunnerSyntax {
  ecosystem: "npm" | "pypi";
  /** Options that consume the next argument (or take `=value`). */
  valued: ReadonlySet<string>;
  /** Options whose value is the package spec (npx `-p`, uvx `--from`, pipx `--spec`). */
  packageOptions: ReadonlySet<string>;
}

const NPX: RunnerSyntax = {
  ecosystem: "npm",
  valued: new Set([
    "-p",
    "--package",
    "-c",
    "--call",
    "--registry",
    "--cache",
    "--userconfig",
    "--loglevel",
    "-w",
    "--workspace",
    "--node-options",
    "--script-shell",
    "--shell",
    "--prefix",
  ]),
  packageOptions: new Set(["-p", "--package"]),
};

/** `--@scope:registry`: npm's registry for one scope's packages. */
const SCOPE_REGISTRY = /^--@[^:/\s]+:registry$/;

const UVX: RunnerSyntax = {
  ecosystem: "pypi",
  valued: new Set([
    "--from",
    "-w",
    "--with",
    "--with-editable",
    "--with-requirements",
    "-p",
    "--python",
    "--index",
    "--index-url",
    "-i",
    "--extra-index-url",
    "--default-index",
    "--find-links",
    "-f",
    "-c",
    "--constraints",
    "--overrides",
    "--build-constraints",
    "--cache-dir",
    "--directory",
    "--project",
    "--config-file",
    "--color",
    "--index-strategy",
    "--keyring-provider",
    "--resolution",
    "--prerelease",
    "--exclude-newer",
    "--refresh-package",
    "--reinstall-package",
    "-P",
    "--upgrade-package",
    "--link-mode",
    "--env-file",
    "--python-platform",
    "--allow-insecure-host",
    "--config-setting",
    "-C",
  ]),
  packageOptions: new Set(["--from"]),
};

const PIPX: RunnerSyntax = {
  ecosystem: "pypi",
  valued: new Set(["--spec", "--python", "--pip-args", "--index-url", "-i", "--backend", "--fetch-python"]),
  packageOptions: new Set(["--spec"]),
};

/**
 * docker/podman run options that take a value (short ones may also be glued: `-eKEY=v`), from
 * `docker run --help` and then podman's own: one missed reads its value as the image.
 */
const CONTAINER_VALUED = new Set([
  "-a",
  "--attach",
  "--add-host",
  "--annotation",
  "--blkio-weight",
  "--blkio-weight-device",
  "--cap-add",
  "--cap-drop",
  "--cgroup-parent",
  "--cgroupns",
  "-c",
  "--cpu-shares",
  "--cpu-count",
  "--cpu-percent",
  "--cpu-period",
  "--cpu-quota",
  "--cpu-rt-period",
  "--cpu-rt-runtime",
  "--cpus",
  "--cpuset-cpus",
  "--cpuset-mems",
  "--cidfile",
  "--detach-keys",
  "--device",
  "--device-cgroup-rule",
  "--device-read-bps",
  "--device-read-iops",
  "--device-write-bps",
  "--device-write-iops",
  "--dns",
  "--dns-option",
  "--dns-search",
  "--domainname",
  "-e",
  "--env",
  "--env-file",
  "--entrypoint",
  "--expose",
  "--gpus",
  "--group-add",
  "--health-cmd",
  "--health-interval",
  "--health-retries",
  "--health-start-interval",
  "--health-start-period",
  "--health-timeout",
  "-h",
  "--hostname",
  "--io-maxbandwidth",
  "--io-maxiops",
  "--ip",
  "--ip6",
  "--ipc",
  "--isolation",
  "--kernel-memory",
  "-l",
  "--label",
  "--label-file",
  "--link",
  "--link-local-ip",
  "--log-driver",
  "--log-opt",
  "--mac-address",
  "-m",
  "--memory",
  "--memory-reservation",
  "--memory-swap",
  "--memory-swappiness",
  "--mount",
  "--name",
  "--network",
  "--net",
  "--network-alias",
  "--net-alias",
  "--oom-score-adj",
  "-p",
  "--publish",
  "--pid",
  "--pids-limit",
  "--platform",
  "--pull",
  "--restart",
  "--runtime",
  "--security-opt",
  "--shm-size",
  "--stop-signal",
  "--stop-timeout",
  "--storage-opt",
  "--sysctl",
  "--tmpfs",
  "-u",
  "--user",
  "--ulimit",
  "--userns",
  "--uts",
  "-v",
  "--volume",
  "--volume-driver",
  "--volumes-from",
  "-w",
  "--workdir",
  // podman run only
  "--arch",
  "--authfile",
  "--cert-dir",
  "--cgroup-conf",
  "--cgroups",
  "--chrootdirs",
  "--conmon-pidfile",
  "--creds",
  "--decryption-key",
  "--env-merge",
  "--gidmap",
  "--group-entry",
  "--health-log-destination",
  "--health-max-log-count",
  "--health-max-log-size",
  "--health-on-failure",
  "--health-startup-cmd",
  "--health-startup-interval",
  "--health-startup-retries",
  "--health-startup-success",
  "--health-startup-timeout",
  "--hostuser",
  "--hosts-file",
  "--image-volume",
  "--init-path",
  "--os",
  "--passwd-entry",
  "--personality",
  "--pidfile",
  "--pod",
  "--pod-id-file",
  "--preserve-fd",
  "--preserve-fds",
  "--rdt-class",
  "--requires",
  "--retry",
  "--retry-delay",
  "--sdnotify",
  "--seccomp-policy",
  "--secret",
  "--shm-size-systemd",
  "--subgidname",
  "--subuidname",
  "--systemd",
  "--timeout",
  "--tz",
  "--uidmap",
  "--umask",
  "--unsetenv",
  "--variant",
]);

/**
 * The launch target of a stdio server, or undefined when its command runs no package,
 * image or git source a registry serves.
 */
export function launchTarget(server: Pick<ServerConfig, "command" | "args">): LaunchTarget | undefined {
  if (server.command === undefined) return undefined;
  return targetOf(server.command, server.args ?? []);
}

function targetOf(command: string, args: readonly string[]): LaunchTarget | undefined {
  const name = commandName(command);
  const [first, ...rest] = args;
  switch (name) {
    case "cmd":
      // Windows hosts start npx through `cmd /c npx …`.
      return first !== undefined && /^\/c$/i.test(first) && rest[0] !== undefined ? targetOf(rest[0], rest.slice(1)) : undefined;
    case "npx":
    case "bunx":
      return npmTarget(name, args);
    case "npm":
      return first === "exec" || first === "x" ? npmTarget("npm exec", rest) : undefined;
    case "pnpm":
      return pnpmTarget(args);
    case "yarn":
      return first === "dlx" ? npmTarget("yarn dlx", rest) : undefined;
    case "bun":
      return first === "x" ? npmTarget("bun x", rest) : undefined;
    case "uvx":
      return pypiTarget("uvx", UVX, args);
    case "uv":
      return first === "tool" && rest[0] === "run" ? pypiTarget("uv tool run", UVX, rest.slice(1)) : undefined;
    case "pipx":
      return first === "run" ? pypiTarget("pipx run", PIPX, rest) : undefined;
    case "docker":
    case "podman":
      if (first === "run") return containerTarget(name, rest);
      if (first === "container" && rest[0] === "run") return containerTarget(name, rest.slice(1));
      return undefined;
    default:
      return undefined;
  }
}

/** `/usr/local/bin/npx`, `C:\…\npx.cmd` → `npx`. */
function commandName(command: string): string {
  const base = command.split(/[\\/]/).pop() ?? command;
  return base.replace(/\.(?:cmd|exe|bat|ps1)$/i, "").toLowerCase();
}

/** pnpm takes its options before or after `dlx`: `pnpm --package=x dlx cmd`, `pnpm dlx -p x cmd`. */
function pnpmTarget(args: readonly string[]): LaunchTarget | undefined {
  const at = args.indexOf("dlx");
  if (at === -1) return undefined;
  return npmTarget("pnpm dlx", [...args.slice(0, at), ...args.slice(at + 1)]);
}

interface ReadArguments {
  /** Values of the runner's package options, in order. */
  packages: string[];
  /** The first argument that is not an option or an option's value. */
  positional?: string;
  /** `--registry` (npm) and the like: option name → last value. */
  values: Map<string, string>;
}

/** Reads options up to the first positional argument (or `--`) the way the runner does. */
function readArguments(args: readonly string[], syntax: Pick<RunnerSyntax, "valued" | "packageOptions">): ReadArguments {
  const read: ReadArguments = { packages: [], values: new Map() };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--") {
      read.positional = args[index + 1];
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      read.positional = arg;
      break;
    }
    const equals = arg.indexOf("=");
    const [option, inline] = arg.startsWith("--") && equals !== -1 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    // npm's per-scope registry (`--@acme:registry URL`) is an option with a value like --registry.
    if (!syntax.valued.has(option) && !(syntax === NPX && SCOPE_REGISTRY.test(option))) continue;
    const value = inline ?? args[++index];
    if (value === undefined) break;
    read.values.set(option, value);
    if (syntax.packageOptions.has(option)) read.packages.push(value);
  }
  return read;
}

function npmTarget(launcher: string, args: readonly string[]): LaunchTarget | undefined {
  const read = readArguments(args, NPX);
  // With --package the positional is the command to run, not a package.
  const spec = read.packages[0] ?? read.positional;
  if (spec === undefined) return undefined;
  const target = npmSpec(spec);
  if (target === undefined) return undefined;
  // A scoped package comes from its scope's registry when the launch names one, as npm reads it.
  const scope = target.ecosystem === "npm" ? /^(@[^/]+)\//.exec(target.package)?.[1] : undefined;
  const registry = (scope !== undefined ? read.values.get(`--${scope}:registry`) : undefined) ?? read.values.get("--registry");
  return {
    launcher,
    ...target,
    ...(registry !== undefined && target.ecosystem === "npm" ? { registry: withoutCredentials(registry) } : {}),
  };
}

/**
 * An npm package spec as npm-package-arg reads it: `name`, `name@spec`, `@scope/name@spec`,
 * `alias@npm:real@spec`, or a git source (`github:o/r#ref`, `git+https://…#ref`, `o/r`).
 * Local paths and tarball URLs are not registry releases.
 */
function npmSpec(spec: string): Omit<LaunchTarget, "launcher"> | undefined {
  if (/^(?:\.|\/|~|file:|https?:|[A-Za-z]:[\\/])/.test(spec)) return undefined;
  if (/^(?:git\+|git:\/\/|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(spec)) {
    const hash = spec.indexOf("#");
    return {
      ecosystem: "git",
      package: withoutCredentials(hash === -1 ? spec : spec.slice(0, hash)),
      requested: hash === -1 ? "" : spec.slice(hash + 1),
    };
  }
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  const name = at === -1 ? spec : spec.slice(0, at);
  const requested = at === -1 ? "" : spec.slice(at + 1);
  if (requested.startsWith("npm:")) return npmSpec(requested.slice("npm:".length));
  return { ecosystem: "npm", package: name, requested };
}

function pypiTarget(launcher: string, syntax: RunnerSyntax, args: readonly string[]): LaunchTarget | undefined {
  const read = readArguments(args, syntax);
  const spec = read.packages[0] ?? read.positional;
  if (spec === undefined) return undefined;
  const target = pypiSpec(spec);
  return target === undefined ? undefined : { launcher, ...target };
}

/**
 * A Python requirement as uv and pip read it: `name`, `name==1.2.3`, `name[extra]>=1`,
 * `name@1.2.3` (uvx's shorthand), `name @ git+https://…@ref` or a bare `git+https://…@ref`.
 */
function pypiSpec(spec: string): Omit<LaunchTarget, "launcher"> | undefined {
  const direct = /^\s*[A-Za-z0-9][\w.-]*(?:\[[^\]]*\])?\s*@\s*(\S+:\/\/\S+|git\+\S+)\s*$/.exec(spec);
  const url = direct ? direct[1]! : spec;
  if (url.startsWith("git+")) return gitUrl(url);
  if (/^(?:\.|\/|~|file:|https?:|[A-Za-z]:[\\/])/.test(url)) return undefined;
  const match = /^\s*([A-Za-z0-9][\w.-]*)\s*(?:\[[^\]]*\])?\s*(.*?)\s*$/.exec(spec);
  if (!match) return undefined;
  const requested = match[2]!.startsWith("@") ? match[2]!.slice(1).trim() : match[2]!;
  return { ecosystem: "pypi", package: pep503(match[1]!), requested };
}

/** pip's VCS URL: `git+https://host/o/r@ref#egg=x` (the ref after the path's last `@`). */
function gitUrl(url: string): Omit<LaunchTarget, "launcher"> {
  const withoutFragment = url.split("#")[0]!;
  const scheme = withoutFragment.indexOf("://");
  const pathStart = scheme === -1 ? 0 : withoutFragment.indexOf("/", scheme + 3);
  const at = pathStart === -1 ? -1 : withoutFragment.lastIndexOf("@");
  const [source, ref] = at > pathStart ? [withoutFragment.slice(0, at), withoutFragment.slice(at + 1)] : [withoutFragment, ""];
  return { ecosystem: "git", package: withoutCredentials(source), requested: ref };
}

/** PEP 503: the name an index knows a project by. */
function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

function containerTarget(launcher: string, args: readonly string[]): LaunchTarget | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--") return imageTarget(launcher, args[index + 1]);
    if (!arg.startsWith("-") || arg === "-") return imageTarget(launcher, arg);
    if (arg.startsWith("--")) {
      if (!arg.includes("=") && CONTAINER_VALUED.has(arg)) index++;
      continue;
    }
    // A group of short flags (`-it`, `-eKEY=v`, `-ite KEY=v`): the first that takes a value
    // takes the rest of the group, or the next argument when the group ends with it.
    for (let at = 1; at < arg.length; at++) {
      if (CONTAINER_VALUED.has(`-${arg[at]}`)) {
        if (at === arg.length - 1) index++;
        break;
      }
    }
  }
  return undefined;
}

/** `[host[:port]/]path[:tag][@digest]`, as the distribution reference grammar reads it. */
function imageTarget(launcher: string, image: string | undefined): LaunchTarget | undefined {
  if (image === undefined || image === "") return undefined;
  const at = image.indexOf("@");
  const [named, digest] = at === -1 ? [image, undefined] : [image.slice(0, at), image.slice(at + 1)];
  const slash = named.lastIndexOf("/");
  const colon = named.lastIndexOf(":");
  const [repository, tag] = colon > slash ? [named.slice(0, colon), named.slice(colon + 1)] : [named, undefined];
  const firstSlash = repository.indexOf("/");
  const head = firstSlash === -1 ? "" : repository.slice(0, firstSlash);
  const hasHost = head.includes(".") || head.includes(":") || head === "localhost";
  const host = hasHost ? head : "docker.io";
  let path = hasHost ? repository.slice(firstSlash + 1) : repository;
  if (host === "docker.io" && !path.includes("/")) path = `library/${path}`;
  return {
    launcher,
    ecosystem: "oci",
    package: `${host}/${path}`,
    requested: digest !== undefined ? `${tag ?? ""}@${digest}` : (tag ?? ""),
  };
}
