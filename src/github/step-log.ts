/**
 * The step's log: plain lines and annotations, redacted, escaped and prefixed, so nothing a
 * server wrote can show a secret or act as a workflow command.
 */
import { escapeTerminal } from "../report/escape.js";
import type { Redact } from "../secrets.js";
import { annotation } from "./outputs.js";

export interface StepLog {
  info(text: string): void;
  warning(text: string): void;
  error(text: string): void;
}

/** A log that writes to `write`: the step's standard output, where the runner reads it. */
export function stepLog(redact: Redact, write: (text: string) => void): StepLog {
  const line = (text: string) => `mcp-drift: ${escapeTerminal(redact(text))}`;
  return {
    info: (text) => write(`${line(text)}\n`),
    warning: (text) => write(annotation("warning", line(text))),
    error: (text) => write(annotation("error", line(text))),
  };
}
