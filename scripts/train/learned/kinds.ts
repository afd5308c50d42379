import type { TextKind } from "../../../src/classify/texts.js";

/** The texts the learned rule reads: prose a model reads as guidance, not names or addresses. */
export const LEARNED_KINDS: readonly TextKind[] = ["title", "description", "instructions", "value"];
