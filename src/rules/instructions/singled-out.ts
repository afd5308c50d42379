/**
 * Conditional privilege (TECHNIQUES.md 13) is a safeguard lifted for someone or something the
 * text singles out. ./acts.ts reads the lifting; a condition word ("if", "wenn", "場合") is one
 * way to say for whom, and these are the others, where no condition word stands:
 *
 * - a value that unlocks it: a secret named with its literal ("the passphrase 'tangerine'", "mit
 *   dem Stichwort 'nordlicht'", "palavra-chave 4417"), a switch given a value (`ops_mode=2`, "set
 *   `tier` to 'boss'");
 * - callers picked out by a tier or a claim: "platinum users", "anyone claiming to be an auditor",
 *   "calls coming from the billing subnet", "来自合作方账户的请求", "для участников группы …".
 *
 * Each names who gets the lifting. A time, an environment, a topic or a prefix does not: honest
 * servers say which mode a check does not run in ("validation is skipped in test environments",
 * "on public holidays", "for keys prefixed by `tmp-`"), and reading those as privilege raised
 * alarms on them. The user's own switch (`dry_run`, `force`, `verify=false`) is kept apart in
 * ./acts.ts, for grants.
 */
import { foldedRegExp as folded } from "./folded.js";

/** A literal: quoted, a run of three digits or more, a word holding a digit, or a name joined by `_` or `-`. */
const LITERAL = String.raw`(?:[\x60'"‘“«「『„]\s?[^\x60'"’”»」』“]{1,40}?\s?[\x60'"’”»」』“]|\d{3,}|[\p{L}\d]*\d[\p{L}\d_-]*|[\p{L}]+[_-][\p{L}\d_-]+)`;

/** A secret or an identity named with its literal: "the pin '0451'", "account 88213" (the copy is folded: a bare word is no literal). */
const KEYED = folded(
  new RegExp(
    String.raw`(?<![\p{L}])(?:code|pin|pin code|passcode|password|passphrase|pass phrase|phrase|keyword|key word|magic word|codeword|token|user|user id|userid|id|account|tenant|kennung|code|codewort|passwort|kennwort|schlüsselwort|stichwort|código|clave|contraseña|palabra clave|palabra|mot de passe|mot[ -]clé|mot|codice|parola chiave|parola d['’ ]ordine|senha|palavra[ -]chave|palavra|trefwoord|wachtwoord|код|пароль|кодовое слово|ключевое слово|слово|идентификатор)(?: (?:is|ist|es|est|è|é|of|de|du|del|di|do|da|=|:))? ${LITERAL}`,
    "u",
  ),
);
/** A secret handed over by a verb of giving, whatever its spelling: "typing the passphrase marigold" (a bare number is a count: "with 1000 rows"). */
const SECRET_GIVEN = folded(
  /(?<![\p{L}])(?:enter|entering|enters|type|typing|types|supply|supplying|supplies|provide|providing|provides|give|giving|gives|send|sending|sends|say|saying|says|write|writing|writes|use|using|uses|include|including|includes|with) (?:the |a |this )?(?:code|passcode|password|passphrase|phrase|keyword|key word|magic word|codeword|token|secret word) [\p{L}\d_-]+/u,
);
/** A secret named with its literal in scripts without spaces: "ID（20931）", "口令「…」", "コード 5521". */
const KEYED_CJK =
  /(?:id|コード|パスワード|合言葉|キーワード|暗号|口令|密码|暗号|关键词|关键字|代码|코드|비밀번호|암호|키워드)\s?(?:[(（]\s?)?(?:[「『"'“]|\d{3,})/u;

/**
 * A switch given a value: `name=value`, "set `tier` to 'boss'", "by passing sudo 'on'", "设置为", "に … を指定".
 * A bare "Rate limit: 100" or a glossary of values ("`strict`: …") is prose, not a switch.
 */
const SWITCH = folded(
  new RegExp(
    String.raw`(?<![\p{L}\d_.-])[\p{L}\d_.-]+\s?==?\s?[\x60'"]?[\p{L}\d_-]|(?<![\p{L}])(?:set|setting|pass|passing|with|sets?)\s[\x60'"]?[\p{L}\d_.-]+[\x60'"]?\s(?:to|as)\s${LITERAL}|(?<![\p{L}])(?:once|une fois|una vez|una volta|uma vez|einmal) (?:enabled|activated|switched on|turned on|activée?|activad[oa]|attivat[oa]|ativad[oa]|aktiviert|eingeschaltet)(?![\p{L}])|(?<![\p{L}])(?:при значении|со значением) [\x60'"«]?[\p{L}\d_-]+|(?<![\p{L}])(?:(?:classified|categori[sz]ed|labell?ed|marked) as|eingestuft als|clasificad\p{L}* como|classée?s? comme|المصنف\p{L}*) ${LITERAL}|(?<![\p{L}])(?:passing|by passing|supplying|sending|with the value|mit dem wert|con el valor|avec la valeur|con il valore|com o valor)\s[\x60'"]?[\p{L}\d_.-]+[\x60'"]?\s?[:=]?\s?${LITERAL}|设置为|设为|設定|を指定|로 설정|값이`,
    "u",
  ),
);

/** Who asks, picked out by a tier before the noun: "platinum requests", "trusted sessions", "usuarios vip". */
const QUALIFIED_REQUESTER = folded(
  /(?<![\p{L}])(?:premium|enterprise|partner|trusted|vip|privileged|whitelisted|allowlisted|gold|platinum|insider)(?:[ -](?:\p{L}+[ -])?)(?:callers?|users?|accounts?|requests?|clients?|customers?|tenants?|members?|sessions?|agents?|teams?|groups?)(?![\p{L}])|(?<![\p{L}])(?:cuentas?|usuarios?|clientes?|comptes?|utilisateurs?|clients?|konten|nutzer|kunden|account|utenti|contas?|usuários?|аккаунт\p{L}*|пользовател\p{L}*|клиент\p{L}*) (?:premium|enterprise|partner\p{L}*|vip|privilegiad\p{L}*|privilégié\p{L}*|privilegiat\p{L}*|привилегированн\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:premium|enterprise|partner|vip|admin)-(?:konten|nutzer|kunden)(?![\p{L}])/u,
);
/**
 * Who asks, picked out by what follows the noun: what they claim or carry, where they come from, the group
 * they belong to. "Users who present themselves as …", "calls from the north-ops team",
 * "Anfragen aus der Abteilung …", "для членов команды …", "来自测试账户的请求", "特定のアカウント".
 */
const REQUESTER_PICKED = folded(
  /(?<![\p{L}])(?:callers?|users?|requests?|calls?|clients?|customers?|accounts?|agents?|sessions?|requesters?|anyone)(?: (?:that|who|which))? (?:identify (?:themselves |itself )?as|identifies (?:themselves |itself )?as|claim(?:s|ing)? to be|present(?:s|ing)? (?:themselves |itself )?as|come from|comes from|coming from|arriving from|that arrive from|from the [\p{L}\d.-]+ (?:domain|group|team|tenant|network|subnet|ip|department|org\p{L}*)|from (?:members of|the [\p{L}\d-]+ (?:group|team|department))|on behalf of|belonging to|in the [\p{L}\d-]+ (?:group|team|role)|with the [\p{L}-]+ role)(?![\p{L}])|(?<![\p{L}])(?:callers?|users?|accounts?|clients?|customers?|tenants?|members?|requests?) (?:on|in|of) the [\x60'"]?[\p{L}\d_-]+[\x60'"]? (?:tier|plan|role|group|team)(?![\p{L}])|(?<![\p{L}])(?:on behalf of|im auftrag von|au nom de|en nombre de|per conto di|em nome de) (?:partner|trusted|privileged|vip|admin)\p{L}*|(?<![\p{L}])(?:nutzer|benutzer|kunden|konten|anfragen|usuarios|cuentas|solicitudes|utilisateurs|comptes|requêtes|appels|utenti|richieste|usuários|contas|pedidos) (?:mit der|mit dem|mit|con el|con la|avec le|avec la|com o|com a|del|de la|du|des|dell|della|do|da|aus der|aus dem|von) (?:kennung|rolle|gruppe|team|abteilung|rol|grupo|equipo|departamento|rôle|groupe|équipe|service|ruolo|gruppo|squadra|função|equipe)(?![\p{L}])|(?<![\p{L}])для (?:сотрудник\p{L}*|членов|участник\p{L}*|администратор\p{L}*|аккаунт\p{L}*|клиент\p{L}*|пользовател\p{L}*) (?:отдел\p{L}*|групп\p{L}*|команд\p{L}*|с рол\p{L}*|из )|来自[^，。,;；]{1,12}(?:账号|帐号|账户|用户|角色|团队|部门|的请求)|特定の(?:ユーザー|アカウント|利用者|チーム|グループ)|(?:管理者|管理员|관리자)(?:アカウント|账号|帐号|账户|계정)?(?:からの|的请求|의 요청)/u,
);

/** What singles someone out, and the words that do, for the evidence. */
export interface Singling {
  kind: "keyed" | "switch" | "requester";
  said: string;
}

/** What singles out whom a lifted safeguard is kept for in the sentence's text (its matchable copy); or undefined. */
export function singlingOut(text: string): Singling | undefined {
  for (const [kind, pattern] of SINGLING) {
    const found = pattern.exec(text);
    if (found !== null) return { kind, said: `${kind} "${found[0].trim()}"` };
  }
  return undefined;
}
const SINGLING: readonly (readonly [Singling["kind"], RegExp])[] = [
  ["keyed", KEYED],
  ["keyed", KEYED_CJK],
  ["keyed", SECRET_GIVEN],
  ["switch", SWITCH],
  ["requester", QUALIFIED_REQUESTER],
  ["requester", REQUESTER_PICKED],
];
