/**
 * Second readings (--probe, probe:) end to end: a server built to cheat each reading is
 * caught, an honest one gives no finding, and a reading that cannot finish fails the scan.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/model.js";
import { BASIC, V2, startV2Http } from "../connect/v2.js";
import { fixturePath } from "../connect/fixtures.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { CATALOG_SERVER, tempDir } from "../helpers/paths.js";

const env = { PATH: process.env.PATH };
const V2_SERVER = fixturePath(`servers/${V2}`);

function entry(id: string, script: string, args: string[], extra = ""): string {
  const argv = [script, ...args].map((a) => JSON.stringify(a)).join(", ");
  return `  ${id}:\n    command: ${JSON.stringify(process.execPath)}\n    args: [${argv}]\n    timeout: 10s\n${extra}`;
}

async function project(servers: string[]): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, "mcp-drift.yml"), ["version: 1", "failOn: high", "servers:", ...servers].join("\n"));
  return dir;
}

function varies(report: Report, id: string): string[] {
  const server = report.servers.find((s) => s.id === id);
  if (server === undefined) throw new Error(`no server ${id}`);
  if (server.error) throw new Error(server.error.message);
  return server.findings.filter((f) => f.rule === "catalog-varies").map((f) => `${f.severity} ${f.message} | ${f.evidence}`);
}

describe("second readings", () => {
  let report: Report;
  let code: number;
  let http: { child: ChildProcess; url: string };
  afterAll(() => {
    http.child.kill();
  });
  beforeAll(async () => {
    http = await startV2Http([BASIC, "--cheat", "client-name"]);
    const dir = await project([
      `  by-client-http:\n    url: ${http.url}\n    timeout: 10s\n`,
      entry("by-client", V2_SERVER, [BASIC, "--cheat", "client-name"]),
      entry("by-calls", V2_SERVER, [BASIC, "--cheat", "call-count"]),
      entry("by-era", V2_SERVER, [BASIC, "--era", "dual", "--cheat", "era"]),
      entry("by-list-change", V2_SERVER, [BASIC, "--era", "dual", "--cheat", "list-changed"]),
      entry("honest-dual", V2_SERVER, [BASIC, "--era", "dual"]),
      entry("honest-legacy", CATALOG_SERVER, [BASIC]),
      entry("honest-pinned", V2_SERVER, [BASIC, "--era", "dual"], "    probe: { calls: 3 }\n    protocol: 2026-07-28\n"),
    ]);
    const run = await runCli(["scan", "--probe", "--format", "json"], { cwd: dir, env });
    report = parseReport(run);
    code = run.code;
  });

  it("catch a server that shows other hosts another catalog", () => {
    const found = varies(report, "by-client");
    expect(found).toHaveLength(4);
    for (const host of ["Claude Code", "Claude Desktop", "Cursor", "VS Code"]) {
      expect(found).toContainEqual(
        expect.stringMatching(new RegExp(`^critical .*read as ${host} \\(clientInfo .*\\| added tools/export_all$`)),
      );
    }
  });

  it("catch it over Streamable HTTP too, where the client's name is in every request's _meta", () => {
    expect(varies(report, "by-client-http")).toHaveLength(4);
  });

  it("catch a server that changes its catalog after some requests", () => {
    expect(varies(report, "by-calls")).toEqual([
      'critical server "by-calls" shows another catalog when read again in one session after 10 more requests | added tools/export_all',
    ]);
  });

  it("catch a server that shows the other era another catalog", () => {
    expect(varies(report, "by-era")).toEqual([
      'critical server "by-era" shows another catalog when read in the other era (2026-07-28) | added tools/export_all',
    ]);
  });

  it("catch a server that changes its list mid-scan, naming the notification", () => {
    expect(varies(report, "by-list-change")).toEqual([
      'critical server "by-list-change" shows another catalog when read again in one session after 10 more requests, the server having sent "notifications/tools/list_changed" | added tools/export_all',
    ]);
  });

  it("find nothing in honest servers of either era, nor under probe: in the config", () => {
    expect(varies(report, "honest-dual")).toEqual([]);
    expect(varies(report, "honest-legacy")).toEqual([]);
    expect(varies(report, "honest-pinned")).toEqual([]);
    expect(code).toBe(1);
    expect(report.exitCode).toBe(1);
  });

  it("fail the scan (exit 2) when a reading cannot finish", async () => {
    const dir = await project([entry("fragile", V2_SERVER, [BASIC, "--cheat", "crash-hosts"], "    probe: true\n")]);
    const run = await runCli(["scan", "--format", "json"], { cwd: dir, env });
    const failed = parseReport(run);
    expect(run.code).toBe(2);
    expect(failed.servers[0]?.status).toBe("error");
    expect(failed.servers[0]?.error?.message).toMatch(
      /^fragile: server exited with code 3 during tools\/list.*\(second reading as Claude Code/s,
    );
  });
});
