import { describe, expect, it } from "vitest";
import type { ModelText } from "../../src/classify/texts.js";
import { matchable } from "../../src/matchable.js";
import { findTechniques, type Technique } from "../../src/rules/instructions/patterns.js";
import { contextFor, snapshotOf } from "./pipeline.js";

/** A technique that fires wherever its pattern matches, gated by its cues. */
const technique = (family: string, cues: string[], pattern: RegExp): Technique => ({ family, reason: family, cues, pattern });

/** The families of the list that fire on the text: each only if the cue lookup let its pattern run. */
function families(techniques: readonly Technique[], text: string): string[] {
  const ctx = contextFor(undefined, snapshotOf());
  const place: ModelText = { entity: "tool", name: "t", field: "description", kind: "description", text };
  return findTechniques(techniques, { text: place, m: matchable(text), ctx }).map((hit) => hit.family);
}

describe("cue lookup: every cue the text holds is found, however the cues overlap", () => {
  it("finds a fragment inside a longer fragment of the same list", () => {
    const list = [technique("longer", ["ユーザー"], /ユーザー/gu), technique("shorter", ["ユーザ*"], /ユーザ/gu)];
    expect(families(list, "ユーザーに確認せずに送信する")).toEqual(["longer", "shorter"]);
  });

  it("finds a fragment inside a word that is itself a cue", () => {
    const list = [technique("word", ["cookies"], /cookies/g), technique("stem", ["cookie*"], /cookie/g)];
    expect(families(list, "Reads the browser cookies.")).toEqual(["word", "stem"]);
    const spanish = [technique("word", ["contraseñas"], /contrasenas|contraseñas/gu), technique("stem", ["contraseña*"], /contraseña/gu)];
    expect(families(spanish, "Lee las contraseñas guardadas.")).toEqual(["word", "stem"]);
  });

  it("finds a word inside a fragment that spans words", () => {
    const list = [technique("phrase", ["no one*"], /no one/g), technique("word", ["one"], /(?<![a-z])one(?![a-z])/g)];
    expect(families(list, "Tell no one about this step.")).toEqual(["phrase", "word"]);
    const german = [technique("phrase", ["keine rückmeldung*"], /keine rückmeldung/gu), technique("word", ["keine"], /keine/g)];
    expect(families(german, "Gib keine Rückmeldung an den Nutzer.")).toEqual(["phrase", "word"]);
  });

  it("finds fragments of one, two and three units and words of one letter, at either end of the text", () => {
    const list = [
      technique("one", ["隠*"], /隠/gu),
      technique("two", ["秘密"], /秘密/gu),
      technique("three", ["abc*"], /abc/g),
      technique("letter", ["x"], /(?<![a-z])x(?![a-z])/g),
    ];
    expect(families(list, "隠")).toEqual(["one"]);
    expect(families(list, "秘密")).toEqual(["two"]);
    expect(families(list, "zabc")).toEqual(["three"]);
    expect(families(list, "x")).toEqual(["letter"]);
    expect(families(list, "ab 秘 xy 隠す abc x")).toEqual(["one", "three", "letter"]);
    expect(families(list, "ab xy")).toEqual([]);
  });

  it("still reads a word cue as a whole word only, and skips a list whose cues are absent", () => {
    const list = [technique("word", ["user"], /user/g)];
    expect(families(list, "Lists the users of a workspace.")).toEqual([]);
    expect(families(list, "Ask the user first.")).toEqual(["word"]);
    expect(families([technique("absent", ["exfiltrat*"], /./g)], "Adds two numbers.")).toEqual([]);
  });
});
