import { describe, expect, it } from "vitest";
import type { Finding, IgnoreEntry, ServerReport } from "../../src/model.js";
import { applyPolicy, exitCodeFor } from "../../src/policy/policy.js";

const TODAY = "2026-06-01";

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: "description-changed",
    severity: "medium",
    entity: "tool",
    name: "write_file",
    field: "description",
    message: 'description of tool "write_file" changed',
    evidence: "Write a file.",
    fingerprint: "3f2a9c1b7e44",
    ignored: false,
    ...overrides,
  };
}

function server(id: string, findings: Finding[], status: ServerReport["status"] = "changed"): ServerReport {
  return { id, status, changes: [], findings };
}

const ignore = (entry: Partial<IgnoreEntry> = {}): IgnoreEntry => ({
  rule: "description-changed",
  reason: "reviewed in #42",
  ...entry,
});

describe("applyPolicy: rules", () => {
  it("drops the findings of a rule turned off", () => {
    const servers = [server("fs", [finding(), finding({ rule: "tool-added", field: "" })])];
    const { servers: out } = applyPolicy(servers, { rules: { "description-changed": "off" }, ignore: [] }, TODAY);
    expect(out[0]?.findings.map((f) => f.rule)).toEqual(["tool-added"]);
  });

  it("rewrites the severity of an overridden rule and keeps the fingerprint", () => {
    const { servers: out } = applyPolicy([server("fs", [finding()])], { rules: { "description-changed": "low" }, ignore: [] }, TODAY);
    expect(out[0]?.findings[0]).toMatchObject({ severity: "low", fingerprint: "3f2a9c1b7e44" });
  });

  it("leaves a first scan's drift findings at info, but overrides its content findings", () => {
    const firstScan = server(
      "fs",
      [
        finding({ rule: "write-capability-added", severity: "info", field: "" }),
        finding({ rule: "baseline-missing", entity: "server", name: "fs", field: "" }),
        finding({ rule: "instruction-like-text", severity: "high" }),
      ],
      "new",
    );
    const rules = { "write-capability-added": "critical", "baseline-missing": "high", "instruction-like-text": "low" } as const;
    const { servers: out } = applyPolicy([firstScan], { rules, ignore: [] }, TODAY);
    expect(out[0]?.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["write-capability-added", "info"],
      ["baseline-missing", "high"],
      ["instruction-like-text", "low"],
    ]);
    const later = applyPolicy([{ ...firstScan, status: "changed" }], { rules, ignore: [] }, TODAY).servers;
    expect(later[0]?.findings[0]?.severity).toBe("critical");
  });

  it("still turns off a drift rule on a first scan", () => {
    const firstScan = server("fs", [finding({ rule: "tool-added", severity: "info", field: "" })], "new");
    const { servers: out } = applyPolicy([firstScan], { rules: { "tool-added": "off" }, ignore: [] }, TODAY);
    expect(out[0]?.findings).toEqual([]);
  });

  it("returns new objects and leaves its input alone", () => {
    const input = [server("fs", [finding()])];
    const snapshot = structuredClone(input);
    applyPolicy(input, { rules: { "description-changed": "low" }, ignore: [ignore()] }, TODAY);
    expect(input).toEqual(snapshot);
  });
});

describe("applyPolicy: ignores", () => {
  const servers = [
    server("fs", [finding(), finding({ name: "read_file", fingerprint: "aaaaaaaaaaaa" })]),
    server("tickets", [finding({ fingerprint: "bbbbbbbbbbbb" })]),
  ];
  const ignoredOf = (out: ServerReport[]) => out.flatMap((s) => s.findings.map((f) => `${s.id}:${f.name}:${f.ignored}`));

  it("marks findings matching rule, server and item, with the reason", () => {
    const entry = ignore({ server: "fs", item: "tool:write_file" });
    const { servers: out, notices } = applyPolicy(servers, { rules: {}, ignore: [entry] }, TODAY);
    expect(ignoredOf(out)).toEqual(["fs:write_file:true", "fs:read_file:false", "tickets:write_file:false"]);
    expect(out[0]?.findings[0]?.ignoreReason).toBe("reviewed in #42");
    expect(out[0]?.findings[1]?.ignoreReason).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it("matches every server and item when the entry names neither", () => {
    const { servers: out } = applyPolicy(servers, { rules: {}, ignore: [ignore()] }, TODAY);
    expect(ignoredOf(out)).toEqual(["fs:write_file:true", "fs:read_file:true", "tickets:write_file:true"]);
  });

  it("binds to one exact finding with a fingerprint", () => {
    const { servers: out } = applyPolicy(servers, { rules: {}, ignore: [ignore({ fingerprint: "aaaaaaaaaaaa" })] }, TODAY);
    expect(ignoredOf(out)).toEqual(["fs:write_file:false", "fs:read_file:true", "tickets:write_file:false"]);
  });

  it("does not match another rule", () => {
    const { servers: out } = applyPolicy(servers, { rules: {}, ignore: [ignore({ rule: "tool-added" })] }, TODAY);
    expect(ignoredOf(out).every((s) => s.endsWith(":false"))).toBe(true);
  });

  it("stops applying after its expiry day and says so", () => {
    const entry = ignore({ rule: "description-changed", server: "fs", item: "tool:write_file", expires: "2026-05-31" });
    const { servers: out, notices } = applyPolicy(servers, { rules: {}, ignore: [entry] }, TODAY);
    expect(ignoredOf(out)[0]).toBe("fs:write_file:false");
    expect(notices).toEqual(["ignore for description-changed on fs tool:write_file expired on 2026-05-31"]);
  });

  it("applies, but says so, when its expiry is more than a year away", () => {
    const entries = [
      ignore({ server: "fs", item: "tool:write_file", expires: "2207-03-01" }),
      ignore({ server: "fs", expires: "2027-06-02" }),
      ignore({ expires: "2027-06-01" }),
    ];
    const { servers: out, notices } = applyPolicy(servers, { rules: {}, ignore: entries }, TODAY);
    expect(ignoredOf(out)[0]).toBe("fs:write_file:true");
    expect(notices).toEqual([
      "ignore for description-changed on fs tool:write_file expires on 2207-03-01, more than a year away: check the year",
      "ignore for description-changed on fs expires on 2027-06-02, more than a year away: check the year",
    ]);
  });

  it("still applies on its expiry day", () => {
    const entry = ignore({ server: "fs", item: "tool:write_file", expires: TODAY });
    const { servers: out, notices } = applyPolicy(servers, { rules: {}, ignore: [entry] }, TODAY);
    expect(ignoredOf(out)[0]).toBe("fs:write_file:true");
    expect(notices).toEqual([]);
  });

  it("reports an entry that matched nothing as stale", () => {
    const entries = [ignore({ server: "fs", item: "tool:gone" }), ignore({ fingerprint: "cccccccccccc" })];
    const { notices } = applyPolicy(servers, { rules: {}, ignore: entries }, TODAY);
    expect(notices).toEqual([
      "stale: ignore for description-changed on fs tool:gone matched no finding; remove it or update it",
      "stale: ignore for description-changed on fingerprint cccccccccccc matched no finding; remove it or update it",
    ]);
  });

  it("does not call an entry stale when its server was not scanned or failed", () => {
    const scanned = [server("fs", [], "error")];
    const entries = [ignore({ server: "fs" }), ignore({ server: "tickets" })];
    expect(applyPolicy(scanned, { rules: {}, ignore: entries }, TODAY).notices).toEqual([]);
  });

  it("does not call an entry without a server stale while any server failed", () => {
    const scanned = [server("fs", []), server("tickets", [], "error")];
    const { notices } = applyPolicy(scanned, { rules: {}, ignore: [ignore(), ignore({ server: "fs" })] }, TODAY);
    expect(notices).toEqual(["stale: ignore for description-changed on fs matched no finding; remove it or update it"]);
  });

  it("leaves findings of a rule turned off for ignores to find stale", () => {
    const { servers: out, notices } = applyPolicy(
      [server("fs", [finding()])],
      { rules: { "description-changed": "off" }, ignore: [ignore({ server: "fs" })] },
      TODAY,
    );
    expect(out[0]?.findings).toEqual([]);
    expect(notices).toEqual(["stale: ignore for description-changed on fs matched no finding; remove it or update it"]);
  });
});

describe("exitCodeFor", () => {
  it("is 0 when nothing reaches failOn", () => {
    expect(exitCodeFor([server("fs", [finding({ severity: "medium" })])], "high")).toBe(0);
  });

  it("is 1 when a finding is at or above failOn", () => {
    expect(exitCodeFor([server("fs", [finding({ severity: "high" })])], "high")).toBe(1);
    expect(exitCodeFor([server("fs", [finding({ severity: "critical" })])], "high")).toBe(1);
  });

  it("does not count ignored findings", () => {
    expect(exitCodeFor([server("fs", [finding({ severity: "critical", ignored: true })])], "high")).toBe(0);
  });

  it("never fails on findings with failOn never", () => {
    expect(exitCodeFor([server("fs", [finding({ severity: "critical" })])], "never")).toBe(0);
  });

  it("is 2 when any server errored, whatever the findings", () => {
    const servers = [server("fs", [finding({ severity: "critical" })]), server("tickets", [], "error")];
    expect(exitCodeFor(servers, "never")).toBe(2);
  });
});
