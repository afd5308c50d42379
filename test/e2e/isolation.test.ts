/**
 * A hostile stdio server against the sandbox, through the real command line as a process of
 * its own: its environment, its stdout and the job's files are what the server goes after.
 * Each attack is also run with `isolation: off`, where it must succeed: that proves the
 * hostile server really does what it claims, so the isolated run's "nothing leaked" means
 * something. Uses the build, like demo.test.ts (`npm test` builds first).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/model.js";
import { ROOT, tempDir } from "../helpers/paths.js";
import { killMarked, markedProcesses, newMarker, until } from "../helpers/processes.js";
import { SANDBOX_BACKENDS } from "../helpers/sandbox.js";

const BIN = join(ROOT, "bin/mcp-drift.js");
const ESCAPE = join(ROOT, "fixtures/servers/hostile/escape.mjs");
const CANARY = `canary-${newMarker()}`;

type Isolation = "auto" | "required" | "off";

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The PATH that picks the sandbox backend under test. */
let backendPath: string | undefined;

const markers: string[] = [];
afterEach(() => {
  for (const marker of markers.splice(0)) killMarked(marker);
});

/** A project whose one server runs `escape.mjs behaviour`; the marker is in every process it starts. */
async function project(behaviour: string, isolation: Isolation, flags: string[] = []): Promise<{ dir: string; marker: string }> {
  const dir = await tempDir("mcp-drift-isolation-");
  const marker = newMarker();
  markers.push(marker);
  const args = [ESCAPE, behaviour, "--marker", marker, ...flags].map((arg) => JSON.stringify(arg)).join(", ");
  await writeFile(
    join(dir, "mcp-drift.yml"),
    [
      "version: 1",
      "failOn: never",
      `isolation: ${isolation}`,
      "servers:",
      "  hostile:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${args}]`,
      // The fixture imports the MCP SDK from the project's node_modules.
      `    cwd: ${JSON.stringify(ROOT)}`,
      "    timeout: 20s",
      "",
    ].join("\n"),
  );
  return { dir, marker };
}

/**
 * The CLI as the runner starts it: with the job's secrets and files in its environment. With
 * `pipe`, its stdout is a real pipe, as a runner or a shell gives it: Node gives a child a
 * socket, which /proc/PID/fd/1 cannot be reopened through.
 */
function start(dir: string, args: string[], env: NodeJS.ProcessEnv = {}, pipe = false) {
  const [command, argv] = pipe
    ? ["/bin/sh", ["-c", '"$0" "$@" | /bin/cat', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const child = spawn(command, argv, {
    cwd: dir,
    env: { PATH: backendPath ?? process.env.PATH, HOME: process.env.HOME, MCP_DRIFT_CANARY: CANARY, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

function run(dir: string, args: string[], env?: NodeJS.ProcessEnv, pipe = false): Promise<Run> {
  return start(dir, args, env, pipe).done;
}

function report(result: Run): Report {
  try {
    return JSON.parse(result.stdout) as Report;
  } catch {
    throw new Error(`not a JSON report (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** What the hostile server wrote into its one tool's description: what it found. */
function found(result: Run): string {
  const server = report(result).servers[0];
  expect(server?.status, result.stderr).toBe("new");
  const added = server?.changes.find((change) => change.entity === "tool" && change.name === "probe");
  return JSON.stringify(added?.after ?? null);
}

describe.runIf(process.platform === "linux").each(SANDBOX_BACKENDS)("stdio servers in the $name sandbox", (backend) => {
  beforeAll(async () => {
    backendPath = await backend.path();
  });
  afterAll(() => {
    backendPath = undefined;
  });

  it("cannot read the scanner's environment (unisolated, the same server can)", async () => {
    const isolated = await project("read-environ", "required");
    const leaked = await project("read-environ", "off");
    const [safe, unsafe] = await Promise.all([
      run(isolated.dir, ["scan", "--format", "json"]),
      run(leaked.dir, ["scan", "--format", "json"]),
    ]);
    expect(found(unsafe)).toContain(CANARY);
    expect(found(safe)).not.toContain(CANARY);
    expect(report(safe).notices.join("\n")).not.toMatch(/WITHOUT isolation/);
    expect(report(unsafe).notices.join("\n")).toMatch(/WITHOUT isolation \(isolation is off in the config\)/);
    // On stderr as well, where a person sees it even when stdout is a JSON report.
    expect(unsafe.stderr).toMatch(/^mcp-drift: warning: stdio servers ran WITHOUT isolation/m);
    expect(safe.stderr).not.toMatch(/WITHOUT isolation/);
  });

  it("cannot write into the scanner's stdout or stderr: the JSON report stays JSON", async () => {
    const isolated = await project("write-outputs", "required");
    const leaked = await project("write-outputs", "off");
    const [safe, unsafe] = await Promise.all([
      run(isolated.dir, ["scan", "--format", "json"], {}, true),
      run(leaked.dir, ["scan", "--format", "json"], {}, true),
    ]);
    expect(unsafe.stdout).toContain("::error::mcp-drift-hostile-command");
    expect(() => report(unsafe)).toThrow(/not a JSON report/);
    expect(() => report(safe)).not.toThrow();
    expect(safe.stdout + safe.stderr).not.toContain("::error::mcp-drift-hostile-command");
    expect(safe.stdout + safe.stderr).not.toContain("\u001b]52");
  });

  it("cannot append to $GITHUB_ENV, write into the project or read the checkout's persisted token, even after trying to unmount the wall", async () => {
    const attempt = async (isolation: Isolation) => {
      const runnerTemp = await tempDir("mcp-drift-runner-");
      const commands = join(runnerTemp, "_runner_file_commands");
      await mkdir(commands);
      const githubEnv = join(commands, "set_env_1");
      await writeFile(githubEnv, "");
      const { dir } = await project("touch-files", isolation, []);
      const planted = join(dir, "snapshots", "planted.json");
      await mkdir(join(dir, "snapshots"));
      // What actions/checkout leaves behind unless told not to.
      const gitConfig = join(dir, ".git", "config");
      await mkdir(join(dir, ".git"));
      await writeFile(gitConfig, '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2Zha2U=\n');
      // The server gets the paths as arguments: it knows where runners keep these files.
      const config = await readFile(join(dir, "mcp-drift.yml"), "utf8");
      await writeFile(
        join(dir, "mcp-drift.yml"),
        config.replace(
          '"touch-files",',
          `"touch-files", ${[
            ...["--github-env", githubEnv, "--workspace-file", planted, "--read-file", gitConfig],
            // Root in its own user namespace could undo these mounts, but for the dropped capabilities.
            ...[commands, runnerTemp, dir, gitConfig].flatMap((path) => ["--unmount", path]),
          ]
            .map((arg) => JSON.stringify(arg))
            .join(", ")},`,
        ),
      );
      const result = await run(dir, ["scan", "--format", "json"], { GITHUB_ENV: githubEnv, RUNNER_TEMP: runnerTemp });
      return { result, githubEnv: await readFile(githubEnv, "utf8"), planted: existsSync(planted) };
    };
    const [safe, unsafe] = await Promise.all([attempt("required"), attempt("off")]);
    // What the server said it did, so a failure here explains itself.
    const told = `${unsafe.result.stdout}\n${unsafe.result.stderr}`;
    expect(unsafe.githubEnv, told).toContain("NODE_OPTIONS");
    expect(unsafe.planted, told).toBe(true);
    expect(found(unsafe.result)).toContain("extraheader");
    expect(found(safe.result)).toContain("workspace-file: failed: EROFS");
    expect(found(safe.result)).toMatch(/umount refused \((?=.*superuser)/);
    expect(found(safe.result)).toMatch(/mount refused \((?=.*permission denied)/);
    expect(found(safe.result)).not.toMatch(/ done/);
    expect(found(safe.result)).toContain('read-file: \\"\\"');
    expect(safe.githubEnv).toBe("");
    expect(safe.planted).toBe(false);
  });

  it("ends a daemon that left the process group with an emptied environment", async () => {
    const isolated = await project("daemon", "required");
    const escaped = await project("daemon", "off");
    const [safe, unsafe] = await Promise.all([
      run(isolated.dir, ["scan", "--format", "json"]),
      run(escaped.dir, ["scan", "--format", "json"]),
    ]);
    expect(found(safe)).toContain("daemon started");
    expect(found(unsafe)).toContain("daemon started");
    // No tag and no group finds it unisolated: the README says so. Isolated, the namespace ends it.
    expect(markedProcesses(escaped.marker)).not.toEqual([]);
    expect(await until(() => markedProcesses(isolated.marker).length === 0)).toBe(true);
  });

  it("ends a daemon that keeps re-spawning under new pids", async () => {
    for (const isolation of ["required", "off"] as const) {
      const { dir, marker } = await project("respawn", isolation);
      const result = await run(dir, ["scan", "--format", "json"]);
      expect(found(result)).toContain("respawn started");
      // Unisolated it keeps the scanner's tag, and sweeps repeat until one finds nothing.
      expect(await until(() => markedProcesses(marker).length === 0), isolation).toBe(true);
    }
  });

  for (const [signal, code] of [
    ["SIGHUP", 129],
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`ends every server process when the CLI gets ${signal}, and exits ${code}`, async () => {
      const { dir, marker } = await project("stall", "required");
      const cli = start(dir, ["scan"]);
      expect(await until(() => markedProcesses(marker).length > 0)).toBe(true);
      cli.child.kill(signal);
      const result = await cli.done;
      expect(result.code).toBe(code);
      expect(await until(() => markedProcesses(marker).length === 0)).toBe(true);
    });
  }
});

describe.runIf(process.platform === "linux")("no sandbox to be had", () => {
  it("fails a run that requires isolation where there is none; auto says loudly that it ran without", async () => {
    // A PATH with node and nothing else: no unshare, no setpriv.
    const bare = await tempDir("mcp-drift-bare-path-");
    await symlink(process.execPath, join(bare, "node"));
    const required = await project("read-environ", "required");
    const auto = await project("read-environ", "auto");
    const [refused, unisolated] = await Promise.all([
      run(required.dir, ["scan", "--format", "json"], { PATH: bare }),
      run(auto.dir, ["scan", "--format", "json"], { PATH: bare }),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /isolation is required, but stdio servers cannot be isolated here: neither bwrap \(bubblewrap\) nor unshare, setpriv and mount \(util-linux\) is on PATH/,
    );
    expect(report(unisolated).notices.join("\n")).toMatch(
      /stdio servers ran WITHOUT isolation \(neither bwrap \(bubblewrap\) nor unshare, setpriv and mount \(util-linux\) is on PATH/,
    );
  });
});

describe.runIf(process.platform === "linux")("the sandbox tried while the command loads", () => {
  it("leaves no trial behind when the scan stops before any server starts", async () => {
    // util-linux tools that take a second to fail: the trial outlasts a config that is not there.
    const bin = await tempDir("mcp-drift-slow-sandbox-");
    for (const tool of ["setpriv", "unshare", "mount"]) {
      await writeFile(join(bin, tool), `#!/bin/sh\ntouch "${join(bin, `ran-${tool}`)}"\nsleep 1\nexit 1\n`);
      await chmod(join(bin, tool), 0o755);
    }
    const temp = await tempDir("mcp-drift-temp-");
    const dir = await tempDir("mcp-drift-no-config-");
    const result = await run(dir, ["scan", "--config", "absent.yml"], { PATH: [bin, "/usr/bin", "/bin"].join(delimiter), TMPDIR: temp });
    expect(result.code, result.stderr).toBe(2);
    expect(await readdir(temp)).toEqual([]);
    // The trial did start: an empty TMPDIR alone would hold if it never ran.
    expect((await readdir(bin)).filter((name) => name.startsWith("ran-")).length).toBeGreaterThan(0);
  });
});
