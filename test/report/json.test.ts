import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model.js";
import { escapedJsonChunks, escapeJsonHidden, prettyJsonPieces } from "../../src/json-text.js";
import { jsonReportChunks, renderJson } from "../../src/report/json.js";
import { buildReport, hostileReport, notesServer, sampleReport } from "./sample.js";

const schema = JSON.parse(readFileSync(new URL("../../src/report/schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function parsed(report: Report): unknown {
  return JSON.parse(renderJson(report));
}

describe("renderJson", () => {
  it("is two-space JSON with a trailing newline that round-trips the report", () => {
    const report = sampleReport();
    const output = renderJson(report);
    expect(output.endsWith("}\n")).toBe(true);
    expect(output.split("\n")[1]).toBe('  "format": "mcp-drift/report@1",');
    expect(JSON.parse(output)).toEqual(report);
  });

  it("writes hidden characters as \\u escapes so the output is safe to print", () => {
    const report = hostileReport();
    const output = renderJson(report);
    expect(output.replaceAll("\n", "")).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/u);
    expect(JSON.parse(output)).toEqual(report);
  });

  it.each([
    ["a changed, an unchanged and a failed server", sampleReport()],
    ["hostile server text everywhere", hostileReport()],
    ["a failing run", buildReport([notesServer()], "high")],
    ["no servers", buildReport([], "never")],
  ])("validates against schema.json: %s", (_, report) => {
    expect(validate(parsed(report)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("schema.json", () => {
  const valid = (): Record<string, unknown> & { servers: Record<string, unknown>[] } =>
    parsed(sampleReport()) as Record<string, unknown> & { servers: Record<string, unknown>[] };

  it("rejects a report of another format or with an unknown exit code", () => {
    expect(validate({ ...valid(), format: "mcp-drift/report@2" })).toBe(false);
    expect(validate({ ...valid(), exitCode: 3 })).toBe(false);
  });

  it("rejects fields outside the contract and missing required ones", () => {
    expect(validate({ ...valid(), extra: true })).toBe(false);
    const { notices: _notices, ...withoutNotices } = valid();
    expect(validate(withoutNotices)).toBe(false);
  });

  it("requires an error message on a server that failed", () => {
    const report = valid();
    report.servers = report.servers.map((server) => {
      const { error: _error, ...rest } = server;
      return rest;
    });
    expect(validate(report)).toBe(false);
  });

  it("rejects an unknown severity or change kind", () => {
    const report = valid();
    const [server] = report.servers as { findings: Record<string, unknown>[]; changes: Record<string, unknown>[] }[];
    server!.findings[0]!.severity = "severe";
    expect(validate(report)).toBe(false);
    server!.findings[0]!.severity = "low";
    server!.changes[0]!.kind = "renamed";
    expect(validate(report)).toBe(false);
  });
});

describe("schema.json tool tiers", () => {
  const report = (): { servers: { tools?: Record<string, unknown>[] }[] } =>
    parsed(sampleReport()) as { servers: { tools?: Record<string, unknown>[] }[] };

  it("accepts each scanned server's tools with tier and reasons, and a server without them", () => {
    const valid = report();
    expect(valid.servers[0]?.tools?.[0]).toEqual({ name: "delete_note", tier: "high-impact", reasons: ['name verb "delete"'] });
    expect(valid.servers[2]?.tools).toBeUndefined();
    expect(validate(valid)).toBe(true);
  });

  it("rejects an unknown tier or a tool without reasons", () => {
    const unknownTier = report();
    unknownTier.servers[0]!.tools![0]!.tier = "admin";
    expect(validate(unknownTier)).toBe(false);
    const noReasons = report();
    delete noReasons.servers[0]!.tools![0]!.reasons;
    expect(validate(noReasons)).toBe(false);
  });
});

describe("prettyJsonPieces and escapedJsonChunks", () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      fc.string({ unit: "binary" }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("0", "10", "2", "__proto__")), tie("value"), { maxKeys: 4 }),
    ),
  })).value;

  it("join to JSON.stringify(value, null, 2) at any depth of pieces, and escape as the whole text is escaped", () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 6 }), (value, levels) => {
        const whole = JSON.stringify(value, null, 2);
        if (whole === undefined) return;
        expect([...prettyJsonPieces(value, levels)].join("")).toBe(whole);
        expect([...escapedJsonChunks(prettyJsonPieces(value, levels))].join("")).toBe(escapeJsonHidden(whole));
      }),
    );
  });

  it("write a report of several MiB in chunks of about 1 MiB that join to renderJson", () => {
    const server = notesServer();
    // A hidden character in every change, so escaping is checked across chunk boundaries too.
    const changes = Array.from({ length: 40_000 }, (_, index) => ({
      ...server.changes[0]!,
      name: `tool_${index}\u202e`,
      path: `tools/tool_${index}`,
    }));
    const report = buildReport([{ ...server, changes }], "high");
    const chunks = [...jsonReportChunks(report)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(2 ** 21);
    expect(chunks.join("")).toBe(`${escapeJsonHidden(JSON.stringify(report, null, 2))}\n`);
  });
});
