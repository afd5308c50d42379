/**
 * The embedded demo (root mcp-drift.yml, fixtures/demo, snapshots/) is what a new user sees
 * first, so it is tested the way they run it.
 */
import { execFile } from "node:child_process";
import { cp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import reportSchema from "../../src/report/schema.json" with { type: "json" };
import { parseReport, runCli } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const exec = promisify(execFile);

describe("the demo in a fresh clone", () => {
  it("shows one unchanged server and one that drifted, without writing anything", async () => {
    const before = await readFile(join(ROOT, "snapshots/notes.json"), "utf8");
    const run = await runCli(["scan", "--format", "json"], { cwd: ROOT });
    const report = parseReport(run);
    expect(report.servers.map((s) => [s.id, s.status])).toEqual([
      ["weather", "unchanged"],
      ["notes", "changed"],
    ]);
    const notes = report.servers[1]!;
    expect(notes.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      "changed server/serverInfo/version",
      "changed tools/search_notes/description",
      "added tools/update_note",
    ]);
    expect([...new Set(notes.findings.map((f) => f.rule))].sort()).toEqual([
      "description-changed",
      "server-identity-changed",
      "tool-added",
      "write-capability-added",
    ]);
    // The new write tool is what fails the demo at the default failOn: high.
    expect(notes.findings.filter((f) => f.severity === "high").map((f) => [f.rule, f.name])).toEqual([
      ["write-capability-added", "update_note"],
    ]);
    expect(notes.tools?.map((t) => [t.name, t.tier])).toEqual([
      ["read_note", "read"],
      ["search_notes", "read"],
      ["update_note", "write"],
    ]);
    expect(report.exitCode).toBe(1);
    expect(run.code).toBe(report.exitCode);
    expect(await readFile(join(ROOT, "snapshots/notes.json"), "utf8")).toBe(before);
  });

  it("produces JSON that validates against the published report schema", async () => {
    const report = parseReport(await runCli(["scan", "--format", "json"], { cwd: ROOT }));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("has committed baselines that are exactly what update takes of the older catalogs", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "mcp-drift.yml"),
      `version: 1
servers:
  weather:
    command: node
    args: [${JSON.stringify(join(ROOT, "fixtures/servers/catalog-server.mjs"))}, ${JSON.stringify(join(ROOT, "fixtures/demo/weather.json"))}]
  notes:
    command: node
    args: [${JSON.stringify(join(ROOT, "fixtures/servers/catalog-server.mjs"))}, ${JSON.stringify(join(ROOT, "fixtures/demo/notes-v1.json"))}]
`,
    );
    const update = await runCli(["update"], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(update.code, update.stderr).toBe(0);
    for (const id of ["weather", "notes"]) {
      expect(await readFile(join(dir, "snapshots", `${id}.json`), "utf8")).toBe(
        await readFile(join(ROOT, "snapshots", `${id}.json`), "utf8"),
      );
    }
  });

  it("leaves git status clean after two updates of unchanged servers", async () => {
    const dir = await tempDir();
    await cp(join(ROOT, "fixtures"), join(dir, "fixtures"), { recursive: true });
    await cp(join(ROOT, "mcp-drift.yml"), join(dir, "mcp-drift.yml"));
    await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"));
    await writeFile(join(dir, ".gitignore"), "node_modules\n");
    const git = (...args: string[]) => exec("git", args, { cwd: dir });
    await git("init", "-q");
    const env = { PATH: process.env.PATH };
    expect((await runCli(["update"], { cwd: dir, env })).code).toBe(0);
    await git("add", "-A");
    await git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "baseline");
    const second = await runCli(["update"], { cwd: dir, env });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/accepted notes: .* unchanged/);
    expect((await git("status", "--porcelain")).stdout).toBe("");
    await rm(dir, { recursive: true, force: true });
  });

  it("runs as `mcp-drift` from the built bin, with the text report and exit code of a real process", async () => {
    const result = await exec(process.execPath, [join(ROOT, "bin/mcp-drift.js"), "scan"], { cwd: ROOT }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    const code = "code" in result ? result.code : 0;
    const expected = parseReport(await runCli(["scan", "--format", "json"], { cwd: ROOT })).exitCode;
    expect(code).toBe(expected);
    expect(result.stdout).toContain("notes");
    expect(result.stdout).toContain("update_note");
    expect(result.stdout).not.toMatch(/\x1b\[/); // not a terminal: no colour
  });
});
