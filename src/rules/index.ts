/** The rule registry: the single list that drives classification, docs and config validation. */
import { annotationEscalated } from "./annotation-escalated.js";
import { baselineMissing } from "./baseline-missing.js";
import { catalogVaries } from "./catalog-varies.js";
import { crossServerReference } from "./cross-server-reference.js";
import { descriptionChanged } from "./description-changed.js";
import { encodedContent } from "./encoded-content.js";
import { exfiltrationPattern } from "./exfiltration-pattern.js";
import { hiddenCharacters } from "./hidden-characters.js";
import { RULE_IDS, type RuleId } from "./ids.js";
import { highImpactCapabilityAdded } from "./high-impact-capability-added.js";
import { inputSchemaChanged } from "./input-schema-changed.js";
import { instructionLikeText } from "./instruction-like-text.js";
import { conceptsOf } from "./instructions/acts.js";
import { compilePatterns, compilePatternsInTurns } from "./instructions/patterns.js";
import { outputSchemaChanged } from "./output-schema-changed.js";
import { promptAdded } from "./prompt-added.js";
import { promptRemoved } from "./prompt-removed.js";
import { releaseChanged } from "./release-changed.js";
import { releaseContentsChanged } from "./release-contents-changed.js";
import { resourceAdded } from "./resource-added.js";
import { resourceRemoved } from "./resource-removed.js";
import { resourceTemplateAdded } from "./resource-template-added.js";
import { resourceTemplateRemoved } from "./resource-template-removed.js";
import type { Rule } from "../classify/rule.js";
import { matchable } from "../matchable.js";
import { schemaLoosened } from "./schema-loosened.js";
import { sensitiveDataReference } from "./sensitive-data-reference.js";
import { serverIdentityChanged } from "./server-identity-changed.js";
import { serverInstructionsChanged } from "./server-instructions-changed.js";
import { suspiciousParameter } from "./suspicious-parameter.js";
import { toolAdded } from "./tool-added.js";
import { toolNameCollision } from "./tool-name-collision.js";
import { toolRemoved } from "./tool-removed.js";
import { uiContentChanged } from "./ui-content-changed.js";
import { uiDomainAdded } from "./ui-domain-added.js";
import { uiToolModelVisible } from "./ui-tool-model-visible.js";
import { unpinnedServer } from "./unpinned-server.js";
import { writeCapabilityAdded } from "./write-capability-added.js";

/** Every rule by its id: exactly the ids of ids.ts, each once (the type says so). */
const RULES_BY_ID = {
  "tool-added": toolAdded,
  "tool-removed": toolRemoved,
  "prompt-added": promptAdded,
  "prompt-removed": promptRemoved,
  "resource-added": resourceAdded,
  "resource-removed": resourceRemoved,
  "resource-template-added": resourceTemplateAdded,
  "resource-template-removed": resourceTemplateRemoved,
  "description-changed": descriptionChanged,
  "server-instructions-changed": serverInstructionsChanged,
  "server-identity-changed": serverIdentityChanged,
  "input-schema-changed": inputSchemaChanged,
  "schema-loosened": schemaLoosened,
  "output-schema-changed": outputSchemaChanged,
  "annotation-escalated": annotationEscalated,
  "write-capability-added": writeCapabilityAdded,
  "high-impact-capability-added": highImpactCapabilityAdded,
  "baseline-missing": baselineMissing,
  "instruction-like-text": instructionLikeText,
  "sensitive-data-reference": sensitiveDataReference,
  "exfiltration-pattern": exfiltrationPattern,
  "hidden-characters": hiddenCharacters,
  "encoded-content": encodedContent,
  "cross-server-reference": crossServerReference,
  "tool-name-collision": toolNameCollision,
  "suspicious-parameter": suspiciousParameter,
  "catalog-varies": catalogVaries,
  "ui-tool-model-visible": uiToolModelVisible,
  "ui-domain-added": uiDomainAdded,
  "ui-content-changed": uiContentChanged,
  "unpinned-server": unpinnedServer,
  "release-changed": releaseChanged,
  "release-contents-changed": releaseContentsChanged,
} as const satisfies Record<RuleId, Rule>;

/** In the order of DESIGN.md's rule catalog (RULE_IDS). */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => RULES_BY_ID[id]);

export { RULE_IDS };

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

/**
 * Does ahead of the first text what the rules would do on meeting it: compiles their
 * patterns (see `compilePatterns`) and builds the lexicon's word index, which the first
 * sentence read builds otherwise (about a quarter of classifying a small catalog). A scan
 * calls this while its servers start.
 */
export function prepareRules(): void {
  compilePatterns();
  buildWordIndex();
}

/**
 * prepareRules while a scan waits for its servers, leaving the event loop free between
 * turns for their answers; stopped by `signal` once they have all answered (see
 * `compilePatternsInTurns`). The word index comes first: any text read needs it.
 */
export function prepareRulesInTurns(signal: AbortSignal): void {
  buildWordIndex();
  compilePatternsInTurns(signal);
}

function buildWordIndex(): void {
  // A text of one word holds no sentence to judge; reading it builds the index.
  conceptsOf(matchable("prepare"));
}
