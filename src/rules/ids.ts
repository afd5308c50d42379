/**
 * The rule ids, in the order of DESIGN.md's rule catalog: what config validation needs of the
 * rules without loading them (their modules and pattern lexicons are the heaviest part of the
 * scanner, loaded while the servers start). The registry (index.ts) is keyed by these ids, so
 * a rule missing here, or an id here without a rule, does not typecheck.
 */
export const RULE_IDS = [
  "tool-added",
  "tool-removed",
  "prompt-added",
  "prompt-removed",
  "resource-added",
  "resource-removed",
  "resource-template-added",
  "resource-template-removed",
  "description-changed",
  "server-instructions-changed",
  "server-identity-changed",
  "input-schema-changed",
  "schema-loosened",
  "output-schema-changed",
  "annotation-escalated",
  "write-capability-added",
  "high-impact-capability-added",
  "baseline-missing",
  "instruction-like-text",
  "sensitive-data-reference",
  "exfiltration-pattern",
  "hidden-characters",
  "encoded-content",
  "cross-server-reference",
  "tool-name-collision",
  "suspicious-parameter",
  "catalog-varies",
  "ui-tool-model-visible",
  "ui-domain-added",
  "ui-content-changed",
  "unpinned-server",
  "release-changed",
  "release-contents-changed",
] as const;

export type RuleId = (typeof RULE_IDS)[number];
