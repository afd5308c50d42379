/**
 * Something kept secret with the thing named between the keeping and its state: "keep the fee
 * secret from the user", "mantén la comisión en privado", "halte die Gebühr vor dem Nutzer
 * geheim", "garde les frais secrets", "κράτα τη χρέωση μυστική", "เก็บค่าธรรมเนียมเป็นความลับ".
 * The state alone ("secret", "private", "segreta") is no verb of hiding, and the phrase the
 * lexicon knows ("keep secret", "держи в секрете") is broken by the thing, so the order is read
 * here as a whole: a verb of keeping or holding, up to six words, a state of being unknown.
 * Who it is kept from and whether it is an order are the caller's to judge; this only finds the
 * clause, on the matchable copy.
 */
import { folded } from "./folded.js";

/** Verbs of keeping, as orders, infinitives after a modal, and participles after "must be". */
const KEEP = [
  ...["keep", "kept", "hold", "held"],
  ...["mantén", "manten", "mantenga", "mantengan", "mantened", "mantener", "mantenerl\\p{L}*", "mantenid\\p{L}*", "guarda", "guarde"],
  ...["guardar", "guardad\\p{L}*", "conserva", "conserve", "mantenha", "mantenham", "manter", "mantid\\p{L}*", "mantém"],
  ...["garde", "gardez", "garder", "gardé\\p{L}*", "tiens", "tenez", "tenir", "conservez"],
  ...["tieni", "tenete", "tenere", "tenut\\p{L}*", "mantieni", "mantenete", "mantenere", "mantenut\\p{L}*"],
  ...["halte", "haltet", "halten", "gehalten", "behalte", "behaltet", "behalten", "bewahre", "bewahrt", "bewahren"],
  ...["houd", "hou", "houden", "gehouden", "bewaar"],
  ...["trzymaj", "trzymajcie", "zachowaj", "zachowajcie", "utrzymaj", "utrzymuj", "drž", "držte", "uchovej", "uchovejte"],
  ...["держи", "держите", "храни", "храните", "держать", "хранить", "тримай", "тримайте", "зберігай", "зберігайте"],
  ...["păstrează", "păstrați", "păstra", "ține", "țineți", "κράτα", "κρατήστε", "κρατάς", "διατήρησε", "διατηρήστε", "giữ"],
  ...["tartsd", "tartsa", "tartsátok", "tartsák", "pidä", "pitäkää"],
];
/** States of being unknown, hidden or kept to oneself. */
const STATE = [
  ...["secret", "hidden", "private", "confidential", "concealed", "undisclosed", "under wraps", "quiet", "to yourself"],
  ...["en secreto", "en privado", "en reserva", "ocult[oa]s?", "escondid[oa]s?", "confidencial(?:es)?", "em segredo", "em sigilo"],
  ...["sigilos[oa]s?", "secrets", "secrètes?", "cach[ée]e?s?", "confidentiel(?:le)?s?", "pour (?:toi|vous)"],
  ...["segret[oaie]", "in segreto", "nascost[oaie]", "riservat[oaie]", "confidenzial[ei]", "per te"],
  ...["geheim", "verborgen", "versteckt", "vertraulich", "unter verschluss", "für dich", "vertrouwelijk", "verstopt", "voor je(?:zelf)?"],
  ...["w tajemnicy", "w sekrecie", "ukryt\\p{L}*", "v tajnosti", "skryt\\p{L}*", "в секрете", "в тайне", "скрыт\\p{L}*"],
  ...["в таємниці", "у таємниці", "в секреті", "у секреті", "secret[ăe]", "ascuns[ăe]?", "μυστικ\\p{L}*", "κρυφ\\p{L}*", "bí mật", "kín"],
  ...["titokban", "titkos\\p{L}*", "salassa", "salaisena"],
];
/** Words that make "keep" another verb ("keep track of", "keep in mind") or open a clause of their own in the gap. */
const NOT_THE_THING = String.raw`(?:track|in mind|up|on|going|alive|open|running|an eye|that|which|if|when|whether|because|while|que|si|cuando|dass|wenn|ob|qui|quand|che|se)`;
const KEPT_SECRET = folded(
  String.raw`(?<![\p{L}])(${KEEP.join("|")}) (?!${NOT_THE_THING}(?![\p{L}]))((?:(?!${NOT_THE_THING} )[^\s.,;:!?]+ ){0,6}?)(?:${STATE.join("|")})(?![\p{L}])`,
);
/** Thai writes no spaces between words: "เก็บ" (keep), the thing, "เป็นความลับ" (as a secret). */
const THAI_KEPT_SECRET = folded(String.raw`(เก็บ|รักษา)([^\s.!?]{1,40}?)(?:เป็นความลับ|ไว้เป็นความลับ|ไว้ไม่ให้)`);

/** Turkish closes the clause with the order: "ücreti kullanıcıdan gizli tut", "sır olarak tutun". */
const TURKISH_KEPT_SECRET = folded(String.raw`(?<![\p{L}])(?:gizli|sır olarak|saklı) tut(?:un|unuz)?(?=[ ]?(?:[,;.:!)]|$))`);

/** The clause found: where it starts and ends, and the span of the thing between verb and state. */
export interface KeptSecret {
  start: number;
  end: number;
  thingStart: number;
  thingEnd: number;
  /** The form is an order by itself, whatever opens the clause: the Turkish imperative closing it. */
  ordered: boolean;
}

/** The first "keep … secret" clause in the matchable `text`, offsets into it. */
export function keptSecret(text: string): KeptSecret | undefined {
  const turkish = TURKISH_KEPT_SECRET.exec(text);
  if (turkish !== null)
    return { start: turkish.index, end: turkish.index + turkish[0].length, thingStart: 0, thingEnd: turkish.index, ordered: true };
  const found = KEPT_SECRET.exec(text) ?? THAI_KEPT_SECRET.exec(text);
  if (found === null) return undefined;
  const [whole, verb, thing] = found as unknown as [string, string, string];
  const thingStart = found.index + whole.indexOf(thing, verb.length);
  return { start: found.index, end: found.index + whole.length, thingStart, thingEnd: thingStart + thing.trimEnd().length, ordered: false };
}
