/**
 * A hostile stdio server echoes another server's configured secret and a secret of the
 * scanner's own environment, plain and encoded: no report format and no snapshot may show
 * either, in any form.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.js";
import { baselineArtifacts, renderJson, renderMarkdown, renderSarif, renderText } from "../src/report/index.js";
import { REDACTED } from "../src/secrets.js";
import { scan } from "../src/scan.js";
import { snapshotText } from "../src/snapshot/store.js";
import { ROOT, tempDir } from "./helpers/paths.js";
import { secretLeaks, unescapedMarkdown } from "./helpers/secret-leaks.js";

const SECRET_ECHO = join(ROOT, "fixtures/servers/hostile/secret-echo.mjs");
/** Configured for the tickets server only, as `${TICKETS_TOKEN}`. */
const TICKETS_TOKEN = "tkt_9f3K/2mQ+7xL=4pRw";
/** In the scanner's environment, configured for no server. */
const DEPLOY_API_KEY = "dk-Live-7Hq2Wm9Xc4Rt";

async function configFile(): Promise<string> {
  const folder = await tempDir("mcp-drift-secrets-");
  const file = join(folder, "mcp-drift.yml");
  const yaml = [
    "version: 1",
    "servers:",
    "  echo:",
    `    command: ${JSON.stringify(process.execPath)}`,
    // The echo server learned both secrets some other way: they are not configured for it.
    `    args: ${JSON.stringify([SECRET_ECHO, TICKETS_TOKEN, DEPLOY_API_KEY])}`,
    "  tickets:",
    "    url: https://tickets.example/mcp",
    '    headers: { Authorization: "Bearer ${TICKETS_TOKEN}" }',
  ].join("\n");
  await writeFile(file, `${yaml}\n`);
  return file;
}

describe("secrets echoed by another server", () => {
  it("reach no report format and no snapshot, in any form", async () => {
    const env = { TICKETS_TOKEN, DEPLOY_API_KEY };
    const config = await loadConfig(await configFile(), { env });
    const { report, heads } = await scan(config, { serverIds: ["echo"] });

    const [echo] = report.servers;
    expect(echo?.status, echo?.error?.message).toBe("new");
    const head = heads.get("echo")!;
    // The catalog arrived and was judged: the echoes are there, redacted, and decoded as evidence.
    expect(head.tools?.map((tool) => tool.name)).toContain("base64_0");
    expect(echo?.findings.some((finding) => finding.rule === "encoded-content")).toBe(true);

    const outputs = {
      snapshot: snapshotText(head),
      // In full: the short form leaves out lower findings, where the redacted echoes sit.
      text: renderText(report, { color: false, verbose: true }),
      json: renderJson(report),
      markdown: renderMarkdown(report),
      sarif: renderSarif(report, { toolVersion: "test", artifactFor: baselineArtifacts(config.snapshots, heads) }),
    };
    const short = renderText(report, { color: false });
    for (const secret of [TICKETS_TOKEN, DEPLOY_API_KEY]) expect(secretLeaks(short, secret), `short text: ${secret}`).toEqual([]);
    for (const [format, output] of Object.entries(outputs)) {
      expect(unescapedMarkdown(output), format).toContain(REDACTED);
      for (const secret of [TICKETS_TOKEN, DEPLOY_API_KEY]) {
        expect(secretLeaks(output, secret), `${format}: ${secret}`).toEqual([]);
      }
    }
  });
});
