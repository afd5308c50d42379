/** Probe sets written from TECHNIQUES.md alone, run through the eval's own pipeline: one line a catalog item, as the corpus. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, type ItemVerdict } from "../../../scripts/eval.js";
import { ROOT } from "../../helpers/paths.js";

const show = (v: ItemVerdict) =>
  v.findings
    .filter((f) => f.severity === "high" || f.severity === "critical")
    .map((f) => `${f.rule} ${f.severity}: ${f.message}`)
    .join("\n");

/** Every honest line stays below high; every attack but the known misses reaches high (the misses are not asserted either way). */
export function probeSuite(title: string, file: string, knownMisses: ReadonlySet<string>): void {
  const verdicts = evaluate(join(ROOT, "test/rules/probes", file)).verdicts;
  const row = (v: ItemVerdict): [string, ItemVerdict] => [`${v.item.id} ${v.item.language ?? ""} ${v.item.name}`, v];
  describe(title, () => {
    it.each(verdicts.filter((v) => v.item.label === "benign").map(row))("%s stays below high", (_id, v) => {
      expect(v.flagged, show(v)).toBe(false);
    });
    it.each(verdicts.filter((v) => v.item.label === "malicious" && !knownMisses.has(v.item.id)).map(row))("%s is high", (_id, v) => {
      expect(v.flagged).toBe(true);
    });
  });
}
