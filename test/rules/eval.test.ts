import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MANIFEST,
  ORIGINAL_SOURCES,
  combine,
  evaluate,
  falsePositiveRate,
  formatResult,
  loadCorpus,
  recall,
  serverId,
  type EvalResult,
} from "../../scripts/eval.js";
import { catalogLines } from "../../scripts/corpus/lines.js";
import { npmServers, pairsSourceOf, readManifest } from "../../scripts/corpus/manifest.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { ROOT, tempDir } from "../helpers/paths.js";

/** The whole corpus, through the code path `npm run eval` takes. */
const result = evaluate(join(ROOT, DEFAULT_MANIFEST), ROOT);
const original = combine(
  "original",
  result.scores.filter((s) => (ORIGINAL_SOURCES as readonly string[]).includes(s.source)),
);
const sourceScore = (name: string) => result.scores.find((s) => s.source === name);
/** On failure, the items that moved the number, so the cause is in the test output. */
const ids = (verdicts: EvalResult["misses"]) => verdicts.map((v) => `${v.item.id} ${v.item.name}`).join("\n");
/** The upgrade pairs of a source with content alarms >= high, and those alarms. */
const contentAlarms = (source: string) =>
  result.pairs
    .filter((p) => p.pair.source === source && p.content.length > 0 && !result.heldOutPairs.includes(p.pair.id))
    .map((p) => `${p.pair.id}: ${p.content.map((f) => `${f.rule} ${f.name} ${f.field}`).join("; ")}`)
    .join("\n");

describe("labelled corpus (npm run eval)", () => {
  it("judges every item of the original sources", () => {
    expect(original.malicious).toBe(85);
    expect(original.benign).toBe(574);
  });

  it("catches at least 95 % of the original sources' malicious tools at severity >= high", () => {
    const misses = result.misses.filter((v) => (ORIGINAL_SOURCES as readonly string[]).includes(v.item.source));
    expect(recall(original), `misses:\n${ids(misses)}`).toBeGreaterThanOrEqual(0.95);
  });

  it("raises at most 1 % false alarms at severity >= high on the original sources' benign tools", () => {
    const alarms = result.falseAlarms.filter((v) => (ORIGINAL_SOURCES as readonly string[]).includes(v.item.source));
    expect(falsePositiveRate(original), `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(0.01);
  });

  // Floors at the first-look figures (README, "Evaluation"): a change may lower them, never raise them.
  it("raises no more false alarms on real npm server catalogs than at first look", () => {
    const npm = sourceScore("npm-real");
    expect(npm?.benign, "npm-real lines went missing").toBeGreaterThanOrEqual(NPM_REAL_ITEMS);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "npm-real");
    expect(npm?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(NPM_REAL_FALSE_ALARMS);
  });

  it("raises no more content alarms >= high on real upgrades than at first look", () => {
    const upgrades = result.upgrades.find((u) => u.source === "npm-upgrades");
    expect(upgrades?.pairs, "upgrade pairs went missing").toBeGreaterThanOrEqual(UPGRADE_PAIRS);
    expect(upgrades?.contentPairs, `content alarms:\n${contentAlarms("npm-upgrades")}`).toBeLessThanOrEqual(UPGRADE_CONTENT_ALARM_PAIRS);
  });

  it("raises no more false alarms on the second set of real npm catalogs than at its first look", () => {
    const npm = sourceScore("npm-real-2");
    expect(npm?.benign, "npm-real-2 lines went missing").toBeGreaterThanOrEqual(NPM_REAL_2_ITEMS);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "npm-real-2");
    expect(npm?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(NPM_REAL_2_FALSE_ALARMS);
  });

  it("raises no more false alarms on the third set of real npm catalogs than at its floor", () => {
    const npm = sourceScore("npm-real-3");
    expect(npm?.benign, "npm-real-3 lines went missing").toBeGreaterThanOrEqual(NPM_REAL_3_ITEMS);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "npm-real-3");
    expect(npm?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(NPM_REAL_3_FALSE_ALARMS);
  });

  it("scores the held-out half of a split real set apart, and never lists its items", () => {
    const held = sourceScore("npm-real-6/held-out");
    expect(result.holdout).toContain("npm-real-6/held-out");
    const text = formatResult(result);
    expect(text).toMatch(/^npm-real-6\/held-out\s+-\s+\d+\/\d+/mu);
    // Its false alarms are counted, never printed: the half stays unseen by whoever tunes the rules.
    const unlisted = result.falseAlarms.filter((v) => v.item.source === "npm-real-6/held-out");
    expect(unlisted.length).toBe(held?.falseAlarms);
    expect(unlisted.length).toBeGreaterThan(0);
    for (const v of unlisted) expect(text).not.toContain(v.item.id);
    // Nor in the verbose listing, nor the upgrades of its servers (their alarms quote their text).
    const verbose = formatResult(result, { verbose: true });
    for (const v of result.verdicts.filter((v) => v.item.source === "npm-real-6/held-out"))
      expect(verbose).not.toContain(`  ${v.item.id}  `);
    const heldPairs = result.pairs.filter((p) => result.heldOutPairs.includes(p.pair.id));
    expect(heldPairs.length, "the split sets' upgrades have pairs of held-out servers").toBeGreaterThan(0);
    expect(heldPairs.every((p) => ["npm-upgrades-4", "npm-upgrades-6", "npm-upgrades-7", "npm-upgrades-8"].includes(p.pair.source))).toBe(
      true,
    );
    for (const p of heldPairs) expect(verbose).not.toContain(`  ${p.pair.id}  `);
  });

  // Released 2026-12-07: blind for several sessions, now whole and listed like any dev set.
  it("lists every item of a released set", () => {
    expect(result.holdout).not.toContain("npm-real-2/held-out");
    expect(result.scores.map((s) => s.source)).not.toContain("npm-real-3/held-out");
    expect(result.scores.map((s) => s.source)).not.toContain("npm-real-5/held-out");
    expect(result.holdout).not.toContain("authored-holdout-3");
    expect(result.holdout).not.toContain("authored-holdout-4");
    for (const source of ["npm-real-2", "npm-real-5"]) {
      const text = formatResult(result, { sources: [source] });
      const alarms = result.falseAlarms.filter((v) => v.item.source === source);
      expect(alarms.length, `${source} has false alarms to list`).toBeGreaterThan(0);
      for (const v of alarms) expect(text).toContain(v.item.id);
    }
  });

  it("raises no more false alarms on the fifth set of real npm catalogs, released whole, than at its floor", () => {
    const npm = sourceScore("npm-real-5");
    expect(npm?.benign, "npm-real-5 lines went missing").toBeGreaterThanOrEqual(NPM_REAL_5_ITEMS);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "npm-real-5");
    expect(npm?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(NPM_REAL_5_FALSE_ALARMS);
  });

  it("raises no more content alarms >= high on the second set of real upgrades than at its first look", () => {
    const upgrades = result.upgrades.find((u) => u.source === "npm-upgrades-2");
    expect(upgrades?.pairs, "npm-upgrades-2 pairs went missing").toBeGreaterThanOrEqual(UPGRADE_PAIRS_2);
    expect(upgrades?.contentPairs, `content alarms:\n${contentAlarms("npm-upgrades-2")}`).toBeLessThanOrEqual(
      UPGRADE_2_CONTENT_ALARM_PAIRS,
    );
  });

  // Real sets split by server: the tuning half is listed, the held-out half counted, never listed.
  it.each([
    ["npm-real-4", NPM_REAL_4_ITEMS, NPM_REAL_4_FALSE_ALARMS, NPM_REAL_4_HELD_OUT_ITEMS, NPM_REAL_4_HELD_OUT_FALSE_ALARMS],
    ["npm-real-6", NPM_REAL_6_ITEMS, NPM_REAL_6_FALSE_ALARMS, NPM_REAL_6_HELD_OUT_ITEMS, NPM_REAL_6_HELD_OUT_FALSE_ALARMS],
    ["npm-real-7", NPM_REAL_7_ITEMS, NPM_REAL_7_FALSE_ALARMS, NPM_REAL_7_HELD_OUT_ITEMS, NPM_REAL_7_HELD_OUT_FALSE_ALARMS],
    ["npm-real-8", NPM_REAL_8_ITEMS, NPM_REAL_8_FALSE_ALARMS, NPM_REAL_8_HELD_OUT_ITEMS, NPM_REAL_8_HELD_OUT_FALSE_ALARMS],
  ])("raises no more false alarms on %s, either half, than at its floor", (source, items, alarmsFloor, heldItems, heldFloor) => {
    const npm = sourceScore(source);
    expect(npm?.benign, `${source} lines went missing`).toBeGreaterThanOrEqual(items);
    const alarms = result.falseAlarms.filter((v) => v.item.source === source);
    expect(npm?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(alarmsFloor);
    const held = sourceScore(`${source}/held-out`);
    expect(held?.benign, `${source}'s held-out lines went missing`).toBeGreaterThanOrEqual(heldItems);
    expect(held?.falseAlarms, "false alarms of the held-out half (not listed)").toBeLessThanOrEqual(heldFloor);
    expect(result.holdout).toContain(`${source}/held-out`);
    const verbose = formatResult(result, { verbose: true });
    for (const v of result.verdicts.filter((v) => v.item.source === `${source}/held-out`))
      expect(verbose).not.toContain(`  ${v.item.id}  `);
  });

  it.each([
    ["npm-upgrades-3", UPGRADE_PAIRS_3, UPGRADE_3_CONTENT_ALARM_PAIRS],
    ["npm-upgrades-4", UPGRADE_PAIRS_4, UPGRADE_4_CONTENT_ALARM_PAIRS],
    ["npm-upgrades-5", UPGRADE_PAIRS_5, UPGRADE_5_CONTENT_ALARM_PAIRS],
    ["npm-upgrades-6", UPGRADE_PAIRS_6, UPGRADE_6_CONTENT_ALARM_PAIRS],
    ["npm-upgrades-7", UPGRADE_PAIRS_7, UPGRADE_7_CONTENT_ALARM_PAIRS],
    ["npm-upgrades-8", UPGRADE_PAIRS_8, UPGRADE_8_CONTENT_ALARM_PAIRS],
  ])("raises no more content alarms >= high on %s than at its floor", (source, pairs, contentFloor) => {
    const upgrades = result.upgrades.find((u) => u.source === source);
    expect(upgrades?.pairs, `${source} pairs went missing`).toBeGreaterThanOrEqual(pairs);
    expect(upgrades?.contentPairs, `content alarms:\n${contentAlarms(source)}`).toBeLessThanOrEqual(contentFloor);
  });

  // Floors at the figures after the detector work of 2026-12-07 (README, "Evaluation"). The
  // holdout was scored only in aggregate until it was released as dev data (2026-12-07).
  it("keeps the authored sets' recall and false alarms at their measured floors", () => {
    const dev = sourceScore("authored");
    const holdout = sourceScore("authored-holdout");
    expect(dev?.malicious, "authored lines went missing").toBeGreaterThanOrEqual(AUTHORED_MALICIOUS);
    const devMisses = result.misses.filter((v) => v.item.source === "authored");
    expect(dev?.caught, `misses:\n${ids(devMisses)}`).toBeGreaterThanOrEqual(AUTHORED_CAUGHT);
    expect(dev?.falseAlarms).toBeLessThanOrEqual(AUTHORED_FALSE_ALARMS);
    expect(holdout?.caught).toBeGreaterThanOrEqual(HOLDOUT_CAUGHT);
    expect(holdout?.falseAlarms).toBeLessThanOrEqual(HOLDOUT_FALSE_ALARMS);
  });

  // The second blind set, floors at its figures after 2026-12-07 (README, "Evaluation"), when it
  // was released as dev data.
  it("keeps the second holdout's recall and false alarms at least at their first look", () => {
    const second = sourceScore("authored-holdout-2");
    expect([second?.malicious, second?.benign], "authored-holdout-2 changed: record a new first look").toEqual([
      HOLDOUT2_MALICIOUS,
      HOLDOUT2_BENIGN,
    ]);
    expect(second?.caught).toBeGreaterThanOrEqual(HOLDOUT2_CAUGHT);
    expect(second?.falseAlarms).toBeLessThanOrEqual(HOLDOUT2_FALSE_ALARMS);
  });

  // The third blind set (red-team session, 2026-12-06 evening), floors at its figures when it was released (2026-12-07).
  it("keeps the third holdout's recall and false alarms at least at their first look", () => {
    const third = sourceScore("authored-holdout-3");
    expect([third?.malicious, third?.benign], "authored-holdout-3 changed: record a new first look").toEqual([
      HOLDOUT3_MALICIOUS,
      HOLDOUT3_BENIGN,
    ]);
    expect(third?.caught).toBeGreaterThanOrEqual(HOLDOUT3_CAUGHT);
    expect(third?.falseAlarms).toBeLessThanOrEqual(HOLDOUT3_FALSE_ALARMS);
  });

  // The fourth blind set (red-team helper, 2026-12-06 night), floors at its figures when it was released (2026-12-07).
  it("keeps the fourth holdout's recall and false alarms at least at their measured floors", () => {
    const fourth = sourceScore("authored-holdout-4");
    expect([fourth?.malicious, fourth?.benign], "authored-holdout-4 changed: record a new first look").toEqual([
      HOLDOUT4_MALICIOUS,
      HOLDOUT4_BENIGN,
    ]);
    expect(fourth?.caught).toBeGreaterThanOrEqual(HOLDOUT4_CAUGHT);
    expect(fourth?.falseAlarms).toBeLessThanOrEqual(HOLDOUT4_FALSE_ALARMS);
  });

  // The fifth blind set (red-team helper, 2026-12-07), floors at its figures when it was released (2026-12-07, fifth session).
  it("keeps the fifth holdout's recall and false alarms at least at their measured floors", () => {
    const fifth = sourceScore("authored-holdout-5");
    expect([fifth?.malicious, fifth?.benign], "authored-holdout-5 changed: record a new first look").toEqual([
      HOLDOUT5_MALICIOUS,
      HOLDOUT5_BENIGN,
    ]);
    expect(fifth?.caught).toBeGreaterThanOrEqual(HOLDOUT5_CAUGHT);
    expect(fifth?.falseAlarms).toBeLessThanOrEqual(HOLDOUT5_FALSE_ALARMS);
  });

  // The fifth dev set (written with holdout-5).
  it("keeps the fifth dev set's recall and false alarms at least at their measured floors", () => {
    const fifth = sourceScore("authored-5");
    expect([fifth?.malicious, fifth?.benign], "authored-5 changed: record a new first look").toEqual([
      AUTHORED5_MALICIOUS,
      AUTHORED5_BENIGN,
    ]);
    const misses = result.misses.filter((v) => v.item.source === "authored-5");
    expect(fifth?.caught, `misses:\n${ids(misses)}`).toBeGreaterThanOrEqual(AUTHORED5_CAUGHT);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "authored-5");
    expect(fifth?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(AUTHORED5_FALSE_ALARMS);
  });

  // The sixth pair (red-team helper author6, 2026-12-07): attacks buried in long descriptions.
  it("keeps the sixth holdout's recall and false alarms at least at their first look", () => {
    const sixth = sourceScore("authored-holdout-6");
    expect([sixth?.malicious, sixth?.benign], "authored-holdout-6 changed: record a new first look").toEqual([
      HOLDOUT6_MALICIOUS,
      HOLDOUT6_BENIGN,
    ]);
    expect(result.holdout).toContain("authored-holdout-6");
    expect(sixth?.caught).toBeGreaterThanOrEqual(HOLDOUT6_CAUGHT);
    expect(sixth?.falseAlarms).toBeLessThanOrEqual(HOLDOUT6_FALSE_ALARMS);
  });

  // The seventh (red-team helper author7, 2026-12-07): six attacks and six hard negatives per technique.
  it("keeps the seventh holdout's recall and false alarms at least at their first look", () => {
    const seventh = sourceScore("authored-holdout-7");
    expect([seventh?.malicious, seventh?.benign], "authored-holdout-7 changed: record a new first look").toEqual([
      HOLDOUT7_MALICIOUS,
      HOLDOUT7_BENIGN,
    ]);
    expect(result.holdout).toContain("authored-holdout-7");
    expect(seventh?.caught).toBeGreaterThanOrEqual(HOLDOUT7_CAUGHT);
    expect(seventh?.falseAlarms).toBeLessThanOrEqual(HOLDOUT7_FALSE_ALARMS);
  });

  // The eighth (red-team helper author8, 2026-12-07, fourth session), first look at 4419b89 before any merge.
  it("keeps the eighth holdout's recall and false alarms at least at their first look", () => {
    const eighth = sourceScore("authored-holdout-8");
    expect([eighth?.malicious, eighth?.benign], "authored-holdout-8 changed: record a new first look").toEqual([
      HOLDOUT8_MALICIOUS,
      HOLDOUT8_BENIGN,
    ]);
    expect(result.holdout).toContain("authored-holdout-8");
    expect(eighth?.caught).toBeGreaterThanOrEqual(HOLDOUT8_CAUGHT);
    expect(eighth?.falseAlarms).toBeLessThanOrEqual(HOLDOUT8_FALSE_ALARMS);
  });

  // The ninth (red-team helper author9, 2026-12-07, fifth session), first look at 3b28586 before any merge.
  it("keeps the ninth holdout's recall and false alarms at least at their first look", () => {
    const ninth = sourceScore("authored-holdout-9");
    expect([ninth?.malicious, ninth?.benign], "authored-holdout-9 changed: record a new first look").toEqual([
      HOLDOUT9_MALICIOUS,
      HOLDOUT9_BENIGN,
    ]);
    expect(result.holdout).toContain("authored-holdout-9");
    expect(ninth?.caught).toBeGreaterThanOrEqual(HOLDOUT9_CAUGHT);
    expect(ninth?.falseAlarms).toBeLessThanOrEqual(HOLDOUT9_FALSE_ALARMS);
  });

  // The tenth (red-team helper author11, 2026-12-08, seventh session), first look at 8e38e49 before any merge.
  it("keeps the tenth holdout's recall and false alarms at least at their first look", () => {
    const tenth = sourceScore("authored-holdout-10");
    expect([tenth?.malicious, tenth?.benign], "authored-holdout-10 changed: record a new first look").toEqual([
      HOLDOUT10_MALICIOUS,
      HOLDOUT10_BENIGN,
    ]);
    expect(result.holdout).toContain("authored-holdout-10");
    expect(tenth?.caught).toBeGreaterThanOrEqual(HOLDOUT10_CAUGHT);
    expect(tenth?.falseAlarms).toBeLessThanOrEqual(HOLDOUT10_FALSE_ALARMS);
  });

  it("keeps the sixth dev set's recall and false alarms at least at their first look", () => {
    const sixth = sourceScore("authored-6");
    expect([sixth?.malicious, sixth?.benign], "authored-6 changed: record a new first look").toEqual([
      AUTHORED6_MALICIOUS,
      AUTHORED6_BENIGN,
    ]);
    const misses = result.misses.filter((v) => v.item.source === "authored-6");
    expect(sixth?.caught, `misses:\n${ids(misses)}`).toBeGreaterThanOrEqual(AUTHORED6_CAUGHT);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "authored-6");
    expect(sixth?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(AUTHORED6_FALSE_ALARMS);
  });

  it("keeps the seventh dev set's recall and false alarms at least at their first look", () => {
    const seventh = sourceScore("authored-7");
    expect([seventh?.malicious, seventh?.benign], "authored-7 changed: record a new first look").toEqual([
      AUTHORED7_MALICIOUS,
      AUTHORED7_BENIGN,
    ]);
    const misses = result.misses.filter((v) => v.item.source === "authored-7");
    expect(seventh?.caught, `misses:\n${ids(misses)}`).toBeGreaterThanOrEqual(AUTHORED7_CAUGHT);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "authored-7");
    expect(seventh?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(AUTHORED7_FALSE_ALARMS);
  });

  // The third dev set (red-team session, 2026-12-06 morning), floors at the figures after the evening's work.
  it("keeps the third dev set's recall and false alarms at their measured floors", () => {
    const third = sourceScore("authored-3");
    expect([third?.malicious, third?.benign], "authored-3 changed: record a new first look").toEqual([
      AUTHORED3_MALICIOUS,
      AUTHORED3_BENIGN,
    ]);
    const misses = result.misses.filter((v) => v.item.source === "authored-3");
    expect(third?.caught, `misses:\n${ids(misses)}`).toBeGreaterThanOrEqual(AUTHORED3_CAUGHT);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "authored-3");
    expect(third?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(AUTHORED3_FALSE_ALARMS);
  });

  // The fourth dev set (same red-team session, written after holdout-3), floors at its first look.
  it("keeps the fourth dev set's recall and false alarms at least at their first look", () => {
    const fourth = sourceScore("authored-4");
    expect([fourth?.malicious, fourth?.benign], "authored-4 changed: record a new first look").toEqual([
      AUTHORED4_MALICIOUS,
      AUTHORED4_BENIGN,
    ]);
    const misses = result.misses.filter((v) => v.item.source === "authored-4");
    expect(fourth?.caught, `misses:\n${ids(misses)}`).toBeGreaterThanOrEqual(AUTHORED4_CAUGHT);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "authored-4");
    expect(fourth?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(AUTHORED4_FALSE_ALARMS);
  });

  // github-real (Python servers' catalogs derived from their source), floors at its first look;
  // split by server like npm-real-2: the held-out half is scored in aggregate, never listed.
  it("raises no more false alarms on real Python server catalogs than at their first look", () => {
    const tuning = sourceScore("github-real");
    const held = sourceScore("github-real/held-out");
    expect([tuning?.benign, held?.benign], "github-real lines went missing").toEqual([GITHUB_REAL_ITEMS, GITHUB_REAL_HELD_OUT_ITEMS]);
    const alarms = result.falseAlarms.filter((v) => v.item.source === "github-real");
    expect(tuning?.falseAlarms, `false alarms:\n${ids(alarms)}`).toBeLessThanOrEqual(GITHUB_REAL_FALSE_ALARMS);
    expect(held?.falseAlarms, "false alarms of the held-out half (not listed)").toBeLessThanOrEqual(GITHUB_REAL_HELD_OUT_FALSE_ALARMS);
    expect(result.holdout).toContain("github-real/held-out");
    const text = formatResult(result, { verbose: true });
    for (const v of result.verdicts.filter((v) => v.item.source === "github-real/held-out")) expect(text).not.toContain(`  ${v.item.id}  `);
  });

  it("prints a line per source, per technique and for the upgrade pairs", () => {
    const printed = formatResult(result);
    // Two spaces at least: a long source name must not run into its figures.
    for (const s of result.scores) expect(printed).toContain(`\n${s.source}  `);
    expect(printed).toContain("per technique:");
    expect(printed).toMatch(/upgrade pairs \(npm-upgrades\): \d+ real upgrades/);
  });

  it("breaks the held-out sets down by language and surface in aggregate only", () => {
    const byLanguage = formatResult(result, { by: "language" });
    expect(byLanguage).toContain("per language:");
    expect(byLanguage).not.toContain("per technique:");
    expect(byLanguage).toMatch(/^ {2}authored-holdout-6\s+en\s+\d+\/\d+/mu);
    const held = result.languages.filter((g) => g.source === "authored-holdout-6");
    const items = result.verdicts.filter((v) => v.item.source === "authored-holdout-6" && v.item.language !== undefined);
    expect(items.length, "holdout-6's items carry language tags").toBeGreaterThan(0);
    expect(held.reduce((n, g) => n + g.malicious + g.benign, 0)).toBe(items.length);
    const bySurface = formatResult(result, { by: "surface" });
    expect(bySurface).toMatch(/^ {2}authored-holdout-6\s+description\s+\d+\/\d+/mu);
    for (const v of items) expect(bySurface).not.toContain(v.item.id);
  });
});

/**
 * Floors of the npm-derived sources (README, "Evaluation"). First look, before any rule was
 * tuned on them: 10 false alarms on 632 items of 43 real servers, and content alarms on 1 of
 * 27 real upgrades; since 2026-12-06, none of either. Lower them as the rules improve; never
 * raise them.
 */
const NPM_REAL_ITEMS = 632;
const NPM_REAL_FALSE_ALARMS = 0;
const UPGRADE_PAIRS = 27;
const UPGRADE_CONTENT_ALARM_PAIRS = 0;
/**
 * npm-real-2 and npm-upgrades-2 (a second set of real servers, none of npm-real's): their first
 * look, rules at ddb6cbd, 2026-12-06 (README, "Evaluation"): 218 false alarms on 1733 items of
 * 54 servers, content alarms on 7 of 24 real upgrades; at a895c66, 71 (1 in the dev half, 70 in
 * the held-out half) and 5. Lower them as the rules improve.
 */
/**
 * Split by server until 2026-12-07: the tuning half (737) then at 0, the held-out half (996,
 * first look 96, at a895c66 70) at 28 when it was released whole.
 */
const NPM_REAL_2_ITEMS = 1733;
const NPM_REAL_2_FALSE_ALARMS = 10;
const UPGRADE_PAIRS_2 = 24;
const UPGRADE_2_CONTENT_ALARM_PAIRS = 2;
/**
 * npm-real-3 and npm-upgrades-3 (a third set of real servers, none of npm-real's or npm-real-2's),
 * split by server like npm-real-2: their first look, rules at 335abf1, 2026-12-06 (README,
 * "Evaluation"): 34 servers, 32/627 and 19/632 held out, content alarms on 2/8 upgrades; plus
 * the first look of the 35 servers added at 759c9d9: 8/450 and 10/413 held out, 2/12 upgrades.
 * Lower them as the rules improve.
 */
// Released whole 2026-12-07, when the tuning half (1077) stood at 0 and the held-out half (1045) at 16.
const NPM_REAL_3_ITEMS = 2122;
const NPM_REAL_3_FALSE_ALARMS = 2;
const UPGRADE_PAIRS_3 = 20;
const UPGRADE_3_CONTENT_ALARM_PAIRS = 1;
// npm-real-4 and npm-upgrades-4 (2026-12-07): first look 12/472, 4/439 and 1/10 at a99e6fe; 0/472 and 3/439 after.
const NPM_REAL_4_ITEMS = 472;
const NPM_REAL_4_FALSE_ALARMS = 0;
const NPM_REAL_4_HELD_OUT_ITEMS = 439;
const NPM_REAL_4_HELD_OUT_FALSE_ALARMS = 3;
const UPGRADE_PAIRS_4 = 10;
const UPGRADE_4_CONTENT_ALARM_PAIRS = 1;
// npm-real-5 and npm-upgrades-5 (2026-12-07): first look 5/648, 27/640 and 1/4 at e7e7c6f; 1/648 and 26/640 after.
const NPM_REAL_5_ITEMS = 1288;
const NPM_REAL_5_FALSE_ALARMS = 4;
const UPGRADE_PAIRS_5 = 4;
const UPGRADE_5_CONTENT_ALARM_PAIRS = 0;
// npm-real-6 and npm-upgrades-6 (2026-12-07): first look 8/619, 20/1035 and 1/5 at 28da424; 18/1035 after that evening's work.
const NPM_REAL_6_ITEMS = 619;
const NPM_REAL_6_FALSE_ALARMS = 5;
const NPM_REAL_6_HELD_OUT_ITEMS = 1035;
const NPM_REAL_6_HELD_OUT_FALSE_ALARMS = 18;
const UPGRADE_PAIRS_6 = 5;
const UPGRADE_6_CONTENT_ALARM_PAIRS = 1;
// npm-real-7 and npm-upgrades-7 (2026-12-07): first look 16/822, 13/844 and 2/10 at 4419b89 (data b8ad47c), before any rule was tuned on them.
const NPM_REAL_7_ITEMS = 822;
const NPM_REAL_7_FALSE_ALARMS = 9;
const NPM_REAL_7_HELD_OUT_ITEMS = 844;
const NPM_REAL_7_HELD_OUT_FALSE_ALARMS = 13;
const UPGRADE_PAIRS_7 = 10;
const UPGRADE_7_CONTENT_ALARM_PAIRS = 1;
// npm-real-8 and npm-upgrades-8 (2026-12-07): first look 8/381, 17/551 and 2/9 at 2cf22a7 (data 50625ed), before any rule was tuned on them.
const NPM_REAL_8_ITEMS = 381;
const NPM_REAL_8_FALSE_ALARMS = 8;
const NPM_REAL_8_HELD_OUT_ITEMS = 551;
const NPM_REAL_8_HELD_OUT_FALSE_ALARMS = 17;
const UPGRADE_PAIRS_8 = 9;
const UPGRADE_8_CONTENT_ALARM_PAIRS = 2;
/**
 * The authored dev set (324 attacks, 156 hard negatives) and the holdout's aggregate (118 attacks, 54 benign), rules at 84116f5, 2026-12-06;
 * dev caught 320 -> 319 at 41b6720, which stopped judging an edition word alone in a server id as imitation (authored-0122).
 */
/**
 * Since the detector work of the night of 2026-12-06 every floor below is the figure measured at the end of a
 * session (last: the sixth session of 2026-12-07); first looks are in README.
 */
const AUTHORED_MALICIOUS = 395;
const AUTHORED_CAUGHT = 379;
const AUTHORED_FALSE_ALARMS = 2;
const HOLDOUT_CAUGHT = 103;
const HOLDOUT_FALSE_ALARMS = 0;
/** authored-holdout-2 (165 attacks, 94 hard negatives): its first look, rules at 807ca60, 2026-12-06. */
const HOLDOUT2_MALICIOUS = 165;
const HOLDOUT2_BENIGN = 94;
const HOLDOUT2_CAUGHT = 157;
const HOLDOUT2_FALSE_ALARMS = 5;
/** authored-holdout-3 (185 attacks, 121 hard negatives): its first look, rules at faf6d77, 2026-12-06. */
const HOLDOUT3_MALICIOUS = 185;
const HOLDOUT3_BENIGN = 121;
const HOLDOUT3_CAUGHT = 167;
const HOLDOUT3_FALSE_ALARMS = 13;
/** authored-holdout-4 (247 attacks, 178 hard negatives): first look 153/247 and 12/178 with the rules at 56d3c8d, 2026-12-06; floors at the figures after that night's work. */
const HOLDOUT4_MALICIOUS = 247;
const HOLDOUT4_BENIGN = 178;
const HOLDOUT4_CAUGHT = 212;
const HOLDOUT4_FALSE_ALARMS = 9;
/** authored-holdout-5 (144 attacks, 116 hard negatives): first look 81/144 and 9/116 at e7e7c6f, 2026-12-07; floors at the figures after that session. */
const HOLDOUT5_MALICIOUS = 144;
const HOLDOUT5_BENIGN = 116;
const HOLDOUT5_CAUGHT = 109;
const HOLDOUT5_FALSE_ALARMS = 8;
/** authored-5 (144 attacks, 117 hard negatives, a dev set): first look 89/144 and 6/117 at e7e7c6f, 2026-12-07; floors at the figures after that session. */
const AUTHORED5_MALICIOUS = 144;
const AUTHORED5_BENIGN = 117;
const AUTHORED5_CAUGHT = 126;
const AUTHORED5_FALSE_ALARMS = 3;
/** authored-holdout-6 and authored-6 (144 attacks, 152 hard negatives each): first looks at 3867af4, 2026-12-07. */
const HOLDOUT6_MALICIOUS = 144;
const HOLDOUT6_BENIGN = 152;
const HOLDOUT6_CAUGHT = 104;
const HOLDOUT6_FALSE_ALARMS = 21;
const AUTHORED6_MALICIOUS = 144;
const AUTHORED6_BENIGN = 152;
const AUTHORED6_CAUGHT = 126;
const AUTHORED6_FALSE_ALARMS = 11;
/** authored-7 (120 attacks, 80 hard negatives on the ten weakest techniques): first look 61/120 and 9/80 at 8e6503e, 2026-12-08 (seventh session). */
const AUTHORED7_MALICIOUS = 120;
const AUTHORED7_BENIGN = 80;
const AUTHORED7_CAUGHT = 90;
const AUTHORED7_FALSE_ALARMS = 7;
/** authored-holdout-7 (144 attacks, 144 hard negatives): first look 111/144 and 22/144 at b85ad49, 2026-12-07. */
const HOLDOUT7_MALICIOUS = 144;
const HOLDOUT7_BENIGN = 144;
const HOLDOUT7_CAUGHT = 118;
const HOLDOUT7_FALSE_ALARMS = 21;
const HOLDOUT8_MALICIOUS = 144;
const HOLDOUT8_BENIGN = 144;
const HOLDOUT8_CAUGHT = 79;
const HOLDOUT8_FALSE_ALARMS = 16;
/** authored-holdout-9 (144 attacks, 144 hard negatives): first look 100/144 and 16/144 at 3b28586, 2026-12-07 (fifth session). */
const HOLDOUT9_MALICIOUS = 144;
const HOLDOUT9_BENIGN = 144;
const HOLDOUT9_CAUGHT = 102;
const HOLDOUT9_FALSE_ALARMS = 16;
/** authored-holdout-10 (144 attacks, 144 hard negatives): first look 94/144 and 18/144 at 8e38e49, 2026-12-08 (seventh session). */
const HOLDOUT10_MALICIOUS = 144;
const HOLDOUT10_BENIGN = 144;
const HOLDOUT10_CAUGHT = 95;
const HOLDOUT10_FALSE_ALARMS = 18;
/** authored-3 (196 attacks, 102 hard negatives, a dev set): first look 141/196 and 13/102 at a7c3613; floors at 96d9a1c. */
const AUTHORED3_MALICIOUS = 196;
const AUTHORED3_BENIGN = 102;
const AUTHORED3_CAUGHT = 192;
const AUTHORED3_FALSE_ALARMS = 0;
/** authored-4 (184 attacks, 104 hard negatives, a dev set): its first look, rules at 01f5c44, 2026-12-06. */
const AUTHORED4_MALICIOUS = 184;
const AUTHORED4_BENIGN = 104;
const AUTHORED4_CAUGHT = 177;
const AUTHORED4_FALSE_ALARMS = 0;
/**
 * github-real (77 Python servers of 25 repositories, derived from source at pinned commits): its
 * first look, rules at faf6d77 (and unchanged at 2eba912), 2026-12-06: 47 false alarms on the
 * 843 items of the tuning half, 11 on the 689 of the held-out half. Lower them as the rules improve.
 */
const GITHUB_REAL_ITEMS = 843;
const GITHUB_REAL_FALSE_ALARMS = 0;
const GITHUB_REAL_HELD_OUT_ITEMS = 689;
const GITHUB_REAL_HELD_OUT_FALSE_ALARMS = 5;

describe("corpus manifest", () => {
  const manifest = readManifest(join(ROOT, DEFAULT_MANIFEST));
  const catalogs = manifest.sources.filter((s) => s.kind === "npm-catalogs");
  const pinned = npmServers(manifest);

  it("pins every npm server to an exact release and records its licence", () => {
    expect(catalogs.map((s) => s.name)).toEqual([
      "npm-real",
      "npm-real-2",
      "npm-real-3",
      "npm-real-4",
      "npm-real-5",
      "npm-real-6",
      "npm-real-7",
      "npm-real-8",
    ]);
    for (const source of catalogs) expect(source.servers!.length, source.name).toBeGreaterThanOrEqual(30);
    for (const server of pinned) {
      expect(server.version, server.id).toMatch(/^\d+\.\d+\.\d+(-[\w.-]+)?$/);
      if (server.upgradeFrom !== undefined) expect(server.upgradeFrom, server.id).toMatch(/^\d+\.\d+\.\d+(-[\w.-]+)?$/);
      // A package without a stated licence stays out: its catalog text could not be shipped.
      expect(server.licence, server.id).toMatch(/^(MIT|Apache-2\.0|ISC|FSL-1\.1-ALv2)\b/);
      expect(serverId(server.id), "a valid server id").toBe(server.id);
    }
  });

  it("holds lines of pinned servers only, and pairs of their pinned releases", () => {
    const corpus = loadCorpus(join(ROOT, DEFAULT_MANIFEST), ROOT);
    for (const source of catalogs) {
      const servers = new Map(source.servers!.map((s) => [s.id, s]));
      for (const item of corpus.items.filter((i) => i.source === source.name)) expect(servers.has(item.server), item.id).toBe(true);
      // Each upgrade-pairs source holds pairs of its own catalogs' servers only.
      const pairs = pairsSourceOf(manifest, source);
      for (const pair of corpus.pairs.filter((p) => p.source === pairs?.name)) {
        const server = servers.get(pair.server);
        expect([pair.package, pair.from, pair.to], pair.id).toEqual([server?.package, server?.upgradeFrom, server?.version]);
      }
    }
    expect(
      corpus.pairs.every((p) =>
        [
          "npm-upgrades",
          "npm-upgrades-2",
          "npm-upgrades-3",
          "npm-upgrades-4",
          "npm-upgrades-5",
          "npm-upgrades-6",
          "npm-upgrades-7",
          "npm-upgrades-8",
        ].includes(p.source),
      ),
    ).toBe(true);
  });

  it("names one server once across the npm sources", () => {
    const twice = { ...manifest, sources: [...manifest.sources, { ...catalogs[0]!, name: "copy", servers: [pinned[0]!] }] };
    expect(() => npmServers(twice)).toThrow(/pinned twice/);
  });
});

describe("corpus lines and their scoring", () => {
  const write = async (lines: object[]) => {
    const file = join(await tempDir(), "corpus.jsonl");
    await writeFile(file, lines.map((line) => JSON.stringify(line)).join("\n"));
    return file;
  };
  const base = { source: "atr", technique: null };

  it("attributes findings to the right tool when a server lists one name twice", async () => {
    const line = (id: string, label: string, description: string) => ({
      ...base,
      id,
      label,
      server: "Same Server",
      tool: { name: "helper", description },
    });
    const small = evaluate(await write([line("a", "benign", "Formats text."), line("b", "malicious", "Formats\u200b text.")]));
    expect(small.verdicts.map((v) => [v.item.id, v.flagged])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    expect(small.scores.find((s) => s.source === "atr")).toEqual({ source: "atr", malicious: 1, caught: 1, benign: 1, falseAlarms: 0 });
    expect(formatResult(small)).toContain("misses (0):\n\nfalse alarms (0):");
    const missed = evaluate(await write([line("c", "malicious", "Formats text.")]));
    expect(formatResult(missed)).toContain("misses (1):\n  c  ");
    // --source lists only those sources' items; the table still has every source.
    const elsewhere = formatResult(missed, { sources: ["npm-real"] });
    expect(elsewhere).toContain("misses (0):");
    expect(elsewhere).toContain("\natr ");
  });

  it("scores prompts, resources, templates and server instructions as their own entities", async () => {
    // A hidden character marks the malicious copy of each; the clean copy on the same server stays unflagged.
    const hidden = "Lists\u200b the open tickets.";
    const clean = "Lists the open tickets.";
    const lines = [
      { id: "p1", label: "malicious", prompt: { name: "triage", description: hidden } },
      { id: "p2", label: "benign", prompt: { name: "summary", description: clean } },
      { id: "r1", label: "malicious", resource: { uri: "tickets://open", name: "open", description: hidden } },
      { id: "r2", label: "benign", resource: { uri: "tickets://closed", name: "closed", description: clean } },
      { id: "t1", label: "malicious", resourceTemplate: { uriTemplate: "tickets://{id}", name: "ticket", description: hidden } },
      { id: "i1", label: "malicious", instructions: hidden },
      { id: "i2", label: "benign", instructions: clean },
    ].map((line) => ({ ...base, server: "tickets", ...line }));
    const small = evaluate(await write(lines));
    expect(small.verdicts.map((v) => [v.item.id, v.item.entity, v.flagged])).toEqual([
      ["p1", "prompt", true],
      ["p2", "prompt", false],
      ["r1", "resource", true],
      ["r2", "resource", false],
      ["t1", "resourceTemplate", true],
      ["i1", "server", true],
      ["i2", "server", false],
    ]);
  });

  it("diffs a line that has a base against a baseline holding it", async () => {
    const tool = (description: string) => ({ name: "search", description, inputSchema: { type: "object" } });
    const small = evaluate(
      await write([
        { ...base, id: "d", label: "malicious", server: "s", tool: tool("Searches the web."), base: tool("Searches the index.") },
      ]),
    );
    const [verdict] = small.verdicts;
    expect(verdict?.findings.map((f) => f.rule)).toContain("description-changed");
  });

  it("puts a line's neighbours in the same scan", async () => {
    const small = evaluate(
      await write([
        {
          ...base,
          id: "n",
          label: "malicious",
          server: "helper",
          tool: { name: "read_file", description: "Reads a file." },
          neighbours: { filesystem: [{ name: "read_file", description: "Reads a file." }] },
        },
        { ...base, id: "alone", label: "benign", server: "other", tool: { name: "read_file", description: "Reads a file." } },
      ]),
    );
    const rules = small.verdicts.map((v) => v.findings.map((f) => f.rule));
    expect(rules[0]).toContain("tool-name-collision");
    expect(rules[1]).not.toContain("tool-name-collision");
  });

  it("counts content alarms on upgrade pairs apart from drift and tier findings", async () => {
    const dir = await tempDir();
    const snapshot = (tools: object[]) => ({ format: "mcp-drift/snapshot@1", server: { id: "repo" }, initialize: {}, tools });
    const read = { name: "get_repo", description: "Reads a repository's metadata." };
    const pair = {
      id: "up/repo",
      source: "ignored",
      label: "benign",
      server: "repo",
      package: "repo-mcp",
      from: "1.0.0",
      to: "2.0.0",
      base: snapshot([read]),
      head: snapshot([read, { name: "delete_repo", description: "Deletes a repository and all its issues permanently." }]),
    };
    await mkdir(join(dir, "fixtures"));
    await writeFile(join(dir, "fixtures/pairs.jsonl"), `${JSON.stringify(pair)}\n`);
    await writeFile(join(dir, "fixtures/a.jsonl"), `${JSON.stringify({ ...base, id: "x", label: "benign", server: "s", tool: read })}\n`);
    const manifest = {
      sources: [
        { name: "mine", kind: "lines", file: "fixtures/a.jsonl", repository: null, licence: "MIT", labelled: "by hand" },
        { name: "later", kind: "lines", file: "fixtures/b.jsonl", optional: true, repository: null, licence: "MIT", labelled: "by hand" },
        { name: "ups", kind: "upgrade-pairs", file: "fixtures/pairs.jsonl", repository: null, licence: "MIT", labelled: "by hand" },
      ],
    };
    await writeFile(join(dir, "sources.json"), JSON.stringify(manifest));
    const small = evaluate(join(dir, "sources.json"), dir);
    // A file named by one source gives its lines that source's name.
    expect(small.verdicts.map((v) => v.item.source)).toEqual(["mine"]);
    expect(small.missing.map((s) => s.name)).toEqual(["later"]);
    expect(small.pairs[0]?.drift.map((f) => f.rule)).toContain("high-impact-capability-added");
    expect(small.pairs[0]?.content.every((f) => f.rule !== "high-impact-capability-added")).toBe(true);
    expect(small.upgrades).toEqual([expect.objectContaining({ source: "ups", pairs: 1, changed: 1 })]);
    expect(formatResult(small)).toContain("later             (fixtures/b.jsonl does not exist yet)");
  });

  it("refuses a line with two items or none, and an id used twice", async () => {
    const two = { ...base, id: "a", label: "benign", server: "s", tool: { name: "x" }, prompt: { name: "y" } };
    await expect(async () => evaluate(await write([two]))).rejects.toThrow(/exactly one of/);
    const none = { ...base, id: "a", label: "benign", server: "s" };
    await expect(async () => evaluate(await write([none]))).rejects.toThrow(/exactly one of/);

    const dir = await tempDir();
    const line = { ...base, id: "same", label: "benign", server: "s", tool: { name: "x" } };
    await writeFile(join(dir, "a.jsonl"), JSON.stringify(line));
    await writeFile(join(dir, "b.jsonl"), JSON.stringify(line));
    const source = (name: string) => ({
      name,
      kind: "lines",
      file: `${name}.jsonl`,
      repository: null,
      licence: "MIT",
      labelled: "by hand",
    });
    await writeFile(join(dir, "sources.json"), JSON.stringify({ sources: [source("a"), source("b")] }));
    expect(() => loadCorpus(join(dir, "sources.json"), dir)).toThrow(/corpus id same appears twice/);
  });

  it("turns a listed catalog into one line per item, each scored as its own entity", async () => {
    const snapshot = toSnapshot("notes", {
      initialize: { instructions: "Notes of the team." },
      tools: [{ name: "add_note", description: "Adds a note.", inputSchema: { type: "object" } }],
      prompts: [{ name: "summarise", description: "Summarises the notes." }],
      resources: [{ uri: "notes://all", name: "all notes" }],
      resourceTemplates: [{ uriTemplate: "notes://{id}", name: "one note" }],
    });
    const lines = catalogLines("npm-real", "notes", snapshot);
    expect(lines.map((l) => [l.id, l.surface])).toEqual([
      ["npm-real/notes/instructions/", "server-instructions"],
      ["npm-real/notes/tool/add_note", "description"],
      ["npm-real/notes/prompt/summarise", "prompt"],
      ["npm-real/notes/resource/notes://all", "resource"],
      ["npm-real/notes/resourceTemplate/notes://{id}", "resource-template"],
    ]);
    const small = evaluate(await write(lines));
    expect(small.verdicts.map((v) => [v.item.entity, v.item.name])).toEqual([
      ["server", ""],
      ["tool", "add_note"],
      ["prompt", "summarise"],
      ["resource", "notes://all"],
      ["resourceTemplate", "notes://{id}"],
    ]);
  });

  it("turns corpus server names into valid server ids", () => {
    expect(serverId("Asset_Price_MCP")).toBe("asset_price_mcp");
    expect(serverId("Ant Design Components")).toBe("ant-design-components");
    expect(serverId("__")).toBe("server");
  });
});
