/**
 * What the rules of one scan read, worked out once: built by the pipeline for each scan and
 * handed to every rule in its context, so rules share no state of their own between scans.
 * Members are computed on first use and kept on the object, which lives as long as the scan
 * (the scan-wide part) or the server's classification (the per-server part).
 */
import { type Assessment, assessTool } from "../capability/capability.js";
import { SubjectDigests } from "../fingerprint.js";
import { ItemIndex, type Side } from "../item-index.js";
import { matchable, type MatchableText } from "../matchable.js";
import type { Entity, JsonObject, Snapshot } from "../model.js";
import type { RuleContext } from "./rule.js";
import { modelTexts, type ModelText } from "./texts.js";
import { ToolNameIndex } from "./tool-names.js";

/** A rule's own constant naming what it derives: a symbol, or the constant it derives from. */
export type DerivedKey = symbol | object;

/** The scan-wide part: every server's fresh snapshot and the one index of their tool names. */
export class ScanAnalysis {
  private names: ToolNameIndex | undefined;
  private readonly values = new Map<DerivedKey, unknown>();

  /** Every server's fresh snapshot in this scan, by server id. */
  constructor(readonly snapshots: ReadonlyMap<string, Snapshot>) {}

  get toolNames(): ToolNameIndex {
    return (this.names ??= new ToolNameIndex(this.snapshots));
  }

  /**
   * What a rule works out once per scan from something that does not change within it (a
   * technique list's cue finder), built on first use; `key` is the rule's own constant.
   */
  derived<T>(key: DerivedKey, build: () => T): T {
    return derivedValue(this.values, key, build);
  }

  /** The per-server part, for one server of this scan. */
  server(serverId: string, head: Snapshot, base?: Snapshot): ServerAnalysis {
    return new ServerAnalysis(this, serverId, head, base);
  }

  /** The context a rule sees for one server of this scan. */
  context(parts: Omit<RuleContext, "scan" | "analysis">): RuleContext {
    const { serverId, head, base } = parts;
    return { ...parts, scan: this.snapshots, analysis: this.server(serverId, head, base) };
  }
}

/** The per-server part: its texts to judge, its items, its tools' capabilities, its fingerprints. */
export class ServerAnalysis {
  /** One index over both snapshots, for rules and fingerprints alike. */
  readonly items: ItemIndex;
  readonly subjects: SubjectDigests;
  private judged: ModelText[] | undefined;
  private judgedPlaces: Set<string> | undefined;
  // Per server rather than per scan: a folded text holds two offsets per character, and a
  // scan-wide memo would keep every server's until the scan ends.
  private readonly matchables = new Map<ModelText, MatchableText>();
  private readonly assessments = new Map<JsonObject, Assessment>();
  private readonly values = new Map<DerivedKey, unknown>();

  constructor(
    readonly scan: ScanAnalysis,
    readonly serverId: string,
    readonly head: Snapshot,
    readonly base?: Snapshot,
  ) {
    this.items = new ItemIndex(head, base);
    this.subjects = new SubjectDigests(head, base, this.items);
  }

  /**
   * The texts content rules judge in this scan: without a baseline every text (a first scan
   * is an audit); with one, only texts that are new or changed at their place, so an old,
   * accepted sentence does not fire on every run. A text is accepted as often as the baseline
   * holds it: a second copy of an item under a name the server already had is new.
   */
  get judgedTexts(): readonly ModelText[] {
    return (this.judged ??= judgedTexts(this.head, this.base));
  }

  /** Whether a text at this place is among `judgedTexts`. */
  isJudged(entity: Entity, name: string, field: string): boolean {
    this.judgedPlaces ??= new Set(this.judgedTexts.map((text) => placeKey(text.entity, text.name, text.field)));
    return this.judgedPlaces.has(placeKey(entity, name, field));
  }

  /** `matchable(text.text)`, computed once per text however many rules read it. */
  matchableOf(text: ModelText): MatchableText {
    let result = this.matchables.get(text);
    if (result === undefined) this.matchables.set(text, (result = matchable(text.text)));
    return result;
  }

  /** The item of `entity` called `name` in the fresh snapshot or the baseline (the first, if listed twice). */
  itemOf(side: Side, entity: Entity, name: string): JsonObject | undefined {
    return this.items.itemOf(side, entity, name);
  }

  /** The tool's capability tier with its reasons and families, assessed once per tool. */
  assessment(tool: JsonObject): Assessment {
    let assessment = this.assessments.get(tool);
    if (assessment === undefined) this.assessments.set(tool, (assessment = assessTool(tool)));
    return assessment;
  }

  /** What a rule works out once per server from its catalog; `key` is the rule's own constant. */
  derived<T>(key: DerivedKey, build: () => T): T {
    return derivedValue(this.values, key, build);
  }
}

function derivedValue<T>(values: Map<DerivedKey, unknown>, key: DerivedKey, build: () => T): T {
  if (!values.has(key)) values.set(key, build());
  return values.get(key) as T;
}

function judgedTexts(head: Snapshot, base: Snapshot | undefined): ModelText[] {
  const current = modelTexts(head);
  if (base === undefined) return current;
  const accepted = new Map<string, number>();
  for (const key of modelTexts(base).map(textKey)) accepted.set(key, (accepted.get(key) ?? 0) + 1);
  return current.filter((text) => {
    const key = textKey(text);
    const left = accepted.get(key) ?? 0;
    if (left > 0) accepted.set(key, left - 1);
    return left === 0;
  });
}

function textKey(text: ModelText): string {
  return `${placeKey(text.entity, text.name, text.field)}\0${text.text}`;
}

function placeKey(entity: Entity, name: string, field: string): string {
  return `${entity}\0${name}\0${field}`;
}
