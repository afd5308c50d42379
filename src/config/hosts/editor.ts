import { resolve } from "node:path";
import { expandVariables } from "../expand.js";
import type { PathSegment } from "../source.js";
import { commonEntry, type EntryResult } from "./entries.js";
import { readEnvFile } from "./env-file.js";
import type { HostFile } from "./host-format.js";
import { inputVariable, literal, translateEditor } from "./variables.js";

/**
 * A VS Code or Cursor server entry: editor variables (`${workspaceFolder}`, `${userHome}`, …),
 * `${env:NAME}`, `${input:ID}` read from MCP_DRIFT_INPUT_ID (a server whose input is not set
 * is skipped with a notice, not the run stopped), and `envFile` merged under `env`.
 */
export async function editorEntry(file: HostFile, entry: Record<string, unknown>): Promise<EntryResult> {
  const inputs: string[] = [];
  const translate = (text: string) => {
    const translation = translateEditor(text, file);
    inputs.push(...translation.inputs.filter((input) => !inputs.includes(input)));
    return translation.text;
  };
  // VS Code and Cursor try Streamable HTTP and fall back to SSE for a URL.
  const result = commonEntry(entry, translate, "url", true);
  if (!("server" in result)) return result;
  const unset = inputs.filter((input) => file.env[inputVariable(input)] === undefined);
  if (unset.length > 0) {
    const names = unset.map((input) => `"${input}"`).join(", ");
    const variables = unset.map(inputVariable).join(", ");
    return { skip: `it needs the VS Code input ${names}, prompted for in the editor; set ${variables} to scan it in CI` };
  }
  if (entry.envFile === undefined || result.server.command === undefined) return result;
  return withEnvFile(file, entry.envFile, result);
}

async function withEnvFile(file: HostFile, envFile: unknown, result: Extract<EntryResult, { server: unknown }>): Promise<EntryResult> {
  if (typeof envFile !== "string")
    return { problem: `expected the path of a file of NAME=value lines, got ${JSON.stringify(envFile)}`, at: ["envFile"] };
  const expansion = expandVariables(translateEditor(envFile, file).text, file.env);
  if (expansion.problems.length > 0) return { problem: expansion.problems.join("; "), at: ["envFile"] };
  const variables = await readEnvFile(resolve(file.workspaceFolder, expansion.value));
  if ("problem" in variables) return { problem: String(variables.problem), at: ["envFile"] };
  const own = (result.server.env ?? {}) as Record<string, unknown>;
  const fromFile = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, literal(value)]));
  const sourceOf = (path: PathSegment[]): PathSegment[] =>
    path[0] === "env" && typeof path[1] === "string" && !(path[1] in own) && path[1] in variables ? ["envFile"] : path;
  return {
    server: { ...result.server, env: { ...fromFile, ...own } },
    sourceOf,
    secrets: Object.values(variables).filter((value) => value !== ""),
  };
}
