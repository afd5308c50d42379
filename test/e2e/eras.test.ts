/**
 * Both eras end to end through the CLI: SDK v2 servers that speak only 2026-07-28 (stdio and
 * Streamable HTTP), a server that speaks both, and a 2025 server, in one config.
 */
import type { ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/model.js";
import { BASIC, V2, startV2Http } from "../connect/v2.js";
import { fixturePath } from "../connect/fixtures.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { CATALOG_SERVER, tempDir } from "../helpers/paths.js";

const env = { PATH: process.env.PATH };
const V2_SERVER = fixturePath(`servers/${V2}`);

function stdioEntry(id: string, script: string, args: string[], extra = ""): string {
  const argv = [script, ...args].map((a) => JSON.stringify(a)).join(", ");
  return `  ${id}:\n    command: ${JSON.stringify(process.execPath)}\n    args: [${argv}]\n    timeout: 10s\n${extra}`;
}

describe("one config, every era", () => {
  let modernHttp: { child: ChildProcess; url: string };
  let dir: string;
  const config = (dualProtocol: string) =>
    [
      "version: 1",
      "failOn: low",
      "servers:",
      stdioEntry("legacy", CATALOG_SERVER, [BASIC]),
      stdioEntry("modern-stdio", V2_SERVER, [BASIC]),
      `  modern-http:\n    url: ${modernHttp.url}\n    timeout: 10s\n`,
      stdioEntry("dual", V2_SERVER, [BASIC, "--era", "dual"], `    protocol: ${dualProtocol}\n`),
    ].join("\n");

  beforeAll(async () => {
    modernHttp = await startV2Http([BASIC]);
    dir = await tempDir();
  });
  afterAll(() => {
    modernHttp.child.kill();
  });

  it("takes baselines of all four, the same catalog apart from the revision", async () => {
    await writeFile(join(dir, "mcp-drift.yml"), config("auto"));
    const update = await runCli(["update"], { cwd: dir, env });
    expect(update.code, update.stderr).toBe(0);
    const read = async (id: string) => JSON.parse(await readFile(join(dir, `snapshots/${id}.json`), "utf8")) as Snapshot;
    const [legacy, modernStdio, modernHttpSnapshot, dual] = await Promise.all(["legacy", "modern-stdio", "modern-http", "dual"].map(read));
    expect(legacy?.initialize.protocolVersion).toBe("2025-11-25");
    expect(dual?.initialize.protocolVersion).toBe("2025-11-25");
    expect(modernStdio?.initialize.protocolVersion).toBe("2026-07-28");
    expect(modernHttpSnapshot).toEqual({ ...modernStdio, server: { id: "modern-http" } });
    const withoutRevision = (snapshot: Snapshot | undefined) => {
      const { protocolVersion: _, ...initialize } = snapshot!.initialize;
      return { ...snapshot, server: {}, initialize };
    };
    // The 2025 fixture is built on SDK v1 over the same catalog; capabilities match too.
    expect(withoutRevision(modernStdio)).toEqual(withoutRevision(dual));
    expect(withoutRevision(modernStdio)).toEqual(withoutRevision(legacy));
  });

  it("scans them unchanged, and reports a dual-era server read in the other era as an info-level switch", async () => {
    const unchanged = parseReport(await runCli(["scan", "--format", "json"], { cwd: dir, env }));
    expect(unchanged.servers.map((s) => [s.id, s.status])).toEqual([
      ["legacy", "unchanged"],
      ["modern-stdio", "unchanged"],
      ["modern-http", "unchanged"],
      ["dual", "unchanged"],
    ]);
    expect(unchanged.exitCode).toBe(0);

    await writeFile(join(dir, "mcp-drift.yml"), config("2026-07-28"));
    const switched = parseReport(await runCli(["scan", "--format", "json"], { cwd: dir, env }));
    const dual = switched.servers.find((s) => s.id === "dual")!;
    expect(dual.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(["changed server/protocolVersion"]);
    expect(dual.findings.map((f) => [f.rule, f.severity])).toEqual([["server-identity-changed", "info"]]);
    expect(switched.exitCode).toBe(0);
  });
});
