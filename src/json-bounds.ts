/**
 * JSON of a bounded shape, checked without recursion: a file's text before it is parsed,
 * and a server's parsed answer before any stage walks it. Canonical form, diff, rules and
 * schema validation are all recursive, so a value nested thousands deep would overflow the
 * stack in one of them instead of being reported.
 */
import { isJsonObject, type Json } from "./model.js";

/**
 * Deepest nesting of arrays and objects accepted. Honest catalogs stay far below it: a tool
 * schema nested 20 levels deep (deeper than any seen in real servers) sits about 45 levels
 * down in a snapshot. It is also far below what recursion can take: every recursive walker
 * here uses a few frames per level, and Node's default stack holds about 10,000 frames.
 */
export const MAX_JSON_DEPTH = 128;

/** Where and why a JSON text is not acceptable: an offset into the text and what was expected there. */
export interface JsonTextProblem {
  offset: number;
  message: string;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPABLE = new Set(Array.from('"\\/bfnrt', (char) => char.charCodeAt(0)));
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const LITERALS = ["true", "false", "null"];

/**
 * Checks that `text` is one JSON value nested at most `maxDepth` deep, in one linear pass.
 * The problem names a position and what was expected, never the text found there: the text
 * may be any file a symlink or a mistake points at, and an error message must not quote it.
 */
export function checkJsonText(text: string, maxDepth = MAX_JSON_DEPTH): JsonTextProblem | undefined {
  /** Open containers, innermost last: true for an object. */
  const open: boolean[] = [];
  let at = 0;
  const skipWhitespace = () => {
    while (WHITESPACE.has(text.charCodeAt(at))) at++;
  };
  const problem = (message: string): JsonTextProblem => ({ offset: at, message });

  for (;;) {
    // A value is expected here.
    skipWhitespace();
    const char = text[at];
    if (char === "{" || char === "[") {
      if (open.length === maxDepth) return problem(`nested deeper than ${maxDepth} levels`);
      open.push(char === "{");
      at++;
      skipWhitespace();
      if (text[at] === (char === "{" ? "}" : "]")) {
        open.pop();
        at++;
      } else if (char === "{") {
        const key = readKey();
        if (key) return key;
        continue;
      } else continue;
    } else if (char === '"') {
      const string = readString();
      if (string) return string;
    } else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) return problem("expected a number");
      at = NUMBER.lastIndex;
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, at));
      if (literal === undefined) return problem(at === text.length ? "expected a value, found the end of the file" : "expected a value");
      at += literal.length;
    }

    // After a value: close containers, or go on to the next member or element.
    for (;;) {
      skipWhitespace();
      const isObject = open.at(-1);
      if (isObject === undefined) {
        return at === text.length ? undefined : problem("expected the end of the file after the JSON value");
      }
      const close = isObject ? "}" : "]";
      if (text[at] === close) {
        open.pop();
        at++;
        continue;
      }
      if (text[at] !== ",") return problem(`expected ',' or '${close}'`);
      at++;
      if (isObject) {
        skipWhitespace();
        const key = readKey();
        if (key) return key;
      }
      break;
    }
  }

  /** A member name and its colon. */
  function readKey(): JsonTextProblem | undefined {
    if (text[at] !== '"') return problem("expected a property name in double quotes");
    const string = readString();
    if (string) return string;
    skipWhitespace();
    if (text[at] !== ":") return problem("expected ':' after the property name");
    at++;
    return undefined;
  }

  /** A string literal starting at `at`; `at` ends after its closing quote. */
  function readString(): JsonTextProblem | undefined {
    at++;
    for (;;) {
      const code = text.charCodeAt(at);
      if (Number.isNaN(code)) return problem("unterminated string");
      if (code === 0x22) {
        at++;
        return undefined;
      }
      if (code < 0x20) return problem("control character in a string (it must be escaped)");
      if (code === 0x5c) {
        const escaped = text.charCodeAt(at + 1);
        if (escaped === 0x75) {
          HEX4.lastIndex = at + 2;
          if (!HEX4.test(text)) return problem("invalid \\u escape in a string");
          at += 6;
          continue;
        }
        if (!ESCAPABLE.has(escaped)) return problem("invalid escape in a string");
        at += 2;
        continue;
      }
      at++;
    }
  }
}

/**
 * The path to the first array or object nested deeper than `maxDepth` in `value` (as path
 * segments from the root), or undefined when there is none. Iterative, so any depth is safe.
 * `shallow` holds values inside it the caller knows to be nested shallowly enough where they
 * are: they are not walked.
 */
export function tooDeepPath(
  value: Json,
  maxDepth = MAX_JSON_DEPTH,
  shallow?: ReadonlySet<object> | ReadonlyMap<object, unknown>,
): string[] | undefined {
  // The common answer, none, found without building a path node per value; the path is
  // worked out only for a value that has one.
  if (!nestsDeeper(value, maxDepth, shallow)) return undefined;
  interface Node {
    value: Json;
    depth: number;
    key: string;
    parent: Node | undefined;
  }
  const stack: Node[] = [{ value, depth: 1, key: "", parent: undefined }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const children = Array.isArray(node.value)
      ? node.value.map((child, index) => [String(index), child] as const)
      : isJsonObject(node.value)
        ? Object.entries(node.value)
        : undefined;
    if (children === undefined) continue;
    if (node.depth > maxDepth) {
      const path: string[] = [];
      for (let at: Node | undefined = node; at?.parent !== undefined; at = at.parent) path.push(at.key);
      return path.reverse();
    }
    // Pushed in reverse, so the first too-deep node in document order is found first.
    for (let index = children.length - 1; index >= 0; index--) {
      const [key, child] = children[index]!;
      if (typeof child === "object" && child !== null && shallow?.has(child) !== true) {
        stack.push({ value: child, depth: node.depth + 1, key, parent: node });
      }
    }
  }
  return undefined;
}

/** Whether an array or object in `value` is nested deeper than `maxDepth`, allocating nothing per value. Iterative. */
function nestsDeeper(value: Json, maxDepth: number, shallow: ReadonlySet<object> | ReadonlyMap<object, unknown> | undefined): boolean {
  const values: Json[] = [value];
  const depths: number[] = [1];
  for (let next = values.pop(); next !== undefined; next = values.pop()) {
    const depth = depths.pop() as number;
    if (typeof next !== "object" || next === null) continue;
    if (depth > maxDepth) return true;
    for (const child of Array.isArray(next) ? next : Object.values(next)) {
      if (typeof child === "object" && child !== null && shallow?.has(child) !== true) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * Whether `text`, which JSON.parse has accepted, nests deeper than `maxDepth`: brackets
 * counted, strings skipped whole. Ten times cheaper than `checkJsonText`, which a reader
 * needs only for text that fails (to say where and why).
 */
export function parsedTextNestsDeeper(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  if (!opensMoreThan(text, maxDepth)) return false;
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) at = closingQuote(text, at);
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}

/**
 * Whether `text` opens more than `count` brackets, those in strings too: a text that opens no
 * more cannot nest deeper. Native searches clear a baseline's items (a few dozen brackets
 * each) for a tenth of reading each character in JavaScript, which most of the time was.
 */
function opensMoreThan(text: string, count: number): boolean {
  let opened = 0;
  for (const bracket of ["{", "["]) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) if (++opened > count) return true;
  }
  return false;
}

/** The offset of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes. */
function closingQuote(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); ; quote = text.indexOf('"', quote + 1)) {
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
}
