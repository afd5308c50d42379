/**
 * What the rules of one scan read, worked out once: built by the pipeline for each scan and
 * handed to every rule in its context, so rules share no state of their own between scans.
 * Members are computed on first use and kept on the object, which lives as long as the scan
 * (the scan-wide part) or the server's classification (the per-server part).
 */
import { type Assessment, assessTool } from "../capability/capability.js";
import { SubjectDigests } from "../fingerprint.js";
import { ItemIndex, type Side } from "../item-index.js";
import { Foldings, type MatchableText } from "../matchable.js";
import type { Change, Entity, JsonObject, Snapshot } from "../model.js";
import type { RuleContext } from "./rule.js";
import { modelTexts, type ModelText, type TextKind } from "./texts.js";
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

  /**
   * The per-server part, for one server of this scan. `changes`, the diff of `base` and
   * `head`, lets it skip the texts of items the diff found unchanged; `baseAssessments`, when
   * the scan has assessed the baseline's tools already, gives those assessments.
   */
  server(
    serverId: string,
    head: Snapshot,
    base?: Snapshot,
    changes?: readonly Change[],
    baseAssessments?: BaseAssessments,
  ): ServerAnalysis {
    return new ServerAnalysis(this, serverId, head, base, changes, baseAssessments);
  }

  /** The context a rule sees for one server of this scan. */
  context(parts: Omit<RuleContext, "scan" | "analysis">, baseAssessments?: BaseAssessments): RuleContext {
    const { serverId, head, base, changes } = parts;
    return { ...parts, scan: this.snapshots, analysis: this.server(serverId, head, base, changes, baseAssessments) };
  }
}

/** The assessments of a baseline's tools, by the baseline's own objects (scan.ts works them out while its server starts). */
export interface BaseAssessments {
  of(tool: JsonObject): Assessment;
}

/** The per-server part: its texts to judge, its items, its tools' capabilities, its fingerprints. */
export class ServerAnalysis {
  /** One index over both snapshots, for rules and fingerprints alike. */
  readonly items: ItemIndex;
  readonly subjects: SubjectDigests;
  private judged: ModelText[] | undefined;
  private judgedPlaces: Set<string> | undefined;
  /** The texts each rule's list of kinds reads, by that list. */
  private readonly judgedByKinds = new Map<readonly TextKind[] | undefined, JudgedOfKinds>();
  // Per server rather than per scan: a folded text holds two offsets per character, and a
  // scan-wide memo would keep every server's until the scan ends.
  private readonly foldings = new Foldings();
  /** By position in `judgedTexts`; texts outside it (none in the pipeline) by identity. */
  private readonly matchables: (MatchableText | undefined)[] = [];
  private positions: Map<ModelText, number> | undefined;
  private readonly otherMatchables = new Map<ModelText, MatchableText>();
  private readonly assessments = new Map<JsonObject, Assessment>();
  private readonly values = new Map<DerivedKey, unknown>();

  constructor(
    readonly scan: ScanAnalysis,
    readonly serverId: string,
    readonly head: Snapshot,
    readonly base?: Snapshot,
    private readonly changes?: readonly Change[],
    private readonly baseAssessments?: BaseAssessments,
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
    return (this.judged ??= judgedTexts(this.head, this.base, this.changes));
  }

  /** Whether a text at this place is among `judgedTexts`. */
  isJudged(entity: Entity, name: string, field: string): boolean {
    this.judgedPlaces ??= new Set(this.judgedTexts.map((text) => placeKey(text.entity, text.name, text.field)));
    return this.judgedPlaces.has(placeKey(entity, name, field));
  }

  /**
   * Visits the judged texts of these kinds (all when absent) in order, each with its
   * matchable copy. Which texts a list of kinds reads is worked out once per list, so each
   * content rule does not filter every text again; each text's copy is made once however
   * many rules read it, and equal strings are folded once (catalogs repeat theirs).
   */
  forEachJudged(kinds: readonly TextKind[] | undefined, visit: (text: ModelText, m: MatchableText) => void): void {
    const { texts, positions } = this.judgedOfKinds(kinds);
    // Indexed loops here and below: an entries() iterator per text cost as much as the rest.
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index]!;
      const position = positions[index]!;
      let m = this.matchables[position];
      if (m === undefined) this.matchables[position] = m = this.foldings.matchable(text.text);
      visit(text, m);
    }
  }

  /** `matchable(text.text)`, computed once per text however many rules read it. */
  matchableOf(text: ModelText): MatchableText {
    if (this.positions === undefined) {
      this.positions = new Map();
      for (const [at, judged] of this.judgedTexts.entries()) this.positions.set(judged, at);
    }
    const position = this.positions.get(text);
    if (position === undefined) {
      let result = this.otherMatchables.get(text);
      if (result === undefined) this.otherMatchables.set(text, (result = this.foldings.matchable(text.text)));
      return result;
    }
    let result = this.matchables[position];
    if (result === undefined) this.matchables[position] = result = this.foldings.matchable(text.text);
    return result;
  }

  /** The judged texts of these kinds, in order, and where each is in `judgedTexts`. */
  private judgedOfKinds(kinds: readonly TextKind[] | undefined): JudgedOfKinds {
    let found = this.judgedByKinds.get(kinds);
    if (found === undefined) {
      const wanted = kinds === undefined ? undefined : new Set(kinds);
      const texts: ModelText[] = [];
      const positions: number[] = [];
      const judged = this.judgedTexts;
      for (let position = 0; position < judged.length; position++) {
        const text = judged[position]!;
        if (wanted !== undefined && !wanted.has(text.kind)) continue;
        texts.push(text);
        positions.push(position);
      }
      this.judgedByKinds.set(kinds, (found = { texts, positions: Int32Array.from(positions) }));
    }
    return found;
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

  /** `assessment` of a tool of the baseline: the one the scan worked out for it already, when it has. */
  baseAssessment(tool: JsonObject): Assessment {
    return this.baseAssessments?.of(tool) ?? this.assessment(tool);
  }

  /** What a rule works out once per server from its catalog; `key` is the rule's own constant. */
  derived<T>(key: DerivedKey, build: () => T): T {
    return derivedValue(this.values, key, build);
  }
}

interface JudgedOfKinds {
  texts: readonly ModelText[];
  positions: Int32Array;
}

function derivedValue<T>(values: Map<DerivedKey, unknown>, key: DerivedKey, build: () => T): T {
  if (!values.has(key)) values.set(key, build());
  return values.get(key) as T;
}

/**
 * With the diff at hand, only the texts of items it names are read, on both sides: an item
 * without a change is in the baseline as it is now (duplicates pair up in order, as the diff
 * pairs them), so every text it holds is accepted, and a scan against a baseline costs what
 * changed, not the whole catalog twice.
 */
function judgedTexts(head: Snapshot, base: Snapshot | undefined, changes: readonly Change[] | undefined): ModelText[] {
  if (base === undefined) return modelTexts(head);
  let changed: ((entity: Entity, name: string) => boolean) | undefined;
  if (changes !== undefined) {
    const subjects = new Set(changes.map((change) => subjectKey(change.entity, change.name)));
    changed = (entity, name) => entity === "server" || subjects.has(subjectKey(entity, name));
  }
  const current = modelTexts(head, changed);
  const accepted = new Map<string, number>();
  for (const text of modelTexts(base, changed)) {
    const key = textKey(text);
    accepted.set(key, (accepted.get(key) ?? 0) + 1);
  }
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

function subjectKey(entity: Entity, name: string): string {
  return `${entity}\0${name}`;
}

function placeKey(entity: Entity, name: string, field: string): string {
  return `${entity}\0${name}\0${field}`;
}
