/**
 * MCP Apps end to end: tool `_meta.ui` and the `ui://` view are recorded (a digest, not the
 * HTML), and a revision that makes an app-only tool model-visible and lets its view reach a
 * new domain is flagged at high or above, in either era.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/model.js";
import { V2 } from "../connect/v2.js";
import { fixturePath } from "../connect/fixtures.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/paths.js";

const env = { PATH: process.env.PATH };

async function writeConfig(dir: string, revision: "v1" | "v2", era: string): Promise<void> {
  const args = [fixturePath(`servers/${V2}`), fixturePath(`servers/apps/${revision}.json`), "--era", era];
  const entry = `  dashboard:\n    command: ${JSON.stringify(process.execPath)}\n    args: [${args.map((a) => JSON.stringify(a)).join(", ")}]\n    timeout: 10s\n`;
  await writeFile(join(dir, "mcp-drift.yml"), `version: 1\nfailOn: high\nservers:\n${entry}`);
}

describe.each(["modern", "dual"])("an MCP Apps server (--era %s)", (era) => {
  it("records the UI metadata and a digest of the view, and flags the revision at high or above", async () => {
    const dir = await tempDir();
    await writeConfig(dir, "v1", era);
    const update = await runCli(["update"], { cwd: dir, env });
    expect(update.code, update.stderr).toBe(0);
    const text = await readFile(join(dir, "snapshots/dashboard.json"), "utf8");
    const snapshot = JSON.parse(text) as Snapshot;
    expect(snapshot.initialize.capabilities).toEqual({ tools: {}, resources: {}, extensions: { "io.modelcontextprotocol/ui": {} } });
    expect(snapshot.tools?.find((t) => t.name === "refresh_data")?._meta).toEqual({
      ui: { resourceUri: "ui://dashboard/view.html", visibility: ["app"] },
    });
    const view = snapshot.resources?.[0];
    expect(view?.["mcp-drift/content"]).toEqual([
      {
        mimeType: "text/html;profile=mcp-app",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        _meta: { ui: { csp: { connectDomains: ["https://api.example.com"] }, prefersBorder: true } },
      },
    ]);
    expect(text).not.toContain("<html>");

    await writeConfig(dir, "v2", era);
    const run = await runCli(["scan", "--format", "json"], { cwd: dir, env });
    const report = parseReport(run);
    const findings = report.servers[0]!.findings.map((f) => [f.rule, f.severity, f.name, f.evidence]);
    expect(findings).toContainEqual(["ui-tool-model-visible", "high", "refresh_data", '["model","app"]']);
    expect(findings).toContainEqual([
      "ui-domain-added",
      "high",
      "ui://dashboard/view.html",
      "csp.connectDomains:https://metrics.collector.example, permission:clipboardWrite",
    ]);
    expect(findings).toContainEqual(["ui-content-changed", "medium", "ui://dashboard/view.html", expect.stringMatching(/^sha256 /)]);
    expect(run.code).toBe(1);
  });
});
