/**
 * The step's log: plain lines and annotations, redacted, escaped and prefixed, so nothing a
 * server wrote can show a secret or act as a workflow command.
 */
import { escapeTerminal } from "../report/escape.js";
import type { Redact } from "../secrets.js";
import { annotation, type AnnotationProperties } from "./outputs.js";

export interface StepLog {
  info(text: string): void;
  warning(text: string): void;
  error(text: string): void;
  /** An annotation on a file's line; `text` and the title are redacted and escaped like every line. */
  annotate(level: "notice" | "warning" | "error", text: string, properties: AnnotationProperties): void;
}

/** A log that writes to `write`: the step's standard output, where the runner reads it. */
export function stepLog(redact: Redact, write: (text: string) => void): StepLog {
  const line = (text: string) => `mcp-drift: ${escapeTerminal(redact(text))}`;
  return {
    info: (text) => write(`${line(text)}\n`),
    warning: (text) => write(annotation("warning", line(text))),
    error: (text) => write(annotation("error", line(text))),
    annotate: (level, text, properties) =>
      write(
        annotation(level, line(text), {
          ...properties,
          ...(properties.title === undefined ? {} : { title: escapeTerminal(redact(properties.title)) }),
        }),
      ),
  };
}
