/**
 * What the runner reads from a step besides its exit code: outputs appended to the file named
 * by GITHUB_OUTPUT, and workflow commands (annotations) on standard output.
 */
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";

/**
 * One output in the runner's multi-line form, `name<<DELIMITER`, the value, `DELIMITER`. The
 * delimiter is random so no value can end the block early and forge another output.
 */
export function formatOutput(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (value.includes(delimiter) || name.includes(delimiter)) {
    throw new Error(`output ${name}: the value contains its delimiter`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Appends every output; without GITHUB_OUTPUT (not on a runner) there is nowhere to write. */
export async function writeOutputs(file: string | undefined, outputs: Readonly<Record<string, string>>): Promise<void> {
  if (!file) return;
  await appendFile(
    file,
    Object.entries(outputs)
      .map(([name, value]) => formatOutput(name, value))
      .join(""),
  );
}

/** Where an annotation points and what it is titled; GitHub shows it on that line of the file. */
export interface AnnotationProperties {
  /** Relative to the repository root. */
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

/**
 * A `::notice::`, `::warning::` or `::error::` line, with properties. The message is escaped
 * the way the runner unescapes it (`%`, CR, LF), and property values also `:` and `,`, so
 * whatever they quote stays one annotation and cannot start a command or add a property.
 */
export function annotation(level: "notice" | "warning" | "error", message: string, properties: AnnotationProperties = {}): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${level}${props === "" ? "" : ` ${props}`}::${escapeData(message)}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
