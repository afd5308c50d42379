import { Document, LineCounter } from "yaml";
import { parse, TomlError } from "smol-toml";
import { UserError } from "../../model.js";
import type { ConfigSource, PathSegment } from "../source.js";

/**
 * Reads a TOML file (Codex's config.toml) into a ConfigSource. smol-toml gives values without
 * positions, so a small scanner records where each key and list item starts: problems found in
 * the file still name its line and column.
 */
export function tomlSource(name: string, path: string, text: string): ConfigSource {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (error instanceof TomlError) throw new UserError(`${name}:${error.line}:${error.column}: ${firstLine(error.message)}`, path);
    throw new UserError(`${name}: ${error instanceof Error ? error.message : String(error)}`, path);
  }
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (const match of text.matchAll(/\n/g)) lineCounter.addNewLine(match.index + 1);
  const offsets = tomlOffsets(text);
  const locate = (target: PathSegment[]): number => {
    for (let length = target.length; length > 0; length--) {
      const offset = offsets.get(pathKey(target.slice(0, length)));
      if (offset !== undefined) return offset;
    }
    return 0;
  };
  return { name, path, document: new Document(data), lineCounter, data, locate };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path.map(String));
}

/** Where each table header, value and list item of a TOML text starts, by path. */
function tomlOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  const record = (path: PathSegment[], offset: number) => {
    if (!offsets.has(pathKey(path))) offsets.set(pathKey(path), offset);
  };
  const arrayTables = new Map<string, number>();
  let table: PathSegment[] = [];
  let at = 0;

  const skipSpace = (newlines: boolean) => {
    for (;;) {
      const char = text[at];
      if (char === " " || char === "\t" || char === "\r" || (newlines && char === "\n")) at++;
      else if (char === "#") while (at < text.length && text[at] !== "\n") at++;
      else return;
    }
  };
  const readKey = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipSpace(false);
      const char = text[at];
      if (char === '"' || char === "'") {
        const end = stringEnd(text, at);
        const raw = text.slice(at, end);
        parts.push(char === '"' ? safeJson(raw) : raw.slice(1, -1));
        at = end;
      } else {
        const start = at;
        while (at < text.length && /[A-Za-z0-9_-]/.test(text[at] ?? "")) at++;
        parts.push(text.slice(start, at));
      }
      skipSpace(false);
      if (text[at] !== ".") return parts;
      at++;
    }
  };
  const readValue = (path: PathSegment[]) => {
    skipSpace(false);
    record(path, at);
    const char = text[at];
    if (char === '"' || char === "'") {
      at = stringEnd(text, at);
    } else if (char === "[") {
      at++;
      for (let index = 0; ; index++) {
        skipSpace(true);
        if (text[at] === "]" || at >= text.length) break;
        readValue([...path, index]);
        skipSpace(true);
        if (text[at] === ",") at++;
      }
      at++;
    } else if (char === "{") {
      at++;
      for (;;) {
        skipSpace(false);
        if (text[at] === "}" || text[at] === "\n" || at >= text.length) break;
        const key = readKey();
        if (text[at] === "=") at++;
        readValue([...path, ...key]);
        skipSpace(false);
        if (text[at] === ",") at++;
      }
      at++;
    } else {
      while (at < text.length && !/[,\]}\n#]/.test(text[at] ?? "")) at++;
    }
  };

  while (at < text.length) {
    skipSpace(true);
    if (at >= text.length) break;
    const start = at;
    if (text[at] === "[") {
      const isArray = text[at + 1] === "[";
      at += isArray ? 2 : 1;
      const key = readKey();
      if (isArray) {
        const count = arrayTables.get(pathKey(key)) ?? 0;
        arrayTables.set(pathKey(key), count + 1);
        table = [...key, count];
      } else {
        table = key;
      }
      record(table, start);
      while (at < text.length && text[at] !== "\n") at++;
      continue;
    }
    const key = readKey();
    if (text[at] === "=") at++;
    readValue([...table, ...key]);
    while (at < text.length && text[at] !== "\n") at++;
  }
  return offsets;
}

/** The offset just past the string starting at `start`: basic, literal or multi-line. */
function stringEnd(text: string, start: number): number {
  const quote = text[start] ?? '"';
  const triple = text.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  let at = start + closing.length;
  while (at < text.length) {
    if (quote === '"' && text[at] === "\\") at += 2;
    else if (text.startsWith(closing, at)) return at + closing.length;
    else if (!triple && text[at] === "\n") return at;
    else at++;
  }
  return at;
}

function safeJson(raw: string): string {
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.slice(1, -1);
  }
}
