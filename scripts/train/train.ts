/**
 * `npm run train`: trains the learned component (scripts/train/learned/) from the corpus sources
 * it may learn from and writes scripts/train/learned/model.json. Deterministic: sorted items, a
 * fixed seed, no clock; the same corpus gives the same file.
 *
 *   npm run train                 train, choose thresholds by cross-validation, write the model
 *   npm run train -- --loso       leave-one-source-out: for each source, train without it and
 *                                 measure on it; then the held-out set, scored (never read)
 *                                 by the model trained on everything allowed
 *
 * Thresholds: 5-fold cross-validation grouped by server (no server on both sides of a fold);
 * `medium` lets at most 0.5 % of the real tools' out-of-fold scores through, `high` at most
 * 0.2 %. The held-out source is never trained or tuned on: only its figures are printed.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_MANIFEST, loadCorpus } from "../eval.js";
import { REAL_SOURCES, TRAINING_SOURCES, trainItems, type TrainItem } from "./data.js";
import {
  bagScore,
  DEFAULT_OPTIONS,
  fitBags,
  languageWeights,
  round6,
  quantise,
  quantisedWeights,
  thresholdFor,
  toModel,
  type FitOptions,
} from "./logistic.js";
import type { LearnedModel } from "./learned/model-format.js";

export const MODEL_FILE = "scripts/train/learned/model.json";
const FOLDS = 5;
export const RATES = { medium: 0.005, high: 0.002 };

export interface Trained {
  model: LearnedModel;
  score: (item: Pick<TrainItem, "sentences">) => number;
}

function fold(group: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) hash = Math.imul(hash ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return hash % FOLDS;
}

const percent = (n: number, d: number) => (d === 0 ? "-" : `${n}/${d} ${((100 * n) / d).toFixed(1)} %`);

/** Cross-validated thresholds, then the model fitted on every item. */
export function train(unweighted: readonly TrainItem[], options: FitOptions = DEFAULT_OPTIONS): Trained {
  const weights = languageWeights(unweighted);
  const items = unweighted.map((item, i) => ({ ...item, weight: weights[i]! }));
  const oof = new Map<TrainItem, number>();
  for (let k = 0; k < FOLDS; k++) {
    const held = items.filter((item) => fold(item.group) === k);
    if (held.length === 0) continue;
    const model = quantisedWeights(
      quantise(
        fitBags(
          items.filter((item) => fold(item.group) !== k),
          options,
        ),
      ),
    );
    for (const item of held) oof.set(item, bagScore(model, item));
  }
  const real = items.filter((item) => item.label === 0 && REAL_SOURCES.includes(item.source));
  const realScores = real.map((item) => oof.get(item)!);
  const thresholds = { medium: thresholdFor(realScores, RATES.medium), high: thresholdFor(realScores, RATES.high) };
  const malicious = items.filter((item) => item.label === 1);
  const count = (list: TrainItem[], t: number) => list.filter((item) => oof.get(item)! >= t).length;
  const q = quantise(fitBags(items, options));
  const shipped = quantisedWeights(q);
  const model = toModel(q, thresholds, {
    by: "scripts/train/train.ts (npm run train)",
    sources: [...new Set(items.map((item) => item.source))].sort().join(", "),
    items: { malicious: malicious.length, benign: items.length - malicious.length },
    languageWeights: Object.fromEntries(
      [...new Set(items.map((item) => item.language))]
        .sort()
        .map((l) => [l, round6(items.find((i) => i.language === l && i.label === 0)?.weight ?? 1)]),
    ),
    sentences: items.reduce((n, item) => n + item.sentences.length, 0),
    options,
    crossValidation: {
      folds: FOLDS,
      groupedBy: "source/server",
      realToolsFalseAlarms: {
        medium: percent(count(real, thresholds.medium), real.length),
        high: percent(count(real, thresholds.high), real.length),
      },
      maliciousRecall: {
        medium: percent(count(malicious, thresholds.medium), malicious.length),
        high: percent(count(malicious, thresholds.high), malicious.length),
      },
    },
  });
  return { model, score: (item) => bagScore(shipped, item) };
}

interface Row {
  source: string;
  malicious: number;
  high: number;
  medium: number;
  benign: number;
  alarmsHigh: number;
  alarmsMedium: number;
}

function measure(source: string, trained: Trained, items: readonly TrainItem[]): Row {
  const { thresholds } = trained.model;
  const scores = items.map((item) => ({ label: item.label, score: trained.score(item) }));
  const bad = scores.filter((s) => s.label === 1);
  const good = scores.filter((s) => s.label === 0);
  return {
    source,
    malicious: bad.length,
    high: bad.filter((s) => s.score >= thresholds.high).length,
    medium: bad.filter((s) => s.score >= thresholds.medium).length,
    benign: good.length,
    alarmsHigh: good.filter((s) => s.score >= thresholds.high).length,
    alarmsMedium: good.filter((s) => s.score >= thresholds.medium).length,
  };
}

function formatRows(rows: Row[]): string {
  const lines = [
    "| source left out | recall ≥ high | recall ≥ medium | false alarms ≥ high | false alarms ≥ medium |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.source} | ${percent(r.high, r.malicious)} | ${percent(r.medium, r.malicious)} | ${percent(r.alarmsHigh, r.benign)} | ${percent(r.alarmsMedium, r.benign)} |`,
    );
  }
  return lines.join("\n");
}

function main(): void {
  const { values } = parseArgs({ options: { loso: { type: "boolean" }, corpus: { type: "string" } } });
  const root = process.cwd();
  const corpus = loadCorpus(resolve(root, values.corpus ?? DEFAULT_MANIFEST), root);
  const allowed = corpus.items.filter((item) => (TRAINING_SOURCES as readonly string[]).includes(item.source));
  const items = trainItems(allowed);
  const full = train(items);
  if (!values.loso) {
    const json = `${JSON.stringify(full.model, null, 2)}\n`;
    writeFileSync(join(root, MODEL_FILE), json);
    console.log(`wrote ${MODEL_FILE} (${json.length} bytes)`);
    console.log(JSON.stringify(full.model.thresholds), JSON.stringify(full.model.trained, null, 2));
    return;
  }
  const rows: Row[] = [];
  for (const source of TRAINING_SOURCES) {
    const without = train(items.filter((item) => item.source !== source));
    rows.push({
      ...measure(
        source,
        without,
        items.filter((item) => item.source === source),
      ),
    });
    console.error(`left out ${source}: thresholds ${JSON.stringify(without.model.thresholds)}`);
  }
  // The held-out set: never trained on; scored through the same path, only its figures printed.
  const holdout = trainItems(
    corpus.items.filter((item) => corpus.holdout.includes(item.source)),
    false,
  );
  for (const name of corpus.holdout)
    rows.push(
      measure(
        `${name} (never trained on)`,
        full,
        holdout.filter((i) => i.source === name),
      ),
    );
  console.log(formatRows(rows));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
