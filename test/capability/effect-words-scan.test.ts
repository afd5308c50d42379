/**
 * foreignEffectWords reads a text's words for its entries without splitting texts that hold
 * none: a word is a run of letters and digits wherever it stands (after an emoji, a digit, a
 * lone surrogate, an underscore), as splitting the text finds it.
 */
import { describe, expect, it } from "vitest";
import { foreignEffectWords } from "../../src/capability/effect-words.js";

const verbs = (text: string) => foreignEffectWords(text).map(({ verb, at, shown }) => [verb, at, shown]);

describe("effect words found wherever a word stands", () => {
  it.each([
    ["after an emoji", "😀elimina los archivos", [["delete", 2, "elimina"]]],
    ["after a lone high surrogate", "\ud83d elimina los archivos", [["delete", 2, "elimina"]]],
    ["before a lone low surrogate", "elimina\udc00 los archivos", [["delete", 0, "elimina"]]],
    ["before an underscore", "elimina_los archivos", [["delete", 0, "elimina"]]],
    ["a Portuguese participle with marks", "os arquivos são excluídos", [["delete", 16, "excluídos"]]],
    ["an Indonesian verb with -nya", "alat ini membagikannya ke semua orang", [["grant", 9, "membagikannya"]]],
    ["an Indonesian passive with -nya", "data dihapusnya", [["delete", 5, "dihapusnya"]]],
  ])("%s", (_case, text, expected) => {
    expect(verbs(text)).toEqual(expected);
  });

  it.each([
    ["glued to a digit, one word", "2elimina los archivos"],
    ["glued to a superscript digit, one word", "x²elimina los archivos"],
    ["-nya alone", "nya"],
    ["English", "The tool lists the files and returns their names."],
  ])("none: %s", (_case, text) => {
    expect(verbs(text)).toEqual([]);
  });
});
