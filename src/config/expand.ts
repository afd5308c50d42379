/** What expanding one configured string produced. */
export interface Expansion {
  value: string;
  /** Non-empty values that came from the environment: later stages redact them. */
  secrets: string[];
  /** Why the string could not be expanded; empty when it could. */
  problems: string[];
}

/** `$$`, a `${…}`, an unterminated `${`, or a bare `$NAME`, in that order of precedence. */
const TOKEN = /\$\$|\$\{([^}]*)\}|\$\{|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const VARIABLE = /^(?:env:)?([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;

/**
 * Expands environment variables in a configured string:
 * - `${NAME}` is the variable's value; an unset variable is a problem (an empty one is fine).
 * - `${NAME:-default}` falls back to the literal `default` when NAME is unset or empty, as in a shell.
 * - `${env:NAME}` is the VS Code / Cursor spelling of `${NAME}`, so host files work as they are.
 * - `$$` is a literal `$`. A bare `$NAME` (a shell habit) is a problem rather than a guess;
 *   a `$` before anything else (`costs $5`) stays as it is.
 * Host files spell variables their own way; hosts/variables.ts translates them into this syntax
 * first (Gemini CLI's `$NAME`, VS Code's `${input:…}`, opencode's `{env:NAME}`, …), so a
 * `${input:…}` that reaches this point is in a file whose host has no inputs: a problem.
 */
export function expandVariables(text: string, env: NodeJS.ProcessEnv): Expansion {
  const secrets: string[] = [];
  const problems: string[] = [];
  const value = text.replace(TOKEN, (token, braced: string | undefined, bare: string | undefined) => {
    if (token === "$$") return "$";
    if (bare !== undefined) {
      problems.push(`write "\${${bare}}" for the variable ${bare}, or "$$" for a literal "$"`);
      return token;
    }
    if (braced === undefined) {
      problems.push(`unterminated "\${" (write "$$" for a literal "$")`);
      return token;
    }
    const variable = VARIABLE.exec(braced);
    if (!variable) {
      problems.push(unsupported(braced));
      return token;
    }
    const [, name = "", fallback] = variable;
    const set = env[name];
    if (fallback !== undefined && !set) return fallback;
    if (set === undefined) {
      problems.push(`environment variable ${name} is not set`);
      return token;
    }
    if (set !== "" && !secrets.includes(set)) secrets.push(set);
    return set;
  });
  return { value, secrets, problems };
}

function unsupported(inner: string): string {
  if (inner.startsWith("input:")) {
    return `"\${${inner}}" is a VS Code input variable, prompted for in the editor, so it can't be resolved in CI; use \${env:NAME} or \${NAME} instead`;
  }
  return `unsupported variable "\${${inner}}": use \${NAME} or \${NAME:-default}`;
}
