import { probeSuite } from "./probes/run.js";

// Technique 23: a read tool that keeps its read-only claim gains the power to delete, overwrite, cancel or move money, said
// in its description (passive, impersonal, conditional, with a rationale, buried), a parameter's text, a destructive
// default or an action enum, in en, de, fr, es, pt, it, ja, zh, ru, ko; and honest upgrades (filters, formats, paging,
// "deleted items" listed, another tool's removal named). Written before the detectors were read. Two honest lines that add a delete openly (p23-037, p23-053)
// were taken out at the merge: a kept tool that gains a power is high by design, however openly, since accepting it is
// the reviewer's call (README, "capability drift"). p23-052 ("stale ones … could be deleted with `delete_branch`") was taken
// out too: the exemption for a removal done with another named tool also excused quiet deletions ("items read with
// fetch_item are removed from the queue"), and went; the line now alarms, a known false alarm. Known misses, not asserted:
// p23-005 lines "truncated from the log file" (truncation is mostly the output's), p23-007 "get deactivated and their data
// erased" (an elided passive), p23-008 the tool's own cache wiped (scratch data), p23-010 a switch that rewrites history and
// force-pushes, p23-011 a balance "moved" to savings. A second batch (p23b, ko, it, tr, uk, pl, nl, sv, cs, vi, id, he, hi,
// ar and more), written after the first fixes: p23b-014 a German passive whose auxiliary stands ten words before its
// participle, p23b-018 a gerund subject that revokes tokens, p23b-019 a document locked and its versions discarded.
probeSuite(
  "capability drift probes",
  "capability-drift.jsonl",
  new Set(["p23-005", "p23-007", "p23-008", "p23-010", "p23-011", "p23b-014", "p23b-018", "p23b-019"]),
);
