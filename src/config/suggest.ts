/**
 * The candidate `input` was most likely meant to be: an abbreviation of it (`cmd` → `command`),
 * else the closest spelling within a third of the word (at least 2 edits). Undefined when none fits.
 */
function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const typed = input.toLowerCase();
  let best: { candidate: string; rank: number } | undefined;
  for (const candidate of candidates) {
    const known = candidate.toLowerCase();
    const distance = editDistance(typed, known);
    // Abbreviations rank ahead of every misspelling.
    const rank = isAbbreviation(typed, known) ? -1 : distance;
    const fits = rank === -1 || distance <= Math.max(2, Math.floor(known.length / 3));
    if (fits && (!best || rank < best.rank)) best = { candidate, rank };
  }
  return best?.candidate;
}

/** ` (did you mean "x"?)`, or nothing: ready to append to a message. */
export function suggestion(input: string, candidates: Iterable<string>): string {
  const candidate = didYouMean(input, candidates);
  return candidate === undefined ? "" : ` (did you mean "${candidate}"?)`;
}

/** Same first letter and the rest of `short` appears in order in `long`. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let next = 0;
  for (const char of long) if (char === short[next]) next++;
  return next === short.length;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
