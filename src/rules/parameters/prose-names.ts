/** Identifiers written in prose: the parameter names a tool description mentions or lists. */

/**
 * Words of lowercase letters and digits joined by single `joiners`, of at least `parts`
 * words: `[a-z0-9]+(?:[_-][a-z0-9]+)*` for identifiers, `[a-z0-9]+(?:_[a-z0-9]+)+` for
 * snake_case names in prose (hyphenated words, "write-back cache", are prose). Found by
 * hand, in one pass: the regexes keep a backtrack entry per part, and a name of millions of
 * parts overflows V8's stack.
 */
function* joinedWords(text: string, joiners: string, parts: number): Generator<RegExpExecArray> {
  const isWordChar = (at: number) => {
    const code = text.charCodeAt(at);
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  };
  let at = 0;
  while (at < text.length) {
    if (!isWordChar(at)) {
      at++;
      continue;
    }
    let end = at;
    while (isWordChar(end)) end++;
    let found = 1;
    while (joiners.includes(text[end] ?? "\0") && isWordChar(end + 1)) {
      end++;
      while (isWordChar(end)) end++;
      found++;
    }
    if (found >= parts) yield Object.assign([text.slice(at, end)], { index: at, input: text }) as unknown as RegExpExecArray;
    at = end;
  }
}

/** Identifiers in a matchable text, snake_case or kebab-case or one word. */
export const identifiers = (text: string) => joinedWords(text, "_-", 1);
/** snake_case names of two words or more in a matchable text. */
export const snakeCaseNames = (text: string) => joinedWords(text, "_", 2);
