/**
 * Capability tiers: what a tool lets an agent do — `read`, `write` or `high-impact` — read
 * from how the tool presents itself to the model: the verb of its name and title, what its
 * description says it does, its parameters and its annotations.
 *
 * Annotations are hints a server may lie about: they can raise a tier but never lower one
 * the tool's own words set (`readOnlyHint: true` on `delete_repo` is noted as a
 * contradiction). A tool is `read` only on positive evidence — a read verb or
 * `readOnlyHint: true` — and no write signal; a tool that says nothing about itself counts
 * as `write`, because "read-only" is a claim a reviewer relies on and must not be guessed.
 */
import { CAPABILITY_TIERS, isJsonObject, type CapabilityTier, type Json, type JsonObject, type ToolCapability } from "../model.js";
import { matchable } from "../matchable.js";
import { escapeRegExp } from "../escape-regexp.js";
import { excerpt, quote } from "../message-text.js";
import { remembered } from "../memo.js";
import { nameWords } from "../words.js";
import { FOREIGN_NAME_VERBS, foreignEffectWords, mayHoldEffectWord, removesForGood, saysDuringRead, shapesOutput } from "./effect-words.js";

/** The kinds of high-impact action (DESIGN.md), for messages. */
export type ImpactFamily = "deletion" | "release" | "money" | "execution" | "access" | "outbound" | "secrets";

/** Completes "the tool can …". */
export const FAMILY_WORDING: Record<ImpactFamily, string> = {
  deletion: "delete data",
  release: "merge, deploy or publish",
  money: "move money",
  execution: "run commands or code",
  access: "change permissions or access",
  outbound: "send messages out",
  secrets: "read or change secrets",
};

export interface Assessment extends ToolCapability {
  /** The high-impact families behind a `high-impact` tier, in order of first signal. */
  families: ImpactFamily[];
  /** True when nothing pointed either way and `write` is the conservative default. */
  presumed: boolean;
}

interface Meaning {
  tier: CapabilityTier;
  family?: ImpactFamily;
}

interface Signal extends Meaning {
  reason: string;
}

const words = (list: string): Set<string> => new Set(list.split(/\s+/));
const high = (family: ImpactFamily): Meaning => ({ tier: "high-impact", family });

// ── Verbs, by what they let an agent do ─────────────────────────────────────────────────

const VERBS = new Map<string, Meaning>();
const define = (meaning: Meaning, list: string) => {
  for (const verb of words(list)) VERBS.set(verb, meaning);
};

// Reading: brings data to the agent and changes nothing.
define(
  { tier: "read" },
  "get list read search fetch find query describe show view lookup look count check validate verify inspect " +
    "download analyze analyse summarize summarise retrieve open browse preview compare explain export reveal dump " +
    "load resolve research ls",
);
// Computing: an answer from the inputs, nothing changed.
define({ tier: "read" }, "calculate compute convert translate estimate predict recommend parse extract generate render transform think");
// Writing: changes state that a person can see and put right.
define(
  { tier: "write" },
  "create add update edit write set put patch insert upsert upload move rename copy save append modify replace " +
    "overwrite change assign unassign label tag comment submit schedule enable disable start stop restart run " +
    "kill terminate switch init initialize import archive close reopen mark cancel apply commit fork install sync " +
    "reset clear register approve reject rotate merge release mkdir subscribe unsubscribe renew",
);
// Deletion: data that is gone.
define(high("deletion"), "delete remove destroy drop purge erase wipe truncate trash unlink rm rmdir shred expunge obliterate");
// Release: work that reaches shared branches, production or the public ("merge" and
// "release" only with such an object, below: "merge PDF files", "release the lock" do not).
define(high("release"), "deploy publish promote rollback push");
// Money movement.
define(high("money"), "pay charge refund transfer withdraw invoice payout purchase buy sell");
// Command or code execution.
define(high("execution"), "exec execute eval spawn");
// Permission and access changes.
define(high("access"), "grant share invite revoke authorize impersonate");
// Outbound messages: words that leave for other people.
define(high("outbound"), "send post reply notify tweet broadcast");

/**
 * Action verbs that are also everyday nouns ("Release notes", "Posts from a feed"): see
 * `verbAt`. Read verbs need no such care — reading "Search results" as a read changes
 * nothing — except `open`, which an object turns into a write ("Open issues" is no order).
 */
const NOUN_LIKE = words(
  "update release transfer charge deploy comment post label tag schedule invoice push reply share copy drop set " +
    "run start stop change patch mark import sync fork commit archive reset close open trash switch",
);

/** Third-person forms ("deletes", "pushes", "copies") back to the base verb. */
const THIRD_PERSON = new Map<string, string>();
for (const verb of VERBS.keys()) {
  const form = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : /(s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : `${verb}s`;
  THIRD_PERSON.set(form, verb);
}

// ── Objects that change what a verb means: "add member", "create refund", "run command" ──

/** `key` and `token` are secrets only when qualified: "api key", "access token" (not "count tokens"). */
const QUALIFIED_SECRETS = words("key keys token tokens");
const SECRET_QUALIFIERS = words("api private ssh access secret signing encryption auth bearer refresh oauth session personal");

interface ObjectRule {
  /** `actions`: any write or high-impact verb; `writes`: write verbs; `any`: every verb; or these verbs. */
  verbs: "actions" | "writes" | "any" | Set<string>;
  objects: Set<string>;
  meaning: Meaning;
}

const rule = (verbs: ObjectRule["verbs"], objects: string, meaning: Meaning): ObjectRule => ({
  verbs,
  objects: words(objects),
  meaning,
});

const OBJECT_RULES: readonly ObjectRule[] = [
  // Who may do what: "add member", "update role", "transfer ownership", "set visibility".
  rule(
    "actions",
    "permission permissions role roles access policy policies visibility collaborator collaborators member members " +
      "acl acls owner owners ownership admin admins sharing public",
    high("access"),
  ),
  // Secrets: reading one exposes it, changing one hands out access ("get secret", "rotate api key").
  rule("any", "secret secrets credential credentials password passwords passphrase passwd apikey", high("secrets")),
  // Money: "create refund", "update invoice".
  rule(
    "writes",
    "payment payments refund refunds transfer transfers payout payouts invoice invoices charge charges transaction transactions",
    high("money"),
  ),
  // Releases: "create deployment", "create release", "merge pull request".
  rule("writes", "deployment deployments release releases", high("release")),
  rule(words("merge"), "pr prs request requests branch branches commit commits changes", high("release")),
  // Execution: "run command", "start process", "run python code".
  rule(
    words("run start invoke launch"),
    "command commands cmd script scripts code shell bash powershell terminal python javascript program process",
    high("execution"),
  ),
  // Running a query or a report reads ("run a read-only SQL query").
  rule(words("run"), "query queries search searches report reports analysis", { tier: "read" }),
  // Keystrokes and input go to a program, not to people.
  rule(words("send"), "input inputs key keys keystroke keystrokes", { tier: "write" }),
  // Resolving an issue or a conflict closes it; resolving a name only looks it up.
  rule(words("resolve"), "issue issues ticket tickets conflict conflicts thread threads alert alerts incident incidents comment comments", {
    tier: "write",
  }),
  // Opening a pull request, issue or ticket creates it.
  rule(words("open"), "pr prs request requests issue issues ticket tickets incident incidents case account", { tier: "write" }),
];

function appliesTo(verbs: ObjectRule["verbs"], verb: string): boolean {
  if (verbs instanceof Set) return verbs.has(verb);
  const tier = VERBS.get(verb)?.tier;
  if (verbs === "any") return tier !== undefined;
  return tier === "write" || (verbs === "actions" && tier === "high-impact");
}

/** The object at `at`, a qualified key or token read as the secret it is. */
function objectWord(phrase: readonly string[], at: number): string {
  const word = phrase[at] ?? "";
  return QUALIFIED_SECRETS.has(word) && SECRET_QUALIFIERS.has(phrase[at - 1] ?? "") ? "secret" : word;
}

/** Words that end the noun phrase after a verb. */
const PHRASE_END = words(
  ", for by of from in into to on at with within between about and or then than as if when where that which who " + "while without via per",
);
/** Nouns that hold the real object rather than being it: "secret value", "python code snippet", "api key list". */
const CONTAINERS = words(
  "value values file files data content contents string text list statement statements session sessions snippet " + "snippets info details",
);

/** The head noun of the phrase that starts at `from`: its last word before a preposition, skipping containers. */
function headNoun(phrase: readonly string[], from: number, limit: number): number | undefined {
  let head: number | undefined;
  for (let i = from; i < Math.min(phrase.length, from + limit); i++) {
    const word = phrase[i] ?? "";
    if (PHRASE_END.has(word)) break;
    if (!CONTAINERS.has(word)) head = i;
  }
  return head;
}

/**
 * What the verb at `at` means given the object that follows within `limit` words, and
 * where that object is when it decided; undefined when the word is no verb.
 */
function meaningOf(phrase: readonly string[], at: number, limit: number): (Meaning & { objectAt?: number }) | undefined {
  const verb = baseOf(phrase[at] ?? "") ?? "";
  const head = headNoun(phrase, at + 1, limit);
  if (head === undefined) return VERBS.get(verb);
  const object = objectWord(phrase, head);
  const decided = OBJECT_RULES.find((r) => r.objects.has(object) && appliesTo(r.verbs, verb));
  return decided ? { ...decided.meaning, objectAt: head } : VERBS.get(verb);
}

function baseOf(word: string): string | undefined {
  return VERBS.has(word) ? word : THIRD_PERSON.get(word);
}

// ── Names and titles: `deleteRepo`, `repo.delete`, `delete_repo` ─────────────────────────

/** Printable ASCII holds no look-alike or invisible character: lowercasing is all it needs. */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;

/** The text as the model reads it, lowercased; see matchable.ts. */
function folded(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : matchable(text).text;
}

/**
 * A name's verb is its first word that is a verb ("github_create_issue", "repo.delete"),
 * plus any verb joined to it ("get_or_create_user", "search_and_replace"). A verb that is
 * also a noun and ends the name is the noun ("play_style_comment", "issue_label").
 */
function nameSignals(name: string): Signal[] {
  const phrase = nameWords(name);
  const last = phrase.length - 1;
  let at = phrase.findIndex((word, i) => VERBS.has(word) && !(i > 0 && i === last && NOUN_LIKE.has(word)));
  const signals: Signal[] = [];
  while (at >= 0) {
    const meaning = meaningOf(phrase, at, phrase.length)!;
    const object = meaning.objectAt === undefined ? "" : ` on ${quote(phrase[meaning.objectAt] ?? "")}`;
    signals.push({ ...meaning, reason: `name verb ${quote(phrase[at] ?? "")}${object}` });
    const next = at + 2;
    at = ["and", "or", "then"].includes(phrase[at + 1] ?? "") && VERBS.has(phrase[next] ?? "") ? next : -1;
  }
  return signals;
}

// ── Prose: descriptions and titles ──────────────────────────────────────────────────────

const ADVERBS = words("also then and additionally optionally first finally just simply");
/** The tool as the subject of its sentence: "It also deletes…", "This tool sends…". */
const SUBJECTS = ["this tool", "the tool", "this server", "this function", "this endpoint", "it", "this"].map((subject) =>
  subject.split(" "),
);
const MODALS = words("will can may might could would should");
const CONJUNCTIONS = words(", & / and or then");
/** Words that start an object, so the word before them is a verb: "Release the lock", "Posts a message". */
const OBJECT_STARTS = words(
  "a an the this that these those its their his her your my our one all any every each some multiple several " +
    "many new existing specific given selected it them him me us you",
);
/** "allows you to", "use this tool to", "used to": what follows is what the tool does. */
const PURPOSE_LEADS = words("allow allows allowing let lets enable enables use used using help helps");
const PURPOSE_FILLERS = words("you user users agent agents model models assistant the this it tool function me");

const isAdverb = (word: string | undefined) =>
  word !== undefined && (ADVERBS.has(word) || (word.endsWith("ly") && baseOf(word) === undefined));

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+|\n+/).filter((sentence) => sentence.trim() !== "");
}

/**
 * Whether `phrase[at]` reads as a verb here. `imperative` admits the bare form ("Delete a
 * note") besides the third person ("Deletes"); a verb that is also a common noun needs an
 * object right after it ("Release the lock", not "Release notes"), unless it is joined
 * straight to another verb ("read and update issue status").
 */
function verbAt(phrase: readonly string[], at: number, imperative: boolean, joined = false): boolean {
  const word = phrase[at] ?? "";
  const base = baseOf(word);
  if (base === undefined || (!imperative && !THIRD_PERSON.has(word))) return false;
  if (joined || !NOUN_LIKE.has(base)) return true;
  const next = phrase[at + 1] ?? "";
  return OBJECT_STARTS.has(next) || /^\d/.test(next);
}

/**
 * Where the opening clause's verb would be, after adverbs, the tool as subject and modals;
 * after a subject or a modal the bare form is a verb too ("It will delete", "Can move").
 */
function openingVerb(phrase: readonly string[]): { at: number; imperative: boolean } {
  let at = 0;
  let imperative = false;
  while (isAdverb(phrase[at])) at++;
  const subject = SUBJECTS.find((subjectWords) => subjectWords.every((word, k) => phrase[at + k] === word));
  if (subject) {
    at += subject.length;
    imperative = true;
  }
  while (isAdverb(phrase[at]) || MODALS.has(phrase[at] ?? "")) {
    if (MODALS.has(phrase[at] ?? "")) imperative = true;
    at++;
  }
  return { at, imperative };
}

/**
 * The verbs a text says the tool performs: the verb opening each sentence (in the first
 * sentence also the bare imperative, "Delete a note"; later sentences only in the third
 * person or with the tool as subject, so "Delete it afterwards with delete_note" addressed
 * to the model does not count), verbs joined to one of those ("read and update", "and then
 * deletes it"), and verbs after a purpose phrase ("allows you to send"). Negations stop
 * the opening clause ("never deletes" is not read as "deletes").
 */
function proseSignals(text: string, where: "title" | "description"): Signal[] {
  const signals: Signal[] = [];
  const said = new Set<string>(); // one reason per verb and object, however often the text repeats it
  sentences(text).forEach((sentence, index) => {
    for (const { key, meaning, shown } of (index === 0 ? openingSentenceVerbs : laterSentenceVerbs)(sentence)) {
      if (said.has(key)) continue;
      said.add(key);
      signals.push({ ...meaning, reason: `${where}: ${quote(shown)}` });
    }
  });
  return signals;
}

/** A verb a sentence says the tool performs: what it means, its verb and object, and the words shown as evidence. */
interface SaidVerb {
  key: string;
  meaning: Meaning;
  shown: string;
}

const NOTHING_SAID: readonly SaidVerb[] = [];

/**
 * The verbs of one sentence, remembered by sentence (the first of a text, where the bare
 * imperative counts, apart from the later ones): every tool's description is read, and
 * catalogs repeat their sentences across tools ("Returns a JSON object.") as a gateway
 * repeats whole servers.
 */
const openingSentenceVerbs = remembered(50_000, (sentence: string) => sentenceVerbs(sentence, true));
const laterSentenceVerbs = remembered(50_000, (sentence: string) => sentenceVerbs(sentence, false));

function sentenceVerbs(sentence: string, opening: boolean): readonly SaidVerb[] {
  let verbs: SaidVerb[] | undefined;
  // "&" and "/" join verbs as "and" does: "Read & wipe file", "Create/update a record".
  const phrase = folded(sentence).match(/[a-z0-9]+|[,&/]/g) ?? [];
  const found = new Set<number>();
  const take = (at: number, from: number) => {
    if (found.has(at)) return;
    found.add(at);
    const meaning = meaningOf(phrase, at, 5)!;
    const object = meaning.objectAt ?? at;
    const shown = phrase
      .slice(from, object + 1)
      .join(" ")
      .replaceAll(" ,", ",");
    (verbs ??= []).push({ key: `${baseOf(phrase[at] ?? "")} ${phrase[object]}`, meaning, shown });
  };

  const openingAt = openingVerb(phrase);
  if (verbAt(phrase, openingAt.at, opening || openingAt.imperative)) take(openingAt.at, 0);

  for (let at = 0; at < phrase.length; at++) {
    const word = phrase[at] ?? "";
    // "allows you to delete", "use this tool to send"
    if (word === "to" && verbAt(phrase, at + 1, true, true) && purposeLed(phrase, at)) take(at + 1, at + 1);
    // "a tool that deletes files"
    if ((word === "that" || word === "which") && verbAt(phrase, at + 1, false)) take(at + 1, at);
    if (!CONJUNCTIONS.has(word) || found.size === 0) continue;
    let next = at + 1;
    while (isAdverb(phrase[next])) next++;
    const previous = phrase[at - 1] ?? "";
    const joined = found.has(at - 1) && baseOf(previous) !== undefined;
    // "read and update issue status" (joined), "…and then deletes it" (an object follows)
    if (verbAt(phrase, next, true, joined) && (joined || OBJECT_STARTS.has(phrase[next + 1] ?? ""))) {
      take(next, joined ? at - 1 : at);
    }
  }
  return verbs ?? NOTHING_SAID;
}

/** `to` at `at` follows "allows you", "use this tool", "used": a few fillers back to a purpose lead. */
function purposeLed(phrase: readonly string[], at: number): boolean {
  for (let back = at - 1; back >= Math.max(0, at - 4); back--) {
    const word = phrase[back] ?? "";
    if (PURPOSE_LEADS.has(word)) return true;
    if (!PURPOSE_FILLERS.has(word)) return false;
  }
  return false;
}

// ── Side effects stated anywhere in a description ─────────────────────────────────────────

/**
 * What a description says happens besides what its opening verb names: "Backups older than 7
 * days are removed while listing", "the draft is sent to its recipients", "ele é instalado e o
 * dispositivo reiniciado", "결과를 기록에서 삭제합니다". A read tool that says this can do more
 * than read, whatever its name and `readOnlyHint` claim; a condition on a parameter the agent
 * sets ("if `send` is true the draft is sent") still counts — the agent can set it.
 *
 * Not read: what the result reports ("returns whether the item was deleted", "lists deleted
 * items": a past or adjectival participle), negated clauses ("nothing is deleted", "never
 * modifies", "no se elimina nada"), another tool's job ("use delete_x to remove"), and what
 * is left out of the output ("duplicates are removed from the results").
 */
interface Effect {
  /** The verb whose meaning the effect has (see VERBS). */
  verb: string;
  /** Matches no `.`, `!`, `?`, `;` or newline, as none of the patterns below does (see PIECE_END). */
  pattern: RegExp;
}

/**
 * English participles after a present or future auxiliary, by the verb they are the passive of
 * (not a bare "get" that opens a sentence: "Get merged cells" is an order to read).
 */
const PARTICIPLES: Record<string, string> = {
  deleted: "delete",
  removed: "remove",
  purged: "purge",
  erased: "erase",
  wiped: "wipe",
  emptied: "purge",
  pruned: "remove",
  delisted: "remove",
  unpublished: "remove",
  destroyed: "destroy",
  trashed: "trash",
  archived: "archive",
  sent: "send",
  emailed: "send",
  mailed: "send",
  forwarded: "send",
  posted: "post",
  published: "publish",
  deployed: "deploy",
  charged: "charge",
  billed: "charge",
  refunded: "refund",
  installed: "install",
  uninstalled: "remove",
  restarted: "restart",
  rebooted: "restart",
  upgraded: "install",
  overwritten: "overwrite",
  revoked: "revoke",
  shredded: "shred",
  expunged: "expunge",
  obliterated: "obliterate",
  transferred: "transfer",
  wired: "transfer",
  paid: "pay",
  debited: "charge",
  purchased: "purchase",
  bought: "buy",
  cancelled: "cancel",
  canceled: "cancel",
  granted: "grant",
  executed: "execute",
  approved: "approve",
  subscribed: "subscribe",
  unsubscribed: "unsubscribe",
  notified: "notify",
  messaged: "send",
  texted: "send",
  tweeted: "tweet",
  broadcast: "broadcast",
  invited: "invite",
};
const PASSIVE = new RegExp(
  String.raw`\b(?:is|are|gets|(?<!(?:^|[.!?:;\n])\s*)get|will (?:also )?(?:be|get)|(?<!to )be|being)(?: (?:also|then|automatically|immediately|permanently|silently|irreversibly|quietly))* (${Object.keys(PARTICIPLES).join("|")})\b`,
  "g",
);
/**
 * A gerund clause after the tool's own act: "Returns the balance, transferring any surplus to savings", "lists files,
 * deleting those older than a week". The act is the tool's, done with the read.
 */
const GERUND_AFTER =
  /(?:,|\band|\bthen|\bby|\bwhile|\balso)(?: (?:also|then|automatically|immediately|permanently|silently|quietly))* ([a-z]+ing)\b(?= (?:a|an|the|every|each|all|any|its|their|them|it|those|these|older|old|expired|pending|stale|unread|surplus|excess|remaining|funds|money)\b)/g;

/** The verb a gerund is made of: "transferring" → transfer, "deleting" → delete, "paying" → pay. */
function gerundBase(gerund: string): string | undefined {
  const stem = gerund.slice(0, -3);
  for (const base of [stem, `${stem}e`, stem.slice(0, -1)]) if (VERBS.has(base)) return base;
  return undefined;
}

/** Third-person verbs of action anywhere after "and"/"then"/"also"/"it": "…and accepts every pending invitation". */
const ACCEPTS =
  /\baccepts? (?:(?:every|each|all|any|the|its|their|pending|incoming|open|new) )*(?:[a-z]+ )?(?:invitations?|invites?|offers?|terms|meetings?|friend requests?|connection requests?|follow requests?|suggestions|quotes?)\b/g;
const ACTIVE_AFTER =
  /\b(?:and|then|also|it|afterwards)(?: (?:also|then|automatically|immediately|permanently|silently))* ([a-z]+(?:es|s))\b(?= (?:a|an|the|every|each|all|any|its|their|them|it|those|these|older|old|expired|pending|stale|unread)\b)/g;
/**
 * Access handed to someone, things made public, purchases and messages: "gives each of them
 * admin rights", "is made public", "goes live", "…and e-mails it to the customer". Each is
 * looked for only when one of its cues is in the text (one pass for all of them): most
 * descriptions hold none.
 */
const ENGLISH_PHRASES = (
  [
    {
      verb: "grant",
      cues: ["admin", "owner", "rights", "access", "permission", "privilege", "role", "superuser", "status"],
      pattern:
        /\b(?:gives?|hands?|grants?|assigns?|adds?|promotes?|elevates?) (?:[a-z']+ ){0,4}(?:(?:admin|administrator|owner|write|edit|full|root|elevated|superuser|sudo|manager|maintainer) (?:access|rights|permissions?|privileges?|role|status)|(?:admins?|administrators?|superusers?)\b)/g,
    },
    {
      verb: "share",
      cues: ["public", "world-readable"],
      pattern: /\b(?:made|makes?|making) (?:[a-z']+ ){0,3}(?:public|publicly (?:visible|accessible|available)|world-readable)\b/g,
    },
    { verb: "publish", cues: [" live"], pattern: /\b(?:goes|go|going) live\b/g },
    // Stored data replaced with what the caller passes ("the note is replaced with it"), not output that a placeholder replaces.
    {
      verb: "replace",
      cues: ["replaced"],
      pattern:
        /\b(?:is|are|gets|will be|be|being)(?: (?:first|then|also|immediately))? replaced (?:with|by) (?:it|this|that|them|yours?|the (?:given|provided|supplied|passed|new) |`)/g,
    },
    {
      verb: "share",
      cues: ["share"],
      pattern: /\bshares? (?:[a-z']+ ){0,4}with (?:everyone|everybody|anyone|the public|all users|every user|the whole|the entire)\b/g,
    },
    { verb: "purchase", cues: ["check"], pattern: /\bchecks? out\b/g },
    // A light verb and a noun of money moving: "issues a refund to the card on file", "initiates a transfer".
    {
      verb: "pay",
      cues: ["refund", "payment", "payout", "transfer", "withdrawal", "charge", "wire"],
      pattern:
        /\b(?:issu|mak|initiat|trigger|perform|process|submit|execut|plac|send|creat)(?:es|s|e|ing)? (?:a |an |the |any |every |each |all |one )?(?:[a-z]+ )?(?:refunds?|payments?|payouts?|transfers?|withdrawals?|charges?|wire)\b(?! (?:history|status|details|records?|list|ids?)\b)/g,
    },
    // Messaging verbs that are nouns elsewhere ("Searches e-mails"), so only after "and", "then", "also" or "it".
    {
      verb: "send",
      cues: ["mails ", "texts ", "messages ", "pages ", "pings ", "dms "],
      pattern:
        /\b(?:and|then|also|it) (?:also |then )?(?:e-?mails|texts|messages|pages|pings|dms) (?:it|them|the|a|an|every|each|all|its|their|him|her)\b/g,
    },
  ] as (Effect & { cues: readonly string[] })[]
).map((phrase) => ({ ...phrase, cued: new RegExp(phrase.cues.map(escapeRegExp).join("|")) }));
/** Any phrase's cue: one pass turns away the texts that hold none, about two in three. */
const ANY_CUE = new RegExp(ENGLISH_PHRASES.flatMap(({ cues }) => cues.map(escapeRegExp)).join("|"));
/** Effects in other languages, written as the matchable copy spells them (lowercased, marks kept on Latin letters). */
const FOREIGN_EFFECTS: Effect[] = (
  [
    {
      verb: "delete",
      pattern:
        /삭제(?:합니다|하고|하며|됩니다|되고|되며|한다|해|돼)|削除(?:します|され(?!た)|し、|して|する)|(?:会|将|并|并且|然后|并会|自动|同时|随后|之后|以后|读取后|查询后|返回后|直接|永久|彻底)删除|刪除|elimin(?:a|an|ará|arán)\b|(?<![\p{L}])(?:es|son|será|serán|fue|fueron|queda|quedan|sido|é|são|serão|foi|foram) (?:\p{L}+ )?(?:eliminad|borrad|apagad|exclu[ií]d)[oa]s?\b|(?:viene|vengono|verrà|verranno) (?:poi |anche |subito )?eliminat[oaie]\b|(?:wordt|worden)(?: \p{L}+){0,6} verwijderd\b|borr(?:a|an)\b|apag(?:a|am)\b|supprim(?:e|ent|é|ée|és|ées)\b|effac(?:e|ent|é|ée|és|ées)\b|gelöscht(?![\p{L}])|(?<![\p{L}])löscht|entfernt(?![\p{L}])|удаля(?:ет|ются|ется)|удал(?:ит|ены|ена|ено|ён)|usuwa(?:ne|ny|na|)?\b|usunię(?:te|ty|ta)|silin(?:ir|ecek)|siler\b|bị xóa|sẽ xóa|xóa (?:các|những|toàn bộ)|dihapus|menghapus|cancellat[ioae]\b|يُ?حذف|تُ?حذف|حذفها|हटा (?:दिए|दी|दिया)|मिटा (?:दिए|दी|दिया)/u,
    },
    {
      verb: "send",
      pattern:
        /전송(?:합니다|되고|됩니다|하고)|발송(?:합니다|되고|됩니다|하고)|送信(?:します|され|し、|して)|(?:会|将|并|并且|然后)发送|envi(?:a|an|ado|ada|ados|adas)\b|envoy(?:é|ée|és|ées)\b|envoie\b|versendet|verschickt|gesendet|отправля(?:ет|ются|ется)|отправ(?:ит|лен|лены|лено)|wysył(?:a|ane|any|ana)\b|gönderil(?:ir|ecek)|gönderir|được gửi|sẽ gửi|dikirim|mengirim|inviat[oaie]\b|يُ?رسل|تُ?رسل|भेज (?:दिए|दी|दिया)|भेजा जाता/u,
    },
    {
      verb: "install",
      pattern:
        /설치(?:합니다|되고|됩니다|하고)|インストール(?:します|され|し、|して)|(?:会|将|并|自动)安装|instal(?:a|am|ado|ada|ados|adas|ará)\b|install(?:é|ée|és|ées)\b|installiert|устанавлива(?:ет|ется|ются)|установ(?:ит|лен|лена|лено)|instalowan[ey]\b|instaluje|kurulur|yüklenir|được cài|dipasang|diinstal|installat[oaie]\b|يُ?ثبّ?ت|इंस्टॉल (?:कर|हो)/u,
    },
    {
      verb: "restart",
      pattern:
        /재시작(?:합니다|되고|됩니다|하고)|재부팅|再起動(?:します|され|し、|して)|(?:会|将|并|自动)重启|reinici(?:a|ado|ada|ados|adas)\b|redémarr(?:e|é|ée)\b|neu gestartet|startet neu|neu aufgesetzt|перезапуска(?:ет|ется)|перезагружа(?:ет|ется)|перезагруж(?:ен|ено)|restartowan[ey]|uruchamia ponownie|yeniden başlatılır|khởi động lại|dimulai ulang|riavviat[oaie]\b|يُعاد تشغيل|रीस्टार्ट/u,
    },
    {
      verb: "charge",
      pattern:
        /결제(?:합니다|되고|됩니다)|청구(?:합니다|되고|됩니다)|課金(?:します|され)|請求(?:します|され)|(?:会|将|并|自动)扣款|cobr(?:a|an|ado|ada)\b|débit(?:é|ée)\b|factur(?:é|ée)\b|abgebucht|belastet|списыва(?:ет|ется|ются)|obciąż(?:a|ony|ana)\b|tahsil edilir|bị trừ|ditagih|addebitat[oaie]\b/u,
    },
    {
      verb: "publish",
      pattern:
        /게시(?:합니다|되고|됩니다)|公開(?:します|され)|(?:会|将|并|自动)发布|public(?:a|ado|ada)\b|publi(?:é|ée|e)\b|veröffentlicht|публику(?:ет|ется)|opublikowan[ey]|yayınlanır|được đăng|dipublikasikan|pubblicat[oaie]\b/u,
    },
    {
      verb: "archive",
      pattern:
        /보관(?:합니다|처리)|アーカイブ(?:します|され)|(?:会|将|并|自动)归档|archiv(?:a|ado|ada|é|ée|iert)\b|архивиру(?:ет|ется)|zarchiwizowan[ey]|arşivlenir|được lưu trữ|diarsipkan|archiviat[oaie]\b/u,
    },
    {
      verb: "accept",
      pattern:
        /수락(?:합니다|하고)|承認(?:します|し、)|(?:会|将|并|自动)接受|acept(?:a|an|ado|ada)\b|accept(?:e|é|ée)\b|angenommen|akzeptiert|принима(?:ет|ются)|akceptuje|kabul edilir|chấp nhận|diterima|accettat[oaie]\b/u,
    },
  ] as Effect[]
).map(({ verb, pattern }) => ({ verb, pattern: foldedPattern(pattern) }));
/**
 * Every foreign effect in one pattern: it matches a text exactly when one of them does, and
 * most descriptions hold none, so one pass turns them away instead of one per language family.
 */
const ANY_FOREIGN_EFFECT = new RegExp(FOREIGN_EFFECTS.map(({ pattern }) => `(?:${pattern.source})`).join("|"), "u");
/** Negation in the clause before an effect. */
// Bounded by letters, not \b: folded Cyrillic mixes scripts ("не" reads "he"), and \b would find it inside "дheй".
const CLAUSE_NEGATION = foldedPattern(
  /(?<![\p{L}\p{N}_])(?:not|never|no|nothing|none|without|nor|cannot|n't|no se|nunca|nada|não|nenhum|ne|jamais|aucun|nicht|kein|keine|nie|niemals|не|никогда|ничего|hiç|asla|không|tidak|tanpa|non|mai)(?![\p{L}\p{N}_])|n't|않|없|절대|しません|しない|されません|せず|ない|不会|不|未$|无|لا|لن|नहीं/u,
);
/**
 * "without …" or "with no …" that describes the subject and is followed by more of the clause:
 * "Forks with no activity for a year are deleted" deletes; "nothing is deleted" does not.
 */
const SUBJECT_WITHOUT = foldedPattern(/\b(?:with no|without|sin|sans|ohne|senza|zonder|без|tanpa)(?: [\p{L}\p{N}-]+){1,4}(?= \p{L})/gu);
/**
 * A negated relative clause that picks out the subject: "branches that have not been updated in 90 days get pruned",
 * "users who never logged in are deleted". The negative is the subject's, not the act's.
 */
const NEGATED_RELATIVE =
  /\b(?:that|which|who)(?: (?:have|has|had|are|is|were|was|do|does|did|can|could))?(?:n't| not| never)(?: been)? [a-z]+(?: (?:in|for|since|within) (?:the last )?[\w-]+(?: [a-z]+)?)?/g;
/**
 * "Without …" said with a negative that more of the clause follows: "ゴミ箱を経由せず完全に削除されます" (deleted for good,
 * without the trash), "휴지통을 거치지 않고 영구 삭제", "不经过回收站直接删除". The negative is the detour's, not the act's.
 */
const WITHOUT_THEN = foldedPattern(/(?:せずに?|しないで|지 않고|不经过?|未经过?)(?=.)/gu);
/** What the output leaves out, and what the result reports, are not effects. */
const OUTPUT_SHAPING =
  /\bfrom (?:the |its |each |every )?(?:output|outputs|result|results|response|responses|list|listing|view|display|text|html|markdown|summary|excerpt|snippet|answer)\b|\b(?:whether|if) (?:the |it |they |this )?[a-z ]{0,30}$|\b(?:duplicates?|whitespace|comments?|tags?|markup|html|nulls?|empty (?:fields|values|lines)|blank lines|stop ?words|punctuation|diacritics|accents|ansi|escape codes?|formatting|headers?|footers?|boilerplate) (?:is|are|get|gets)\b|\b(?:temporary|temp|tmp|cache|cached|scratch|intermediate|downloaded|local) (?:[a-z]+ )?(?:files?|data|copies|copy|directory|directories|folders?|entries|results?)? ?(?:is|are|get|gets)\b|\buse (?:the )?[a-z]+[_-][a-z_-]+|여부|かどうか|是否/u;

/** A pattern written in plain script, as the matchable copy spells it (Cyrillic look-alikes, marks). */
function foldedPattern(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source.replace(/[^\x00-\x7F]+/gu, (run) => matchable(run).text),
    pattern.flags,
  );
}
/**
 * The passive or the verb is the condition itself: "if Docker is installed", "requires that it is deleted". A
 * relative clause about the subject is no condition: "events that turn up during the lookup are deleted"; "items that are
 * deleted" describes what is listed.
 */
const CONDITION =
  /\b(?:if|whether|unless|once|until|after|before|when|requires?|needs?|ensure|make sure|must|should|only)\b(?:(?!\b(?:is|are)\b).)*$|\b(?:that|which) $/u;
/** Messages reach people: a recipient or a message in the sentence. */
const PEOPLE = foldedPattern(
  /\b(?:recipients?|contacts?|subscribers?|customers?|members?|attendees?|followers?|participants?|everyone|team|channel|inbox|drafts?|e-?mails?|mails?|messages?|notifications?|invitations?|sms|texts?|newsletters?|replies|reply|tweets?|reporters?|owners?|managers?|admins?|users?)\b|destinat|client|kunde|klant|klient|клиент|müşteri|khách hàng|pelanggan|propietari|proprietári|propriétaire|eigentümer|proprietari|eigenaar|właściciel|владел|usuari|usuári|utilisateur|benutzer|nutzer|utent|gebruiker|użytkownik|пользовател|kullanıcı|người dùng|pengguna|equipo|equipe|équipe|squadra|zespół|contact|kontakt|контакт|kişi|liên hệ|kontak|ユーザー|用户|사용자|联系人|成员|客户|团队|連絡先|メンバー|顧客|연락처|구성원|고객|messaggi|mensag|courriel|bericht|ontvanger|responsabil|verantwortlich|posta|почт|ileti|e-posta|surel|email|管理者|管理员|관리자|empfänger|nachricht|получател|сообщени|письм|odbiorc|wiadomo|alıcı|mesaj|người nhận|tin nhắn|penerima|pesan|수신자|메일|메시지|受信者|メール|メッセージ|收件人|邮件|消息|correo|mensaje/u,
);
/** Money leaves someone: a card, an account, a customer, a bill or an order, in every language read. */
const PAYER = foldedPattern(
  /\b(?:card|cards|account|accounts|customer|customers|user's|wallet|balance|payment method|subscriber|funds|money|invoices?|bills?|orders?|surplus)\b|tarjeta|cuenta|cliente|saldo|cartão|conta|carte|compte|solde|karte|konto|kunde|guthaben|carta|conto|kaart|rekening|klant|karta|klient|карт|счет|счёт|клиент|баланс|kart|hesap|müşteri|bakiye|thẻ|tài khoản|khách|kartu|pelanggan|factura|fatura|facture|rechnung|fattura|factuur|faktur|hóa đơn|tagihan|pedido|commande|bestellung|ordine|bestelling|zamówien|заказ|sipariş|đơn hàng|pesanan|excedente|überschuss|eccedenza|卡|账户|帐户|客户|余额|订单|款|カード|口座|顧客|残高|請求|注文|카드|계좌|고객|잔액|주문|청구/u,
);
/** A Japanese or Korean negation after the verb: 削除されません, 삭제하지 않. */
const NEGATED_AFTER = /^.{0,6}(?:ません|ない|ず|지 ?않|지 ?마|하지)/u;

const CLAUSE_END = /[.!?;:,，。；！？、]|\b(?:but|however|except|unless|while)\b/gu;

/** The clause of `text` that ends at `at`: from the last clause end before it. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 160), at);
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let end = CLAUSE_END.exec(before); end !== null; end = CLAUSE_END.exec(before)) start = end.index + end[0].length;
  return before.slice(start);
}

/** The sentence of `text` around `at`. */
function sentenceOf(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("。", at), 0);
  const ends = [". ", "。", "; "].map((end) => text.indexOf(end, at)).filter((end) => end >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

/**
 * What a text says the tool does, remembered by text: every tool's description and every parameter's is read, and
 * catalogs repeat parameter texts ("The ID of the project") across tools, baseline and scan alike.
 */
const effectSignals = remembered(50_000, (description: string): readonly Signal[] => signalsOfEffects(description));

const NO_SIGNALS: readonly Signal[] = [];

/**
 * Where a folded text is cut into pieces that no effect is found across: no pattern below
 * matches one of these characters, and at a piece's edge each look-behind, look-ahead and
 * `\b` reads as it does beside the character (PASSIVE's "get" after a sentence end alike).
 */
const PIECE_END = /[.!?;\n]/;
/** The patterns that find effects, each without `g`: a test must not move a shared pattern's lastIndex. */
const once = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace("g", ""));
const EFFECT_FINDERS = [PASSIVE, ACCEPTS].map(once);
const PHRASE_FINDERS = ENGLISH_PHRASES.map(({ cued, pattern }) => ({ cued, pattern: once(pattern) }));

/**
 * The act of a third-person verb after "and", "then", "also" or "it". Only the acts that cannot be taken back:
 * "…and creates a demo" is the tool's own work. Sharing is left to the content rules ("it also shares the attendee
 * list with the vendor's CRM" is exfiltration, judged there; "shares the same options" is no act); granting,
 * inviting and revoking are acts.
 */
function activeAct(word: string): string | undefined {
  const verb = baseOf(word);
  return verb !== undefined && THIRD_PERSON.has(word) && VERBS.get(verb)?.tier === "high-impact" && verb !== "share" ? verb : undefined;
}

/** The act of a gerund clause after the tool's own act, as activeAct. */
function gerundAct(gerund: string): string | undefined {
  const verb = gerundBase(gerund);
  return verb !== undefined && VERBS.get(verb)?.tier === "high-impact" && verb !== "share" ? verb : undefined;
}

/** Whether a match of `pattern` (global: matchAll reads a copy) in `text` has a capture `act` takes. */
function holdsAct(text: string, pattern: RegExp, act: (word: string) => string | undefined): boolean {
  for (const match of text.matchAll(pattern)) if (act(match[1] ?? "") !== undefined) return true;
  return false;
}

/**
 * Whether any piece of a text holds what signalsOfEffects starts from (a match of one of its
 * patterns, or an effect word): without one it finds nothing. Remembered by piece: every
 * tool's description is read, and catalogs repeat their sentences across tools as a gateway
 * repeats whole servers, so a new description costs the pieces no other text had.
 */
function mayStateEffect(description: string, text: string): boolean {
  // A plain description is cut itself: its pieces, lowercased, are the folded text's, and the
  // remembered pieces keep no folded copy of every description alive (20 MB at 100,000 tools).
  for (const piece of (PLAIN.test(description) ? description : text).split(PIECE_END)) if (pieceMayStateEffect(piece)) return true;
  return false;
}

/** Of a piece that lowercases to a piece of a folded text. */
const pieceMayStateEffect = remembered(50_000, (original: string): boolean => {
  const piece = original.toLowerCase();
  return (
    EFFECT_FINDERS.some((pattern) => pattern.test(piece)) ||
    // Most verbs after "and" are no act ("…and returns the list"): only those that are count.
    holdsAct(piece, ACTIVE_AFTER, activeAct) ||
    holdsAct(piece, GERUND_AFTER, gerundAct) ||
    // A phrase's every match holds one of its cues.
    (ANY_CUE.test(piece) && PHRASE_FINDERS.some(({ cued, pattern }) => cued.test(piece) && pattern.test(piece))) ||
    mayHoldEffectWord(piece) ||
    ANY_FOREIGN_EFFECT.test(piece)
  );
});

function signalsOfEffects(description: string): readonly Signal[] {
  const text = folded(description);
  return mayStateEffect(description, text) ? effectsIn(text) : NO_SIGNALS;
}

/**
 * What the prefilter says of a description beside what the full search finds in it. It must
 * never turn away a description with an effect (no effect pattern reads across a piece end);
 * exported for the property test that holds it to that.
 */
export function prefilterBeside(description: string): { passes: boolean; effects: number } {
  const text = folded(description);
  return { passes: mayStateEffect(description, text), effects: effectsIn(text).length };
}

function effectsIn(text: string): readonly Signal[] {
  const signals: Signal[] = [];
  const said = new Set<string>();
  const found = (verb: string, at: number, shown: string) => {
    const before = clauseBefore(text, at);
    const after = text.slice(at, at + shown.length + 40);
    const clause = `${before}${after.split(/[.;!?。]/)[0] ?? ""}`;
    const meaning = VERBS.get(verb);
    const sentence = sentenceOf(text, at);
    // Duplicates removed "permanently" or "during the search" are the user's records, not the output's.
    const stored = meaning?.family === "deletion" && removesForGood(sentence);
    if (
      CLAUSE_NEGATION.test(before.replace(SUBJECT_WITHOUT, "").replace(WITHOUT_THEN, "").replace(NEGATED_RELATIVE, "")) ||
      (!stored && (OUTPUT_SHAPING.test(before) || OUTPUT_SHAPING.test(clause)))
    )
      return;
    // "if Docker is installed" is a condition; "if `send` is true the draft is sent" states one, then the effect.
    if (CONDITION.test(before)) return;
    if (NEGATED_AFTER.test(text.slice(at + shown.length, at + shown.length + 8))) return;
    if (meaning?.family === "outbound" && !PEOPLE.test(sentence)) return;
    if (meaning?.family === "money" && !PAYER.test(sentence)) return;
    if (meaning?.family === "deletion" && shapesOutput(sentence)) return;
    if (meaning === undefined || meaning.tier === "read" || said.has(verb)) return;
    said.add(verb);
    signals.push({
      ...meaning,
      reason: `description: ${quote(excerpt(`${before.trim().split(" ").slice(-3).join(" ")} ${shown}`.trim(), 60))}`,
    });
  };
  for (const match of text.matchAll(PASSIVE)) found(PARTICIPLES[match[1] ?? ""] ?? "", match.index, match[0]);
  for (const match of text.matchAll(ACTIVE_AFTER)) {
    const verb = activeAct(match[1] ?? "");
    if (verb !== undefined) found(verb, match.index + match[0].length - (match[1] ?? "").length, match[1] ?? "");
  }
  for (const match of text.matchAll(GERUND_AFTER)) {
    const verb = gerundAct(match[1] ?? "");
    if (verb !== undefined) found(verb, match.index + match[0].length - (match[1] ?? "").length, match[1] ?? "");
  }
  for (const match of text.matchAll(ACCEPTS)) found("approve", match.index, match[0]);
  if (ANY_CUE.test(text)) {
    for (const { verb, cued, pattern } of ENGLISH_PHRASES) {
      if (cued.test(text)) for (const match of text.matchAll(pattern)) found(verb, match.index, match[0]);
    }
  }
  for (const effect of foreignEffectWords(text)) found(effect.verb, effect.at, effect.shown);
  if (ANY_FOREIGN_EFFECT.test(text)) {
    for (const effect of FOREIGN_EFFECTS) {
      const match = effect.pattern.exec(text);
      if (match) found(effect.verb, match.index, match[0]);
    }
  }
  return signals;
}

/**
 * A boolean switch that makes the tool act: its name starts with an action verb and its own
 * description opens with that act on an object ("drop_if_empty: Drop the table when it has no
 * rows"). Not a switch that shapes the output ("remove_comments: Remove comments from the output").
 */
const CONDITIONAL_WORDS = words("if when after on once unless");

function switchAct(phrase: readonly string[], description: Json | undefined, on: boolean): Meaning | undefined {
  const verb = phrase[0] ?? "";
  const named = VERBS.get(verb);
  // A switch that is on unless the agent turns it off acts by default, whatever tier its verb has ("terminate_after: true"),
  // and its description may say the act when its name does not ("make_admin: Promote the user to admin").
  // A switch that is off acts only when the agent turns it on: its own verb must act, or its description must open with an
  // act that cannot be taken back ("reset_project: Delete events after reporting").
  // Or its description says it acts while the tool reads ("Stops idle containers while listing"): a side effect of the read.
  const duringRead = typeof description === "string" && saysDuringRead(description);
  if (named?.tier === "read" || (!on && !duringRead && named?.tier !== "high-impact" && !opensWithHighImpact(description)))
    return undefined;
  // A switch that acts on a condition of the data ("drop_if_empty", "delete_after_read", "…when it has no rows").
  const conditional = phrase.some((word) => CONDITIONAL_WORDS.has(word));
  // Its name alone says so when it has no description: `purge_after_read` deletes, it shapes no output.
  if (typeof description !== "string")
    return named && (on || (conditional && named.family === "deletion")) ? meaningOf(phrase, 0, phrase.length) : undefined;
  if (!on && !conditional && !duringRead && !/\b(?:if|when|once|after)\b/.test(description.toLowerCase())) return undefined;
  const text = folded(description);
  const words = text.match(/[a-z0-9]+|,/g) ?? [];
  // It opens with the verb (or, for a switch that is on, with anything but a read: "wipe: Erase all rows", "notify: E-mail the
  // owner a copy"), so nothing before it negates it.
  const opening = baseOf(words[0] ?? "");
  const acts =
    (opening !== undefined && opening === verb) ||
    (opening !== undefined && VERBS.get(opening)?.tier === "high-impact") ||
    (on &&
      (opening === undefined
        ? named !== undefined
        : VERBS.get(opening)?.tier === "high-impact" || (named !== undefined && VERBS.get(opening)?.tier !== "read")));
  if (!acts || OUTPUT_SHAPING.test(text) || (opening === undefined && CLAUSE_NEGATION.test(text.split(/[.;]/)[0] ?? ""))) return undefined;
  return opening === undefined ? meaningOf(phrase, 0, phrase.length) : meaningOf(words, 0, 5);
}

/** The description opens with a high-impact verb: "Delete events after reporting", "E-mail the owner a copy". */
function opensWithHighImpact(description: Json | undefined): boolean {
  if (typeof description !== "string") return false;
  const opening = baseOf(folded(description).match(/[a-z0-9]+/)?.[0] ?? "");
  return opening !== undefined && VERBS.get(opening)?.tier === "high-impact";
}

// ── Parameters ──────────────────────────────────────────────────────────────────────────

/** Parameters that carry something the tool runs. */
const COMMAND_PARAMETERS = words("command commands cmd script scripts shell bash powershell");
/** `code` and `sql` run only when the text says so ("Python code to execute", "INSERT or UPDATE"). */
const RUNS = /\b(execut|run|eval|interpret)/;
const RUN_AS_COMMAND = /\b(?:shell|command|commands|script|scripts|bash|powershell)\b/;
const WRITES_SQL = /\b(insert|update|delete|drop|alter|truncate|create|grant|merge)\b/;
const RECIPIENT_PARAMETERS = words("recipient recipients cc bcc");
/** An amount or a role means money or access only on a tool that writes ("convert_currency" does not). */
const MONEY_PARAMETERS = words("amount currency");
const ACCESS_PARAMETERS = words("permission permissions role roles visibility acl access");
const GIVES_ACCESS = /\b(?:assign|assigned|grant|granted|give|given|set|change|promote|elevate)\b/;
/** A parameter that picks what the tool does: its enum values are verbs ("create", "delete"). */
const ACTION_PARAMETERS = words(
  "action actions operation operations op method mode verb task accion acao azione aktion operacion operacao operazione modo modus vorgang deystvie rezhim " +
    "actie bewerking akcja operacja tryb islem aksi operasi thao_tac tac_vu",
);
/** The same named in a script without spaces, which has no name words: "操作", "モード", "동작". */
const ACTION_PARAMETER_SCRIPT = /^(?:操作|动作|模式|处理|モード|処理|動作|동작|작업|모드|처리)$/u;
/** A name without its marks, as names are spelled in FOREIGN_NAME_VERBS: "löschen" → "loschen", "acción" → "accion". */
const unmarked = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "");
/** An enum value that deletes, written in such a script: "清空", "削除", "삭제". */
const DELETING_VALUE_SCRIPT = /删除|清空|清除|销毁|削除|消去|破棄|삭제|비우기/u;
/**
 * Switches that make the tool keep what it does (`overwrite`, `saveAs`, `createIfMissing`)
 * and dry-run switches, which exist only on tools that change something. Other verbs in a
 * switch usually shape the output (`removeComments` on an HTML reader).
 */
const PERSISTING_SWITCHES = words("overwrite save create update write commit apply persist");

function parameterSignals(tool: JsonObject, writes: boolean): Signal[] {
  const signals: Signal[] = [];
  // Worked out only for the few parameters that need them: every tool of a catalog is assessed.
  let toolText: string | undefined;
  forEachProperty(tool.inputSchema, (key, schema) => {
    const phrase = nameWords(key);
    const last = phrase.at(-1) ?? "";
    const reason = () => `parameter ${quote(excerpt(key, 60))}`;
    const says = (pattern: RegExp) => pattern.test(lower(schema.description)) || pattern.test((toolText ??= lower(tool.description)));
    const push = (meaning: Meaning, why = reason()) => signals.push({ ...meaning, reason: why });

    // A command, a script or an address is text; `removeScripts: boolean` is an option.
    if (carriesText(schema)) {
      if (COMMAND_PARAMETERS.has(last)) push(high("execution"));
      else if (last === "code" && says(RUNS)) push(high("execution"));
      else if (last === "sql" && says(WRITES_SQL)) push(high("execution"));
      // Whatever its name, a text the tool runs as a command: "post_hook: a shell line executed after the read".
      else if (schema.enum === undefined && RUN_AS_COMMAND.test(lower(schema.description)) && RUNS.test(lower(schema.description)))
        push(high("execution"));
      if (RECIPIENT_PARAMETERS.has(last) || (key === "to" && addressed(schema))) push(high("outbound"));
    }
    if (writes && MONEY_PARAMETERS.has(last)) push(high("money"));
    // A role the parameter's own text says is given ("Role to assign to the user") changes access on any tool.
    if (ACCESS_PARAMETERS.has(last) && (writes || GIVES_ACCESS.test(lower(schema.description)))) push(high("access"));
    // Named by an act in another language ("transferir_para", "supprimer"); a switch is judged below by what it says.
    const foreignAct = schema.type === "boolean" ? undefined : VERBS.get(FOREIGN_NAME_VERBS.get(phrase[0] ?? "") ?? "");
    if (foreignAct && foreignAct.tier !== "read") push(foreignAct);
    // A value that changes who may do what, named as the act: "set_role", "grant_access", "update_permissions".
    const named = VERBS.has(phrase[0] ?? "") ? meaningOf(phrase, 0, phrase.length) : undefined;
    if (named?.objectAt !== undefined && named.family === "access") push(named);
    const isSwitch = schema.type === "boolean";
    if (isSwitch && (PERSISTING_SWITCHES.has(phrase[0] ?? "") || phrase.join(" ") === "dry run")) push({ tier: "write" });
    else if (isSwitch) {
      const acting = switchAct(phrase, schema.description, schema.default === true);
      if (acting) push(acting, `${reason()}: ${quote(excerpt(lower(schema.description), 60))}`);
    }
    const values = actionValues(schema);
    const actionNamed = () => {
      const plain = nameWords(unmarked(key));
      return (
        ACTION_PARAMETERS.has(last) ||
        ACTION_PARAMETERS.has(plain.at(-1) ?? "") ||
        ACTION_PARAMETERS.has(plain.join("_")) ||
        ACTION_PARAMETER_SCRIPT.test(key)
      );
    };
    if (actionNamed() || offersNoOp(values)) {
      // Every verb of a value counts: "read_and_disable" disables as well as reads; "borrar_todo", "清空" in other languages.
      for (const value of values) {
        const valueWords = nameWords(unmarked(value));
        const why = () => `${reason()} value ${quote(excerpt(value, 60))}`;
        valueWords.forEach((word, at) => {
          const foreign = VERBS.get(FOREIGN_NAME_VERBS.get(word) ?? "");
          const meaning = VERBS.has(word) ? meaningOf(valueWords, at, valueWords.length) : foreign?.tier === "read" ? undefined : foreign;
          if (meaning) push(meaning, why());
        });
        if (DELETING_VALUE_SCRIPT.test(value)) push(high("deletion"), why());
      }
    }
    // What a parameter's own description says the tool does with it: "backups older than this are removed while
    // listing", "when given, the value is replaced with this". The agent sets the parameter, so the tool can do it.
    if (typeof schema.description === "string") {
      for (const effect of effectSignals(schema.description)) push(effect, `${reason()}: ${effect.reason}`);
    }
  });
  return signals;
}

/**
 * Each property of a JSON Schema with its own key, nested ones and those of array items too,
 * in the order schemaNodes lists them (depth first, a property before the properties inside
 * it), without the path and label of every node, which only the rules need: every tool of a
 * catalog is assessed, most while its server starts.
 */
function forEachProperty(schema: Json | undefined, visit: (key: string, schema: JsonObject) => void): void {
  if (!isJsonObject(schema)) return;
  const { properties, items } = schema;
  if (isJsonObject(properties)) {
    for (const key of Object.keys(properties)) {
      const child = properties[key];
      if (!isJsonObject(child)) continue;
      visit(key, child);
      forEachProperty(child, visit);
    }
  }
  if (isJsonObject(items)) forEachProperty(items, visit);
}

function carriesText(schema: JsonObject): boolean {
  return schema.type === undefined || schema.type === "string" || schema.type === "array";
}

/** A `to` that takes an address, not the end of a range. */
function addressed(schema: JsonObject): boolean {
  return schema.format === "email" || /recipient|e-?mail|address|phone/.test(lower(schema.description));
}

/**
 * Values that do nothing: an enum that offers one beside others ("keep" or "purge", "none" or "archive") chooses what the
 * tool does to the data, whatever the parameter is called ("after_read", "duplicates", "cleanup").
 */
const NO_OP_VALUES = words("keep none skip ignore nothing off retain leave noop no_op");

function offersNoOp(values: readonly string[]): boolean {
  return values.length > 1 && values.some((value) => NO_OP_VALUES.has(value.toLowerCase()));
}

/** No values, shared: most parameters have no enum or const, and every tool of a catalog is assessed. */
const NO_VALUES: readonly string[] = [];

function actionValues(schema: JsonObject): readonly string[] {
  if (!Array.isArray(schema.enum) && schema.const === undefined) return NO_VALUES;
  const values: Json[] = Array.isArray(schema.enum) ? [...schema.enum] : [];
  if (schema.const !== undefined) values.push(schema.const);
  return values.filter((value): value is string => typeof value === "string");
}

function lower(value: Json | undefined): string {
  return typeof value === "string" ? value.toLowerCase() : "";
}

// ── Annotations ─────────────────────────────────────────────────────────────────────────

function annotationSignals(annotations: JsonObject): Signal[] {
  const signals: Signal[] = [];
  if (annotations.readOnlyHint === true) signals.push({ tier: "read", reason: "annotation readOnlyHint: true" });
  if (annotations.readOnlyHint === false) signals.push({ tier: "write", reason: "annotation readOnlyHint: false" });
  // The spec gives destructiveHint meaning only on a tool that is not read-only.
  if (annotations.destructiveHint === true && annotations.readOnlyHint !== true) {
    signals.push({ tier: "write", reason: "annotation destructiveHint: true" });
  }
  return signals;
}

// ── The tier ────────────────────────────────────────────────────────────────────────────

const PRESUMED_REASON = "no read verb and no readOnlyHint: counted as write";
const rank = (tier: CapabilityTier) => CAPABILITY_TIERS.indexOf(tier);
/** The tool's tier and the signals that set it, for the report. */
export function capabilityOf(tool: JsonObject): ToolCapability {
  return reportedCapability(assessTool(tool));
}

/** What the report shows of an assessment. */
export function reportedCapability({ name, tier, reasons }: Assessment): ToolCapability {
  return { name, tier, reasons };
}

/** The tool's tier with its reasons and families (a scan keeps each tool's in its analysis). */
export function assessTool(tool: JsonObject): Assessment {
  const name = typeof tool.name === "string" ? tool.name : "";
  const annotations = isJsonObject(tool.annotations) ? tool.annotations : {};
  const titles = new Set([tool.title, annotations.title].filter((t): t is string => typeof t === "string"));
  const spoken = [
    ...nameSignals(name),
    ...[...titles].flatMap((title) => proseSignals(title, "title")),
    ...(typeof tool.description === "string" ? proseSignals(tool.description, "description") : []),
    ...(typeof tool.description === "string" ? effectSignals(tool.description) : []),
  ];
  const hinted = annotationSignals(annotations);
  const writes = [...spoken, ...hinted].some((signal) => signal.tier !== "read");
  const signals = [...spoken, ...parameterSignals(tool, writes), ...hinted];
  if (signals.length === 0) return { name, tier: "write", reasons: [PRESUMED_REASON], families: [], presumed: true };

  const tier = signals.reduce<CapabilityTier>((top, s) => (rank(s.tier) > rank(top) ? s.tier : top), "read");
  const decisive = signals.filter((signal) => signal.tier === tier);
  const reasons = [...new Set(decisive.map((signal) => signal.reason))];
  const [strongest] = decisive;
  if (strongest && tier !== "read" && annotations.readOnlyHint === true) {
    reasons.push(`annotation readOnlyHint: true contradicts ${strongest.reason}`);
  }
  const families = [...new Set(decisive.flatMap((signal) => (signal.family ? [signal.family] : [])))];
  return { name, tier, reasons, families, presumed: false };
}

// ── Drift: a tool that can do more than before ───────────────────────────────────────────

/** A higher tier, or a high-impact tool that reaches a new family (a deleting tool that now also runs commands). */
export function canDoMore(before: Assessment, after: Assessment): boolean {
  return rank(after.tier) > rank(before.tier) || newFamilies(before, after).length > 0;
}

/** The high-impact families `after` reaches that `before` did not. */
export function newFamilies(before: Assessment, after: Assessment): ImpactFamily[] {
  return after.families.filter((family) => !before.families.includes(family));
}
