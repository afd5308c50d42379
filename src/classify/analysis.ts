/**
 * What the rules of one scan read, worked out once: built by the pipeline for each scan and
 * handed to every rule in its context, so rules share no state of their own between scans.
 * Members are computed on first use and kept on the object, which lives as long as the scan
 * (the scan-wide part) or the server's classification (the per-server part).
 */
import { type Assessment, assessTool } from "../capability/capability.js";
import { SubjectDigests } from "../fingerprint.js";
import { IDENTITY_KEYS, ItemIndex, identityOf, type Side } from "../item-index.js";
import { Foldings, type MatchableText } from "../matchable.js";
import { CATALOG_LISTS, type Change, type Entity, type JsonObject, type Snapshot } from "../model.js";
import type { RuleContext } from "./rule.js";
import { itemTexts, serverTexts, type ModelText, type TextKind } from "./texts.js";
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

/**
 * Texts judged together, then let go with their matchable copies and what the rules derived
 * from them: about this many, in whole items. Judging a whole catalog's texts at once held
 * each text's path, matchable copy, sentences and acts until the last rule had read them all
 * (12-14 KB a tool on a first scan, 2 GB for 100,000 tools).
 */
const TEXTS_PER_PART = 4096;

/** The per-server part: its texts to judge, its items, its tools' capabilities, its fingerprints. */
export class ServerAnalysis {
  /** One index over both snapshots, for rules and fingerprints alike. */
  readonly items: ItemIndex;
  readonly subjects: SubjectDigests;
  /** The part of the judged texts being judged (judgedParts); undefined between parts. */
  private part: JudgedPart | undefined;
  private changedSubjects: Set<string> | undefined;
  private lastToolNames: Map<string, JsonObject> | undefined;
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
   * The texts content rules judge in this scan, in parts of whole items, in order: each part
   * in turn is the one `forEachJudged` visits while the generator is suspended on it, and is
   * let go when it moves on. Without a baseline every text is judged (a first scan is an
   * audit); with one, only texts that are new or changed at their place, so an old, accepted
   * sentence does not fire on every run. A text is accepted as often as the baseline holds
   * it: a second copy of an item under a name the server already had is new.
   */
  *judgedParts(): Generator<void> {
    try {
      for (const part of this.partsOfTexts()) {
        this.part = part;
        yield;
      }
    } finally {
      this.part = undefined;
    }
  }

  /**
   * Visits the judged texts of these kinds (all when absent) in order, each with its
   * matchable copy: those of the part being judged, or, between parts, of every part in
   * turn. Which texts a list of kinds reads is worked out once per list and part, so each
   * content rule does not filter every text again; each text's copy is made once however
   * many rules read it, and equal strings are folded once a part (catalogs repeat theirs).
   */
  forEachJudged(kinds: readonly TextKind[] | undefined, visit: (text: ModelText, m: MatchableText) => void): void {
    if (this.part !== undefined) {
      this.part.forEach(kinds, visit);
      return;
    }
    for (const _ of this.judgedParts()) this.part!.forEach(kinds, visit);
  }

  /** The item a text of the part being judged belongs to; undefined for the server's own texts. */
  itemOfJudged(text: ModelText): JsonObject | undefined {
    return this.part?.items.get(text);
  }

  /** Whether a text at this place is judged. */
  isJudged(entity: Entity, name: string, field: string): boolean {
    const judge = () => new Set(this.subjectJudged(entity, name).map((text) => text.field));
    const fields = this.part?.judgedFields ?? new Map<string, Set<string>>();
    const key = subjectKey(entity, name);
    let found = fields.get(key);
    if (found === undefined) fields.set(key, (found = judge()));
    return found.has(field);
  }

  /**
   * Every tool name with a judged text, each with the item of its last judged text: a name a
   * server lists twice judges twice, and only the last copy reports it. Worked out from the
   * names alone, without the texts.
   */
  get judgedToolNames(): ReadonlyMap<string, JsonObject> {
    if (this.lastToolNames === undefined) {
      const last = new Map<string, JsonObject>();
      const listed = new Map<string, number>();
      for (const tool of this.head.tools ?? []) {
        const name = tool.name;
        if (typeof name !== "string" || name === "" || !this.judges("tool", name)) continue;
        last.set(name, tool);
        listed.set(name, (listed.get(name) ?? 0) + 1);
      }
      // The baseline's copies of a name accept as many of the first, so the last is judged only when there are more.
      if (this.base !== undefined)
        for (const [name, count] of listed) if (this.items.named("base", "tool", name).length >= count) last.delete(name);
      this.lastToolNames = last;
    }
    return this.lastToolNames;
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

  /**
   * What a rule works out from the items of the part being judged, let go with the part; `key` is
   * the rule's own constant. Asked between parts (by a drift rule, about the few items the diff
   * names), it is kept for the server like `derived`: built afresh on each call, a tool's view was
   * rebuilt for each of its newly required parameters, quadratic in a count the server chooses.
   */
  derivedInPart<T>(key: DerivedKey, build: () => T): T {
    return derivedValue(this.part === undefined ? this.values : this.part.values, key, build);
  }

  /** Whether the texts of this item are judged: all on a first scan; against a baseline, those of items the diff names. */
  private judges(entity: Entity, name: string): boolean {
    if (this.base === undefined || this.changes === undefined || entity === "server") return true;
    this.changedSubjects ??= new Set(this.changes.map((change) => subjectKey(change.entity, change.name)));
    return this.changedSubjects.has(subjectKey(entity, name));
  }

  /**
   * The judged texts, in order, in parts of whole items. With the diff at hand, only the texts
   * of items it names are read, on both sides: an item without a change is in the baseline as
   * it is now (duplicates pair up in order, as the diff pairs them), so every text it holds is
   * accepted, and a scan against a baseline costs what changed, not the whole catalog twice.
   */
  private *partsOfTexts(): Generator<JudgedPart> {
    const { head } = this;
    let part = new JudgedPart();
    const serverId = head.server.id;
    const serverAccepted = this.acceptance("server", serverId);
    serverTexts(head, (text) => {
      if (serverAccepted(text)) part.add(text, undefined);
    });
    // A subject listed more than once: its baseline's texts accept a copy once, whichever item holds it.
    const carried = new Map<string, { accepted: (text: ModelText) => boolean; left: number }>();
    for (const { list, entity, key } of CATALOG_LISTS) {
      for (const item of head[list] ?? []) {
        const name = identityOf(item, key);
        if (!this.judges(entity, name)) continue;
        let accepted = (_text: ModelText) => true;
        if (this.base !== undefined) {
          const listed = this.items.named("head", entity, name).length;
          const subject = subjectKey(entity, name);
          let shared = carried.get(subject);
          if (shared === undefined && listed > 1)
            carried.set(subject, (shared = { accepted: this.acceptance(entity, name), left: listed }));
          if (shared !== undefined && --shared.left === 0) carried.delete(subject);
          accepted = shared?.accepted ?? this.acceptance(entity, name);
        }
        itemTexts(entity, key, name, item, (text) => {
          if (accepted(text)) part.add(text, item);
        });
        if (part.texts.length >= TEXTS_PER_PART) {
          yield part;
          part = new JudgedPart();
        }
      }
    }
    if (part.texts.length > 0) yield part;
  }

  /**
   * Whether a text of the item `entity` `name` of the fresh snapshot is judged, asked of its
   * texts in order: on a first scan all are; against a baseline, a text is accepted as often
   * as the baseline's items of that name hold it at that place.
   */
  private acceptance(entity: Entity, name: string): (text: ModelText) => boolean {
    if (this.base === undefined) return () => true;
    const accepted = new Map<string, number>();
    for (const text of this.textsOf(this.base, "base", entity, name)) {
      const key = textKey(text);
      accepted.set(key, (accepted.get(key) ?? 0) + 1);
    }
    if (accepted.size === 0) return () => true;
    return (text) => {
      const key = textKey(text);
      const left = accepted.get(key) ?? 0;
      if (left > 0) accepted.set(key, left - 1);
      return left === 0;
    };
  }

  /** The judged texts of the items `entity` `name`, in order. */
  private subjectJudged(entity: Entity, name: string): ModelText[] {
    if (!this.judges(entity, name)) return [];
    const accepted = this.acceptance(entity, name);
    return this.textsOf(this.head, "head", entity, name).filter(accepted);
  }

  /** The texts of the items `entity` `name` of one side (the server's own for `server`). */
  private textsOf(snapshot: Snapshot, side: Side, entity: Entity, name: string): ModelText[] {
    const texts: ModelText[] = [];
    const add = (text: ModelText) => {
      texts.push(text);
    };
    if (entity === "server") {
      if (snapshot.server.id === name) serverTexts(snapshot, add);
      return texts;
    }
    const key = IDENTITY_KEYS.get(entity)!;
    for (const item of this.items.named(side, entity, name)) itemTexts(entity, key, name, item, add);
    return texts;
  }
}

/** Judged texts of whole items, with what rules work out from them while they are judged. */
class JudgedPart {
  readonly texts: ModelText[] = [];
  /** The item each text belongs to. */
  readonly items = new Map<ModelText, JsonObject>();
  readonly values = new Map<DerivedKey, unknown>();
  /** `isJudged`'s answers, by subject. */
  readonly judgedFields = new Map<string, Set<string>>();
  /** The texts each rule's list of kinds reads, by that list. */
  private readonly byKinds = new Map<readonly TextKind[] | undefined, JudgedOfKinds>();
  private readonly foldings = new Foldings();
  /** By position in `texts`. */
  private readonly matchables: (MatchableText | undefined)[] = [];

  add(text: ModelText, item: JsonObject | undefined): void {
    this.texts.push(text);
    if (item !== undefined) this.items.set(text, item);
  }

  forEach(kinds: readonly TextKind[] | undefined, visit: (text: ModelText, m: MatchableText) => void): void {
    const { texts, positions } = this.ofKinds(kinds);
    // Indexed loops here and below: an entries() iterator per text cost as much as the rest.
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index]!;
      const position = positions[index]!;
      let m = this.matchables[position];
      if (m === undefined) this.matchables[position] = m = this.foldings.matchable(text.text);
      visit(text, m);
    }
  }

  /** The texts of these kinds, in order, and where each is in `texts`. */
  private ofKinds(kinds: readonly TextKind[] | undefined): JudgedOfKinds {
    let found = this.byKinds.get(kinds);
    if (found === undefined) {
      const wanted = kinds === undefined ? undefined : new Set(kinds);
      const texts: ModelText[] = [];
      const positions: number[] = [];
      for (let position = 0; position < this.texts.length; position++) {
        const text = this.texts[position]!;
        if (wanted !== undefined && !wanted.has(text.kind)) continue;
        texts.push(text);
        positions.push(position);
      }
      this.byKinds.set(kinds, (found = { texts, positions: Int32Array.from(positions) }));
    }
    return found;
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

function textKey(text: ModelText): string {
  return `${placeKey(text.entity, text.name, text.field)}\0${text.text}`;
}

function subjectKey(entity: Entity, name: string): string {
  return `${entity}\0${name}`;
}

function placeKey(entity: Entity, name: string, field: string): string {
  return `${entity}\0${name}\0${field}`;
}
