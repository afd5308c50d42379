/**
 * Finds a secret in an output by decoding, not by knowing how the redactor spells its
 * forms: every base64 run at every character offset, every hex run at both nibble offsets,
 * the text with percent escapes decoded, and Markdown's numeric entities read back first.
 */

/** The text as read: Markdown output spells punctuation as numeric entities and breaks mentions with zero-width spaces. */
export function unescapedMarkdown(text: string): string {
  return text
    .replace(/&#8203;/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#[xX]([0-9a-fA-F]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)));
}

function decodedRuns(text: string, run: RegExp, offsets: number, decode: (run: string) => string): string[] {
  return [...text.matchAll(run)].flatMap(([found]) => Array.from({ length: offsets }, (_, offset) => decode(found.slice(offset))));
}

/** The forms in which `secret` can still be read in `output`; empty when it cannot. */
export function secretLeaks(output: string, secret: string): string[] {
  const text = unescapedMarkdown(output);
  const leaks: string[] = [];
  if (text.includes(secret)) leaks.push("plain");
  const percentDecoded = text.replace(/%([0-9a-fA-F]{2})/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
  if (!text.includes(secret) && percentDecoded.includes(secret)) leaks.push("percent-encoded");
  const base64 = decodedRuns(text, /[A-Za-z0-9+/_-]{8,}/g, 4, (run) => Buffer.from(run, "base64").toString("latin1"));
  if (base64.some((decoded) => decoded.includes(secret))) leaks.push("base64");
  const hex = decodedRuns(text, /[0-9a-fA-F]{8,}/g, 2, (run) => Buffer.from(run.slice(0, run.length & ~1), "hex").toString("latin1"));
  if (hex.some((decoded) => decoded.includes(secret))) leaks.push("hex");
  return leaks;
}
