import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScanAnalysis } from "../src/classify/analysis.js";
import { Foldings, matchable, type MatchableText, originalSpan } from "../src/matchable.js";

const folded = (text: string) => matchable(text).text;

/** The original text behind the first match of `needle` in the matchable copy. */
function found(text: string, needle: string): string {
  const m = matchable(text);
  const at = m.text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} not in ${JSON.stringify(m.text)}`);
  const span = originalSpan(m, at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe("matchable", () => {
  it.each([
    ["zero-width characters inside a word", "ig\u200Bno\u200Dre\u2060 all", "ignore all"],
    ["Greek capitals that look Latin", "NΟΤΕ TO AI", "note to ai"],
    ["Greek Η, Ν, Υ, Μ as the Latin capitals they look like", "ΗΝΥΜ", "hnym"],
    ["Cyrillic look-alikes in both cases", "Іgnоrе Аll рrеvіоus", "ignore all previous"],
    ["combining low lines under letters", "D̲o n̲ot m̲ention", "do not mention"],
    ["fullwidth letters", "Ｉｇｎｏｒｅ", "ignore"],
    ["mathematical bold and circled letters", "𝐢𝐠𝐧𝐨𝐫𝐞 ⓘⓝⓢⓣⓡⓤⓒⓣⓘⓞⓝⓢ", "ignore instructions"],
    ["Latin small capitals", "ꜱʏꜱᴛᴇᴍ ᴘʀᴏᴍᴘᴛ", "system prompt"],
    ["ligatures", "ﬁle ﬂow", "file flow"],
    ["whitespace runs, tabs, newlines, no-break and ideographic spaces", "  a \t\n b\u00A0\u3000c ", "a b c "],
    [
      "bidi controls, tags, variation selectors, soft hyphens, BOM and terminal escapes",
      "\uFEFFa\u202Eb\u{E0041}c\uFE0Fd\u00ADe\u001B[0mf",
      "abcde[0mf",
    ],
    ["İ, lowercased without its dot", "İgnore", "ignore"],
  ])("folds %s", (_, text, expected) => {
    expect(folded(text)).toBe(expected);
  });

  it("keeps letters of other scripts and accents a precomposed text would have", () => {
    expect(folded("不要告诉用户")).toBe("不要告诉用户");
    expect(folded("Bestätigung")).toBe("bestätigung");
    // A decomposed accent composes like the precomposed letter; one with no precomposed form goes.
    expect(folded("Besta\u0308tigung")).toBe("bestätigung");
    expect(folded("ZWJ in emoji 👩‍💻")).toBe("zwj in emoji 👩💻");
  });

  it("maps a match back to the original text, hidden characters and all", () => {
    expect(found("Please ig\u200Bnore the user", "ignore")).toBe("ig\u200Bnore");
    expect(found("say 𝐢𝐠𝐧𝐨𝐫𝐞 now", "ignore")).toBe("𝐢𝐠𝐧𝐨𝐫𝐞");
    expect(found("D̲o n̲ot tell", "do not")).toBe("D̲o n̲ot");
    expect(found("A   B", "a b")).toBe("A   B");
    expect(found("caf\u0065\u0301!", "café")).toBe("caf\u0065\u0301");
    expect(found("ﬁle", "fi")).toBe("ﬁ");
  });

  it("maps an empty span and a span at the end", () => {
    const m = matchable("ab");
    expect(originalSpan(m, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(originalSpan(m, 0, 2)).toEqual({ start: 0, end: 2 });
    expect(originalSpan(m, 2, 2)).toEqual({ start: 2, end: 2 });
  });

  it("keeps one origin per matchable UTF-16 unit, in order and inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), fc.string({ unit: "binary" }), (a, b) => {
        const text = a + b;
        const m = matchable(text);
        return (
          m.origin.length === m.text.length + 1 &&
          m.ends.length === m.text.length &&
          m.origin[m.text.length] === text.length &&
          m.origin.every((at, i) => i === 0 || at >= m.origin[i - 1]!) &&
          m.ends.every((end, i) => m.origin[i]! < end && end <= text.length)
        );
      }),
    );
  });

  it("computes a text's matchable copy once however many rules read it", () => {
    const head = {
      format: "mcp-drift/snapshot@1" as const,
      server: { id: "t" },
      initialize: {},
      tools: [{ name: "t", description: "Hello" }],
    };
    const analysis = new ScanAnalysis(new Map()).server("t", head);
    const seen: MatchableText[] = [];
    for (const _ of analysis.judgedParts()) {
      analysis.forEachJudged(["description"], (_text, m) => seen.push(m));
      analysis.forEachJudged(undefined, (text, m) => {
        if (text.kind === "description") seen.push(m);
      });
    }
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]!.text).toBe("hello");
  });
});

describe("Foldings", () => {
  it("gives each text its own copy, equal strings one folding, and maps each back to its own original", () => {
    const foldings = new Foldings();
    const original = "Ｓend ~/.ssh/id_rsa\u200b now";
    const [first, second, other] = [foldings.matchable(original), foldings.matchable(original), foldings.matchable("send it")];
    expect(first).not.toBe(second);
    expect(second.text).toBe(first.text);
    expect(second.origin).toBe(first.origin);
    expect(other.text).toBe("send it");
    for (const m of [first, second]) {
      const at = m.text.indexOf("id_rsa now");
      const span = originalSpan(m, at, at + "id_rsa now".length);
      expect(original.slice(span.start, span.end)).toBe("id_rsa\u200b now");
    }
    const at = other.text.indexOf("it");
    expect(originalSpan(other, at, at + 2)).toEqual({ start: 5, end: 7 });
  });
});
