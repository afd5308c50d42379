import { basename, sep } from "node:path";

/**
 * Hosts spell variables their own way; the loader expands one syntax, mcp-drift's (`${NAME}`,
 * `${NAME:-default}`, `${env:NAME}`, `$$` for `$`). These translate a host's string into it.
 */

/** Text the host takes literally: every `$` doubled, so nothing in it expands. */
export function literal(text: string): string {
  return text.replaceAll("$", "$$$$");
}

/** The environment variable that stands in for VS Code's `${input:ID}` in CI. */
export function inputVariable(id: string): string {
  return `MCP_DRIFT_INPUT_${id.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}

/** A translated string and the VS Code inputs it needs. */
export interface Translation {
  text: string;
  inputs: string[];
}

const EDITOR_TOKEN = /\$\$|\$\{(workspaceFolder|workspaceFolderBasename|userHome|pathSeparator|\/|input:([^}]*))\}/g;

/**
 * VS Code and Cursor: `${workspaceFolder}`, `${workspaceFolderBasename}`, `${userHome}`,
 * `${pathSeparator}` and `${/}` become what they name; `${input:ID}` reads MCP_DRIFT_INPUT_ID;
 * `${env:NAME}` (and mcp-drift's own `${NAME}`) are left to the loader.
 */
export function translateEditor(text: string, folders: { workspaceFolder: string; userHome: string }): Translation {
  const inputs: string[] = [];
  const translated = text.replace(EDITOR_TOKEN, (token, name: string | undefined, input: string | undefined) => {
    if (token === "$$") return token;
    if (input !== undefined) {
      if (!inputs.includes(input)) inputs.push(input);
      return `\${${inputVariable(input)}}`;
    }
    if (name === "workspaceFolder") return literal(folders.workspaceFolder);
    if (name === "workspaceFolderBasename") return literal(basename(folders.workspaceFolder));
    if (name === "userHome") return literal(folders.userHome);
    return literal(sep);
  });
  return { text: translated, inputs };
}

/**
 * Gemini CLI: `$NAME` and `${NAME}` are environment variables; any other `$` is literal.
 * (mcp-drift then reports an unset variable rather than passing the text on as Gemini does.)
 */
export function translateGemini(text: string): string {
  return text.replace(/\$\{[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)|\$/g, (token, bare: string | undefined) => {
    if (bare !== undefined) return `\${${bare}}`;
    return token === "$" ? "$$" : token;
  });
}

/** opencode: `{env:NAME}` is an environment variable; everything else is literal. */
export function translateOpencode(text: string): string {
  return text
    .split(/(\{env:[^}]*\})/)
    .map((part) => {
      const name = /^\{env:([^}]*)\}$/.exec(part)?.[1];
      return name === undefined ? literal(part) : `\${${name.trim()}}`;
    })
    .join("");
}

/**
 * Continue: `${{ secrets.NAME }}` (and `${{ inputs.NAME }}`) are filled from the hub or a local
 * `.env`; in CI mcp-drift reads them from the environment variable NAME. Anything else is literal.
 */
export function translateContinue(text: string): string {
  return text
    .split(/(\$\{\{\s*(?:secrets|inputs)\.[A-Za-z_][A-Za-z0-9_]*\s*\}\})/)
    .map((part) => {
      const name = /^\$\{\{\s*(?:secrets|inputs)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(part)?.[1];
      return name === undefined ? literal(part) : `\${${name}}`;
    })
    .join("");
}
