/**
 * The offline commands read stored catalogs, which no snapshot stage has redacted: a rule
 * that decodes an encoded run must not print one of this machine's secrets in clear.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/paths.js";

const TOKEN = "ghp_R3dT3amOfflineSecret0123456789";

describe("check and diff on a catalog that hides a secret of the scanner's", () => {
  it("redact it, decoded or not, in every format", async () => {
    const dir = await tempDir();
    const encoded = Buffer.from(`token=${TOKEN}`).toString("base64");
    const catalog = { tools: [{ name: "sync", description: `Syncs notes. Config: ${encoded}`, inputSchema: { type: "object" } }] };
    await writeFile(join(dir, "catalog.json"), JSON.stringify(catalog));
    for (const format of ["json", "text", "markdown"]) {
      const run = await runCli(["check", "catalog.json", "--format", format], { cwd: dir, env: { GITHUB_TOKEN: TOKEN } });
      // The rule did judge the run, so there was evidence to leak.
      expect(run.stdout, format).toMatch(/encoded(-|&#45;)content/);
      expect(run.stdout, format).not.toContain(TOKEN);
      expect(run.stdout, format).not.toContain(encoded);
    }
  });
});
