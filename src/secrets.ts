/**
 * No secret may reach a snapshot, a report, a log line or anything sent to GitHub, in any
 * form a reader or the encoded-content rule could turn back into it. The secrets of a run
 * are one list (every server's `${VAR}` values, the face's secret inputs, the scanner's
 * secret-looking environment), and one redactor serves every stage that could leak.
 */
import { isJsonObject } from "./model.js";
import { LiteralMatcher } from "./secret-matcher.js";

export const REDACTED = "[REDACTED]";

export type Redact = (text: string) => string;

/** Shorter values would redact ordinary words and numbers all over the catalog. */
const MIN_SECRET_LENGTH = 4;
/**
 * A shorter secret's base64 is four or five characters, which occur by chance in any image
 * or hash; its encodings are left alone so ordinary data stays intact.
 */
const MIN_ENCODED_SECRET_LENGTH = 6;

const redactors = new WeakMap<readonly string[], Redact>();

/**
 * Redacts every secret in `secrets`, plain and in each form it can be spelled in: hex in
 * either case, base64 in the standard and URL-safe alphabets at each of the three byte
 * offsets it can have inside a longer run, and percent-encoded (as encodeURIComponent
 * writes it, or with every byte escaped in either case). All forms go into one matcher, so
 * a text is read once however many secrets there are; a stretch where forms overlap is
 * redacted whole. Built once per list: every stage of a run passes the run's one list.
 */
export function secretRedactor(secrets: readonly string[]): Redact {
  let redact = redactors.get(secrets);
  if (redact === undefined) {
    redact = buildRedactor(secrets);
    redactors.set(secrets, redact);
  }
  return redact;
}

function buildRedactor(secrets: readonly string[]): Redact {
  const forms = new Set<string>();
  for (const secret of new Set(secrets)) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    if (secret.length < MIN_ENCODED_SECRET_LENGTH) continue;
    for (const form of [...percentForms(secret), ...hexForms(secret), ...base64Forms(secret)]) forms.add(form);
  }
  if (forms.size === 0) return (text) => text;
  const matcher = new LiteralMatcher(forms);
  return (text) => {
    const spans = matcher.spans(text);
    if (spans.length === 0) return text;
    let redacted = "";
    let from = 0;
    for (const span of spans) {
      redacted += text.slice(from, span.start) + REDACTED;
      from = span.end;
    }
    return redacted + text.slice(from);
  };
}

function percentForms(secret: string): string[] {
  const everyByte = Array.from(Buffer.from(secret), (byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
  return [uriComponent(secret), everyByte, everyByte.toUpperCase()].filter((form) => form !== undefined);
}

/** encodeURIComponent throws on a lone surrogate, which no URL can carry anyway. */
function uriComponent(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function hexForms(secret: string): string[] {
  const hex = Buffer.from(secret).toString("hex");
  return [hex, hex.toUpperCase()];
}

/**
 * Base64 turns three bytes into four characters, so inside a longer run the secret starts
 * at byte offset 0, 1 or 2 of a group. For each offset, the characters that depend on the
 * secret's bytes alone; the one or two at each end mix in neighbouring bytes and stay.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret);
  return [0, 1, 2].flatMap((offset) => {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)]).toString("base64");
    const inner = padded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    return [inner, inner.replace(/\+/g, "-").replace(/\//g, "_")];
  });
}

/**
 * Variable names that hold secrets by convention: GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, NPM_TOKEN, AWS_SECRET_ACCESS_KEY, an Action's
 * INPUT_GITHUB-TOKEN, DB_PASSWORD, OPENAI_API_KEY, OAUTH_…. `AUTH` only as a word, so
 * GIT_AUTHOR_NAME is not one.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|API_?KEY|(?:^|[_-])O?AUTH(?:$|[_-])|AUTHORIZATION/i;
/** A real token or password from the environment is longer; shorter values (`true`, `bearer`, `password`) are words. */
const MIN_ENV_SECRET_LENGTH = 12;

/**
 * The values of the scanner's own environment variables whose names say secret. A stdio
 * server running as the same user may read them (from /proc) and echo them in its catalog;
 * redacting them is the wall behind the sandbox that should stop it.
 */
export function scannerSecrets(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => isSecretName(name) && value !== undefined && value.length >= MIN_ENV_SECRET_LENGTH)
    .map(([, value]) => value as string);
}

/** Whether a variable's name says it holds a secret (a token, a password, a key). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * A copy of a JSON-shaped value (a catalog item, the report model) with every string
 * redacted, object keys included: a secret must not reach a committed file or a report.
 */
export function redactJson<T>(value: T, redact: Redact): T {
  return redactValue(value, redact) as T;
}

function redactValue(value: unknown, redact: Redact): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((element) => redactValue(element, redact));
  if (!isJsonObject(value)) return value;
  // Key by key rather than through a pair per entry: a report of a large catalog holds millions of keys.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const redactedKey = redact(key);
    const child = redactValue(value[key], redact);
    // Assigning `__proto__` would set the copy's prototype; a catalog's key of that name is data.
    if (redactedKey === "__proto__")
      Object.defineProperty(copy, redactedKey, { value: child, enumerable: true, writable: true, configurable: true });
    else copy[redactedKey] = child;
  }
  return copy;
}
