/**
 * Small facts both halves of a scan use (scan.ts collects, judging.ts judges): a neutral
 * module, so judging.ts need not import scan.ts, which loads it.
 */

/** An error's message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Today's date in UTC, YYYY-MM-DD: when ignores expire. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
