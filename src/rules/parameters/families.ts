/**
 * What a parameter's name says it is for. Names are read as lowercase words joined by `_`
 * (`chatHistory` → `chat_history`), so each pattern is written once for every spelling.
 */
import type { Severity } from "../../model.js";
import { nameWords } from "../../words.js";
import { folded } from "../instructions/folded.js";

export interface NameFamily {
  /** Matches the parameter name as lowercase words joined by `_`. */
  name: { test(words: string): boolean };
  reason: string;
  /** Purpose words in the tool's own text that make such a parameter expected. */
  expectedWhen: { test(purpose: string): boolean };
  /** Reported even when expected, at this severity (nothing is reported otherwise). */
  expectedSeverity?: Severity;
  /** Only a free-text parameter without a stated purpose can carry arbitrary data. */
  freeTextWithoutPurpose?: boolean;
  /** Unexplained by the tool's task, even optional: what the model itself holds (the conversation, its instructions). */
  outOfScopeSeverity?: Severity;
  /** A switch by its name: a string that names a place on disk (`root`, "project root directory") is a path, not one. */
  switchOnly?: boolean;
}

/** Lowercase words joined by `_`: `chatHistory`, `chat-history` and `CHAT_HISTORY` all read `chat_history`. */
export function joinedNameWords(name: string): string {
  return nameWords(name).join("_");
}

/** A place for the conversation: `chat_history`, `previous_messages`, `conversation_so_far`. */
const CONVERSATION_NAME =
  /^(?:(?:full|entire|whole|complete|previous|prior|past|recent|all)_)?(?:conversation|chat|dialog|dialogue|transcript|messages|history)(?:_(?:history|log|logs|context|messages|transcript|so_far|thread|contents?))?$/;
/**
 * A tool about messages or chats needs its conversation: a mail, chat or LLM tool. A message
 * or a history of something else is not one: a commit message, an error message, a price
 * history, a browser history.
 */
const CONVERSATION_PURPOSE =
  /\b(?:chats?|conversations?|(?<!\b(?:commit|error|log|status|warning|exception|verification|confirmation|validation|success|failure|exit|deprecation|debug|git|tag|merge)\s)messages?|messaging|dialog(?:ue)?s?|transcripts?|threads?|(?<!\b(?:commit|git|version|revision|price|order|purchase|transaction|edit|change|audit|deployment|build|run|job|stock|weather|browser|search|command|shell|file|location|payment|medical|employment|credit|work|release|login|activity)\s)histor(?:y|ies)|inbox|e-?mails?|mail|sms|llms?|ai|agents?|assistants?|completions?)\b/;

/**
 * The same in other languages, and transliterated (`istoriya_dialoga`, `historial_conversacion`,
 * `gespraechsverlauf`): a word for the exchange next to a word for its record, in either order.
 * Either word alone is too common in honest names (`dialog_title`, `history_days`).
 */
const EXCHANGE_PARTS =
  /^(?:conversation|conversations|chat|chats|dialog|dialogs|dialogue|dialoga|dialogo|dialogu|diyalog|konversation|gespraech|gespraechs|unterhaltung|conversacion|conversaciones|conversa|conversas|conversazione|conversazioni|rozmowa|rozmowy|rozmowe|razgovor|razgovora|perepiska|perepiski|sohbet|gesprek|gesprekken|percakapan|obrolan|hoi|thoai|duihua|kaiwa|daehwa|messages|mensajes|nachrichten|messaggi|mensagens|wiadomosci|soobshcheniya|soobshcheniy)$/;
const RECORD_PARTS =
  /^(?:history|histories|log|logs|transcript|transcripts|historial|historia|historique|istoriya|istorii|istorija|verlauf|protokoll|cronologia|storico|historico|geschiedenis|riwayat|gecmisi|gecmis|kaydi|lich|su|jilu|lishi|rireki|girok|kontekst|contexto|contexte|kontext|contesto|so_far|thread|previas|anteriores|precedents|bisherige|precedenti|anteriores|poprzednie|predydushchie)$/;
function namesTheExchange(words: string): boolean {
  return namesBoth(words, EXCHANGE_PARTS, RECORD_PARTS);
}

/**
 * A name holds a word of each kind and is no reference to the thing or measure of it: a
 * `conversation_thread_id`, `chat_log_url` or `user_email_count` names no copy of it.
 */
function namesBoth(words: string, first: PartKind, second: PartKind): boolean {
  const parts = words.split("_");
  return !REFERENCE_PARTS.test(parts.at(-1) ?? "") && holdsBoth(parts, first, second);
}

/** Words of a kind a name's parts are checked against: a set of words, or a pattern for one word. */
export type PartKind = ReadonlySet<string> | RegExp;

/** A name's `_`-separated parts hold a word of each kind, in either order: `chat_history`, `user_email`, `tool_inventory`. */
export function holdsBoth(parts: readonly string[], first: PartKind, second: PartKind): boolean {
  const holds = (kind: PartKind) => parts.some((part) => (kind instanceof RegExp ? kind.test(part) : kind.has(part)));
  return holds(first) && holds(second);
}

const REFERENCE_PARTS =
  /^(?:ids?|uuids?|identifier|ref|key|handle|url|uri|path|count|size|limit|length|type|mode|format|lines|days|date|time|name|title|number|no|index)$/;

/**
 * The same purposes in the other languages the lexicon reads: a chat, mail or messages. Not the words for the
 * conversation itself ("Gesprächsverlauf", "会話"): a tool that asks for it in its own description would explain itself.
 */
const CONVERSATION_PURPOSE_ELSEWHERE = folded(
  String.raw`(?<![\p{L}])(?:nachricht\p{L}*|mensaje\p{L}*|mensage\p{L}*|messaggi\p{L}*|courriel\p{L}*|correo\p{L}*|chat\p{L}*|сообщени\p{L}*|чат\p{L}*|mesaj\p{L}*|pesan|tin nhắn)(?![\p{L}])|チャット|メール|メッセージ|聊天|邮件|消息|채팅|메일|메시지`,
);

/**
 * A tool's name and description saying it calls a model, in the languages the engine reads (matched on the folded
 * purpose): a language model or a vendor's, a chat completion, or a model that a verb of asking or sending reaches
 * ("sends the prompt to a hosted model", "consulta un modelo", "fragt ein Modell"). A bare "model" is as often an
 * ORM's, a 3D one or a product's.
 */
export const MODEL_CALLING_TASK = folded(
  String.raw`(?<![\p{L}])(?:llms?|(?:large )?language models?|chat ?completions?|completions? (?:api|endpoint|request)s?|(?:llm |model )?inference (?:api|endpoint|server|provider|request)s?|ai models?|(?:send|sends|forward|forwards|relay|relays|ask|asks|query|queries|prompt|prompts|call|calls|invoke|invokes|chat|chats)(?: [\p{L}\p{N}-]+){0,4} (?:to|with|of) (?:an?|the|another|other|any)? ?(?:hosted |remote |target |local |external |chat |ai )?models?|openai|anthropic|claude|gpt-?[\p{N}o][\p{L}\p{N}.-]*|gemini|deepseek|mistral|llama[ -]?\p{N}[\p{L}\p{N}.]*|ollama|openrouter|modelos? (?:de lenguaje|de ia|grandes? de lenguaje)|(?:envía|envia|pregunta|consulta|llama|invoca)\p{L}*(?: \p{L}+){0,4} (?:a |al )?(?:un |otro |el )?modelo|modèles? (?:de langage|d['’ ]?ia)|(?:envoie|interroge|pose|appelle|demande)\p{L}*(?: \p{L}+){0,4} (?:à |au )?(?:un |le |l['’ ]?|autre )?modèle|sprachmodell\p{L}*|ki-modell\p{L}*|(?:sendet|fragt|stellt|ruft)(?: \p{L}+){0,4} (?:an )?(?:ein|einem|das|dem|den) (?:ki-)?modell)(?![\p{L}])|大(?:语言)?模型|语言模型|调用模型|向模型|言語モデル|モデルに(?:送|問い合わせ|質問)|モデルを呼び出`,
);

export const CONVERSATION: NameFamily = {
  name: { test: (words: string) => CONVERSATION_NAME.test(words) || namesTheExchange(words) },
  reason: "asks for the conversation",
  expectedWhen: {
    test: (purpose: string) =>
      CONVERSATION_PURPOSE.test(purpose) || CONVERSATION_PURPOSE_ELSEWHERE.test(purpose) || MODEL_CALLING_TASK.test(purpose),
  },
  outOfScopeSeverity: "high",
};

/** A place for the model's own instructions: `system_prompt`, `your_rules`, `developer_context`. */
const INSTRUCTIONS_NAME =
  /^(?:system_(?:prompt|message|instructions?)|(?:hidden|model|assistant|agent|llm|ai|initial|original|previous|prior|your)_(?:instructions?|prompt|rules|guidelines)|instructions|prompt_history|(?:system|developer)_context)$/;
/** A tool that works with prompts or models has reason to take instructions. */
export const INSTRUCTIONS_PURPOSE =
  /\b(?:llms?|language models?|prompts?|instructions?|completions?|chat|agents?|assistants?|gpt\S*|claude|openai|anthropic|gemini|generat\w*)\b/;

const INSTRUCTIONS: NameFamily = {
  name: INSTRUCTIONS_NAME,
  reason: "asks for the model's instructions",
  expectedWhen: INSTRUCTIONS_PURPOSE,
};

/** A credential passing through the model: `api_key`, `password`, `session_cookie`. */
const CREDENTIAL_NAME =
  /^(?:(?:user|my|your|all|stored|saved)_)?(?:api_?keys?|api_token|access_token|auth_token|bearer_token|session_token|refresh_token|id_token|token|secrets?|client_secret|password|passwd|passphrase|credentials?|private_key|ssh_key|cookies?|session_cookie)$|^(?:(?:\w+_)?(?:passwort|kennwort|zugangsdaten|zugangstoken|sitzungs_token|sitzungstoken|contrasena|contrasenya|clave_api|token_de_sesion|token_sesion|token_de_acceso|mot_de_passe|motdepasse|cle_api|jeton|jeton_de_session|jeton_d_acces|senha|chave_api|token_de_sessao|parola_d_ordine|chiave_api|token_di_sessione|haslo|klucz_api|parol|klyuch_api|sifre|parola|api_anahtari))$/;
/**
 * A tool that signs in, connects an account or a bot, protects data or calls a service needs a
 * credential of its own; a tool whose task is secrets (a vault, a password manager: "从密钥库读取
 * 一个密钥", "liest ein Passwort aus dem Tresor") is doing its job when it asks for one.
 */
export const CREDENTIAL_PURPOSE = folded(
  String.raw`\b(?:auth\w*|log ?in|sign ?in|credentials?|passwords?|passphrase|protect\w*|encrypt\w*|decrypt\w*|unlock\w*|apis?|services?|accounts?|tokens?|bearer|https?|requests?|endpoints?|oauth|keys?|certificates?|tls|ssl|keypairs?|connect(?:s|ing|ions?)?|integrat(?:e|es|ing|ions?)|bots?|verbind\w*|conect\w*|anmeld\w*|secrets?|vaults?)\b|接続|連携|认证|認証|ログイン|登录|连接|集成|연결|인증|로그인|(?<![\p{L}])(?:passw\p{L}*|kennw\p{L}*|schlüssel\p{L}*|geheimnis\p{L}*|zugangsdaten|tresor|contraseñ\p{L}*|claves?|credencial\p{L}*|secretos?|bóveda|mots? de passe|clés?|identifiants|coffre|chiav\p{L}*|segret\p{L}*|credenziali|senhas?|chaves?|segredos?|credenciais|парол\p{L}*|ключ\p{L}*|секрет\p{L}*|токен\p{L}*|хранилищ\p{L}*)(?![\p{L}])|密钥|密码|凭据|凭证|令牌|秘钥|口令|保险库|パスワード|シークレット|資格情報|トークン|秘密鍵|暗号鍵|비밀번호|암호|토큰|자격 증명|비밀 키`,
);

/**
 * A task that makes, changes or checks the credential itself needs it: creating a user or an
 * account, setting, resetting or changing a password, connecting to a database as someone.
 * An action word next to an account or credential word, in either order, in the languages the
 * lexicon reads (the tool's name is part of its purpose: `create_user` reads "create user").
 */
export const CREDENTIAL_TASK = folded(
  [
    String.raw`\b(?:creat\w*|add\w*|register\w*|new|sign ?up|signup|invit\w*|provision\w*|onboard\w*|reset\w*|chang\w*|set(?:s|ting)?|updat\w*|rotat\w*|modif\w*|edit\w*)\s+(?:(?:an?|the|new|a new|their|his|her)\s+)*(?:[a-z]+\s+)?(?:users?|accounts?|members?|logins?|profiles?|employees?|customers?|admins?|administrators?|passwords?|passphrases?|pins?)\b`,
    String.raw`\b(?:users?|accounts?|members?|passwords?|passphrases?)\s+(?:creat\w*|registration|sign ?up|signup|reset|change|update|rotation|management|provisioning)\b`,
    String.raw`\b(?:databases?|db|postgres\w*|mysql|mariadb|mongo\w*|redis|sql ?server|ldap|smtp|ftp|sftp|ssh)\b`,
    String.raw`\b(?:crea\w*|añad\w*|agrega\w*|registra\w*|restablec\w*|cambia\w*|cri[ae]\w*|adiciona\w*|redefin\w*|altera\w*|aggiung\w*|reimposta\w*|modifica\w*)\s+(?:(?:un|una|uno|um|uma|el|la|lo|il|o|a|nuevo|nueva|novo|nova|nuovo|nuova)\s+)*(?:usuari\w*|utent\w*|cuentas?|contas?|account|contraseñas?|senhas?|password|clave)\b`,
    String.raw`\b(?:créer|crée|crées|ajoute\w*|inscri\w*|réinitialise\w*|change\w*|modifie\w*)\s+(?:(?:un|une|le|la|les|nouvel|nouveau|nouvelle)\s+)*(?:utilisateur\w*|comptes?|mots? de passe|membres?)\b`,
    String.raw`\b(?:benutzer\w*|nutzer\w*|konto\w*|kennwort\w*|passwort\w*)\s*(?:anleg\w*|erstell\w*|registrier\w*|zurücksetz\w*|änder\w*|setz\w*)|\b(?:anleg\w*|erstell\w*|registrier\w*|ändert?|setzt?)\s+(?:(?:einen|ein|eine|den|das|die|neuen|neues|neue)\s+)*(?:benutzer\w*|nutzer\w*|konto|kennwort|passwort)\b`,
    "(?:创建|新建|添加|注册|重置|修改|更改|设置)(?:新)?(?:用户|账户|账号|帐户|帐号|密码)|(?:ユーザー|アカウント|パスワード)(?:を)?(?:作成|登録|追加|リセット|変更|設定)|(?:사용자|계정|비밀번호)(?:를|을)?\\s?(?:생성|등록|추가|재설정|변경|설정)",
    `(?:созда|добав|сброс|измен)\\S*\\s+(?:нов\\S*\\s+)?(?:пользовател|аккаунт|учётн|учетн|парол)`,
  ].join("|"),
  "u",
);

/**
 * Every key the model can find at once: `api_keys`, `all_secrets`, `secret_keys`. A tool that calls one service names
 * its one key (`user_secrets` alone stays a plain credential); only a tool whose task is keeping secrets (a vault, a keychain) takes them all. `credentials` (one
 * service's login) and `tokens` (a count of a model's tokens) are not such a bag.
 */
const CREDENTIAL_BAG_NAME =
  /^(?:(?:all|user|users|my|your|stored|saved|every|available)_)?(?:api_keys|apikeys|passwords|access_tokens|auth_tokens|keys_and_tokens|secret_keys|private_keys)$|^all_(?:\w+_)?(?:keys|secrets|tokens|credentials|passwords)$|^(?:(?:tutte|todas|toutes|alle|wszystkie)_(?:le_|las_|les_|as_)?)?(?:chiavi_api|claves_api|cles_api|chaves_api|api_schluessel|api_sleutels|klucze_api|klyuchi_api)$/;
const SECRET_KEEPING_PURPOSE = folded(
  String.raw`\b(?:secrets?|vaults?|keychains?|keyrings?|credentials?|passwords?|password managers?|api keys|tokens|rotat\w*|env(?:ironment)? var\w*|dotenv|\.env|config\w*|settings|providers?)\b|(?<![\p{L}])(?:passw\p{L}*|kennw\p{L}*|geheimnis\p{L}*|zugangsdaten|tresor|contraseñ\p{L}*|credencial\p{L}*|secretos?|bóveda|mots? de passe|identifiants|coffre|segret\p{L}*|credenziali|senhas?|segredos?|credenciais|парол\p{L}*|секрет\p{L}*|хранилищ\p{L}*)(?![\p{L}])|密钥|密码|凭据|保险库|パスワード|シークレット|資格情報|비밀번호|자격 증명`,
);

const CREDENTIAL_BAG: NameFamily = {
  name: CREDENTIAL_BAG_NAME,
  reason: "asks for every credential at once",
  expectedWhen: SECRET_KEEPING_PURPOSE,
  expectedSeverity: "low",
  outOfScopeSeverity: "high",
};

const CREDENTIAL: NameFamily = {
  name: CREDENTIAL_NAME,
  reason: "takes a credential",
  expectedWhen: { test: (purpose: string) => CREDENTIAL_PURPOSE.test(purpose) || CREDENTIAL_TASK.test(purpose) },
  expectedSeverity: "low",
};

/**
 * The whole environment the model runs in: `env_vars`, `environment_variables`, `dotenv`. Every
 * key and token of the machine at once; a tool that needs one credential names that one, so
 * only a tool about environments, shells or deployments has use for it.
 */
const ENVIRONMENT_NAME =
  /^(?:(?:all|your|my|user|system|shell|process|local|current|host)_)?(?:env_vars|envvars|env_variables|environment_variables|environment_vars|dotenv|process_env|env_dump|env_contents)$|^(?:(?:alle|todas|toutes|tutte|wszystkie)_(?:las_|les_|le_)?)?(?:umgebungsvariablen|variables_de_entorno|variables_entorno|variables_d_environnement|variables_environnement|variabili_d_ambiente|variabili_ambiente|variaveis_de_ambiente|variaveis_ambiente|omgevingsvariabelen|zmienne_srodowiskowe|peremennye_okruzheniya)$/;
const ENVIRONMENT_PURPOSE =
  /\b(?:environment variables?|env vars?|dotenv|\.env|shells?|(?:running|child|os|system) process(?:es)?|deploy\w*|containers?|docker|kubernetes|pods?|ci|pipelines?|workflows?|builds?|runtime|configur(?:e|es|ed|ing|ation|ations)|secrets? manager|vault)\b/;

/** The same purposes in the other languages read: deploying, containers, environments and their variables. */
// Whole words or compounds: "Umgebung" alone is also the surroundings ("Restaurants in der Umgebung"),
// "entorno" and "ambiente" everyday settings, and "desplegable" a drop-down.
const ENVIRONMENT_PURPOSE_ELSEWHERE = folded(
  String.raw`(?<![\p{L}])(?:bereitstell\p{L}*|desplieg\p{L}*|desplegar|despliega\p{L}*|déploi\p{L}*|déploy\p{L}*|implanta\p{L}*|rilasci\p{L}*|implementeer\p{L}*|wdroż\p{L}*|развер\p{L}*|contenedor\p{L}*|conteneur\p{L}*|umgebungsvariable\p{L}*|laufzeitumgebung\p{L}*|variables? de entorno|entorno de (?:ejecución|despliegue|producción)|variables? d['’ ]?environnement|environnement d['’ ]?exécution|variabil\p{L}* d['’ ]?ambiente|variáve\p{L}* de ambiente|omgevingsvariabele\p{L}*|zmienn\p{L}* środowisk\p{L}*|переменн\p{L}* окружени\p{L}*)(?![\p{L}])|部署|容器|环境变量|デプロイ|コンテナ|環境変数|배포|컨테이너|환경 변수`,
);
/**
 * A tool that creates or configures something that runs (a service, an app, a function) writes
 * its settings into it: `envVars` there are values given to the new thing, not a read of the
 * host's. An action of making or setting up next to a thing that runs, in the lexicon's languages.
 */
const RUNNABLE_SET_UP = folded(
  [
    String.raw`\b(?:creat\w*|new|updat\w*|configur\w*|set ?up|setting up|launch\w*|provision\w*|spin\w* up|add\w*|edit\w*|modif\w*)\s+(?:(?:an?|the|new|a new|your)\s+)*(?:services?|apps?|applications?|functions?|lambdas?|instances?|servers?|sites?|websites?|projects?|jobs?|workers?|containers?|environments?)\b`,
    String.raw`\b(?:crea\w*|configura\w*|actualiza\w*|cri[ae]\w*|aggiorna\w*|créer|crée|configure\w*|erstell\w*|konfigurier\w*|anleg\w*)\s+(?:(?:un|una|uno|um|uma|el|la|il|lo|o|a|le|les|einen|ein|eine|den|das|die|nuevo|nueva|novo|nova|nuovo|nuova|nouveau|nouvelle|neuen|neue|neues)\s+)*(?:servicio\w*|serviço\w*|servizi?o?|services?|dienst\w*|app\w*|aplicaci\w*|aplicaç\w*|applicazion\w*|anwendung\w*|funci\w*|funzion\w*|fonction\w*|funktion\w*)\b`,
    `(?:созда|настро)\\S*\\s+(?:нов\\S*\\s+)?(?:сервис|приложени|функци)`,
    "(?:创建|新建|配置|部署)(?:新的?)?(?:服务|应用|函数|实例)|(?:サービス|アプリ|関数|インスタンス)(?:を)?(?:作成|設定|構成)|(?:서비스|앱|애플리케이션|함수|인스턴스)(?:를|을)?\\s?(?:생성|구성|설정)",
  ].join("|"),
  "u",
);

export const ENVIRONMENT: NameFamily = {
  name: ENVIRONMENT_NAME,
  reason: "asks for the environment's variables, with every secret in them",
  expectedWhen: {
    test: (purpose: string) =>
      ENVIRONMENT_PURPOSE.test(purpose) || ENVIRONMENT_PURPOSE_ELSEWHERE.test(purpose) || RUNNABLE_SET_UP.test(purpose),
  },
  outOfScopeSeverity: "high",
};

/**
 * The user's private records on their device or accounts: contacts, address book, call log,
 * browsing or location history, photos, clipboard. A tool whose task is not about them has no
 * use for them.
 */
const PRIVATE_RECORDS_NAME =
  /^(?:(?:user|users|my|your|all|full|device|phone)_)?(?:contacts|contact_list|contacts_list|address_book|addressbook|phonebook|phone_book|call_log|call_logs|call_history|sms_history|text_messages|browsing_history|browser_history|web_history|location_history|locations_history|photo_library|photos|camera_roll|clipboard|clipboard_contents|keychain|saved_passwords|browser_cookies|home_dir|home_directory|home_folder|home_dir_listing|home_directory_listing|home_folder_listing|home_directory_contents)$/;
const PRIVATE_RECORDS_PURPOSE =
  /\b(?:contacts?|address ?book|phone ?book|people|persons?|crm|leads?|friends?|invit\w*|calls?|sms|text messages?|browser|browsing|history|locations?|gps|maps?|photos?|pictures?|images?|camera|gallery|clipboard|copy|paste|keychain|passwords?|backup\w*|sync\w*|export\w*|import\w*|migrat\w*)\b/;

/**
 * A task about places (sunrise at a location, a route, a map) has use for where the person is, not for who they
 * are or reach: the place words of a purpose excuse a location and its history only.
 */
const PLACE_PURPOSE = folded(
  String.raw`\b(?:locat\w*|geo\w*|maps?|nearby|routes?|directions?|places?|gps|coordinates?|latitude|longitude|lat|lon|lng)\b|(?<![\p{L}])(?:ubicaci\p{L}*|standort\p{L}*|posizion\p{L}*|localiza\p{L}*)(?![\p{L}])`,
  "gu",
);
/** The purpose without its place words: what it says the person's other details are for. */
const apartFromPlaces = (purpose: string) => purpose.replace(PLACE_PURPOSE, " ");

const LOCATION_RECORDS_NAME = /^(?:(?:user|users|my|your|all|full|device|phone)_)?(?:location_history|locations_history)$/;

const LOCATION_RECORDS: NameFamily = {
  name: LOCATION_RECORDS_NAME,
  reason: "asks for the user's private records",
  expectedWhen: PRIVATE_RECORDS_PURPOSE,
  outOfScopeSeverity: "high",
};

const PRIVATE_RECORDS: NameFamily = {
  name: PRIVATE_RECORDS_NAME,
  reason: "asks for the user's private records",
  expectedWhen: { test: (purpose: string) => PRIVATE_RECORDS_PURPOSE.test(apartFromPlaces(purpose)) },
  outOfScopeSeverity: "high",
};

/**
 * The person's own details: `user_email`, `customer_phone`, `home_address`, `gps_location`, `correo_usuario`. A word
 * for the person next to a word for a detail that reaches them or places them, in either order; a few details name
 * the person alone (`home_address`, `current_location`). A username or an id names an account, not the person.
 */
const PERSON_PARTS = new Set(
  "user users customer customers caller requester my your usuario usuaria utilisateur utilisatrice benutzer nutzer kunde kunden utente cliente kullanici pengguna polzovatel".split(
    " ",
  ),
);
/** Details that place the person: where they live or are. */
const PLACE_PARTS = new Set(
  "address home location geolocation coordinates gps adresse direccion indirizzo endereco ubicacion localizacao posizione standort wohnort".split(
    " ",
  ),
);
/** Details that reach or identify the person. */
const REACH_PARTS = new Set(
  "email emails mail phone mobile telephone cell birthday birthdate dob ssn passport correo courriel telefono telefone telefon geburtsdatum naissance nacimiento".split(
    " ",
  ),
);
const PERSON_PLACED_ALONE =
  /^(?:home_address|home_location|current_location|precise_location|exact_location|device_location|gps_location|gps_coordinates|geolocation)$/;
const PERSON_NAMED_ALONE = /^(?:date_of_birth|birth_date|social_security_number)$/;
function placesThePerson(words: string): boolean {
  return PERSON_PLACED_ALONE.test(words) || namesBoth(words, PERSON_PARTS, PLACE_PARTS);
}
function reachesThePerson(words: string): boolean {
  return PERSON_NAMED_ALONE.test(words) || (namesBoth(words, PERSON_PARTS, REACH_PARTS) && !placesThePerson(words));
}
/** A task about people, accounts, messages, orders or places has use for a person's details. */
const PERSON_PURPOSE = folded(
  String.raw`\b(?:users?|accounts?|customers?|contacts?|profiles?|members?|people|persons?|employees?|patients?|e-?mails?|mail\w*|messag\w*|notif\w*|sends?|sms|invit\w*|sign ?up|regist\w*|subscri\w*|newsletters?|log ?in|auth\w*|book\w*|reserv\w*|orders?|ship\w*|deliver\w*|invoic\w*|billing|payments?|checkout|crm|leads?|tickets?|support|forms?|surveys?|appointments?|calendars?|meetings?|events?|locat\w*|geo\w*|maps?|nearby|routes?|directions?|places?|addresses|phones?|calls?|identity|kyc|verif\w*)\b|(?<![\p{L}])(?:usuari\p{L}*|utilisat\p{L}*|benutzer\p{L}*|nutzer\p{L}*|kund\p{L}*|client\p{L}*|contact\p{L}*|kontakt\p{L}*|correo\p{L}*|courriel\p{L}*|envi\p{L}*|envoi\p{L}*|reserv\p{L}*|pedido\p{L}*|commande\p{L}*|bestell\p{L}*|cuenta\p{L}*|compte\p{L}*|konto\p{L}*|ubicaci\p{L}*|standort\p{L}*|adress\p{L}*|direcci\p{L}*)(?![\p{L}])|用户|账户|邮件|联系人|ユーザー|アカウント|メール|사용자|계정|메일`,
);

const PERSONAL_PLACE: NameFamily = {
  name: { test: placesThePerson },
  reason: "asks for the person's own details",
  expectedWhen: PERSON_PURPOSE,
};

const PERSONAL_DETAILS: NameFamily = {
  name: { test: reachesThePerson },
  reason: "asks for the person's own details",
  expectedWhen: { test: (purpose: string) => PERSON_PURPOSE.test(apartFromPlaces(purpose)) },
};

/** An outbound destination: `callback_url`, `webhook`, `report_endpoint`, `send_copy_to`. */
const DESTINATION_NAME =
  /^(?:callback|webhook|hook|postback|notify|notification|forward|report|upload|exfil\w*|beacon|telemetry|analytics|log|logging|mirror)_?(?:url|uri|endpoint|address|target|to|host|server)$|^(?:callback|webhook|forward_to|cc_to|send_copy_to)$|^[a-z0-9]+_(?:callback|webhook|postback|hook)(?:_?(?:url|uri|endpoint|address))?$|^(?:(?:url|uri|adresse|direccion|endereco|indirizzo)_(?:de_|di_|do_|da_|du_)?)?(?:rueckruf|rappel|retrollamada|richiamata)(?:_(?:url|uri|adresse|direccion|endereco|indirizzo))?$/;
/** A tool that notifies, delivers or uploads has an honest destination. */
const DESTINATION_PURPOSE =
  /\b(?:webhooks?|callbacks?|notif\w*|subscri\w*|async\w*|events?|deliver\w*|upload\w*|report\w*|forward\w*|logs?|logging)\b/;

export const DESTINATION: NameFamily = {
  name: DESTINATION_NAME,
  reason: "takes an outbound address",
  expectedWhen: DESTINATION_PURPOSE,
};

/** Free text with a name that says nothing about what goes in it: `sidenote`, `extra`, `debug_info`. */
const FREE_TEXT_NAME =
  /^(?:side_?notes?|notes?|context|additional_context|extra|extras|extra_info|additional_info|additional_notes|metadata|meta|debug|debug_info|misc|other|aux|hidden|internal|scratch|scratchpad|memo)$/;
/** A note-taking or annotating tool is what free text is for. */
const FREE_TEXT_PURPOSE = /\b(?:notes?|memos?|annotat\w*|metadata)\b/;

const FREE_TEXT: NameFamily = {
  name: FREE_TEXT_NAME,
  reason: "takes free text with no stated purpose",
  expectedWhen: FREE_TEXT_PURPOSE,
  freeTextWithoutPurpose: true,
};

/** A switch that grants privileges or turns off checks: `sudo`, `admin_mode`, `skip_validation`. */
const PRIVILEGE_SWITCH =
  /^(?:(?:allow|enable|use|with|as|run_as|grant)_)?(?:admin|administrator|sudo|root|superuser|elevated|privileged|god_mode|bypass(?:_\w+)?|unsafe(?:_\w+)?|dangerous(?:_\w+)?|skip_(?:auth\w*|checks?|validation|verification|permissions?|security|confirmation|approval|safety)|no_verify|disable_(?:safety|security|checks?|sandbox|validation|auth\w*|guardrails?))(?:_(?:mode|access|flag|enabled|rights|privileges))?$/;
/** A tool that manages permissions has honest use for a privilege switch. */
const PRIVILEGE_PURPOSE = /\b(?:admin\w*|sudo|root|superuser|privilege\w*|permissions?|elevat\w*)\b/;

const PRIVILEGE: NameFamily = {
  name: PRIVILEGE_SWITCH,
  reason: "switches on elevated privileges",
  expectedWhen: PRIVILEGE_PURPOSE,
  switchOnly: true,
};

export const NAME_FAMILIES: readonly NameFamily[] = [
  CONVERSATION,
  INSTRUCTIONS,
  ENVIRONMENT,
  CREDENTIAL_BAG,
  CREDENTIAL,
  LOCATION_RECORDS,
  PRIVATE_RECORDS,
  PERSONAL_PLACE,
  PERSONAL_DETAILS,
  DESTINATION,
  FREE_TEXT,
  PRIVILEGE,
];

/** A switch that turns writing on: `write_mode`, `allowWrite`, `read_write`. */
const WRITE_SWITCH =
  /^(?:(?:allow|enable|with|use)_)?(?:write|writes|writable|write_mode|write_access|read_write|rw|modify|mutate|mutations?|write_back|writeback)(?:_(?:mode|access|enabled|ops|operations))?$/;

/** A write or privilege switch, by its joined name words. */
export function isSwitch(words: string): boolean {
  return WRITE_SWITCH.test(words) || PRIVILEGE_SWITCH.test(words);
}

/**
 * Words of a place on disk in a parameter's own text, in the languages the lexicon reads: what
 * makes a string named `root` or `admin` a path ("the project's root directory", "carpeta raíz").
 */
export const PLACE_ON_DISK = folded(
  String.raw`(?<!\p{L})(?:paths?|director(?:y|ies)|dirs?|folders?|files?|filesystem|workspace|repo(?:sitory)?|locations?|\p{L}*(?:pfad|verzeichnis|ordner)\p{L}*|rutas?|directorios?|carpetas?|chemins?|répertoires?|dossiers?|percors[oi]|cartell[ae]|caminhos?|diretórios?|pastas?|map(?:pe)?n?|katalog\p{L}*|(?:каталог|папк|пут|директори)\p{L}*)(?!\p{L})|目录|文件夹|路径|ディレクトリ|フォルダ|パス|디렉(?:토|터)리|폴더|경로`,
  "u",
);

/** The sender of a message, whose preset email address is not where data goes. */
export const SENDER = /^(?:from|sender|from_(?:email|address)|sender_(?:email|address))$/;

/** Words of a name too generic to say what the parameter is about. */
export const FILLER = new Set([
  "url",
  "uri",
  "key",
  "keys",
  "mode",
  "info",
  "data",
  "full",
  "all",
  "with",
  "user",
  "your",
  "my",
  "to",
  "id",
  "text",
  "value",
  "flag",
  "enabled",
  "access",
  "address",
  "target",
  "additional",
  "extra",
  "previous",
  "prior",
  "past",
  "recent",
  "entire",
  "whole",
  "complete",
  // small words of a name of several (`model_name_and_version`): they say nothing of its subject
  "and",
  "the",
  "for",
  "from",
  "of",
  "or",
  "in",
  "on",
  "by",
  "as",
  "at",
  "per",
  "via",
  "its",
  "new",
  "set",
  "get",
  "use",
  // The same small words in other languages, and a name's own word for a name (`nom_du_modele`): a tool that finds a shop
  // "by its name" shares no subject with the model's name.
  ...["del", "des", "les", "con", "der", "die", "das", "den", "dem", "und", "name", "names", "nom", "nombre", "nome", "naam"],
]);
