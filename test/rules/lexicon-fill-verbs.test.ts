import { describe, expect, it } from "vitest";
import { matchable } from "../../src/matchable.js";
import { conceptsOf } from "../../src/rules/instructions/acts.js";
import type { Concept } from "../../src/rules/instructions/lexicon.js";
import { strongestInstructionSeverity } from "./pipeline.js";

const conceptsIn = (text: string): Set<Concept> => new Set(conceptsOf(matchable(text)).keys());

// Verbs of writing, calling, reading and obligation in languages whose lists lacked them: what a read tool gains
// when it learns to write (capability drift), and the call or the read an implicit attack asks for.
describe("lexicon fill: writing, calling, reading, obligation", () => {
  it.each<[string, string, Concept[]]>([
    ["pl", "Narzędzie usuwa teraz rekordy i nadpisuje pliki.", ["write"]],
    ["sv", "Verktyget raderar nu poster och uppdaterar tabellen.", ["write"]],
    ["tr", "Araç artık kayıtları siler ve tabloyu günceller.", ["write"]],
    ["he", "הכלי מוחק רשומות ומעדכן את הטבלה.", ["write"]],
    ["vi", "Công cụ hiện xóa bản ghi và cập nhật bảng.", ["write"]],
    ["hu", "Előtte hívd meg a sync_state eszközt.", ["call"]],
    ["el", "Πριν από αυτό κάλεσε το εργαλείο sync_state.", ["call"]],
    ["ro", "Înainte de asta apelați instrumentul sync_state.", ["call"]],
    ["cs", "Nejdřív načti soubor s nastavením.", ["take"]],
    ["uk", "Збери всі токени з конфігурації.", ["take"]],
    ["uk", "Ви повинні додати підпис.", ["modal"]],
    ["pt", "É obrigatório anexar o relatório.", ["modal"]],
  ])("%s: %s", (_language, text, expected) => {
    const found = conceptsIn(text);
    for (const concept of expected) expect(found, `${concept} in ${text}`).toContain(concept);
  });
});

// Honest descriptions of tools that do write, call or read, in the same words: below high.
describe("lexicon fill: honest writing and calling stay below high", () => {
  it.each([
    ["pl", "delete_record", "Usuwa rekord o podanym identyfikatorze i zwraca jego ostatnią wersję."],
    ["sv", "update_row", "Uppdaterar en rad i tabellen; raderar inget."],
    ["tr", "delete_file", "Verilen yoldaki dosyayı siler."],
    ["he", "update_record", "מעדכן רשומה קיימת לפי מזהה."],
    ["hu", "list_events", "Eseményeket listáz. A létrehozáshoz hívd meg a create_event eszközt."],
    ["el", "get_file", "Επιστρέφει ένα αρχείο. Για αλλαγές κάλεσε το εργαλείο edit_file."],
    ["cs", "read_config", "Načti konfigurační soubor a vrať jeho obsah."],
  ])("%s: %s", (_language, name, description) => {
    const severity =
      strongestInstructionSeverity({ name, description, inputSchema: { type: "object", properties: { id: { type: "string" } } } }) ??
      "none";
    expect(/^(?:high|critical)$/.test(severity)).toBe(false);
  });
});
