/**
 * Sorted offsets into a text, found in one pass and searched by bisection: how rules ask
 * "where does the sentence around this match start and end" once per match without
 * rescanning the text, so a text with many matches costs time linear in its length.
 */

/** Where every match of the global `pattern` starts (or ends) in `text`, ascending. */
export function matchOffsets(pattern: RegExp, text: string, at: "start" | "end" = "start"): Int32Array {
  let offsets = new Int32Array(16);
  let count = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (count === offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[count++] = at === "start" ? match.index : pattern.lastIndex;
    if (match[0] === "") pattern.lastIndex++;
  }
  return offsets.subarray(0, count);
}

/** The index of the first offset at or after `at`; `offsets.length` when there is none. */
export function firstAtOrAfter(offsets: Int32Array, at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
