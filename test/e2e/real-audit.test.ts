/**
 * A first scan is an audit of every text a server shows the model. Real published servers
 * write honest, model-directed guidance ("IMPORTANT:", "You should…"); none of it may reach
 * high, or teams switch the check off.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { atLeast } from "../../src/model.js";
import { parseReport, runCli } from "../helpers/cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const PACKAGES = ["fs-old", "fs-new", "memory-old", "memory-new", "github-old", "github-new"];

it("finds nothing at high or above in the first scan of every pinned real server", async () => {
  const dir = await tempDir();
  await mkdir(join(dir, "allowed"));
  const servers = PACKAGES.map(
    (pkg) => `  ${pkg}:
    command: ${JSON.stringify(process.execPath)}
    args: [${JSON.stringify(join(ROOT, "node_modules", pkg, "dist/index.js"))}, ${JSON.stringify(join(dir, "allowed"))}]
    env: { GITHUB_PERSONAL_ACCESS_TOKEN: "not-a-real-token", MEMORY_FILE_PATH: ${JSON.stringify(join(dir, `${pkg}.jsonl`))} }
    timeout: 20s
`,
  );
  await writeFile(join(dir, "mcp-drift.yml"), `version: 1\nservers:\n${servers.join("")}`);
  const report = parseReport(await runCli(["scan", "-f", "json"], { cwd: dir }));
  expect(report.servers.map((s) => [s.id, s.status])).toEqual(PACKAGES.map((id) => [id, "new"]));
  const tools = report.servers.reduce((n, s) => n + (s.tools?.length ?? 0), 0);
  expect(tools).toBeGreaterThan(50);
  // Old and new releases of one server share tool names: that collision is medium by design.
  const loud = report.servers.flatMap((s) =>
    s.findings.filter((f) => atLeast(f.severity, "high")).map((f) => `${s.id} ${f.rule} ${f.name}`),
  );
  expect(loud).toEqual([]);
});
