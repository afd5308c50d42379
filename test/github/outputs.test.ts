import { describe, expect, it } from "vitest";
import { annotation, formatOutput } from "../../src/github/outputs.js";
import { parseOutputs } from "./run-action.js";

describe("step outputs", () => {
  it("keeps a multi-line value whole and cannot be ended early by what the value contains", () => {
    const value = "line one\nEOF\nforged<<EOF\nexit-code=0";
    const text = formatOutput("report", value) + formatOutput("exit-code", "1");
    expect(parseOutputs(text)).toEqual({ report: value, "exit-code": "1" });
  });

  it("uses a fresh random delimiter for every output", () => {
    const delimiter = (text: string) => /<<(.+)\n/.exec(text)![1];
    expect(delimiter(formatOutput("a", "x"))).not.toBe(delimiter(formatOutput("a", "x")));
  });

  it("refuses a value that contains its delimiter", () => {
    expect(() => formatOutput("a", "x\nEND\n", "END")).toThrow(/contains its delimiter/);
  });
});

describe("annotations", () => {
  it("stay one line that starts the command, whatever the message holds", () => {
    expect(annotation("warning", "50% done\n::error::forged\r")).toBe("::warning::50%25 done%0A::error::forged%0D\n");
  });
});

describe("annotations on a file's line", () => {
  it("escape property values (also : and ,) so no value can add a property or end the command", () => {
    expect(annotation("error", "a: b, c\n::warning::x", { file: "dir,x/a:b.json", line: 3, col: 1, title: "t: 50%, x\ny" })).toBe(
      "::error file=dir%2Cx/a%3Ab.json,line=3,col=1,title=t%3A 50%25%2C x%0Ay::a: b, c%0A::warning::x\n",
    );
  });

  it("leave out properties that are not set", () => {
    expect(annotation("notice", "m", { file: "f.json" })).toBe("::notice file=f.json::m\n");
  });
});
