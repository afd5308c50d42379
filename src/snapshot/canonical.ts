import { escapeJsonHidden } from "../json-text.js";
import { isJsonObject, type Json } from "../model.js";

/**
 * Orders strings by Unicode code point. Plain `<` compares UTF-16 code units, which puts
 * astral characters (surrogate pairs) before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      // Reading the whole code point at the first differing unit restores code point order.
      return (a.codePointAt(i) ?? 0) - (b.codePointAt(i) ?? 0);
    }
  }
  return a.length - b.length;
}

/**
 * Object keys sorted by code point, recursively; arrays keep their order. With `redact`,
 * every string, keys included, is passed through it in the same pass (one copy of the
 * catalog, not two); keys that redact alike keep the last value, as a copy would.
 */
export function canonicalize(value: Json, redact?: (text: string) => string): Json {
  if (typeof value === "string") return redact === undefined ? value : redact(value);
  if (Array.isArray(value)) {
    const copy: Json[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) copy[index] = canonicalize(value[index] as Json, redact);
    return copy;
  }
  if (!isJsonObject(value)) return value;
  let keys = Object.keys(value);
  let childOf = (key: string): Json => value[key] as Json;
  // Keys are re-mapped only when one redacts to other text: a Map per object of a catalog of
  // thousands of tools, for keys that hold no secret, cost more than the redaction itself.
  if (redact !== undefined && keys.some((key) => redact(key) !== key)) {
    const byRedactedKey = new Map<string, Json>();
    for (const key of keys) byRedactedKey.set(redact(key), value[key] as Json);
    keys = [...byRedactedKey.keys()];
    childOf = (key) => byRedactedKey.get(key) as Json;
  }
  const copy: { [key: string]: Json } = {};
  for (const key of sortCodePoints(keys)) {
    const member = canonicalize(childOf(key), redact);
    // Assigning `__proto__` would set the copy's prototype; a catalog's key of that name is data.
    if (key === "__proto__") Object.defineProperty(copy, key, { value: member, enumerable: true, writable: true, configurable: true });
    else copy[key] = member;
  }
  return copy;
}

/** A UTF-16 surrogate: only where a string holds one can its UTF-16 order differ from code point order. */
export const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * `keys` sorted by code point, in place. Most objects of a catalog come with few keys, often
 * in order already; and without a surrogate in any key, the native sort's UTF-16 order is
 * code point order. Sorting through a comparator cost over half of normalising a large
 * catalog (10,000 real tools: 300 ms, 130 ms so).
 */
function sortCodePoints(keys: string[]): string[] {
  for (let index = 1; index < keys.length; index++) {
    if (compareCodePoints(keys[index - 1] as string, keys[index] as string) > 0) {
      return keys.some((key) => SURROGATE.test(key)) ? keys.sort(compareCodePoints) : keys.sort();
    }
  }
  return keys;
}

/**
 * The snapshot file form: sorted keys, two-space indent, trailing newline, and every hidden
 * character (controls, bidi and other format characters, line separators, lone surrogates)
 * as a `\uXXXX` escape, so the committed file is safe to `cat` and shows in a diff what the
 * model reads. JSON.stringify writes it only where every object enumerates its keys in that
 * order (see wholeText); elsewhere it is written by hand, because JS objects always enumerate
 * integer-like keys ("2", "10") first, whatever order they were inserted in. Linear.
 */
export function canonicalJson(value: Json): string {
  return `${wholeText(value, "")}\n`;
}

/**
 * `canonicalJson(value)` in pieces, each list item of a snapshot (two levels down) whole in
 * one: a catalog of hundreds of MB is written without ever being one string, which V8 caps
 * at about 512 MiB. The pieces joined are exactly `canonicalJson(value)`.
 */
export function* canonicalJsonPieces(value: Json): Generator<string> {
  yield* pieces(value, "", 2);
  yield "\n";
}

function* pieces(value: Json, indent: string, levels: number): Generator<string> {
  if (levels === 0 || !(Array.isArray(value) || isJsonObject(value))) {
    yield wholeText(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    for (const [index, element] of value.entries()) {
      yield `${index === 0 ? "[\n" : ",\n"}${inner}`;
      yield* pieces(element, inner, levels - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const keys = sortedKeys(value);
  if (keys.length === 0) {
    yield "{}";
    return;
  }
  for (const [index, key] of keys.entries()) {
    yield `${index === 0 ? "{\n" : ",\n"}${inner}${stringText(key)}: `;
    yield* pieces(value[key] as Json, inner, levels - 1);
  }
  yield `\n${indent}}`;
}

/** Skipped like JSON.stringify does: an optional field set to undefined is absent. */
export function sortedKeys(value: { [key: string]: Json | undefined }): string[] {
  return Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort(compareCodePoints);
}

/**
 * `value` written whole at `indent`. When every object in it already enumerates its keys in
 * code point order (a canonicalized catalog does, unless a key is integer-like, which JS
 * enumerates first), JSON.stringify lays it out exactly as `write` does, natively and several
 * times faster; its hidden characters are then escaped in one pass over the piece, which
 * equals escaping each string (everything between strings is printable ASCII or layout).
 */
function wholeText(value: Json, indent: string): string {
  if (inCanonicalOrder(value)) {
    const whole = escapeJsonHidden(JSON.stringify(value, null, 2));
    return indent === "" || !whole.includes("\n") ? whole : whole.replaceAll("\n", `\n${indent}`);
  }
  const out: string[] = [];
  write(value, indent, out);
  return out.join("");
}

/** Whether every object in `value` enumerates its keys in code point order (undefined members aside, which both writers skip). */
function inCanonicalOrder(value: Json): boolean {
  if (Array.isArray(value)) {
    for (const element of value) if (!inCanonicalOrder(element)) return false;
    return true;
  }
  if (!isJsonObject(value)) return true;
  let previous: string | undefined;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === undefined) continue;
    if (previous !== undefined && compareCodePoints(previous, key) >= 0) return false;
    if (!inCanonicalOrder(member)) return false;
    previous = key;
  }
  return true;
}

function write(value: Json, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    const inner = `${indent}  `;
    out.push("[");
    value.forEach((element, index) => {
      out.push(index === 0 ? "\n" : ",\n", inner);
      write(element, inner, out);
    });
    out.push("\n", indent, "]");
    return;
  }
  if (isJsonObject(value)) {
    const keys = sortedKeys(value);
    if (keys.length === 0) {
      out.push("{}");
      return;
    }
    const inner = `${indent}  `;
    out.push("{");
    keys.forEach((key, index) => {
      out.push(index === 0 ? "\n" : ",\n", inner, stringText(key), ": ");
      write(value[key] as Json, inner, out);
    });
    out.push("\n", indent, "}");
    return;
  }
  out.push(typeof value === "string" ? stringText(value) : JSON.stringify(value));
}

function stringText(value: string): string {
  return escapeJsonHidden(JSON.stringify(value));
}
