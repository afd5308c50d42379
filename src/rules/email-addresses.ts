/**
 * Email addresses in a matchable (lowercased) text, found as the regex
 * `[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}` finds them, match for match, but in
 * one pass: the regex rescans a long run of local-part characters from each of them
 * (quadratic), and keeps a backtrack entry per label of a domain (a domain of a few MiB
 * overflows V8's stack).
 */

function isLocalPart(code: number): boolean {
  return isLabel(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b; // . _ % +
}

function isLabel(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d; // digits, -
}

function isLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Where the domain starting at `at` (just after the `@`) ends, or -1 when none does. The
 * regex takes as many whole labels as it can and then the leading letters (two or more) of
 * the next one: so the domain ends in the last label that starts with two letters.
 */
function domainEnd(text: string, at: number): number {
  let i = at;
  while (isLabel(text.charCodeAt(i))) i++;
  if (i === at) return -1;
  let end = -1;
  while (text.charCodeAt(i) === 0x2e) {
    const label = i + 1;
    let j = label;
    while (isLabel(text.charCodeAt(j))) j++;
    if (j === label) break; // an empty label ends the domain
    let letters = label;
    while (letters < j && isLetter(text.charCodeAt(letters))) letters++;
    if (letters - label >= 2) end = letters;
    i = j;
  }
  return end;
}

/** Every address, left to right, each search starting where the last match ended. */
export function* emailAddresses(text: string): Generator<RegExpExecArray> {
  let from = 0;
  while (from < text.length) {
    let start = from;
    while (start < text.length && !isLocalPart(text.charCodeAt(start))) start++;
    if (start === text.length) return;
    let at = start;
    while (isLocalPart(text.charCodeAt(at))) at++;
    // Every start inside this run reaches the same `@`, so the first one decides for all.
    const end = text.charCodeAt(at) === 0x40 ? domainEnd(text, at + 1) : -1;
    if (end === -1) {
      from = at + 1;
      continue;
    }
    yield Object.assign([text.slice(start, end)], { index: start, input: text }) as unknown as RegExpExecArray;
    from = end;
  }
}

/** The first address in `text`, if any. */
export function firstEmailAddress(text: string): string | undefined {
  for (const address of emailAddresses(text)) return address[0];
  return undefined;
}
