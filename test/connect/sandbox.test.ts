import { execFileSync } from "node:child_process";
import { chmod, mkdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareIsolation, sandboxPaths } from "../../src/connect/sandbox.js";
import { collectServer } from "../../src/connect/collect.js";
import { ROOT, tempDir } from "../helpers/paths.js";
import { SANDBOX_BACKENDS } from "../helpers/sandbox.js";
import { stdioServer } from "./fixtures.js";

/** A project whose baselines are in its own snapshots folder, as by default. */
function project(dir: string) {
  return { dir, snapshots: `${dir}/snapshots` };
}

const RUNNER = {
  HOME: "/home/runner",
  GITHUB_WORKSPACE: "/home/runner/work/agents/agents",
  RUNNER_TEMP: "/home/runner/work/_temp",
  GITHUB_ENV: "/home/runner/work/_temp/_runner_file_commands/set_env_1f2e",
  GITHUB_OUTPUT: "/home/runner/work/_temp/_runner_file_commands/set_output_1f2e",
  GITHUB_STEP_SUMMARY: "/home/runner/work/_temp/_runner_file_commands/step_summary_1f2e",
};

describe("sandboxPaths", () => {
  it("hides the job's command files, runner temp, container sockets and checkout credentials; protects the workspace", () => {
    const paths = sandboxPaths(RUNNER, project("/home/runner/work/agents/agents/tools"));
    expect(paths.hidden).toEqual(
      expect.arrayContaining([
        "/home/runner/work/_temp/_runner_file_commands",
        "/home/runner/work/_temp",
        "/var/run/docker.sock",
        "/home/runner/work/agents/agents/.git/config",
      ]),
    );
    // The project lies in the workspace, which is read-only as a whole.
    expect(paths.readOnly).toEqual(["/home/runner/work/agents/agents"]);
  });

  it("protects baselines kept outside the project too", () => {
    const paths = sandboxPaths({ HOME: "/home/alice" }, { dir: "/srv/agents", snapshots: "/srv/baselines/agents" });
    expect(paths.readOnly).toEqual(["/srv/agents", "/srv/baselines/agents"]);
  });

  it("never hides what servers need to start and to cache, and keeps HOME and the temp folder writable inside a frozen project", () => {
    // A job that keeps its project in runner temp, and a user whose project is their home.
    const inTemp = sandboxPaths({ ...RUNNER, GITHUB_WORKSPACE: undefined }, project("/home/runner/work/_temp/project"));
    expect(inTemp.hidden).not.toContain("/home/runner/work/_temp");
    const atHome = sandboxPaths({ HOME: "/home/alice" }, project("/home/alice"));
    // HOME stays writable; the baselines in it are still protected.
    expect(atHome).toMatchObject({ readOnly: ["/home/alice/snapshots"], writable: [] });
    expect(sandboxPaths({ HOME: "/home/alice" }, project("/home/alice/project"))).toMatchObject({
      readOnly: ["/home/alice/project"],
      writable: [],
    });
    // A project that holds HOME and the temp folder stays read-only around them.
    const above = sandboxPaths({ HOME: "/srv/agents/home" }, project("/srv/agents"));
    expect(above).toMatchObject({ readOnly: ["/srv/agents"], writable: ["/srv/agents/home"] });
    const aboveAll = sandboxPaths({ HOME: "/home/alice" }, { dir: "/", snapshots: "/home/alice/snapshots" });
    // Baselines inside a writable HOME are frozen again.
    expect(aboveAll).toMatchObject({ readOnly: ["/", "/home/alice/snapshots"], writable: ["/home/alice", tmpdir()] });
    expect(sandboxPaths({}, { dir: tmpdir(), snapshots: tmpdir() })).toMatchObject({ readOnly: [], writable: [] });
  });

  it("freezes the actions and tools later steps of the job run", () => {
    const paths = sandboxPaths(
      { ...RUNNER, RUNNER_WORKSPACE: "/home/runner/work/agents", RUNNER_TOOL_CACHE: "/opt/hostedtoolcache" },
      project("/home/runner/work/agents/agents"),
    );
    expect(paths.readOnly).toEqual(
      expect.arrayContaining(["/opt/hostedtoolcache", "/home/runner/work/_actions", "/home/runner/work/_tool"]),
    );
  });

  it("finds the git folder the project lies in, however deep, and hides every config in it where a token may persist", async () => {
    const repository = await tempDir("mcp-drift-git-");
    const projectDir = join(repository, "tools", "agents");
    const git = join(repository, ".git");
    for (const dir of [
      projectDir,
      join(git, "modules", "libs", "ui", "modules", "icons"),
      join(git, "modules", "libs", "ui", "objects", "ab"),
    ]) {
      await mkdir(dir, { recursive: true });
    }
    for (const file of [
      join(git, "config"),
      join(git, "modules", "libs", "ui", "config"),
      join(git, "modules", "libs", "ui", "modules", "icons", "config"),
    ]) {
      await writeFile(file, "[core]\n");
    }
    const paths = sandboxPaths({}, project(projectDir));
    expect(paths.readOnly).toEqual(expect.arrayContaining([projectDir, git]));
    expect(paths.hidden).toEqual(
      expect.arrayContaining([
        join(git, "config"),
        join(git, "modules", "libs", "ui", "config"),
        join(git, "modules", "libs", "ui", "modules", "icons", "config"),
      ]),
    );

    // A worktree's `.git` is a file naming its git folder, which shares the main one's config.
    const worktree = join(repository, "worktree");
    await mkdir(join(git, "worktrees", "wt"), { recursive: true });
    await mkdir(worktree);
    await writeFile(join(worktree, ".git"), `gitdir: ${join(git, "worktrees", "wt")}\n`);
    await writeFile(join(git, "worktrees", "wt", "commondir"), "../..\n");
    const inWorktree = sandboxPaths({}, project(worktree));
    // The worktree's own git folder lies in the main one, frozen as a whole.
    expect(inWorktree.readOnly).toEqual([worktree, git]);
    expect(inWorktree.hidden).toEqual(expect.arrayContaining([join(git, "config"), join(git, "worktrees", "wt", "config.worktree")]));
  });

  it("ignores relative paths in the environment", () => {
    const paths = sandboxPaths({ GITHUB_ENV: "set_env", RUNNER_TEMP: "temp" }, project("/srv/project"));
    expect(paths.hidden.filter((p) => p.startsWith("/srv/") && !p.startsWith("/srv/project/"))).toEqual([]);
    expect(paths.hidden.some((p) => p.includes("set_env") || p.endsWith("/temp"))).toBe(false);
  });
});

/** Runs `work` with process.env.PATH set to `path`, where the sandbox looks for its tools. */
async function withPath<T>(path: string, work: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = path;
  try {
    return await work();
  } finally {
    process.env.PATH = saved;
  }
}

describe.runIf(process.platform === "linux").each(SANDBOX_BACKENDS)("a server in the $name sandbox", (backend) => {
  it("sees no process but the sandbox's first one, and answers as usual", async () => {
    const plan = await withPath(await backend.path(), () => prepareIsolation("required", { env: {}, project: project(ROOT) }));
    expect(plan.notice).toBeUndefined();
    const server = stdioServer("hostile/escape.mjs", ["read-environ", "--marker", "sandbox-test"]);
    const raw = await collectServer(server, { sandbox: plan.sandbox });
    const description = String(raw.tools?.[0]?.description);
    // One line per other visible process, `PID: environment`: only PID 1, the sandbox's init.
    expect([...description.matchAll(/^(\d+): /gm)].map((match) => match[1])).toEqual(["1"]);
  });

  it("keeps a project read-only around the HOME inside it, which stays writable but for the baselines in it", async () => {
    const dir = await tempDir("mcp-drift-nested-");
    const home = join(dir, "home");
    await mkdir(join(home, "snapshots"), { recursive: true });
    const plan = await withPath(await backend.path(), () =>
      prepareIsolation("required", { env: { HOME: home }, project: { dir, snapshots: join(home, "snapshots") } }),
    );
    const attempts = ["home/cache", "planted", "home/snapshots/planted"].map(
      (file) => `touch "$0/${file}" 2>/dev/null && echo "${file}: written" || echo "${file}: refused"`,
    );
    const { command, args } = plan.sandbox!.wrap("/bin/sh", ["-c", attempts.join("; "), dir], undefined);
    const output = execFileSync(command, args, { encoding: "utf8", env: {} });
    expect(output.trim().split("\n")).toEqual(["home/cache: written", "planted: refused", "home/snapshots/planted: refused"]);
  });

  it("refuses a server whose cwd lies in a hidden folder, whose real contents it would see", async () => {
    const runnerTemp = await tempDir("mcp-drift-runner-");
    const plan = await withPath(await backend.path(), () =>
      prepareIsolation("required", { env: { RUNNER_TEMP: runnerTemp }, project: project(ROOT) }),
    );
    expect(() => plan.sandbox!.wrap("/bin/true", [], join(runnerTemp, "server"))).toThrow(
      /cwd .* lies in .*, which the sandbox hides from servers/,
    );
  });
});

describe("isolation: off", () => {
  it("runs servers as plain child processes and says so", async () => {
    const plan = await prepareIsolation("off", { env: {}, project: project(ROOT) });
    expect(plan.sandbox).toBeUndefined();
    expect(plan.notice).toMatch(/^stdio servers ran WITHOUT isolation \(isolation is off in the config\)/);
  });
});

describe.runIf(process.platform === "linux")("a system where the sandbox cannot start", () => {
  /** A PATH whose unshare fails the way it does where user namespaces are forbidden. */
  async function withBrokenUnshare<T>(work: () => Promise<T>): Promise<T> {
    const bin = await tempDir("mcp-drift-broken-unshare-");
    await symlink("/usr/bin/setpriv", join(bin, "setpriv"));
    await symlink("/usr/bin/mount", join(bin, "mount"));
    const unshare = join(bin, "unshare");
    await writeFile(unshare, "#!/bin/sh\necho 'unshare: write failed /proc/self/uid_map: Operation not permitted' >&2\nexit 1\n");
    await chmod(unshare, 0o755);
    return withPath(bin, work);
  }

  it("auto: runs servers without isolation and says why, in the system's own words", async () => {
    const plan = await withBrokenUnshare(() => prepareIsolation("auto", { env: {}, project: project(ROOT) }));
    expect(plan.sandbox).toBeUndefined();
    expect(plan.notice).toMatch(
      /^stdio servers ran WITHOUT isolation \(the sandbox did not start: unshare: unshare: write failed \/proc\/self\/uid_map: Operation not permitted/,
    );
  });

  it("required: refuses to scan", async () => {
    await expect(withBrokenUnshare(() => prepareIsolation("required", { env: {}, project: project(ROOT) }))).rejects.toThrow(
      /^isolation is required, but stdio servers cannot be isolated here: the sandbox did not start: unshare: unshare: write failed/,
    );
  });
});
