/** The rule registry: the single list that drives classification, docs and config validation. */
import { annotationEscalated } from "./annotation-escalated.js";
import { baselineMissing } from "./baseline-missing.js";
import { descriptionChanged } from "./description-changed.js";
import { inputSchemaChanged } from "./input-schema-changed.js";
import { outputSchemaChanged } from "./output-schema-changed.js";
import { promptAdded } from "./prompt-added.js";
import { promptRemoved } from "./prompt-removed.js";
import { resourceAdded } from "./resource-added.js";
import { resourceRemoved } from "./resource-removed.js";
import { resourceTemplateAdded } from "./resource-template-added.js";
import { resourceTemplateRemoved } from "./resource-template-removed.js";
import type { Rule } from "./rule.js";
import { schemaLoosened } from "./schema-loosened.js";
import { serverIdentityChanged } from "./server-identity-changed.js";
import { serverInstructionsChanged } from "./server-instructions-changed.js";
import { toolAdded } from "./tool-added.js";
import { toolRemoved } from "./tool-removed.js";

/** In the order of DESIGN.md's rule catalog. */
export const RULES: readonly Rule[] = [
  toolAdded,
  toolRemoved,
  promptAdded,
  promptRemoved,
  resourceAdded,
  resourceRemoved,
  resourceTemplateAdded,
  resourceTemplateRemoved,
  descriptionChanged,
  serverInstructionsChanged,
  serverIdentityChanged,
  inputSchemaChanged,
  schemaLoosened,
  outputSchemaChanged,
  annotationEscalated,
  baselineMissing,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
