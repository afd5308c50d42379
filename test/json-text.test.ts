import { describe, expect, it } from "vitest";
import { escapeJsonHidden, HIDDEN_EXCEPT_LAYOUT } from "../src/json-text.js";

/** What escapeJsonHidden must give: every hidden character (but newline and tab) as \u escapes of its code units. */
function reference(text: string): string {
  return text.replace(HIDDEN_EXCEPT_LAYOUT, (char) =>
    char
      .split("")
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .join(""),
  );
}

describe("escapeJsonHidden", () => {
  it("escapes every hidden code point of the first plane, and leaves every visible one, beside visible text beyond ASCII", () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `"café ${String.fromCharCode(code)} 日本"`;
      if (escapeJsonHidden(text) !== reference(text)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("escapes hidden astral characters and lone surrogates, and keeps visible astral ones", () => {
    for (const text of [
      "tag \u{E0041}\u{E0042}",
      "selector \u{E0101}",
      "music \u{1D173}",
      "lone \ud800 x",
      "lone \udc00",
      "emoji 🙂 ok",
      "é🙂",
    ]) {
      expect(escapeJsonHidden(text), text).toBe(reference(text));
    }
    expect(escapeJsonHidden("emoji 🙂 ok")).toBe("emoji 🙂 ok");
  });
});
