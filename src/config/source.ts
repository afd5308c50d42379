import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Pair } from "yaml";
import { UserError } from "../model.js";

/** A step into a parsed file: a mapping key or a list index. */
export type PathSegment = string | number;

/** A config file as parsed, kept with its source positions so every error can name a line:column. */
export interface ConfigSource {
  /** The file name as the caller gave it; it starts every error line. */
  name: string;
  /** The absolute path, carried by every `UserError`. */
  path: string;
  document: Document;
  lineCounter: LineCounter;
  /** The plain value of the document. */
  data: unknown;
  /** The offset of the value at a path, for syntaxes whose positions `document` does not hold (TOML). */
  locate?(path: PathSegment[]): number;
}

/** One thing wrong with a config, at `path` (or at the key `key` of the mapping at `path`). */
export interface Problem {
  path: PathSegment[];
  key?: string;
  message: string;
}

/** Reads and parses a YAML (or JSON) config file; unreadable or malformed files are `UserError`s. */
export async function readSource(name: string, path: string): Promise<ConfigSource> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UserError(`${name}: ${describeReadError(error)}`, path);
  }
  // JSON host files (VS Code's mcp.json is JSONC) may carry comments; YAML would read them as keys.
  if ([".json", ".jsonc"].includes(extname(path).toLowerCase())) text = blankJsonComments(text);

  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const lines = document.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return `${name}:${line}:${col}: ${error.message}`;
    });
    throw new UserError(lines.join("\n"), path);
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // e.g. too many aliases: yaml refuses documents that would expand without bound.
    throw new UserError(`${name}: ${error instanceof Error ? error.message : String(error)}`, path);
  }
  return { name, path, document, lineCounter, data };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return "is a folder, not a config file";
  return `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Replaces `// …` and `/* … *\/` comments outside strings with spaces, keeping every other
 * character (and so every line:column) where it was.
 */
function blankJsonComments(text: string): string {
  return text.replace(/"(?:\\.|[^"\\\n])*"|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g, (match) =>
    match.startsWith('"') ? match : match.replace(/[^\n\r]/g, " "),
  );
}

/** Keys of the mapping at `path`, in file order (a plain object would put `"1"` before `"a"`). */
export function keysInOrder(source: ConfigSource, path: PathSegment[]): string[] {
  const node = nodeAt(source, path).node;
  return isMap(node) ? node.items.map((pair) => keyText(pair)) : [];
}

/** Turns problems into one `UserError`, a `file:line:col: path: message` line each, in file order. */
export function problemsError(source: ConfigSource, problems: Problem[]): UserError {
  const located = problems.map((problem) => {
    const { line, col } = position(source, problem);
    const path = formatPath(problem.path);
    return { line, col, text: `${source.name}:${line}:${col}: ${path ? `${path}: ` : ""}${problem.message}` };
  });
  located.sort((a, b) => a.line - b.line || a.col - b.col);
  const lines = [...new Set(located.map((entry) => entry.text))];
  return new UserError(lines.join("\n"), source.path);
}

/** `servers.tickets.args[0]`; keys that are not plain words are quoted: `servers["my.server"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      if (/^[A-Za-z_][\w-]*$/.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join("");
}

/** Where a problem is: the key node when it names a key, else the deepest node of its path that exists. */
function position(source: ConfigSource, problem: Problem): { line: number; col: number } {
  if (source.locate)
    return source.lineCounter.linePos(source.locate(problem.key === undefined ? problem.path : [...problem.path, problem.key]));
  const { node, pair } = nodeAt(source, problem.key === undefined ? problem.path : [...problem.path, problem.key]);
  const target = problem.key !== undefined && pair ? pair.key : (node ?? pair?.key);
  const offset = hasRange(target) ? target.range[0] : 0;
  return source.lineCounter.linePos(offset);
}

function nodeAt(source: ConfigSource, path: PathSegment[]): { node: unknown; pair?: Pair } {
  const resolved = (node: unknown) => (isAlias(node) ? node.resolve(source.document) : node);
  let node = resolved(source.document.contents);
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => keyText(item) === String(segment));
      if (!found) break;
      pair = found;
      node = resolved(found.value);
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
      pair = undefined;
      node = resolved(node.items[segment]);
    } else {
      break;
    }
  }
  return { node, pair };
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function hasRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === "object" && node !== null && Array.isArray((node as { range?: unknown }).range);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
