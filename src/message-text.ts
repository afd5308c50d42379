import { ENTITY_LABELS, type Entity, type Json } from "./model.js";
import { nextCodePoint } from "./code-points.js";

const EVIDENCE_LIMIT = 200;

/** A bounded excerpt for evidence: strings as they are, other values as JSON, cut with `…`. */
export function excerpt(value: Json | undefined, limit = EVIDENCE_LIMIT): string {
  const text = value === undefined ? "absent" : typeof value === "string" ? value : JSON.stringify(value);
  // Cut by code point so a surrogate pair is never split in half; read no further than shown.
  const after = (count: number) => {
    let at = 0;
    for (let i = 0; i < count && at < text.length; i++) at = nextCodePoint(text, at);
    return at;
  };
  return after(limit) === text.length ? text : `${text.slice(0, after(limit - 1))}…`;
}

/**
 * Quotes untrusted text for a one-line message: JSON string escaping turns newlines and
 * control characters into visible escapes.
 */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** A field path in a message: as is when it is plain, quoted when the server chose odd keys. */
export function showField(field: string): string {
  return /^[\w./~-]+$/.test(field) ? field : quote(field);
}

/** A JSON value shown inline in a one-line message, e.g. a type or a bound; kept short. */
export function show(value: Json | undefined): string {
  return value === undefined ? "absent" : excerpt(JSON.stringify(value), 80);
}

/** `tool "search"`, `resource template "file:///{path}"`. */
export function describeItem(entity: Entity, name: string): string {
  return `${ENTITY_LABELS[entity]} ${quote(name)}`;
}
