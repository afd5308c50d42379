/**
 * Finds every occurrence of a fixed set of strings in a text in one pass, in time linear in
 * the text however many strings there are (Aho–Corasick). The secret redactor needs this:
 * V8 tries the alternatives of a regular expression one by one, and past a few hundred
 * (twenty secrets in all their forms) falls back to interpreting it, so a 15 MiB text took
 * seconds.
 */

/** Where a text's characters are, from `start` up to `end`. */
export interface Span {
  start: number;
  end: number;
}

export class LiteralMatcher {
  /** Per state (a prefix of some literal; 0 is the empty one): where each UTF-16 unit leads. */
  private readonly next: Map<number, number>[] = [new Map()];
  /** Per state: the longest proper suffix of it that is also a state. */
  private readonly fallback: number[] = [0];
  /** Per state: the length of the longest literal it ends with; 0 for none. */
  private readonly longest: number[] = [0];

  constructor(literals: Iterable<string>) {
    for (const literal of literals) if (literal !== "") this.add(literal);
    this.link();
  }

  /**
   * The stretches of `text` that literals cover, in order; overlapping occurrences are one
   * stretch, so no part of any literal is left outside.
   */
  spans(text: string): Span[] {
    const spans: Span[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i));
      const length = this.longest[state]!;
      if (length === 0) continue;
      // Only the longest literal ending here matters: any other is a suffix of it.
      let start = i + 1 - length;
      while (spans.length > 0 && start < spans[spans.length - 1]!.end) start = Math.min(start, spans.pop()!.start);
      spans.push({ start, end: i + 1 });
    }
    return spans;
  }

  private add(literal: string): void {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let target = this.next[state]!.get(code);
      if (target === undefined) {
        target = this.next.length;
        this.next.push(new Map());
        this.fallback.push(0);
        this.longest.push(0);
        this.next[state]!.set(code, target);
      }
      state = target;
    }
    this.longest[state] = Math.max(this.longest[state]!, literal.length);
  }

  /** Breadth first, so a state's fallback (shorter) is complete before the state's own. */
  private link(): void {
    const queue = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, target] of this.next[state]!) {
        const fallback = this.step(this.fallback[state]!, code);
        this.fallback[target] = fallback;
        this.longest[target] = Math.max(this.longest[target]!, this.longest[fallback]!);
        queue.push(target);
      }
    }
  }

  /** The state after reading `code` in `state`: the longest state the text now ends with. */
  private step(state: number, code: number): number {
    for (;;) {
      const target = this.next[state]!.get(code);
      if (target !== undefined) return target;
      if (state === 0) return 0;
      state = this.fallback[state]!;
    }
  }
}
