/**
 * Configured secret values (env and header values that came from `${VAR}`) must never reach
 * a snapshot, a report or an error message. One redactor serves every stage that could leak.
 */
export const REDACTED = "[REDACTED]";

/** Shorter values would redact ordinary words and numbers all over the catalog. */
const MIN_SECRET_LENGTH = 4;

export function secretRedactor(secrets: readonly string[]): (text: string) => string {
  const values = [...new Set(secrets)].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  if (values.length === 0) return (text) => text;
  // Longest first, so a secret that contains a shorter one is redacted whole.
  values.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(values.map(escapeRegExp).join("|"), "g");
  return (text) => text.replace(pattern, REDACTED);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
