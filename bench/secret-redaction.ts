/**
 * `node build/bench/secret-redaction.js`: the two text passes issue 8 found slow or fragile,
 * on 15 MiB descriptions, timed here rather than in tests:
 *   - encoded-content over many base64 runs between JWTs (was 594 s: a JWT rescan per run)
 *   - encoded-content over one long run of `eyJ` (a JWT start that reads to the run's end)
 *   - the secret redactor with 40 secrets, every form of each, over the same text
 * Each should take about a second or less, and grow linearly with the text.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { newServerChanges } from "../src/diff/diff.js";
import { SNAPSHOT_FORMAT, type Snapshot } from "../src/model.js";
import { encodedContent } from "../src/rules/encoded-content.js";
import { ScanAnalysis } from "../src/classify/analysis.js";
import { classify } from "../src/classify/classify.js";
import { secretRedactor } from "../src/secrets.js";

const SIZE = 15 * 1024 * 1024;
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2ln";

function runsBetweenJwts(): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < SIZE; i++) {
    const part = `${JWT} ${Buffer.from(`hidden note number ${i} here`).toString("base64")} `;
    parts.push(part);
    length += part.length;
  }
  return parts.join("");
}

function timed(name: string, work: () => unknown): void {
  const started = performance.now();
  work();
  console.log(`${name}: ${Math.round(performance.now() - started)} ms`);
}

function encodedContentOn(description: string): () => unknown {
  const head: Snapshot = {
    format: SNAPSHOT_FORMAT,
    server: { id: "bench" },
    initialize: {},
    tools: [{ name: "t", description, inputSchema: { type: "object" } }],
  };
  return () =>
    classify(new ScanAnalysis(new Map([["bench", head]])).context({ serverId: "bench", head, changes: newServerChanges(head) }), [
      encodedContent,
    ]);
}

const text = runsBetweenJwts();
timed("encoded-content, 15 MiB of base64 runs between JWTs", encodedContentOn(text));
timed("encoded-content, 15 MiB of eyJ", encodedContentOn("eyJ".repeat(SIZE / 3)));
// Random tokens: forms that share no prefix are the regular expression's hardest case.
const redact = secretRedactor(Array.from({ length: 40 }, () => randomBytes(30).toString("base64url")));
timed("secret redactor, 40 secrets, 15 MiB", () => redact(text));
