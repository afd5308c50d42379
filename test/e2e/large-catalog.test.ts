/**
 * A catalog of 100,000 tools, served by a real fixture server over stdio in pages, through the
 * real CLI: every output format of a first scan (`update`, which also writes the baseline).
 * Scale must not cost correctness: counts, escaping, the SARIF structure and the baseline's
 * bytes are checked, not the time taken. A scan against a baseline of this size is timed in
 * `npm run bench`; here it would double the suite's longest file for what the diff and
 * snapshot tests already prove at small sizes.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model.js";
import { readSnapshot, snapshotText } from "../../src/snapshot/store.js";
import { runCli } from "../helpers/cli.js";
import { CATALOG_SERVER, ROOT, tempDir } from "../helpers/paths.js";

const TOOLS = 100_000;
const ZERO_WIDTH = "\u200b";

/** A few tools that give every format something to show; the catalog server adds the rest (tool_00001…). */
const SPECIAL_TOOLS = [
  { name: "delete_everything", description: "Deletes every record in the workspace, permanently." },
  { name: "hidden_note", description: `Looks up a note.${ZERO_WIDTH}` },
  { name: "tool_00007", description: "A second tool_00007, listed twice by this server." },
];

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

const sarifSchema = JSON.parse(await readFile(join(ROOT, "fixtures/sarif/sarif-schema-2.1.0.json"), "utf8")) as object;
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

/**
 * The log validated against the SARIF schema with its results cut to the first `sample` (the
 * schema check of 100,000 results would cost more than the scan), and every result checked
 * for what code scanning needs: a described rule at its index, a level, a line in the file.
 */
function checkSarif(text: string, lineCount: number, sample = 500): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const [run] = log.runs;
  const trimmed = { ...log, runs: [{ ...run, results: run!.results.slice(0, sample) }] };
  expect(validateSarif(trimmed), JSON.stringify(validateSarif.errors?.slice(0, 3), null, 2)).toBe(true);
  const rules = run!.tool.driver.rules;
  // Plain checks gathered into one assertion: an expect per result costs more than the scan.
  const wrong: string[] = [];
  for (const result of run!.results) {
    const line = result.locations[0]!.physicalLocation.region.startLine;
    if (rules[result.ruleIndex]?.id !== result.ruleId) wrong.push(`${result.ruleId}: rule index ${result.ruleIndex}`);
    if (!["error", "warning", "note"].includes(result.level)) wrong.push(`${result.ruleId}: level ${result.level}`);
    if (!(line >= 1 && line <= lineCount)) wrong.push(`${result.ruleId}: line ${line} of ${lineCount}`);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
  return log;
}

function outputs(dir: string, prefix: string) {
  const file = (ext: string) => join(dir, `${prefix}.${ext}`);
  return {
    args: ["--output", file("txt"), "--json", file("json"), "--markdown", file("md"), "--sarif", file("sarif")],
    read: async () => ({
      text: await readFile(file("txt"), "utf8"),
      json: JSON.parse(await readFile(file("json"), "utf8")) as Report,
      jsonText: await readFile(file("json"), "utf8"),
      markdown: await readFile(file("md"), "utf8"),
      sarif: await readFile(file("sarif"), "utf8"),
    }),
  };
}

describe("a catalog of 100,000 tools", () => {
  it("comes out in every format on a first scan, and its baseline reloads byte for byte", async () => {
    const dir = await tempDir();
    const catalog = join(dir, "catalog.json");
    await writeFile(catalog, JSON.stringify({ serverInfo: { name: "gateway", version: "1.0.0" }, tools: SPECIAL_TOOLS }));
    const generated = String(TOOLS - SPECIAL_TOOLS.length);
    const config = () =>
      [
        "version: 1",
        "snapshots: snapshots",
        "failOn: high",
        "isolation: off",
        "maxItems: 200000",
        "runTimeout: 10m",
        "servers:",
        "  big:",
        `    command: ${JSON.stringify(process.execPath)}`,
        `    args: ${JSON.stringify([CATALOG_SERVER, catalog, "--generate-tools", generated, "--page-size", "1000"])}`,
        "    timeout: 5m",
        "",
      ].join("\n");
    await writeFile(join(dir, "first.yml"), config());

    // A first scan: `update` reports the whole catalog as new and writes the baseline.
    const first = outputs(dir, "first");
    const update = await runCli(["update", "--config", "first.yml", ...first.args], { cwd: dir });
    expect(update.stderr).toContain("accepted big: snapshots/big.json created (100003 changes)");
    expect(update.code).toBe(0);

    const baselineFile = join(dir, "snapshots/big.json");
    const baselineText = await readFile(baselineFile, "utf8");
    const baseline = await readSnapshot(baselineFile, { maxBytes: 1 << 30 });
    expect(baseline?.tools).toHaveLength(TOOLS);
    // Canonical: what it reloads as is written back byte for byte.
    expect(snapshotText(baseline!) === baselineText).toBe(true);
    expect(baselineText).not.toContain(ZERO_WIDTH);
    expect(baselineText).toContain('"description": "Looks up a note.\\u200b"');

    const one = await first.read();
    const server = one.json.servers[0]!;
    // The look-alike and hidden-character findings below are high: the report fails at failOn high.
    expect([server.id, server.status, one.json.summary.new, one.json.exitCode]).toEqual(["big", "new", 1, 1]);
    // Every tool added, and the three top-level initialize fields.
    expect(server.changes).toHaveLength(TOOLS + 3);
    expect(server.tools).toHaveLength(TOOLS);
    expect(server.tools?.find((tool) => tool.name === "delete_everything")?.tier).toBe("high-impact");
    const byRule = new Map<string, number>();
    for (const finding of server.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    expect(byRule.get("tool-added")).toBe(TOOLS);
    expect(server.findings.filter((f) => f.rule === "tool-name-collision").map((f) => [f.name, f.severity])).toEqual([
      ["tool_00007", "high"],
    ]);
    expect(server.findings.some((f) => f.rule === "hidden-characters" && f.name === "hidden_note")).toBe(true);
    const counted = Object.values(one.json.summary.findings).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(server.findings.length);
    expect(one.jsonText).not.toContain(ZERO_WIDTH);

    const firstSarif = checkSarif(one.sarif, baselineText.split("\n").length);
    expect(firstSarif.runs[0]!.results).toHaveLength(server.findings.length);
    expect(one.sarif).not.toContain(ZERO_WIDTH);

    expect(one.text.split("\n")[0]).toMatch(/^mcp-drift: 0 of 1 server changed, 1 new · \d+ findings .*→ exit 1$/);
    expect(one.text).toContain(`▸ big · new · ${TOOLS} tools`);
    expect(one.text).not.toContain(ZERO_WIDTH);
    expect(one.markdown.split("\n")[0]).toMatch(/^### .*mcp-drift: 0 of 1 server changed, 1 new · \d+ findings/);
    expect(one.markdown).toContain(`| big | new | ${TOOLS} tools`);
    expect(one.markdown).not.toContain(ZERO_WIDTH);
  }, 600_000);
});
