import { describe, expect, test } from "vitest";
import { expandVariables } from "../../src/config/expand.js";
import {
  inputVariable,
  literal,
  translateContinue,
  translateEditor,
  translateGemini,
  translateOpencode,
} from "../../src/config/hosts/variables.js";

const env = { TOKEN: "s3cret", EMPTY: "", HOST: "example.com" };

describe("expandVariables", () => {
  test("${NAME} is replaced and recorded as a secret", () => {
    expect(expandVariables("Bearer ${TOKEN}", env)).toEqual({ value: "Bearer s3cret", secrets: ["s3cret"], problems: [] });
  });

  test("${env:NAME} means the same as ${NAME}", () => {
    expect(expandVariables("${env:HOST}", env)).toEqual({ value: "example.com", secrets: ["example.com"], problems: [] });
  });

  test("a default applies when the variable is unset or empty, and is not a secret", () => {
    expect(expandVariables("${MISSING:-info}/${EMPTY:-x}", env)).toEqual({ value: "info/x", secrets: [], problems: [] });
    expect(expandVariables("${MISSING:-}", env)).toEqual({ value: "", secrets: [], problems: [] });
  });

  test("a set variable wins over its default", () => {
    expect(expandVariables("${TOKEN:-none}", env).value).toBe("s3cret");
  });

  test("an empty variable without a default is allowed and is no secret", () => {
    expect(expandVariables("[${EMPTY}]", env)).toEqual({ value: "[]", secrets: [], problems: [] });
  });

  test("$$ is a literal $, also in front of braces; other $ stay", () => {
    expect(expandVariables("costs $$5, $${TOKEN}, $5, trailing $", env).value).toBe("costs $5, ${TOKEN}, $5, trailing $");
  });

  test("the same value used twice is one secret", () => {
    expect(expandVariables("${TOKEN}:${TOKEN}", env).secrets).toEqual(["s3cret"]);
  });

  test("every unset variable is a problem", () => {
    expect(expandVariables("${A}-${B}", env).problems).toEqual(["environment variable A is not set", "environment variable B is not set"]);
  });

  test("bare $NAME, unterminated ${, VS Code inputs and other forms are problems", () => {
    expect(expandVariables("$HOME", env).problems).toEqual(['write "${HOME}" for the variable HOME, or "$$" for a literal "$"']);
    expect(expandVariables("x ${TOKEN", env).problems).toEqual(['unterminated "${" (write "$$" for a literal "$")']);
    expect(expandVariables("${input:key}", env).problems[0]).toMatch(
      /^"\$\{input:key\}" is a VS Code input variable, .* can't be resolved in CI/,
    );
    expect(expandVariables("${1BAD}", env).problems).toEqual(['unsupported variable "${1BAD}": use ${NAME} or ${NAME:-default}']);
  });
});

describe("host variable syntaxes become mcp-drift's, and expand as the host would", () => {
  const expand = (text: string) => expandVariables(text, env).value;

  test("literal text keeps every $", () => {
    expect(expand(literal("$5 ${TOKEN} $$ $TOKEN"))).toBe("$5 ${TOKEN} $$ $TOKEN");
  });

  test("VS Code and Cursor: editor variables are substituted as text, inputs read MCP_DRIFT_INPUT_<ID>", () => {
    const translation = translateEditor("${workspaceFolder}/${input:api-key}:${env:HOST}:${userHome}", {
      workspaceFolder: "/w/$dir",
      userHome: "/home/me",
    });
    expect(translation.inputs).toEqual(["api-key"]);
    expect(expandVariables(translation.text, { ...env, MCP_DRIFT_INPUT_API_KEY: "k" }).value).toBe("/w/$dir/k:example.com:/home/me");
    expect(inputVariable("perplexity-key")).toBe("MCP_DRIFT_INPUT_PERPLEXITY_KEY");
    expect(inputVariable("db.url 2")).toBe("MCP_DRIFT_INPUT_DB_URL_2");
  });

  test("Gemini: $NAME and ${NAME}; any other $ is literal", () => {
    expect(expand(translateGemini("$TOKEN/${HOST} costs $5 $$"))).toBe("s3cret/example.com costs $5 $$");
  });

  test("opencode: {env:NAME} only", () => {
    expect(expand(translateOpencode("{env:TOKEN} ${TOKEN} {file:x}"))).toBe("s3cret ${TOKEN} {file:x}");
  });

  test("Continue: ${{ secrets.NAME }} and ${{ inputs.NAME }} only", () => {
    expect(expand(translateContinue("${{ secrets.TOKEN }}|${{inputs.HOST}}|${TOKEN}"))).toBe("s3cret|example.com|${TOKEN}");
  });
});
