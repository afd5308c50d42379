/**
 * The shared mechanism of content rules: each rule is a detector over one model-visible
 * text; this turns its detections into hits with a place, a one-line message and a bounded
 * evidence excerpt around the match, for exactly the texts a scan should judge.
 */
import type { RuleHit, Severity } from "../model.js";
import { codePointBoundary, nextCodePoint, previousCodePoint } from "../code-points.js";
import type { MatchableText } from "../matchable.js";
import type { Rule, RuleContext } from "./rule.js";
import { describeItem, showField } from "../message-text.js";
import type { ModelText, TextKind } from "./texts.js";

export interface Detection {
  /** Span of the match in the ORIGINAL text (UTF-16 offsets), for the evidence excerpt. */
  start: number;
  end: number;
  /** Why, in a few words: `tells the model to hide something from the user`. */
  reason: string;
  /** A detector may raise or lower its rule's default for one detection. */
  severity?: Severity;
  /** Replaces the excerpt, e.g. with a decoded hidden payload. */
  evidence?: string;
}

export interface ContentRuleSpec extends Omit<Rule, "kind" | "check" | "judgesTexts"> {
  /** The kinds of text this rule reads (all when absent). */
  kinds?: readonly TextKind[];
  detect(text: ModelText, matchable: MatchableText, ctx: RuleContext): Detection[];
}

export function contentRule(spec: ContentRuleSpec): Rule {
  const { kinds, detect, ...rule } = spec;
  return {
    ...rule,
    kind: "content",
    judgesTexts: true,
    check: (ctx) => {
      const hits: RuleHit[] = [];
      ctx.analysis.forEachJudged(kinds, (text, m) => {
        ctx.deadline?.check();
        for (const detection of detect(text, m, ctx)) hits.push(toHit(text, detection));
      });
      return hits;
    },
  };
}

function toHit(text: ModelText, detection: Detection): RuleHit {
  return {
    entity: text.entity,
    name: text.name,
    field: text.field,
    message: `${detection.reason}, in ${showField(text.field)} of ${describeItem(text.entity, text.name)}`,
    evidence: detection.evidence ?? excerptAround(text.text, detection.start, detection.end),
    ...(detection.severity ? { severity: detection.severity } : {}),
  };
}

const CONTEXT = 60;
const MAX_MATCH = 120;

/**
 * The match with a little context either side, cut at code point boundaries, marked with `…`.
 * Reads only the characters it shows, so many matches in a long text cost little each.
 */
export function excerptAround(text: string, start: number, end: number): string {
  const from = codePointBoundary(text, start);
  let to = from;
  for (let shown = 0; shown < MAX_MATCH && to < end; shown++) to = nextCodePoint(text, to);
  let left = from;
  for (let shown = 0; shown < CONTEXT && left > 0; shown++) left = previousCodePoint(text, left);
  let right = to;
  for (let shown = 0; shown < CONTEXT && right < text.length; shown++) right = nextCodePoint(text, right);
  return `${left > 0 ? "…" : ""}${text.slice(left, right)}${right < text.length ? "…" : ""}`;
}
