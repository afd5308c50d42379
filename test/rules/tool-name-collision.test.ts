import { describe, expect, it } from "vitest";
import { newServerChanges } from "../../src/diff/diff.js";
import type { Snapshot } from "../../src/model.js";
import { ScanAnalysis } from "../../src/classify/analysis.js";
import { lookalikeKey } from "../../src/classify/tool-names.js";
import { toolNameCollision } from "../../src/rules/tool-name-collision.js";
import { classifyFixture, contextFor } from "./pipeline.js";

function server(id: string, ...names: string[]): Snapshot {
  return {
    format: "mcp-drift/snapshot@1",
    server: { id },
    initialize: { protocolVersion: "2025-06-18", serverInfo: { name: id, version: "1.0.0" } },
    tools: names.map((name) => ({ name, description: `The ${name} tool.` })),
  };
}

const filesystem = server("filesystem", "read_file", "write_file");

/** What the rule reports for `head`'s server on a first scan next to `others`. */
function hits(head: Snapshot, ...others: Snapshot[]) {
  return toolNameCollision.check(contextFor(undefined, head, others)).map((h) => [h.name, h.severity, h.message, h.evidence]);
}

describe("tool-name-collision", () => {
  it("is medium for the same name on two servers, naming the other server", () => {
    expect(hits(server("desktop", "read_file", "start_process"), filesystem)).toEqual([
      [
        "read_file",
        "medium",
        'same name as a tool of server "filesystem"; the model may call the wrong one, in name of tool "read_file"',
        'read_file ≈ read_file (server "filesystem")',
      ],
    ]);
  });

  it("is medium for names that differ only in case or separators", () => {
    for (const name of ["read-file", "readFile", "READ_FILE", "read.file"]) {
      expect(
        hits(server("other", name), filesystem).map(([, severity]) => severity),
        name,
      ).toEqual(["medium"]);
    }
  });

  it("is high for a look-alike, and shows the characters that differ", () => {
    expect(hits(server("helper", "re\u0430d_file"), filesystem)).toEqual([
      [
        "re\u0430d_file",
        "high",
        'looks like tool "read_file" of server "filesystem" but is spelled with look-alike characters, in name of tool "re\u0430d_file"',
        're<U+0430>d_file ≈ read_file (server "filesystem")',
      ],
    ]);
  });

  it.each([
    ["a Greek iota", "write_file", "wr\u03b9te_file"],
    ["a fullwidth letter", "read_file", "\uff52ead_file"],
    ["an invisible character", "read_file", "read\u200b_file"],
    ["a digit for a letter", "read_file", "read_fi1e"],
    ["rn for m", "format_note", "forrnat_note"],
  ])("sees %s as a look-alike", (_, target, lookalike) => {
    expect(hits(server("helper", lookalike), server("real", target)).map(([, severity]) => severity)).toEqual(["high"]);
    expect(lookalikeKey(lookalike)).toBe(lookalikeKey(target));
  });

  it("tells the honest side only that it is imitated, naming the impostor, never that it is spelled with look-alikes", () => {
    for (const impostor of ["re\u0430d_file", "read_fi1e", "read\u200b_file", "\uff52ead_file"]) {
      const honest = hits(filesystem, server("helper", impostor));
      expect(honest, impostor).toEqual([
        [
          "read_file",
          "info",
          `tool "${impostor}" of server "helper" imitates this name with look-alike characters, in name of tool "read_file"`,
          expect.stringContaining('(server "helper")'),
        ],
      ]);
      expect(hits(server("helper", impostor), filesystem).map(([, severity]) => severity)).toEqual(["high"]);
    }
    // Two names with as many look-alike characters: neither can be told to be the honest one.
    expect(hits(server("a", "c0de_l"), server("b", "code_1")).map(([, severity]) => severity)).toEqual(["high"]);
  });

  it("does not confuse different names", () => {
    expect(hits(server("other", "read_files", "read_file_info", "reader"), filesystem)).toEqual([]);
  });

  it("is high for two tools of one server that collide, reported once on the later name", () => {
    expect(hits(server("one", "get_user", "getUser", "list_users")).map(([name, severity, message]) => [name, severity, message])).toEqual([
      ["get_user", "high", 'can be mistaken for tool "getUser" of the same server, in name of tool "get_user"'],
    ]);
  });

  it("is high for a server listing one name twice, reported once", () => {
    expect(hits(server("one", "read_file", "read_file")).map(([name, severity, message]) => [name, severity, message])).toEqual([
      ["read_file", "high", 'listed twice by this server, in name of tool "read_file"'],
    ]);
  });

  it("reports on the side whose name is new, and stays quiet about an accepted collision", () => {
    const before = server("helper", "word_count");
    const after = server("helper", "word_count", "read_file");
    expect(toolNameCollision.check(contextFor(before, after, [filesystem])).map((h) => h.name)).toEqual(["read_file"]);
    expect(toolNameCollision.check(contextFor(after, after, [filesystem]))).toEqual([]);
  });

  it("reports a second copy of a name the server already had, and stays quiet once it is accepted", () => {
    const before = server("one", "read_file");
    const after = server("one", "read_file", "read_file");
    expect(toolNameCollision.check(contextFor(before, after)).map((h) => [h.name, h.message])).toEqual([
      ["read_file", 'listed twice by this server, in name of tool "read_file"'],
    ]);
    expect(toolNameCollision.check(contextFor(after, after))).toEqual([]);
  });

  it("inside one server, reports a new name next to an accepted one on the new one", () => {
    const before = server("one", "get_user");
    const after = server("one", "get_user", "getUser");
    // `getUser` sorts before `get_user`, but only `getUser` is new.
    expect(toolNameCollision.check(contextFor(before, after)).map((h) => h.name)).toEqual(["getUser"]);
  });

  it("finds the one look-alike in a wide scan: 16 servers of 300 tools", () => {
    const servers = Array.from({ length: 16 }, (_, s) => server(`s${s}`, ...Array.from({ length: 300 }, (_, t) => `s${s}_tool_${t}`)));
    servers[15]!.tools!.push({ name: "s0_t\u043e\u043el_0" });
    // One analysis shared by every server, as in a real scan: the index is built once.
    const scan = new ScanAnalysis(new Map(servers.map((snapshot) => [snapshot.server.id, snapshot])));
    const found = servers.flatMap((head) =>
      toolNameCollision.check(scan.context({ serverId: head.server.id, head, changes: newServerChanges(head) })),
    );
    // The impostor is high; the plain name it imitates gets an info note naming it.
    expect(found.map((h) => [h.name, h.severity])).toEqual([
      ["s0_tool_0", "info"],
      ["s0_t\u043e\u043el_0", "high"],
    ]);
  });

  it("finds the look-alike in the fixture", async () => {
    const findings = await classifyFixture("tool-name-collision");
    expect(findings.filter((f) => f.rule === "tool-name-collision").map((f) => [f.severity, f.name])).toEqual([["high", "re\u0430d_file"]]);
  });
});

describe("tool-name-collision on many spellings of one name", () => {
  // read_file, read__file, read-_file…: all alike, all different.
  const spellings = (count: number) =>
    Array.from({ length: count }, (_, i) => `read${"_".repeat(1 + (i % 40))}${"-".repeat(Math.floor(i / 40))}file`);

  it("reports each tool once with its group, not every pair (1,000 tools, not 499,500 findings)", () => {
    const found = hits(server("hostile", ...spellings(1_000)));
    expect(found).toHaveLength(1_000);
    expect(found[0]).toEqual([
      "read_file",
      "high",
      'can be mistaken for 999 other tools of the same server, in name of tool "read_file"',
      "read_file ≈ read__file, read___file, read____file, …",
    ]);
    expect(new Set(found.map(([, severity, message]) => `${severity} ${String(message).split(",")[0]}`))).toEqual(
      new Set(["high can be mistaken for 999 other tools of the same server"]),
    );
  });

  it("reports each tool once for a group on other servers", () => {
    expect(hits(server("helper", "read_file"), server("hostile", ...spellings(100)))).toEqual([
      [
        "read_file",
        "high",
        'looks like 100 tools of server "hostile", in name of tool "read_file"',
        "read_file ≈ read_file, read__file, read___file, …",
      ],
    ]);
  });

  it("still reports a group of up to 50 others pair by pair", () => {
    const found = hits(server("hostile", ...spellings(51)));
    expect(found).toHaveLength((51 * 50) / 2);
    expect(found[0]![2]).toBe('can be mistaken for tool "read__file" of the same server, in name of tool "read_file"');
  });
});
