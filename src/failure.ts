/** How the two faces, cli.ts and action.ts, tell a user why a run failed. */
import { UserError } from "./model.js";

/** A UserError says what to fix; anything else is a bug in mcp-drift, shown with its stack. */
export function failureMessage(error: unknown): string {
  return error instanceof UserError ? error.message : `internal error: ${String((error as Error)?.stack ?? error)}`;
}
