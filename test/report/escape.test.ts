import { describe, expect, it } from "vitest";
import { escapeJsonHidden, escapeMarkdownInline, escapeTerminal, fenced, truncate } from "../../src/report/escape.js";
import { HOSTILE } from "./sample.js";

/** Anything that acts on a terminal or hides text. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;

/** Decodes the numeric entities escapeMarkdownInline writes, as a Markdown renderer would. */
function decodeEntities(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

describe("escapeTerminal", () => {
  it("shows control sequences as text instead of letting them act", () => {
    expect(escapeTerminal("a\x1b[2Jb")).toBe("a\\x1b[2Jb");
    expect(escapeTerminal("\x1b]8;;http://evil\x07x")).toBe("\\x1b]8;;http://evil\\x07x");
    expect(escapeTerminal("\u009b31m")).toBe("\\x9b31m");
    expect(escapeTerminal("\x7f\x00")).toBe("\\x7f\\x00");
  });

  it("keeps output on one line", () => {
    expect(escapeTerminal("one\ntwo\r\n\tthree")).toBe("one\\ntwo\\r\\n\\tthree");
  });

  it("makes invisible and bidi characters visible", () => {
    expect(escapeTerminal("\u202Etxt.exe")).toBe("\\u{202E}txt.exe");
    expect(escapeTerminal("pay\u200Bpal\uFEFF")).toBe("pay\\u{200B}pal\\u{FEFF}");
    expect(escapeTerminal("\u2066x\u2069\u2060")).toBe("\\u{2066}x\\u{2069}\\u{2060}");
    expect(escapeTerminal("\u{E0049}\u{E007F}")).toBe("\\u{E0049}\\u{E007F}");
    expect(escapeTerminal("a\uFE0F\u{E0100}")).toBe("a\\u{FE0F}\\u{E0100}");
    expect(escapeTerminal("\u2028\u3164")).toBe("\\u{2028}\\u{3164}");
  });

  it("leaves ordinary text, including non-Latin scripts and emoji, alone", () => {
    const text = "Read a file — 読み取り, Grüße, 👍 C:\\Users";
    expect(escapeTerminal(text)).toBe(text);
  });

  it("leaves nothing hidden in the hostile sample", () => {
    expect(escapeTerminal(HOSTILE)).not.toMatch(HIDDEN);
  });
});

describe("escapeMarkdownInline", () => {
  it("encodes every ASCII punctuation character as a numeric entity", () => {
    const escaped = escapeMarkdownInline("[click](http://x) <img src=x> **b** `c` | ~~s~~ _i_ \\ $m$ !");
    expect(escaped.replace(/&#\d+;/g, "")).not.toMatch(/[!-/:-@[-`{-~]/);
    expect(decodeEntities(escaped)).toBe("[click](http://x) <img src=x> **b** `c` | ~~s~~ _i_ \\ $m$ !");
  });

  it("breaks mentions and issue references with a zero-width space after @, # and GH-", () => {
    const decoded = decodeEntities(escapeMarkdownInline("@octocat #123 GH-7 gh-8 high-risk"));
    expect(decoded).toBe("@\u200Boctocat #\u200B123 GH-\u200B7 gh-\u200B8 high-risk");
  });

  it("turns newlines and tabs into single spaces", () => {
    expect(escapeMarkdownInline("a\nb\r\nc\rd\te")).toBe("a b c d e");
  });

  it("makes hidden characters visible, with the escape itself entity-encoded", () => {
    const escaped = escapeMarkdownInline("\u202Eexe\x1b[2J");
    expect(escaped).not.toMatch(HIDDEN);
    expect(decodeEntities(escaped)).toBe("\\u{202E}exe\\x1b[2J");
  });

  it("leaves letters, digits, spaces and non-ASCII text as they are", () => {
    expect(escapeMarkdownInline("Grüße 42 読み取り")).toBe("Grüße 42 読み取り");
  });
});

describe("fenced", () => {
  it("uses a fence longer than any backtick run inside, at least three", () => {
    expect(fenced("plain")).toBe("```\nplain\n```");
    expect(fenced("a ``` b ````` c", "json")).toBe("``````json\na ``` b ````` c\n``````");
  });

  it("keeps lines but makes other hidden characters visible", () => {
    expect(fenced("one\r\ntwo\t\u202E\x1b[2J")).toBe("```\none\ntwo\t\\u{202E}\\x1b[2J\n```");
  });
});

describe("escapeJsonHidden", () => {
  it("writes hidden characters as \\u escapes without changing the parsed value", () => {
    const value = { text: "\u202E\x7f\u0085\u{E0049}", list: [1, 2] };
    const json = escapeJsonHidden(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u202E\x7f\u0085]|\u{E0049}/u);
    expect(json).toContain("\\u202e\\u007f\\u0085\\udb40\\udc49");
    expect(json.split("\n")).toHaveLength(JSON.stringify(value, null, 2).split("\n").length);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("truncate", () => {
  it("cuts long text to max characters ending in an ellipsis", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abcd", 4)).toBe("abcd");
  });

  it("never splits a surrogate pair", () => {
    expect(truncate("ab👍cd", 4)).toBe("ab…");
  });

  it("rejects a max below one", () => {
    expect(() => truncate("abc", 0)).toThrow(RangeError);
  });
});
