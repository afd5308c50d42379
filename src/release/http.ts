/** Registry requests: bounded in time and size, errors that name the URL and what went wrong. */

/** Long enough for a large packument on a slow link; a registry that takes longer is reported, not waited for. */
export const LOOKUP_TIMEOUT_MS = 15_000;
/** The abbreviated packument of the largest npm packages is a few MiB; the full one can be far larger. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface LookupOptions {
  signal?: AbortSignal;
  /** Replaces `fetch` (tests use the real one against local servers; kept for other runtimes). */
  fetch?: typeof fetch;
}

export class LookupError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "LookupError";
  }
}

/** One request; the response is returned whatever its status (the caller decides what a 401 or 404 means). */
export async function request(url: string, init: RequestInit, options: LookupOptions): Promise<Response> {
  const timeout = AbortSignal.timeout(LOOKUP_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    return await (options.fetch ?? fetch)(url, { ...init, signal, redirect: "follow" });
  } catch (error) {
    const why = timeout.aborted ? `no answer within ${LOOKUP_TIMEOUT_MS / 1000} s` : causeOf(error);
    throw new LookupError(`${init.method ?? "GET"} ${url}: ${why}`);
  }
}

/** The body as JSON, refused past MAX_BODY_BYTES; a status other than 2xx is a LookupError. */
export async function readJson(response: Response, url: string): Promise<unknown> {
  if (!response.ok) {
    await response.body?.cancel();
    throw new LookupError(`GET ${url}: HTTP ${response.status}`, response.status);
  }
  const text = new TextDecoder().decode(await readBody(response, url));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LookupError(`GET ${url}: the answer is not JSON`);
  }
}

/**
 * The body's bytes, read chunk by chunk and refused as soon as they pass MAX_BODY_BYTES: a
 * registry that sends no Content-Length (or a false one) cannot make us buffer without end.
 */
export async function readBody(response: Response, url: string): Promise<Uint8Array> {
  const tooLarge = () => new LookupError(`GET ${url}: the answer is larger than ${MAX_BODY_BYTES} bytes`);
  if (Number(response.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (response.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** `fetch failed` says nothing; its cause (ECONNREFUSED, ENOTFOUND…) does. */
function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
    return code && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message;
  }
  return String(cause);
}

/**
 * A base URL without its trailing slashes, so paths join with one, and without credentials
 * (`https://user:token@host`), which fetch refuses and which must not reach a snapshot or a notice.
 */
export function trimBase(url: string): string {
  return withoutCredentials(url).replace(/\/+$/, "");
}

/**
 * A URL without its user information. The authority runs to the first `/`, `?` or `#`, and its
 * user information to the last `@` in it (a password may hold an unescaped `@`, as URL parsers allow).
 */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1");
}
