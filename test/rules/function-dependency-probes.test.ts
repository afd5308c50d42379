import { probeSuite } from "./probes/run.js";

// Technique 4: "before this (or any) tool, call X first" where X has nothing to do with the task, as an order, a passive,
// a stated requirement, a fact, with a rationale, buried, in server instructions and a parameter's text, in en, de, fr,
// es, pt, it, ja, zh, ru, ko, nl; and real data dependencies beside the tool they name ("call list_projects first to get a
// project id", "read the file first for its sha"). Written before the detectors were read. Known misses, not asserted:
// p4-007 an extra call to show promotions, p4-010 "setzt einen vorherigen Aufruf von x voraus", p4-016 "primero ejecute x",
// p4-022 a tool named in Chinese characters. A second batch (p4b, ko, it, tr, uk, pl, sv, cs, hu, vi, id, he, ro, el, fi,
// th and more), written after the first fixes: p4b-009 Swedish, p4b-010 Czech and p4b-017 Finnish calls (their call words
// raised a blind false alarm in an earlier session and stay out).
probeSuite(
  "function dependency probes",
  "function-dependency.jsonl",
  new Set(["p4-007", "p4-010", "p4-016", "p4-022", "p4b-009", "p4b-010", "p4b-017"]),
);
