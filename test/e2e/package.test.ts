/**
 * `npx mcp-drift` from an installed tarball needs the bin and the bundled CLI it imports
 * (every module of the bundle: a command loads its own part when it runs) in the package.
 */
import { execFile } from "node:child_process";
import { copyFile, readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, tempDir } from "../helpers/paths.js";

const exec = promisify(execFile);

it("packs the bin, everything it imports and the published schemas", async () => {
  const { stdout } = await exec("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT });
  const files = new Set((JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path));
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
    bin: Record<string, string>;
    scripts: Record<string, string>;
  };
  const bin = pkg.bin["mcp-drift"]!;
  expect(files).toContain(bin);
  const entry = /(?:from |import\()"\.\.\/(.+?)"/.exec(await readFile(join(ROOT, bin), "utf8"))![1]!;
  expect(files).toContain(entry);
  const bundle = dirname(entry);
  const modules = (await readdir(join(ROOT, bundle))).map((name) => `${bundle}/${name}`);
  expect(modules.length).toBeGreaterThan(1);
  for (const module of modules) expect(files).toContain(module);
  for (const schema of [
    "src/config/schema.json",
    "src/report/schema.json",
    // SARIF rules link to it (helpUri), and the README does.
    "docs/rules.md",
  ]) {
    expect(files).toContain(schema);
  }
  expect(files).toContain("LICENSE");
  // Built when packed (prepack), so installing runs no script of ours and npm warns of none.
  expect(Object.keys(pkg.scripts).filter((name) => ["preinstall", "install", "postinstall", "prepare"].includes(name))).toEqual([]);
  expect(pkg.scripts.prepack).toBe("npm run build");
  expect([...files].some((f) => f.startsWith("test/") || f.startsWith("fixtures/") || f.startsWith("bench/"))).toBe(false);
  // The bundle is all the CLI runs: the unbundled build (tests, scripts, and the Action's modules,
  // which import devDependencies such as octokit; the Action ships as dist/) stays out.
  expect([...files].filter((f) => f.startsWith("build/") && !f.startsWith(`${bundle}/`))).toEqual([]);
});

it("releases only a tested tag that names the package's version, and moves the major tag to it", async () => {
  const workflow = parse(await readFile(join(ROOT, ".github/workflows/release.yml"), "utf8")) as {
    on: { push: { tags: string[] } };
    jobs: { release: { steps: { run?: string }[] } };
  };
  expect(workflow.on.push.tags).toEqual(["v[0-9]+.[0-9]+.[0-9]+"]);
  const runs = workflow.jobs.release.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
  const at = (command: string) => runs.findIndex((run) => run.includes(command));
  expect(at('require("./package.json").version')).toBeGreaterThanOrEqual(0);
  expect(at("npm test")).toBeLessThan(at("npm publish"));
  expect(at("git diff --exit-code -- dist/")).toBeLessThan(at("npm publish"));
  expect(at("npm publish")).toBeLessThan(at('git tag --force "$major"'));
  expect(at("npm pkg set")).toBeLessThan(at("npm publish"));
});

it("names the repository it is released from in the published package", async () => {
  const workflow = parse(await readFile(join(ROOT, ".github/workflows/release.yml"), "utf8")) as {
    jobs: { release: { steps: { run?: string }[] } };
  };
  const step = workflow.jobs.release.steps.find((s) => s.run?.startsWith("npm pkg set"));
  const dir = await tempDir();
  await copyFile(join(ROOT, "package.json"), join(dir, "package.json"));
  await exec("bash", ["-c", step!.run!], {
    cwd: dir,
    env: { ...process.env, GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/mcp-drift" },
  });
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  expect([manifest.repository, manifest.homepage, manifest.bugs]).toEqual([
    { type: "git", url: "git+https://github.com/acme/mcp-drift.git" },
    "https://github.com/acme/mcp-drift#readme",
    { url: "https://github.com/acme/mcp-drift/issues" },
  ]);
});
