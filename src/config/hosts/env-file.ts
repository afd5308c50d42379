import { readFile } from "node:fs/promises";

/**
 * Reads a dotenv file as VS Code and Cursor do for `envFile`: `NAME=value` lines, an optional
 * `export `, `#` comments, values in single quotes taken as written, in double quotes with
 * `\n` escapes. Returns the variables in file order, or why the file could not be read.
 */
export async function readEnvFile(path: string): Promise<Record<string, string> | { problem: string }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === "ENOENT" ? `envFile not found: ${path}` : `cannot read envFile ${path}` };
  }
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
