import { UserError } from "../../model.js";
import { readRegularFile } from "../../regular-file.js";

/** A dotenv file of this size is far past any real one; a host file cannot make the scan read a device or a huge file. */
const MAX_ENV_FILE_BYTES = 1 << 20;

/**
 * Reads a dotenv file as VS Code and Cursor do for `envFile`: `NAME=value` lines, an optional
 * `export `, `#` comments, values in single quotes taken as written, in double quotes with
 * `\n` escapes. Returns the variables in file order, or why the file could not be read.
 */
export async function readEnvFile(path: string): Promise<Record<string, string> | { problem: string }> {
  let text: string | undefined;
  try {
    // Only a regular file, as for every file a scan reads on a repository's word: not a FIFO, device or link.
    text = await readRegularFile(path, "file of NAME=value lines", { maxBytes: MAX_ENV_FILE_BYTES });
  } catch (error) {
    if (error instanceof UserError) return { problem: `envFile ${error.message}` };
    throw error;
  }
  if (text === undefined) return { problem: `envFile not found: ${path}` };
  const variables: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, name = "", raw = ""] = match;
    variables[name] = envFileValue(raw);
  }
  return variables;
}

function envFileValue(raw: string): string {
  const quoted = /^(["'`])([\s\S]*)\1$/.exec(raw);
  if (quoted) return quoted[1] === '"' ? (quoted[2] ?? "").replace(/\\n/g, "\n") : (quoted[2] ?? "");
  // An unquoted value ends at a comment.
  return raw.replace(/\s+#.*$/, "");
}
