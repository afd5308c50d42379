import { describe, expect, it } from "vitest";
import { isCalendarDate, isReadableItem, isReason } from "../src/ignore-fields.js";

describe("isReason", () => {
  it.each([
    ["a space", " "],
    ["a tab", "\t"],
    ["a zero-width space", "\u200B"],
    ["Hangul fillers, letters that render blank", "\u3164 \u3164"],
    ["tag characters spelling words", "\u{E0066}\u{E0070} \u{E0066}\u{E0070}"],
    ["punctuation", "... --"],
    ["one word", "wontfix"],
    ["two words glued by an invisible character", "false\u200Bpositive"],
  ])("rejects %s", (_, text) => {
    expect(isReason(text)).toBe(false);
  });

  it.each([
    ["two words", "false positive"],
    ["a word and a number", "see #42"],
    ["words in another script", "ложное срабатывание"],
    ["a script written without spaces", "误报"],
    ["a sentence with an emoji sequence", "reviewed 👩‍💻 ok"],
  ])("accepts %s", (_, text) => {
    expect(isReason(text)).toBe(true);
  });
});

describe("isCalendarDate", () => {
  it.each(["2027-03-01", "2028-02-29", "2000-02-29", "2099-12-31"])("accepts %s", (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    "2099-02-31",
    "2027-02-29",
    "2100-02-29",
    "2027-04-31",
    "2027-13-01",
    "2027-00-10",
    "2027-01-00",
    "2027-3-1",
    "2027-03-01T00:00",
  ])("rejects %s", (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe("isReadableItem", () => {
  it.each([
    ["a zero-width space", "tool:write_file\u200B"],
    ["a right-to-left override", "tool:write_\u202Eelif"],
    ["a no-break space", "tool:write\u00A0file"],
    ["a Cyrillic letter inside a Latin word", "tool:wr\u0456te_file"],
    ["a Greek letter inside a Latin word", "tool:re\u03B1d_file"],
  ])("rejects %s", (_, text) => {
    expect(isReadableItem(text)).toBe(false);
  });

  it.each([
    ["a plain name", "tool:write_file"],
    ["a name in one other script", "prompt:поиск"],
    ["a URI with a word in another script", "resource:file:///docs/отчёт.txt"],
    ["a spaced name", "prompt:weekly report"],
  ])("accepts %s", (_, text) => {
    expect(isReadableItem(text)).toBe(true);
  });
});
