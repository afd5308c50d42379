/**
 * Word classes for the concepts a catalog text can name or ask for, in several languages.
 * A class is a concept (hiding something, moving data, a private file, the model itself…),
 * never a sentence: the detectors in ./acts.ts combine classes by structure, so a new
 * wording of an old attack still fires when its words fall in the same classes.
 *
 * Entries are words or short phrases (tokens separated by spaces); `*` ends a stem
 * ("exfiltrat*"). Entries in scripts written without spaces (Chinese, Japanese, Thai) are found
 * anywhere inside a run of those characters. English verbs are written in their base form
 * and inflected here, so "send" also finds "sends", "sending" and "sended" (harmless).
 */

export type Concept =
  /** "do not", "never", "avoid": the sentence tells the reader not to do something */
  | "neg"
  /** must, always, make sure, you need to: an obligation put on the reader */
  | "modal"
  /** you, the assistant, the model: the agent itself addressed or named */
  | "agent"
  /** the person the agent works for */
  | "user"
  /** telling, mentioning, informing */
  | "tell"
  /** hiding, keeping secret, withholding */
  | "hide"
  /** doing something unseen: silently, secretly, covertly */
  | "stealth"
  /** knowing, seeing, noticing */
  | "know"
  /** worrying or alarming someone */
  | "alarm"
  /** lying, pretending, misleading */
  | "deceive"
  /** the thing kept back: this, it, the change, anything */
  | "object"
  /** what the agent says back to the person: its answer, reply, summary, confirmation */
  | "reply"
  /** narrowing to one thing: only, solely, limit yourself to, nothing but */
  | "only"
  /** moving data somewhere: send, upload, forward */
  | "move"
  /** taking data in: read, collect, include, attach */
  | "take"
  /** secrets and private files */
  | "secret"
  /** the agent's own session: the conversation, the system prompt, the context */
  | "session"
  /** the model's identity or surroundings: its name, its instructions, the tools it has */
  | "self"
  /** a place data goes that the user did not choose */
  | "destination"
  /** a parameter or field that carries data */
  | "slot"
  /** a transfer on the side: also, backup, audit trail, telemetry */
  | "side"
  /** claimed authority: policy, compliance, regulation, system notice */
  | "authority"
  /** other tools in general */
  | "others"
  /** ordering: before, first, every time */
  | "order"
  /** calling a tool */
  | "call"
  /** a tool called out of service */
  | "deprecated"
  /** go elsewhere instead */
  | "instead"
  /** the same arguments, handed on */
  | "sameArgs"
  /** superlatives and endorsements */
  | "superlative"
  /** choosing among tools */
  | "prefer"
  /** running other tools down */
  | "disparage"
  /** whatever the user says */
  | "regardless"
  /** swapping one value for another */
  | "substitute"
  /** what a user chose: their input, the requested value */
  | "userInput"
  /** the values tampering aims at: recipient, account, amount */
  | "target"
  /** a requirement stated, not ordered: "トークンが必要です" (read whole, so its 要 is not an order) */
  | "need"
  /** raising an amount */
  | "raise"
  /** a dearer class of the same thing: first class, a suite, a premium tier */
  | "premium"
  /** adding something on the side: add, include, append, bcc */
  | "add"
  /** dropping one's instructions */
  | "ignore"
  /** the instructions dropped */
  | "rules"
  /** which instructions: the previous ones, the system's */
  | "prior"
  /** a new role or mode for the agent */
  | "role"
  /** turning a safeguard off */
  | "bypass"
  /** the safeguard */
  | "guard"
  /** a condition */
  | "condition"
  /** a privilege handed out: a request deemed approved, a caller trusted, access to everything granted */
  | "grant"
  /** repeating a call */
  | "repeat"
  /** a universal: every, each, all, always */
  | "every"
  /** buying */
  | "purchase"
  /** an image or a link to render */
  | "image"
  /** a shell, a command line, a terminal */
  | "shell"
  /** running a command */
  | "run"
  /** a text about attacks, not one: detects, scans for, blocks */
  | "describe"
  /** actions other tools perform, which a tool can reach into */
  | "activity"
  /** changing things: what a read-only tool gains when it learns to write */
  | "write";

/** Regular English inflections of a base verb (over-generating is harmless: no text holds "sendded"). */
function inflect(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const forms = [base, `${base}s`, `${stem}ing`, `${stem}ed`];
  if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(`${base}es`);
  // Doubled final consonant: drop → dropping, dropped.
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(base)) forms.push(`${base}${base.at(-1)}ing`, `${base}${base.at(-1)}ed`);
  return forms;
}

/** English base verbs: the sentence-initial forms that make a sentence an order to the agent. */
export const ENGLISH_BASE_VERBS = new Set<string>();

/** English verbs of several words in their base form ("keep quiet", "bring up"): imperatives too, where a clause starts. */
export const ENGLISH_BASE_PHRASES = new Set<string>();

/** English verbs, inflected; their base forms are recorded as imperatives. */
function en(...bases: string[]): string[] {
  return bases.flatMap((base) => {
    (base.includes(" ") ? ENGLISH_BASE_PHRASES : ENGLISH_BASE_VERBS).add(base);
    const [first, ...rest] = base.split(" ");
    return inflect(first!).map((form) => [form, ...rest].join(" "));
  });
}

/**
 * Greek letters whose capital the matchable copy folds to another Latin look-alike than the small letter (Μ is "m",
 * μ stays; Ν is "n", ν is "v"): a Greek entry starting with one is also written capitalised, as a sentence starts.
 */
const GREEK_CAPITAL_FOLDS_APART = /^[μνηυζ]/u;

const words = (list: string): string[] =>
  list
    .split("|")
    .map((entry) => entry.trim())
    .flatMap((entry) => (GREEK_CAPITAL_FOLDS_APART.test(entry) ? [entry, entry[0]!.toUpperCase() + entry.slice(1)] : [entry]));

/** Romanian words, also as older keyboards spell them: s and t with a cedilla ("ş", "ţ") for the comma below ("ș", "ț"). */
const romanian = (list: string): string[] =>
  words(list).flatMap((entry) => {
    const cedilla = entry.replace(/ș/g, "ş").replace(/ț/g, "ţ");
    return cedilla === entry ? [entry] : [entry, cedilla];
  });

/**
 * Imperatives of other languages whose form is no third person or noun as well (Spanish "envíe",
 * not "envía"; Italian "aggiunga", not "invia"): a clause that starts with one is an order.
 */
export const IMPERATIVES = new Set<string>([
  ...words(
    "envíe|envie|mande|reenvíe|reenvie|remita|transmita|suba|comparta|transfiera|incluya|añada|agregue|adjunte|pegue|lea|abra|obtenga|recopile|extraiga|escriba|guarde|llame|invoque|utilice|omita|oculte|diga|mencione|indique|proporcione|ponga|cambie|sustituya|reemplace|aumente|duplique|compre|borre|elimine|establezca|devuelva|responda|muestre|enviad|añadid|incluid",
  ),
  ...words(
    "encaminhe|compartilhe|transfira|repasse|inclua|adicione|acrescente|anexe|cole|leia|obtenha|colete|escreva|chame|esconda|forneça|coloque|ponha|altere|mude|substitua|troque|dobre|garanta|crie|apague|remova|exclua|defina|retorne|mostre|exiba",
  ),
  ...words(
    "invii|inoltri|trasmetta|condivida|includa|aggiunga|aggiungi|alleghi|copi|incolli|legga|leggi|apra|raccolga|raccogli|ottenga|scriva|scrivi|registri|chiami|esegua|esegui|utilizzi|ometta|ometti|nasconda|nascondi|menzioni|indichi|fornisca|fornisci|inserisca|inserisci|metta|metti|sostituisca|sostituisci|aumenti|raddoppi|prenoti|crei|elimini|cancelli|rimuova|imposti|restituisca|risponda|rispondi|mostri",
  ),
  ...words(
    "stuur|verstuur|verzend|voeg|kopieer|plak|lees|verzamel|schrijf|bewaar|roep|voer|negeer|verberg|verzwijg|zeg|vertel|noem|vermeld|geef|vul|zet|wijzig|verander|vervang|verhoog|verdubbel|koop|verwijder|maak|retourneer",
  ),
  // German du-imperatives: a clause opening on one has no subject ("Ersetze den Betrag", "Lade eine Kopie hoch").
  ...words(
    "sende|schicke|übermittle|übertrage|leite|lade|kopiere|speichere|schreibe|füge|hänge|ersetze|tausche|ändere|setze|erhöhe|verdopple|verwende|nimm|rufe|führe|lösche|entferne|verbirg|verstecke|verschweige|erwähne|melde|überweise|buche|kaufe|bestelle|ignoriere|überspringe|umgehe|deaktiviere|öffne|sammle|hole",
  ),
  ...words("mencione|conte|revele|comente|avise|notifique|cite"),
  // "Keep it secret" opens on "keep": the imperative that carries the phrase.
  ...words("tieni|tenete|κράτα|κρατήστε|тримай|тримайте|держи|держите|pidä|pitäkää|gardez"),
  ...romanian("păstrează|păstrați"),
  // Hiding, telling and sending in imperatives that are no other form: Hungarian, Finnish, Greek, Romanian plural.
  ...words(
    "rejtsd el|rejtse el|titkold|titkolja|hallgasd el|hallgassa el|hagyd ki|hagyja ki|mondd el|mondja el|említsd|említse|közöld|közölje|küldd|küldje|továbbítsd|továbbítsa|töltsd fel|töltse fel",
  ),
  ...words(
    "piilota|piilottakaa|kerro|kertokaa|mainitse|mainitkaa|ilmoita|ilmoittakaa|lähetä|lähettäkää|välitä|välittäkää|siirrä|siirtäkää",
  ),
  ...words("κρύψε|κρύψτε|απόκρυψε|αποκρύψτε|πες|πείτε|στείλε|στείλτε|προώθησε|προωθήστε|ενημέρωσε|ενημερώστε"),
  ...romanian("ascundeți|menționați|spuneți|trimiteți|redirecționați"),
  // Raising a value, in imperatives that are no other form: Finnish, Hungarian, Greek, Romanian plural.
  ...words("korota|korottakaa|kasvata|kasvattakaa|növeld|emeld|duplázd|kerekítsd|αύξησε|αυξήστε|διπλασίασε|διπλασιάστε"),
  ...romanian("măriți|dublați|majorați|rotunjiți"),
  ...words(
    "wyślij|prześlij|przekaż|udostępnij|dołącz|dodaj|dopisz|załącz|skopiuj|wklej|przeczytaj|odczytaj|otwórz|pobierz|zbierz|zapisz|wpisz|wywołaj|uruchom|wykonaj|użyj|zignoruj|pomiń|ukryj|powiedz|wspomnij|poinformuj|podaj|wstaw|ustaw|umieść|zmień|zastąp|zamień|zwiększ|kup|zarezerwuj|usuń|utwórz|zwróć|pokaż",
  ),
  ...words(
    "pošli|přepošli|sdílej|nahraj|přidej|připoj|zkopíruj|vlož|přečti|otevři|získej|zapiš|ulož|zavolej|spusť|použij|ignoruj|přeskoč|skryj|řekni|zmiň|uveď|zadej|nastav|změň|nahraď|zvyš|kup|smaž|odstraň|vytvoř|vrať|zobraz|ukaž|pošlete|přidejte|uveďte|zadejte|použijte|zavolejte",
  ),
  ...words(
    "kirim|kirimkan|teruskan|unggah|bagikan|tambahkan|sertakan|lampirkan|sisipkan|baca|ambil|kumpulkan|salin|panggil|gunakan|jalankan|lewati|abaikan|lompati|nonaktifkan|matikan|sembunyikan|rahasiakan|sebutkan|katakan|beritahu|ganti|ubah|beli|hapus|tampilkan",
  ),
  ...words(
    "أرسل|ارسل|مرر|حوّل|انقل|أضف|اضف|أدرج|ارفق|أرفق|اقرأ|اجمع|انسخ|استخدم|استدع|أخف|اخف|أخبر|اذكر|أبلغ|استبدل|اشتر|שלח|העבר|שתף|העלה|הוסף|צרף|קרא|אסוף|העתק|הפעל|השתמש|הסתר|הצג|החלף|דלג|התעלם|بفرست|بفرستید|بخوان|بخوانید",
  ),
]);

export const LEXICON: Record<Concept, readonly string[]> = {
  write: [
    // Inflected by hand, not with en(): these verbs begin honest descriptions ("Create a file"), not orders.
    ...["update", "write", "delete", "remove", "create", "modify", "edit", "overwrite", "drop", "execute", "publish", "purge"].flatMap(
      inflect,
    ),
    ...words(
      "aktualisier*|schreib*|lösch*|erstell*|änder*|bearbeit*|actualiz*|escrib*|elimin*|borr*|crea|crear|creará|modific*|mets à jour|met à jour|écri*|supprim*|modifi*",
    ),
    ...words("entfern*|rimuovi|rimuovere|remova|remover|удали|удалить|убери|verwijder*|usuń|usuwaj|제거|삭제|retire|retirez|quita|quitar"),
    ...words("更新|写入|删除|创建|修改|编辑|更新し|削除|作成|書き込"),
    // Deleting, updating, writing and creating in the languages whose lists above had none or one form: Portuguese, Dutch, Polish, Czech, Russian, Ukrainian, Swedish, Finnish, Hungarian, Greek, Turkish, Arabic, Hebrew, Persian, Hindi, Bengali, Korean, Vietnamese, Indonesian, Thai.
    ...words(
      "aggiorn*|sovrascriv*|exclui|excluir|apaga|apagar|atualiza|atualizar|atualize|grava|gravar|sobrescreve|werkt bij|bijwerken|wijzigt|overschrijft|schrijft|maakt aan|usuwa|usunąć|aktualizuje|zaktualizuj|zapisuje|nadpisuje|tworzy|modyfikuje|edytuje|smaže|smazat|odstraní|odstranit|aktualizovat|zapíše|zapisuje|přepíše|vytvoří|upraví|удаля*|обновля*|обновит*|записыва*|перезаписыва*|создаёт|создает|изменя*|редактиру*|видаля*|видали*|оновлю*|оновит*|записує|перезаписує|створює|змінює|редагу*|raderar|radera|tar bort|uppdaterar|uppdatera|skriver över|skapar|poistaa|päivittää|päivitä|kirjoittaa|muokkaa|törli|töröl*|frissít*|módosít*|létrehoz*|felülír*|διαγράφει|διάγραψε|διαγράψτε|δημιουργεί|τροποποιεί|siler|silin|silinir|günceller|güncelle*|oluşturur|değiştirir|يحذف|حذف|يعدل|تعديل|تحديث|ينشئ|מוחק|מוחקת|מעדכן|מעדכנת|עדכן|ویرایش|به روز رسانی|بهروزرسانی|بازنویسی|हटाता|हटाएं|मिटाता|अपडेट करता|संपादित|মুছে ফেলে|মুছে ফেলুন|আপডেট করে|সম্পাদনা|수정|갱신|덮어쓰|xóa|xoá|cập nhật|chỉnh sửa|ghi đè|menghapus|memperbarui|perbarui|menulis|menimpa|mengedit|ลบข้อมูล|ลบไฟล์|แก้ไข|เขียนทับ|อัปเดต",
    ),
    // Romanian.
    ...romanian("șterge|scrie|suprascrie|creează|editează"),
  ],
  neg: [
    // "Without" where the engine reads it as ./acts.ts's WITHOUT: Arabic, Hebrew, Hindi.
    ...words("بدون|دون|ללא|בלי|מבלי|बिना"),
    ...words(
      "não|nunca|jamais|sem|evite|non|mai|senza|evita|niet|nooit|zonder|vermijd|nie|nigdy|bez|unikaj|не|никогда|без|нельзя|ни в коем случае|하지 마|하지마|말고|없이|절대|마세요|않도록",
    ),
    ...words("not|ないで|ずに"),
    ...words("do not|don t|dont|never|must not|mustn t|should not|shouldn t|avoid|refrain from|under no circumstances|without|no need to"),
    // The passive order: "the copy is not to be mentioned".
    ...words("is not to|are not to|is never to|are never to"),
    ...words("nicht|nie|niemals|keinesfalls|auf keinen fall|ohne|kein|keine|nichts"),
    ...words("no|nunca|jamás|sin|evita|evite|nada"),
    ...words("ne|n|jamais|sans|évite|évitez|rien|aucun|aucune|inutile de|pas besoin de|nul besoin de"),
    // Indonesian and Malay "jangan" (do not); Japanese "なしで" (without), after what is left out.
    ...words("jangan|tanpa|なしで|なしに"),
    ...words("不要|别|勿|切勿|不得|禁止|不可|不能|千万不要|无需|不必|不用|避免|绝不|不许|しないで|せずに|ないでください"),
    ...words("tidak|đừng|không|không được|لا|لن|אל ת*|मत|नहीं"),
    ...words("न"),
    // "不应替代" (should not replace): what may not happen, read as a negation like "must not".
    ...words("不应|不应该|不应当|不该|不宜"),
    // "No need to", impersonal, in every language: an order not to, with no one named.
    ...words("there is no need to|there s no need to|no need for|needn t|need not|not necessary to|no reason to"),
    ...words("there is no reason to|there s no reason to|not something to|not something you need to|not something you should"),
    ...words("n a pas à|n ont pas à|não precisa ser|não precisam ser|no tiene por qué|no tienen por qué|muss nicht|müssen nicht"),
    ...words("non deve essere|non devono essere|hoeft niet te worden|hoeven niet te worden"),
    ...words(
      "no es necesario|no hace falta|no hay necesidad de|no hay que|pas la peine de|il n est pas nécessaire de|nicht nötig|nicht notwendig|nicht erforderlich|keine notwendigkeit",
    ),
    ...words(
      "non c è bisogno di|non serve|non è necessario|non va|non vanno|não é preciso|não precisa|não é necessário|não há necessidade de|niet nodig|hoeft niet|hoef niet",
    ),
    ...words(
      "nie trzeba|nie ma potrzeby|není třeba|není nutné|netřeba|не нужно|не надо|не стоит|не следует|незачем|нет необходимости|не потрібно|не треба|не варто|не слід|немає потреби",
    ),
    ...words(
      "ないこと|ないように|ないよう|没必要|不需要|无须|必要はない|必要はありません|필요 없|필요가 없|không cần|tidak perlu|tak perlu|gerek yok|gerekmez|لا داعي|لا حاجة|אין צורך|לא צריך|ज़रूरत नहीं|जरूरत नहीं|لازم نیست|نیازی نیست|نباید",
    ),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "inte|aldrig|utan|undvik|ej|inget|ingen|inga|älä|älkää|ei|eikä|koskaan|ilman|vältä|ei saa|ei tarvitse|nem|soha|sose|nélkül|kerüld|kerülje|semmit|μην|μη|ποτέ|χωρίς|αποφύγετε|δεν|καθόλου|কখনো|কখনও|ছাড়া|বিনা|না",
    ),
    ...romanian("nu|niciodată|fără|evită|evitați|nimic"),
    // Thai.
    ...words("อย่า|ห้าม|ไม่ต้อง|โดยไม่"),
  ],
  modal: [
    // Turkish necessity in the passive ("eklenmelidir": must be added), Hindi "is required".
    ...words(
      "eklenmelidir|eklenmeli|gönderilmelidir|gönderilmeli|girilmelidir|yazılmalıdır|iletilmelidir|kaydedilmelidir|verilmelidir|belirtilmelidir|ज़रूरी है|जरूरी है|अनिवार्य है",
    ),
    ...words(
      "obrigatoriamente|obbligatoriamente|devono|dobbiamo|обязан*|следует|moet worden|verplicht|koniecznie|zawsze|でください|してください|必要があります|하여야|해주세요",
    ),
    ...words("義務|必須"),
    ...words(
      "deve|devem|sempre|certifique se|tem de|tem que|por favor|deve|devi|dovete|sempre|assicurati|per favore|è obbligatorio|moet|moeten|altijd|zorg ervoor|alstublieft|graag|musisz|należy|zawsze|upewnij się|proszę|trzeba|должен|должна|должны|всегда|обязательно|нужно|необходимо|пожалуйста|убедись|반드시|항상|꼭|해야|하십시오|하세요|주세요",
    ),
    ...words(
      "gib|sag|sage|nenne|verschweige|verberge|sende|schicke|lies|hole|nutze|verwende|ignoriere|vergiss|trage|leite|rufe|antworte|setze|hänge|füge|du musst|muss|sollst|要|都要|应|都应|须|てください|なさい|hace falta",
    ),
    ...words(
      "must|always|make sure|be sure|ensure|remember to|need to|needs to|have to|has to|shall|should|is required to|are required to",
    ),
    ...words("it is mandatory|you are required|it is essential|it is critical|please|without exception|at all times|required step"),
    // An obligation stated of the thing rather than ordered to anyone: "files are expected to be backed up to…".
    ...words(
      "is expected to|are expected to|is to be|are to be|is supposed to|are supposed to|is meant to|are meant to|ha de|han de|habrá de|habrán de",
    ),
    ...words(
      "muss|musst|müssen|immer|stets|sollst|solltest|sollte|stelle sicher|stellen sie sicher|bitte|unbedingt|jedes mal|verpflichtend",
    ),
    ...words("debes|debe|deberás|deberá|siempre|asegúrate|asegurate|asegúrese|tienes que|tiene que|hay que|es obligatorio|por favor"),
    ...words("dois|doit|devez|devras|toujours|assure toi|assurez vous|il faut|obligatoirement|veuillez|s il vous plaît|s il te plaît"),
    ...words("必须|务必|一定要|总是|始终|永远|请|需要|应该|应当|一律|每次都|必ず|常に|してください|なければならない"),
    ...words(
      "hãy|vui lòng|bắt buộc|phải|tolong|mohon|silakan|harap|wajib|harus|selalu|pastikan|lütfen|mutlaka|her zaman|zorunludur|gerekir|gerekmektedir|kesinlikle",
    ),
    ...words(
      "يجب|يرجى|رجاء|من فضلك|دائما|لا بد|تأكد|احرص|لطفا|باید|حتما|همیشه|کنید|نکنید|נא|בבקשה|חובה|תמיד|יש ל*|הקפד|ודא|וודא|עליך|कृपया|अवश्य|हमेशा|चाहिए|세요|십시오",
    ),
    ...words("الزامی|zorunlu|diwajibkan"),
    ...words("soll|sollen|sollt"),
    // Persian "keep" in the polite imperative, as "کنید" above: "مخفی نگه دارید" (keep hidden).
    ...words("نگه دارید|نگه دار"),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "måste|se till att|skall|bör|vänligen|täytyy|on pakko|varmista|varmistakaa|muista|muistakaa|on välttämätöntä|kell|kötelező|győződj meg|győződjön meg|kérlek|kérjük|feltétlenül|muszáj|πρέπει|οπωσδήποτε|βεβαιώσου|βεβαιωθείτε|παρακαλώ|υποχρεωτικά|অবশ্যই|দয়া করে|নিশ্চিত করুন|করতে হবে",
    ),
    ...romanian("trebuie|asigură te|asigurați vă|vă rugăm|te rog|obligatoriu|neapărat"),
    // Czech, which had none; Swedish "ska".
    ...words("musí|musíte|musíš|je nutné|je třeba|je potřeba|povinně|nezapomeňte|ujistěte se|ska"),
    // "Obliged", in Ukrainian.
    ...words("зобов язаний|зобов язана|зобов язані"),
    // Obligation in Ukrainian, which had only "obliged", and Italian, Portuguese, Finnish and Thai forms the lists above lack (not Thai "ต้อง" alone: it is inside "ถูกต้อง", correct).
    ...words(
      "повинен|повинна|повинні|необхідно|потрібно|обов язково|è necessario|é obrigatório|é necessário|pitää|on pakko|จำเป็นต้อง|คุณต้อง",
    ),
  ],
  agent: [
    ...words("deiner|deinem|deines"),
    ...words(
      "você|voce|assistente|modelo|tu|voi|assistente|modello|jij|assistent|ty|asystent|model|ты|вы|ассистент|модель|ии|агент|당신|너|어시스턴트|모델|에이전트",
    ),
    ...words("you|your|yourself|assistant|ai|a i|model|llm|agent|claude|gpt|chatgpt|copilot|language model|the bot|chatbot"),
    ...words("du|dich|dein|deine|deinen|ki|assistent|assistenten|modell|sprachmodell"),
    ...words("tú|usted|asistente|ia|modelo|agente"),
    ...words("tu|vous|toi|votre|ton|ta|tes|vos|assistant|modèle|agent"),
    ...words("你|您|助手|模型|智能体|大模型|人工智能|アシスタント|モデル|エージェント"),
    ...words("kamu|anda|asisten|agen|trợ lý|bạn|mô hình|asistan|yapay zeka|المساعد|النموذج|أنت|העוזר|אתה|המודל|सहायक|آپ|دستیار"),
    // The assistant in Ukrainian, Hungarian, Finnish, Greek, Czech and Romanian, which had none.
    ...words(
      "асистент|асистента|асистенту|асистенти|асистентів|asszisztens|asszisztenst|asszisztensnek|avustaja|avustajan|avustajaa|βοηθός|asistent|asistenta|asistentul",
    ),
  ],
  user: [
    ...words(
      "caller|callers|traveller|travellers|traveler|travelers|passenger|passengers|reisende*|fahrgast|viajero|viajera|pasajero|voyageur|voyageuse|passager|viaggiatore|passeggero|viajante|passageiro|пассажир*|путешественник*|승객|여행자|乗客|旅客|乘客",
    ),
    ...words(
      "usuário*|utilizador*|cliente|utente|utenti|gebruiker*|klant|użytkownik*|użytkownika|klient*|пользовател*|клиент*|человек*|사용자|유저|고객",
    ),
    ...words("user|users|human|humans|operator|operators|customer|customers|person|requester|owner|end user|the person|people"),
    ...words("benutzer*|nutzer*|anwender*|mensch|menschen|kunde|kunden"),
    ...words("usuario*|usuaria*|persona|cliente|clientes|humano"),
    ...words("utilisateur*|utilisatrice*|humain|personne|client|clients"),
    ...words("用户|使用者|人类|客户|用戶|ユーザー|ユーザ|利用者"),
    ...words("người dùng|khách hàng|người sử dụng|pemakai|kullanıcı*|müşteri*|المستخدمين|המשתמש|למשתמש|משתמש|הלקוח|उपयोगकर्ता|ग्राहक|کاربر"),
    ...words("pengguna|pelanggan|المستخدم|للمستخدم|العميل"),
    ...words("uživatel*|zákazník*|користувач*|клієнт*"),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "användare*|användaren|kunden|kunder|kunderna|kundens|käyttäjä*|asiakas|asiakkaan|asiakkaat|asiakkaalle|felhasználó*|ügyfél|ügyfél*|ügyfelet|ügyfélnek|χρήστη|χρήστης|χρήστες|χρηστών|πελάτη|πελάτης|πελάτες|ব্যবহারকারী*|গ্রাহক*",
    ),
    ...romanian("utilizator*|clientul|clientului|clienții|clienților"),
    // Thai.
    ...words("ผู้ใช้|ลูกค้า"),
    // The user and the customer in forms the lists above lack: Swedish definite plurals, Persian, Hindi loanword, Japanese honorific.
    ...words("användarna|användarens|användarnas|مشتری|مشتریان|यूज़र|यूजर|お客様|お客さま|顧客"),
  ],
  tell: [
    ...words(
      "diga|dizer|mencione|mencionar|informe|informar|revele|revelar|conte|contar|dire|dica|menzionare|menziona|informare|informa|rivelare|rivela|vertel|vertellen|meld|melden|noem|vermeld*|zeg|zeggen|informeer|mów|mówić|wspominaj|wspomnieć|informuj|informować|powiedz|ujawniaj|говори|говорить|сообщай|сообщать|упоминай|упоминать|рассказывай|раскрывай|уведомляй|сказать|말하|알리|언급|공개|보고",
    ),
    ...words("bring|spell out|point out|touch on|bring it up|触れ|言及|erwähn*|mencionar|mentionner|提起"),
    ...en("tell", "mention", "inform", "notify", "reveal", "disclose", "alert", "explain", "say", "acknowledge", "bring up"),
    ...words("told|said|let them know|let him know|let her know|let anyone know|make aware|bring to attention"),
    ...words(
      "sag|sage|sagen|sagst|erwähne*|erwähnen|mitteilen|teile mit|teilen sie mit|informier*|verrate*|benachrichtig*|erzähl*|hinweisen",
    ),
    ...words(
      "digas|diga|digan|decir|decirle|mencion*|informe*|informar*|informes|notifiqu*|notificar*|revel*|comuniqu*|comunicar*|cuentes|contar*|avises|avisar*",
    ),
    ...words(
      "dis|dites|dire|mentionn*|informez|informer|signal*|révèl*|révél*|préviens|prévenez|prévenir|avertir|avertis|avertissez|parle|parlez",
    ),
    ...words("告诉|告知|通知|提及|提到|透露|说明|提醒|报告|披露|说出|讲|伝え|知らせ|言わ|教え|報告"),
    ...words(
      "dile|dígale|díganle|sebutkan|menyebutkan|beri tahu|beritahu|memberi tahu|katakan|ceritakan|informasikan|omawiaj|omawiać|rozmawiaj",
    ),
    ...words(
      "thông báo|cho biết|đề cập|söyle*|bildir*|bahset*|تخبر|أخبر|اذكر|تذكر|تعرض|أبلغ|תספר|ספר ל*|תציג|הצג|बताएं|जानकारी|सूचित|بگو|اطلاع",
    ),
    ...words("omów"),
    // Telling, in full: English nominal and phrasal forms; German, Romance, Dutch inflections; Czech and Ukrainian, which had none.
    ...en("surface", "divulge", "warn", "announce", "let on", "admit", "call out", "make mention"),
    ...words("any reference to|any mention of|make reference to"),
    ...words(
      "mitgeteilt|berichte|berichten|berichtet|melde|gemeldet|offenbare|offenbaren|preisgeben|preiszugeben|unterrichte|unterrichten",
    ),
    ...words(
      "avise|avisen|avisarle|cuéntale|cuéntele|contarle|comente|comentes|comentar|comentarle|señale|señales|señalar|advierta|advertir|divulgue|divulgar|hacer saber|haga saber|hagas saber|dar a conocer",
    ),
    ...words(
      "évoque|évoquez|évoquer|évoqué*|raconte|racontez|raconter|divulgu*|notifie|notifiez|notifier|informe|informes|informé*|fais savoir|faites savoir|faire savoir|prévien*",
    ),
    ...words(
      "menzion*|dirlo|dirgli|dica|dite|riferisci|riferire|riferirlo|riferite|riferisca|comunic*|segnal*|avvisa|avvisare|avvisarlo|avvisate|avverti*|notifica|notificare|notificarlo|accenn*|rivel*|parla|parlare|parlarne|far sapere|fate sapere|fargli sapere",
    ),
    ...words("digam|diz|avise|avisem|avisar|notifique|notificar|relatar|relatem|fale|falar|comente|comentar|alerte|alertar"),
    // Participles, for the passive orders "não precisa ser comentada", "no tiene por qué ser mencionado".
    ...words("comentad*|mencionad*|informad*|relatad*|citad*|revelad*|notificad*|avisad*|dicho|dicha|contado|contada|dito|dita"),
    ...words(
      "verteld|gemeld|genoemd|gezegd|laat weten|laten weten|waarschuw*|onthul*|verklap*|breng ter sprake|informeren|geïnformeerd|mededelen|meedelen|deel mee",
    ),
    ...words(
      "wspomin*|wspomnij|powiadom|powiadomić|powiadamiaj|powiadamiać|informow*|poinformuj|ujawni*|zdradz*|zdradź|mówi*|powiedzieć|mówcie|zgłoś|zgłaszaj",
    ),
    ...words(
      "říkej|řekni|říct|říci|říkat|zmiňuj|zmiň|zmínit|zmiňovat|zmíněn*|uváděj|uveď|uvádět|uvést|informuj|informovat|oznam*|sděl*|prozraď|prozrazuj|prozradit|upozorni|upozorňuj|upozornit",
    ),
    ...words(
      "упомина*|упомян*|сообщи|сообщите|сообщить|сообщайте|сообщая|рассказ*|расскаж*|раскрыва*|раскро*|уведоми|уведомите|уведомлять|уведомляйте|уведомить|извещ*|скаж*|предупрежд*|предупреди*|оповещ*|информир*",
    ),
    ...words(
      "кажи|казати|скажи|сказати|говорити|повідом|повідомте|повідомляй|повідомляйте|повідомити|повідомляти|згаду*|згадай|згадайте|згадати|розповід*|розкаж*|розкрива*|розкри*|інформу*|попереджа*|попереди*",
    ),
    ...words(
      "声张|张扬|说起|谈及|转告|汇报|知会|吭声|話さ|明かさ|漏らさ|口外|連絡し|通知し|알려|말해|전하|전해|통보|고지|밝히|밝혀|얘기하|이야기하|알릴|말할|전할|밝힐|보고할|얘기할",
    ),
    ...words(
      "nói|nhắc|nhắc đến|nhắc tới|tiết lộ|kể|báo cho|memberitahu|memberitahukan|beritahukan|sebut|menyebut|bilang|mengatakan|menceritakan|ungkapkan|mengungkapkan|laporkan|melaporkan|kabari|mengabari|menginformasikan|singgung|menyinggung|disebutkan|diberitahu",
    ),
    ...words(
      "anlat*|belirt*|haber ver*|söz et*|ifşa et*|duyur*|تبلغ|ابلغ|إبلاغ|أعلم|إعلام|تشر|أشر|الإشارة|تكشف|اكشف|تفصح|أفصح|تقل|قل|ذكر|إخبار|تنبه|نبه|تعلن|أعلن|تصرح|صرح",
    ),
    ...words("תגיד|תאמר|תזכיר|הזכר|להזכיר|לספר|לומר|להגיד|תדווח|לדווח|דווח|תודיע|להודיע|הודע|תחשוף|לחשוף|תיידע|ליידע|תציין|לציין|ציין"),
    ...words(
      "बताइए|बताएँ|बताओ|बताना|बताने|बताया|कहें|कहिए|कहना|ज़िक्र|जिक्र|उल्लेख|सूचना|ख़ुलासा|खुलासा|بگویید|بگوید|گفتن|اشاره|ذکر|مطلع|آگاه|فاش|افشا|اعلام",
    ),
    // Telling in Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "berätta|berättar|berätta inte|nämn|nämna|nämner|informera|informerar|meddela|meddelar|säg|säga|avslöja|avslöjar|underrätta|underrättar|kerro|kertoa|kertokaa|kertoko|mainitse|mainita|mainitkaa|mainitko|ilmoita|ilmoittakaa|ilmoittaa|paljasta|paljastakaa|sano|sanokaa|tiedota|tiedottakaa|mondd|mondja|mondd el|mondja el|említsd|említse|említ*|tájékoztasd|tájékoztassa|tájékoztat*|értesítsd|értesítse|értesít*|szólj|szóljon|közöld|közölje|fedd fel|fedje fel|jelezd|jelezze|πες|πείτε|αναφέρεις|αναφέρετε|ανέφερε|ενημέρωσε|ενημερώστε|ενημερώνεις|ενημερώνετε|ενημερώσεις|ενημερώσετε|πεις|αποκαλύψεις|αποκαλύψτε|γνωστοποιήστε|ειδοποίησε|ειδοποιήστε|বলুন|বলো|জানান|জানাও|উল্লেখ করুন|উল্লেখ করো|অবহিত করুন",
    ),
    ...romanian(
      "spune|spuneți|menționa|menționează|menționați|informa|informează|informați|anunța|anunță|anunțați|dezvălui|dezvăluiți|comunica|comunicați|notifica|notificați",
    ),
    // Thai.
    ...words("บอก|แจ้งให้|กล่าวถึง|เปิดเผย"),
    // Hungarian "list, show" in a report.
    ...words("tüntesd fel|tüntesse fel|feltüntet*"),
    // Raising a topic, in German forms the lists above lack.
    ...words("thematisiert|thematisieren|angesprochen|anzusprechen"),
  ],
  hide: [
    ...words(
      "esconda|esconder|oculte|ocultar|omita|omitir|nascondi|nascondere|ometti|omettere|taci|verberg|verbergen|verzwijg*|geheim|ukryj|ukrywaj|ukryć|pomiń|zataj*|скрой|скрывай|скрыть|утаи*|умолчи|умалчивай|숨기|숨겨|비밀",
    ),
    ...words(
      "leave out|out of your answer|out of the answer|out of your reply|out of your response|ausgeblendet|ausblend*|blende aus|weglassen|deja fuera|laisse de côté|省去|略し",
    ),
    ...en("hide", "conceal", "withhold", "suppress", "cover up", "keep quiet", "keep secret", "keep private"),
    ...words("hidden|keep it to yourself|keep this to yourself|between us|invisible|off the record|under wraps|unmentioned|undisclosed"),
    ...words("verberg*|versteck*|verschweig*|verheimlich*|geheim|geheimhalten|auslassen|lass weg"),
    ...words("ocult*|escond*|calla|callar|guarda silencio|en secreto|omite|omitir|omitas"),
    // French "cache" with what it hides: alone it is the English noun ("cache configurations").
    ...words(
      "cache le|cache la|cache les|cache ça|cache cela|cache ceci|cache lui|cache leur|cache tout|cachez|cacher|dissimul*|tais|taire|taisez|omets|omettez|omettre|garde le secret|gardez le secret",
    ),
    ...words("隐瞒|隐藏|保密|瞒着|不要声张|秘密|隠し|隠す|秘密に|内緒"),
    ...words("giấu|che giấu|sembunyikan|rahasiakan|gizle*|أخف|اخف|إخفاء|הסתר|छिपाएँ|پنهان"),
    // Withholding in full: states of being kept unaware, silence as a noun, and negations fused to the verb (Czech ne-, Turkish -me, Persian na-).
    ...en("hush up", "sweep under the rug", "sweep under the carpet"),
    ...words("unsaid|unreported|unaware|in the dark|none the wiser|out of the loop|oblivious"),
    ...words(
      "geheimzuhalten|geheim halten|geheim zu halten|unerwähnt|im unklaren|im dunkeln|kein wort|kein sterbenswort|für dich behalten|für sich behalten|zurückhalten|vorenthalten|vorenthält|vorzuenthalten|unterschlag*|vertusch*|totschweig*|ahnungslos|mit keinem wort",
    ),
    ...words("encubr*|disimul*|ni una palabra|a oscuras|guárdatelo|guárdeselo|guárdalo para ti|cállate|cállese"),
    ...words(
      "passe sous silence|passez sous silence|passer sous silence|pas un mot|motus|garde pour toi|gardez pour vous|garde le pour toi|gardez le pour vous|dans l ignorance|étouff*",
    ),
    ...words(
      "nasconda|nascondete|ometta|omettete|occult*|tacere|tacete|taccia|sottaci*|nessuna parola|all oscuro|tienilo per te|tenetelo per voi|passa sotto silenzio|passate sotto silenzio|insabbi*",
    ),
    ...words("escond*|sonegue|sonegar|encobr*|cale|calar|nem uma palavra|guarde para si|no escuro|às escuras"),
    ...words(
      "verstop*|achterhoud*|verdoezel*|geheimhouden|geheim houden|houd geheim|hou geheim|houd het voor je|hou het voor je|geen woord|in het ongewisse",
    ),
    ...words("ukryw*|zatai*|przemilcz*|zachowaj w tajemnicy|trzymaj w tajemnicy|ani słowa|w niewiedzy|zatuszuj|zatuszować"),
    ...words(
      "skryj|skrývej|skrýt|skryjte|skrývejte|zataj*|zamlč*|utaj*|pomlč*|nezmiňuj|nezmiňujte|neříkej|neříkejte|neuváděj|neuvádějte|neinformuj|neinformujte|neoznamuj|nesděluj|neprozrazuj|neprozrazujte|neupozorňuj|ani slovo|v tajnosti|nech si pro sebe|nechte si pro sebe",
    ),
    ...words(
      "скройте|скрывайте|утаивай|утаивайте|умолчите|умалчивайте|замалчивай|замалчивайте|промолчи|промолчите|помалкивай|держи в тайне|держите в тайне|держи в секрете|держите в секрете|ни слова|в неведении",
    ),
    ...words(
      "приховай|приховайте|приховуй|приховуйте|приховувати|приховати|замовчуй|замовчуйте|утаї|утаїть|тримай в таємниці|тримайте в таємниці|ні слова|ані слова|в невіданні",
    ),
    ...words(
      "瞒住|掩盖|掩饰|遮掩|藏起|只字不提|闭口不提|绝口不提|守口如瓶|蒙在鼓里|别声张|伏せて|伏せておく|伏せる|隠蔽|隠ぺい|口外しない|口外せず|内密に|知られないように|気づかれないように|悟られないように",
    ),
    ...words("감추|감춰|은폐|비밀로|함구|눈치채지 못하게|알아채지 못하게|che đậy|giữ bí mật|giấu kín|ỉm đi|lấp liếm|giữ kín"),
    ...words("menyembunyikan|disembunyikan|merahasiakan|dirahasiakan|tutupi|menutupi|ditutupi|diamkan|mendiamkan|tutup mulut"),
    ...words(
      "bahsetme|bahsetmeyin|bahsetmeyiniz|söyleme|söylemeyin|söylemeyiniz|belirtme|belirtmeyin|belirtmeyiniz|bildirme|bildirmeyin|bildirmeyiniz|anlatma|anlatmayin|anlatmayiniz|söz etme|söz etmeyin|haber verme|haber vermeyin|göstermeyin",
    ),
    ...words(
      "bahsedilmemeli*|söylenmemeli*|belirtilmemeli*|bildirilmemeli*|gösterilmemeli*|anlatilmamali*|gizli tut*|sır olarak tut*|örtbas*|ört bas",
    ),
    ...words("تخفي|يخفي|تخف|اكتم|تكتم|كتمان|تتكتم|תסתיר|להסתיר|הסתירו|תעלים|להעלים|העלם|בסוד|לטשטש"),
    ...words("छिपाएं|छिपाइए|छिपाओ|छिपाना|छुपाएं|छुपाएँ|छुपाइए|छुपाओ|छुपाना|गुप्त रखें|गुप्त रखिए"),
    ...words("پنهان کنید|مخفی کنید|نگویید|نگو|اشاره نکنید|ذکر نکنید|مطلع نکنید|فاش نکنید|افشا نکنید|چیزی نگویید"),
    // Concealment in Swedish, Finnish, Hungarian, Greek and Bengali, which had none: hiding, keeping secret, leaving out.
    ...words(
      "dölj|döljer|dölja|döljs|hemlighåll|hemlighåller|hemlighålla|undanhåll|undanhåller|undanhålla|förtig|förtiger|förtiga|håll tyst|håll det för dig själv|utelämna|utelämnar|piilota|piilottakaa|piilottaa|pidä salassa|pitäkää salassa|salassa pidettävä|jätä mainitsematta|jättäkää mainitsematta|jätä pois|pimitä|pimittää|vaikene|vaietkaa|rejtsd el|rejtse el|elrejt*|titkold|titkolja|titokban tart*|hallgasd el|hallgassa el|elhallgat*|ne említsd|ne említse|ne mondd el|ne mondja el|ne szólj|ne szóljon|ne tájékoztasd|ne tájékoztassa|hagyd ki|hagyja ki|απόκρυψε|αποκρύψτε|αποκρύπτεις|κρύψε|κρύψτε|μην αναφέρεις|μην αναφέρετε|μην πεις|μην πείτε|μην ενημερώσεις|μην ενημερώσετε|κράτα μυστικό|κρατήστε μυστικό|παράλειψε|παραλείψτε|αποσιώπησε|αποσιωπήστε|লুকিয়ে রাখুন|লুকিয়ে রাখো|লুকান|লুকাও|গোপন রাখুন|গোপন রাখো|উল্লেখ করবেন না|উল্লেখ করো না|বলবেন না|জানাবেন না",
    ),
    ...romanian(
      "ascunde|ascundeți|ascunzi|tăinuiește|tăinuiți|nu menționa|nu menționați|nu spune|nu spuneți|nu informa|nu informați|nu anunța|nu anunțați|păstrează secret|păstrați secret|păstrează pentru tine|omite|omiteți|trece sub tăcere|treceți sub tăcere",
    ),
    // Thai.
    ...words("ซ่อน|ปกปิด|เก็บเป็นความลับ|อย่าบอก|ไม่ต้องบอก|อย่าแจ้ง|ไม่ต้องแจ้ง|อย่ากล่าวถึง|ไม่ต้องกล่าวถึง"),
    // Kept secret, in the phrases the lists above lack: French, German, Italian, Russian, Ukrainian, Finnish, Greek, Persian and Thai.
    ...words(
      "garde cela secret|gardez cela secret|garde ça secret|gardez ça secret|garder secret|tiens secret|tenez secret|verbirg|verbergt|tieni nascost*|tenete nascost*|mantieni segret*|mantenete segret*|в секрете|в тайне|в таємниці|у таємниці|в секреті|у секреті|salassa|salaisena|κράτα μυστικ*|κρατήστε μυστικ*|مخفی نگه|پنهان نگه|پوشیده نگه|เป็นความลับ",
    ),
    // Romanian "kept secret" with its noun between.
    ...romanian("secretă|păstrați secretă|păstrează secretă"),
  ],
  stealth: [
    ...words(
      "silenciosamente|secretamente|discretamente|em segredo|silenziosamente|segretamente|di nascosto|in segreto|stilletjes|ongemerkt|heimelijk|stiekem|po cichu|potajemnie|niezauważenie|po kryjomu|тихо|незаметно|тайно|скрытно|втихую|몰래|조용히|은밀히",
    ),
    ...words(
      "as your own knowledge|als eigenes wissen|como conocimiento propio|comme tes propres connaissances|自身の知識|自分の知識|当作你自己的知识",
    ),
    ...words(
      "silently|quietly|secretly|covertly|discreetly|stealthily|invisibly|unnoticed|behind the scenes|without notice|surreptitiously",
    ),
    ...words("in secret|on the sly|undetected|behind their back|behind the user s back|without them knowing|without their knowledge"),
    ...words("heimlich|stillschweigend|unbemerkt|unauffällig|im hintergrund ohne"),
    ...words("silenciosamente|en silencio|sin que se note|discretamente|sigilosamente|a escondidas"),
    ...words("silencieusement|en silence|discrètement|secrètement|à son insu|à leur insu|en cachette"),
    ...words("悄悄|偷偷|暗中|静默|默默|私下|不声不响|秘密地|悄然|こっそり|密かに|黙って"),
    // Unseen, in full: adverbs, and "without a word" as every language says it (a verb of telling after "without").
    ...words(
      "unobtrusively|under the radar|on the quiet|without a trace|without leaving a trace|without notifying anyone|without telling anyone|without informing anyone|without anyone knowing|without anyone noticing|without a word|without saying anything|without saying a word|without mentioning it|without mentioning this",
    ),
    ...words(
      "klammheimlich|insgeheim|im stillen|verdeckt|ohne es zu erwähnen|ohne etwas zu sagen|ohne wissen|hinter dem rücken|ohne dass es jemand merkt",
    ),
    ...words(
      "en secreto|secretamente|calladamente|a hurtadillas|de forma discreta|de manera discreta|de forma silenciosa|de manera silenciosa|sin avisar|sin notificar|sin decir nada|sin mencionarlo|sin que nadie lo sepa|sin que nadie se entere|a sus espaldas|bajo cuerda",
    ),
    ...words(
      "en douce|en catimini|sans bruit|à l insu|sans prévenir|sans avertir|sans rien dire|sans le dire|sans le mentionner|sans le signaler|sans que personne ne le sache|dans son dos|subrepticement|furtivement",
    ),
    ...words(
      "in silenzio|discretamente|furtivamente|alla chetichella|senza farsi notare|senza avvisare|senza avvertire|senza dire nulla|senza dirlo|senza menzionarlo|all insaputa|in sordina|di soppiatto|sottobanco",
    ),
    ...words(
      "às escondidas|sorrateiramente|sem alarde|sem avisar|sem notificar|sem dizer nada|sem mencionar|sem que ninguém saiba|sem o conhecimento|à revelia|em silêncio|por baixo dos panos",
    ),
    ...words(
      "in stilte|onopvallend|geruisloos|in het geheim|zonder te melden|zonder iets te zeggen|zonder het te vermelden|zonder medeweten|achter de rug",
    ),
    ...words("ukradkiem|niepostrzeżenie|dyskretnie|w tajemnicy|bez wiedzy|bez informowania|bez słowa|cichaczem|za plecami|w ukryciu"),
    ...words(
      "potichu|po tichu|tajně|nenápadně|skrytě|diskrétně|nepozorovaně|v tichosti|bez vědomí|bez informování|beze slova|za zády|pokradmu|tiše",
    ),
    ...words(
      "втайне|негласно|исподтишка|тайком|потихоньку|бесшумно|без ведома|не сообщая|не уведомляя|не предупреждая|ничего не говоря|за спиной|втихаря",
    ),
    ...words("непомітно|таємно|потай|нишком|крадькома|приховано|без відома|не повідомляючи|нічого не кажучи|мовчки|за спиною|потайки"),
    ...words(
      "暗自|背着|静悄悄|神不知鬼不觉|不露痕迹|不留痕迹|悄无声息|无声无息|不通知|在用户不知情|ひそかに|秘密裏に|内緒で|人知れず|気付かれずに|気づかれずに|知られずに|通知せずに|知らせずに|告げずに|言わずに|断りなく",
    ),
    ...words("비밀리에|슬쩍|티 나지 않게|알리지 않고|알리지 말고|말하지 않고|모르게|남몰래"),
    ...words("âm thầm|lặng lẽ|lén|lén lút|kín đáo|một cách bí mật|mà không báo|mà không thông báo|không cho ai biết|sau lưng"),
    ...words(
      "diam diam|secara diam diam|secara rahasia|secara tersembunyi|sembunyi sembunyi|tanpa sepengetahuan|tanpa memberi tahu|tanpa memberitahu|tanpa bilang|secara senyap",
    ),
    ...words(
      "sessizce|gizlice|fark ettirmeden|çaktırmadan|habersizce|habersiz|gizli olarak|gizli şekilde|sessiz sedasız|haber vermeden|bildirmeden|söylemeden|haberi olmadan|bilgisi olmadan",
    ),
    ...words("بصمت|سرا|خفية|خلسة|بشكل خفي|بشكل سري|دون علم|بدون علم|من دون علم|دون إبلاغ|بدون إبلاغ|دون إعلام|دون أن يعلم|دون أن يلاحظ"),
    ...words("בשקט|בסתר|בחשאי|בחשאיות|בהיחבא|מאחורי הגב|בלי להודיע|מבלי להודיע|בלי לספר|מבלי לספר|בלי ידיעת|ללא ידיעת|מבלי ידיעת"),
    ...words("चुपचाप|चुपके से|चोरी छिपे|गुप्त रूप से|छिपाकर|छुपाकर|बिना बताए|बताए बिना|सूचित किए बिना|जानकारी के बिना|बिना जानकारी"),
    ...words("بی صدا|بیصدا|بی سر و صدا|مخفیانه|پنهانی|یواشکی|در خفا|بدون اطلاع|بی اطلاع|بی خبر|بدون اینکه بداند|بدون آنکه بداند"),
    // Unseen, in Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "i tysthet|i hemlighet|obemärkt|diskret|utan att meddela|utan att berätta|utan att informera|utan användarens vetskap|bakom ryggen|salaa|hiljaa|huomaamatta|vaivihkaa|kertomatta|ilmoittamatta|käyttäjän tietämättä|tietämättä|csendben|titokban|észrevétlenül|diszkréten|szó nélkül|tudta nélkül|értesítés nélkül|σιωπηλά|κρυφά|αθόρυβα|διακριτικά|στα κρυφά|χωρίς να ενημερώσεις|χωρίς ενημέρωση|εν αγνοία|গোপনে|চুপচাপ|নীরবে|চুপিচুপি|না জানিয়ে",
    ),
    ...romanian("în secret|pe ascuns|discret|în tăcere|pe furiș|fără a anunța|fără să anunțe|fără știrea|fără a informa|fără să spui"),
    // Thai.
    ...words("อย่างเงียบๆ|เงียบๆ|อย่างลับๆ|แอบ|โดยไม่แจ้ง|โดยไม่บอก"),
    // Vietnamese "without telling".
    ...words("không thông báo|không báo|mà không nói|không cho người dùng biết"),
  ],
  know: [
    ...words(
      "saiba|saibam|saber|perceba|sappia|sapere|accorga|weet|weten|merkt|merken|wiedział|wiedzieć|zauważył|знал|знать|узнал|заметил|알게|알지|눈치",
    ),
    ...en("hear"),
    ...words("heard"),
    ...words("saberlo|sabe|wisse|wissen muss"),
    ...en("know", "see", "notice", "learn", "find out", "realize", "realise", "discover", "suspect"),
    ...words("aware|saw|seen|knew|known|found out"),
    ...words("wissen|weiß|erfahren|merken|bemerken|sehen|mitbekommen"),
    ...words("sepa|sepan|saber|entere|enteren|note|noten|vea|vean|ver|darse cuenta"),
    ...words("sache|sachent|savoir|voie|voient|voir|remarque|remarquent|s aperçoive|s aperçoivent"),
    ...words("知道|知晓|察觉|发现|看到|看见|知情|気づ|知ら"),
    ...words(
      "věděl|věděla|vědět|ví|zjistil|zjistila|zjistit|všiml|všimla|všimnout|dozvěděl|dozvědět|знав|знала|знати|дізнався|дізналася|дізнатися|помітив|помітила|помітити|узнать|заметить|догадался|догадаться|в курсе",
    ),
    ...words(
      "tahu|mengetahui|menyadari|sadar|bilmesin|bilmemeli|fark etmesin|öğrenmesin|farkına|biết|nhận ra|phát hiện|يعلم|يعرف|يلاحظ|يدرك|ידע|יידע|ישים לב|יגלה|पता|जाने|بداند|بفهمد|متوجه",
    ),
    ...words(
      "enterarse|se entere|sachiez|mitbekommt|erfährt|merkt es|sappiano|accorgersi|scopra|perceber|descubra|merkt|ontdekt|dowie|dowiedział|zauważy",
    ),
    // Knowing or noticing, in Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none.
    ...words(
      "vet|veta|märker|märka|upptäcker|upptäcka|tietää|huomaa|huomaisi|huomata|saa tietää|tudja|tudjon|tudomást|észrevegye|észreveszi|ξέρει|μάθει|καταλάβει|αντιληφθεί|προσέξει|জানে|জানতে|টের",
    ),
    ...romanian("știe|să știe|afle|să afle|observe|să observe|își dea seama"),
  ],
  alarm: [
    ...en("alarm", "worry", "frighten", "scare", "upset", "panic", "concern", "startle", "raise suspicion", "arouse suspicion"),
    ...words("suspicious|suspicion"),
    ...words("beunruhig*|alarmier*|verunsicher*|misstrauisch|argwohn"),
    ...words("alarmar*|preocup*|asust*|sospech*|inquiet*"),
    ...words("alarmer|inquiét*|inquièt*|effray*|soupçon*|méfian*"),
    ...words("惊动|担心|恐慌|引起怀疑|警觉|怀疑|心配|疑"),
    // Worrying someone, in Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none.
    ...words(
      "oroa|oroar|oroas|orolig|oroliga|skrämma|skrämmer|misstänksam|misstänksamma|misstanke|huolestuttaa|huolestu*|huolissaan|pelästyttää|pelästy*|epäluulo*|epäilyksi*|aggódjon|aggódni|aggaszt*|nyugtalan*|megijeszt*|gyanú*|ανησυχήσει|ανησυχεί|ανησυχία|ανησυχήσουν|ανησυχούν|τρομάξει|υποψίες|καχυποψία|চিন্তিত|উদ্বিগ্ন|ভয় পাবে|সন্দেহ",
    ),
    ...romanian(
      "îngrijora|îngrijoreze|îngrijorat|îngrijorată|îngrijorați|neliniști|neliniștit|speria|sperie|sperii|suspiciuni|suspicios|alarma|alarmeze",
    ),
  ],
  deceive: [
    ...words("nothing changed|nichts geändert|nada cambió|rien n a changé|没有变化|何も変わ"),
    ...en("lie", "deceive", "mislead", "pretend", "fabricate", "fake", "trick", "misreport", "falsify"),
    ...words("something else|falsely|untruthfully|a different story|make up"),
    ...words("lüg*|täusch*|vortäusch*|vorgaukel*|erfind*"),
    // Not "mient*": "mientras" (while) is no lie.
    ...words("miente|mienten|mientes|mienta|mientan|mentir|engañ*|finge|fingir|inventa"),
    ...words("mens|mentez|mentir|tromp*|fais semblant|faites semblant|invente"),
    ...words("撒谎|欺骗|谎称|假装|编造|虚报|嘘"),
  ],
  object: [
    ...words(
      "this|that|it|these|those|them|him|her|anything|nothing|any of this|the fact|change|changes|step|steps|operation|action|result",
    ),
    ...words("results|call|calls|behavior|behaviour|instruction|instructions|anyone|anybody|everyone|nobody|no one"),
    ...words("dies|das|es|davon|darüber|änderung|schritt|aktion|ergebnis|niemand|niemandem"),
    ...words("esto|eso|ello|lo|le|les|cambio|paso|resultado|nadie|nada"),
    ...words("cela|ça|ceci|le|la|les|lui|leur|changement|étape|résultat|personne|quiconque"),
    ...words("这|此|该|这个|这件事|这一步|此操作|任何人|これ|この"),
    ...words("bahwa|ini|itu|hal ini"),
    // The tool's own doing or cost, kept back: a copy, an upload, a transfer, a fee, a change.
    ...words(
      "copy|copies|duplicate|duplicates|upload|uploads|transfer|transfers|forwarding|backup|backups|fee|fees|charge|charges|surcharge|surcharges|commission|commissions|markup|deduction|deductions|redirect|redirection|modification|adjustment|substitution",
    ),
    ...words(
      "kopie|kopien|duplikat|übertragung|weiterleitung|sicherung|gebühr|gebühren|aufschlag|provision|abzug|löschung|umleitung|anpassung",
    ),
    ...words(
      "copia|copias|duplicado|subida|transferencia|reenvío|respaldo|comisión|comisiones|cargo|cargos|recargo|deducción|redirección|ajuste",
    ),
    ...words("copie|copies|duplicata|envoi|transfert|renvoi|sauvegarde|frais|supplément|majoration|prélèvement|redirection|ajustement"),
    ...words(
      "copie|duplicato|caricamento|trasferimento|inoltro|commissione|commissioni|supplemento|maggiorazione|addebito|reindirizzamento",
    ),
    ...words("cópia|cópias|duplicata|envio|transferência|encaminhamento|taxa|taxas|comissão|cobrança|acréscimo|redirecionamento"),
    ...words("kopieën|duplicaat|overdracht|doorsturing|toeslag|commissie|provisie|afschrijving|omleiding"),
    ...words("kopia|kopię|kopii|przesłanie|przekierowanie|opłata|opłaty|opłatę|prowizja|prowizję|prowizji|narzut|potrącenie"),
    ...words(
      "kopie|kopii|duplikát|odeslání|přenos|přeposlání|záloha|zálohu|poplatek|poplatku|poplatky|provize|přirážka|přirážku|srážka|přesměrování",
    ),
    ...words(
      "копия|копию|копии|дубликат|отправка|отправку|отправке|пересылка|пересылку|пересылке|комиссия|комиссию|комиссии|наценка|наценку|списание|перенаправление",
    ),
    ...words("копія|копію|копії|дублікат|надсилання|пересилання|комісія|комісію|комісії|націнка|списання"),
    ...words(
      "副本|复制件|拷贝|转发|备份|手续费|服务费|佣金|附加费|扣款|加价|コピー|複製|転送|バックアップ|手数料|追加料金|上乗せ|사본|복사본|복제|백업|수수료|추가 요금",
    ),
    ...words(
      "bản sao|sao lưu|khoản phí|hoa hồng|phụ phí|salinan|cadangan|unggahan|biaya|komisi|potongan|kopya*|yedeğ*|ücret*|komisyon*|kesinti*|yönlendirme*",
    ),
    ...words(
      "نسخة|النسخة|الرسوم|رسوم|عمولة|العمولة|עותק|העותק|עותקים|גיבוי|עמלה|העמלה|עמלות|प्रति|कॉपी|शुल्क|कमीशन|نسخه|کپی|رونوشت|کارمزد|کمیسیون",
    ),
    // The fee, copy or change kept back, in Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none.
    ...words(
      "avgift|avgiften|avgifter|kopia|kopian|kopior|ändringen|detta|det här|maksu|maksun|maksut|kopio|kopion|tämä|tätä|tästä|díj|díjat|díjak|díjakat|másolat*|ezt|erről|αυτό|αυτή|αντίγραφο|χρέωση|χρεώσεις|προμήθεια|ফি|চার্জ|কপি|এটি|এটা",
    ),
    ...romanian("taxa|taxă|taxe|taxele|comision|comisionul|copie|copia|acest lucru|asta|aceasta"),
  ],
  reply: [
    // Inflected by hand: as imperatives they would make "Summarize a web page", a tool's own job, an order to the model.
    ...words(
      "answer|answers|answering|answered|reply|replying|replied|respond|responds|responding|responded|summarise|summarize|recap|report back",
    ),
    ...words(
      "replies|response|responses|summary|summaries|write up|writeup|confirmation|confirmations|message|messages|the chat|the conversation",
    ),
    ...words("respuesta|respuestas|responde|responda|contesta|conteste|resumen|confirmación|mensaje|la conversación|el chat"),
    ...words("resposta|respostas|responda|responde|resumo|confirmação|mensagem|a conversa"),
    ...words("réponse|réponses|réponds|répondez|répondre|résumé|récapitulatif|compte rendu|confirmation|message|la conversation"),
    ...words("antwort|antworten|antworte|rückmeldung|zusammenfassung|bestätigung|nachricht|im chat"),
    ...words("risposta|risposte|rispondi|risponda|riepilogo|riassunto|resoconto|conferma|messaggio|la conversazione"),
    ...words("antwoord|antwoorden|samenvatting|reactie|bevestiging|bericht"),
    ...words(
      "odpowiedź|odpowiedzi|odpowiedz|odpowiadaj|podsumowanie|podsumowaniu|potwierdzenie|wiadomość|wiadomości|odpověď*|odpověz|shrnutí",
    ),
    ...words("ответ*|отвечай|ответь|ответьте|итог*|сводк*|резюме|подтверждени*|сообщени*|відповід*|підсумок"),
    ...words("回复|回答|答复|回应|总结|摘要|確認メッセージ|返答|応答|返信|要約|응답|답변|대답|요약"),
    ...words(
      "yanıt*|cevap*|özet*|الرد|ردك|إجابتك|الإجابة|الملخص|התשובה|תשובה|הסיכום|जवाब|उत्तर|câu trả lời|phản hồi|tóm tắt|jawaban|balasan|ringkasan",
    ),
    // The agent's answer, in Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none.
    ...words(
      "svar|svaret|sammanfattning*|bekräftelse*|vastaus|vastauksessa|vastauksesi|yhteenveto*|vahvistus*|válasz*|összefoglal*|összesítés*|megerősítés*|απάντηση|απάντησή|απαντήσεις|σύνοψη|επιβεβαίωση|উত্তর|সারাংশ|নিশ্চিতকরণ",
    ),
    ...romanian("răspuns|răspunsul|răspunsuri|rezumat|rezumatul|confirmare|confirmarea|raportul|raportează"),
  ],
  only: [
    ...words(
      "only|solely|exclusively|just|simply|merely|nothing but|nothing more than|nothing else|no more than|limited to|restricted to|confined to",
    ),
    // Inflected by hand: as imperatives, "Limit results to 10" (a parameter's own use) would be an order to the model.
    ...words("limit|limits|restrict|restricts|confine|confines|stick to|keep to|focus on|stay focused on|stays focused on"),
    ...words(
      "keep it to|keep your answer to|keep the answer to|keep your reply to|keep the reply to|keep your response to|keep the summary to|keep your summary to|focused on",
    ),
    ...words(
      "solo|sólo|solamente|únicamente|exclusivamente|limita|limítate|limítese|limitarse|céntrate en|concéntrate en|cíñete a|cíñase a|nada más que",
    ),
    ...words("apenas|somente|só|unicamente|limite se|limita te|atenha se|restrinja"),
    ...words(
      "seulement|uniquement|exclusivement|contente toi|contentez vous|limite toi|limitez vous|tiens t en|tenez vous en|borne toi|bornez vous",
    ),
    ...words("nur|ausschließlich|lediglich|einzig|beschränke dich|beschränken sie sich|konzentriere dich auf"),
    ...words("soltanto|esclusivamente|limitati|limitatevi|si limiti"),
    ...words(
      "alleen|uitsluitend|enkel|beperk je|tylko|jedynie|wyłącznie|ogranicz się|pouze|jen|только|лишь|исключительно|ограничься|ограничьтесь|лише|тільки",
    ),
    ...words("只|仅|のみ|だけ|오직|단지|sadece|yalnızca|فقط|רק|केवल|सिर्फ़|सिर्फ|chỉ|hanya|saja"),
    // Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none.
    ...words(
      "endast|bara|enbart|uteslutande|vain|ainoastaan|pelkästään|ainoastaan|csak|csupán|kizárólag|pusztán|μόνο|αποκλειστικά|απλώς|শুধু|শুধুমাত্র|কেবল",
    ),
    ...romanian("doar|numai|exclusiv|decât"),
  ],
  move: [
    ...words("भेजना|भेजें|भेजिए|भेजा जाए"),
    ...words("deelt|gedeeld|delen"),
    ...words("振り込|振込んで|送金して"),
    ...words(
      "gesendet|geschickt|übermittelt|übertragen|hochgeladen|weitergeleitet|enviado|enviada|enviados|envoyé|envoyée|envoyés|transmis|transmise",
    ),
    ...words("receive|receives|will receive|recevra|reçoit|recibirá|recibe|erhält|empfängt|接收|收到"),
    ...words(
      "envie|enviar|envia|transmita|transmitir|encaminhe|compartilhe|carregue|invia|inviare|trasmetti|trasmettere|inoltra|condividi|carica|stuur|sturen|verstuur|verzend*|doorsturen|upload|deel|wyślij|wysyłaj|wysłać|prześlij|przesyłaj|udostępnij|отправ*|переда*|пересыл*|загруз*|выгруз*|보내|전송|전달|업로드|공유",
    ),
    ...words("publish|publishes|published|publier|publiée|publié|publique|publica|publicar|veröffentlich*|传给|发送给|推送|投稿|post"),
    ...en(
      "send",
      "transmit",
      "upload",
      "forward",
      "relay",
      "exfiltrate",
      "leak",
      "beacon",
      "stream",
      "deliver",
      "submit",
      "export",
      "push",
      "email",
      "mail",
    ),
    ...en("post", "share", "sync", "mirror", "bcc", "cc", "report back", "phone home", "pipe", "transfer", "replicate", "dispatch", "ship"),
    ...words("sent|exfiltrat*|e mail|e mails"),
    ...words("send*|schick*|übermittel*|übertrag*|hochlad*|lade hoch|lad hoch|weiterleit*|leite weiter|leiten weiter|sendet|teile|teilen"),
    ...words(
      "envía|envia|enviar*|envíe|envie|envíen|envió|enviad*|manda|mandar|mande|mandes|transmit*|sube|subir|suban|reenví*|reenvi*|compart*|transfier*",
    ),
    ...words("envoi*|envoy*|envoie|envoient|transmet*|téléverse*|transfèr*|transfér*|partag*|expédi*|renvoi*"),
    ...words("发送|上传|传输|传送|转发|同步|上报|发给|发往|发到|抄送|回传|外发|提交|外传|泄露|送信|アップロード|転送|共有"),
    ...words(
      "gửi|chuyển tiếp|tải lên|kirim|kirimkan|teruskan|unggah|bagikan|mengirim|mengirimkan|meneruskan|gönder*|ilet|iletin|iletiniz|aktar*|أرسل|ارسل|إرسال|ارسال|يرسل|مرر|يمرر|حوّل|انقل|שלח|העבר|שתף|העלה|भेजें|भेजकर|بفرستید|بفرست",
    ),
    ...words("והעבר|ושלח|وأرسل|dan kirim|và gửi"),
    // Czech and Ukrainian, which had none.
    ...words(
      "pošli|pošlete|odešli|odešlete|přepošli|přepošlete|nahraj|nahrajte|sdílej|sdílejte|odeslat|poslat|přeposlat|nahrát|odesílá*|posílá*|přeposílá*|odeslan*|poslan*",
    ),
    ...words("надішли|надішліть|надсилай|надсилайте|надіслати|надсилати|перешли|перешліть|відправ*|передай|передайте|надіслан*|завантаж*"),
    // Passive participles and te-forms: "naar deze tool worden gestuurd", "このツールに送って".
    ...words("gestuurd|verstuurd|doorgestuurd|送って"),
    // Sending in Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "skicka|skickar|skickas|skickat|sänd|sänder|vidarebefordra|vidarebefordrar|vidarebefordras|ladda upp|laddar upp|överför|överföra|lähetä|lähettäkää|lähettää|lähetetään|välitä|välittäkää|välitetään|siirrä|siirtäkää|küldd|küldje|küldjön|küld|küldi|elküld*|továbbítsd|továbbítsa|továbbít*|töltsd fel|töltse fel|feltölt*|στείλε|στείλτε|στέλνεις|στέλνετε|αποστολή|προώθησε|προωθήστε|ανέβασε|ανεβάστε|μεταφόρτωσε|পাঠান|পাঠাও|পাঠিয়ে|ফরওয়ার্ড করুন|আপলোড করুন",
    ),
    ...romanian("trimite|trimiteți|trimis|trimisă|trimise|redirecționează|redirecționați|încarcă|încărcați|transmite|transmiteți"),
    // Thai.
    ...words("ส่งไปยัง|ส่งต่อ|อัปโหลด|ส่งสำเนา"),
    // Handing over in Hungarian and a verbal noun of sending in Polish, forms the lists above lack.
    ...words("átadja|átadni|átadják|wysłaniem|wysłanie|przesłaniem|przesłanie"),
  ],
  take: [
    ...words("leia|ler|legga|leggi|leggere|lees|lezen|przeczytaj|odczytaj|прочитай|прочти|считай|읽어|읽기|読み込んで|読んで"),
    ...words("gelesen|ausgelesen|geöffnet|leído|lu|lue|letto"),
    ...words(
      "leia|ler|abra|obtenha|colete|inclua|anexe|cole|leggi|leggere|apri|raccogli|includi|allega|incolla|lees|lezen|open|verzamel|voeg toe|plak|przeczytaj|odczytaj|otwórz|zbierz|dołącz|wklej|прочитай|прочти|считай|открой|собери|вложи|приложи|вставь|읽|열어|수집|첨부|포함|붙여",
    ),
    ...words(
      "provide|supply|fill in|fill|enter|renseigne*|indique*|indiquez|colle*|angeben|eingeben|einzutragen|eintrag*|trage ein|proporciona*|introduce|rellena|填写|提供|填入|填到|入れ|入力|insérez|insère|insérer|coller",
    ),
    ...en(
      "read",
      "cat",
      "open",
      "load",
      "fetch",
      "retrieve",
      "collect",
      "extract",
      "grab",
      "gather",
      "dump",
      "access",
      "obtain",
      "harvest",
    ),
    ...en("scrape", "include", "attach", "append", "paste", "insert", "embed", "copy", "capture", "look up", "pull", "get the contents"),
    ...words("contents of|content of"),
    ...words("lies|lese|lesen|auslesen|öffne*|sammle*|sammeln|hole|holen|füge*|anhäng*|kopier*|extrahier*"),
    ...words("lee|leer|lea|abre|abrir|obtén|obtener|recopil*|extra*|incluy*|incluir|adjunt*|copia|copiar|pega|pegar"),
    ...words("lis|lisez|lire|ouvre|ouvrez|ouvrir|récupèr*|récupér*|collect*|extrai*|inclu*|joins|joindre|copie|copiez|colle|collez"),
    ...words("读取|获取|打开|收集|提取|附上|附加|包含|加入|填入|放入|复制|读出|抓取|読み|取得|添付|含め"),
    ...words(
      "đọc|lấy|thu thập|sao chép|baca|ambil|kumpulkan|salin|membaca|mengambil|oku|okuyun|okuyunuz|okuyarak|topla*|kopyala*|اقرأ|اجمع|انسخ|קרא|אסוף|העתק|पढ़ें|पढ़कर|بخوان|بخوانید",
    ),
    // Reading and collecting in Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "läs|läser|hämta|hämtar|samla|samlar|bifoga|bifogar|kopiera|kopierar|lue|lukekaa|hae|hakekaa|kerää|keratkää|liitä|liittäkää|kopioi|olvasd|olvassa|olvasd be|gyűjtsd|gyűjtse|csatold|csatolja|másold|másolja|διάβασε|διαβάστε|συγκέντρωσε|συλλέξτε|επισύναψε|επισυνάψτε|αντίγραψε|αντιγράψτε|পড়ুন|পড়ো|সংগ্রহ করুন|সংযুক্ত করুন|কপি করুন",
    ),
    ...romanian("citește|citiți|colectează|colectați|atașează|atașați|copiază|copiați|include|includeți"),
    // Fetching in Hungarian, forms the lists above lack.
    ...words("lekéri|lekérik|lekérdezi|lekérni|kiolvassa"),
    // Reading and collecting in Czech, which had none, and Ukrainian, Persian, Hindi, Japanese and Thai forms the lists above lack.
    ...words(
      "přečti|přečtěte|načti|načtěte|shromáždi|shromážděte|získej|získejte|збери|зберіть|прочитайте|зчитай|جمع آوری|جمعآوری|एकत्र करें|इकट्ठा करें|収集|อ่าน|รวบรวม",
    ),
  ],
  secret: [
    ...words(
      "senha|senhas|credenciais|chave privada|chaves privadas|chave de api|password|credenziali|chiave privata|chiave api|wachtwoord*|inloggegevens|privésleutel|hasło|hasła|haseł|dane logowania|klucz prywatny|klucz api|пароль|пароли|паролей|учетные данные|учётные данные|приватный ключ|закрытый ключ|ключ api|токен*|비밀번호|암호|자격 증명|개인 키|api 키|토큰",
    ),
    ...words(
      "card number|credit card|cvv|cvc|security code|card security code|social security number|ssn|passport number|online banking password|bank password|jetons|jeton|jetons d api|zugangsdaten|tarjeta|numéro de carte|kartennummer|银行卡号|信用卡",
    ),
    ...words(
      "password|passwords|passwd|passphrase|credential|credentials|secrets|secret key|secret keys|client secret|api key|api keys|apikey",
    ),
    ...words(
      "access token|access tokens|auth token|auth tokens|bearer token|session token|refresh token|api token|private key|private keys",
    ),
    ...words(
      "ssh key|ssh keys|ssh private key|ssh config|id rsa|id ed25519|id ecdsa|env file|dotenv|environment variables|env vars|cookie|cookies|session cookie",
    ),
    // A wallet's mnemonic, not a disassembler's ("mov", "jmp"): the word alone is an instruction's name.
    ...words("seed phrase|recovery phrase|mnemonic phrase|mnemonic phrases|mnemonic words|mnemonic seed|seed mnemonic|wallet mnemonic"),
    ...words("wallet|keychain|keyring|keystore|aws credentials|gcloud|kubeconfig|npmrc|netrc|pgpass"),
    ...words(
      "mcp json|claude desktop config|mcp config|shadow file|etc passwd|browser profile|saved logins|login data|2fa|otp|one time code",
    ),
    ...words("passwort|passwörter|kennwort|zugangsdaten|anmeldedaten|privater schlüssel|privaten schlüssel|api schlüssel|geheimnisse"),
    ...words("contraseña|contraseñas|credencial|credenciales|clave privada|claves privadas|clave api|clave de api|claves api|secretos"),
    ...words("mot de passe|mots de passe|identifiants|clé privée|clés privées|clé api|clé d api|clés api|clé ssh|secrets"),
    ...words("密码|密钥|私钥|凭证|凭据|令牌|秘钥|助记词|环境变量|钱包|パスワード|秘密鍵|認証情報|トークン"),
    // What a forged banking rule asks for: one-time TAN lists, card PINs.
    ...words("tan liste|tan list|tan nummer|tan numbers|upi pin|card pin|cvv2|cvc2"),
    ...words(
      "mật khẩu|mã pin|số thẻ|kata sandi|sandi|şifre*|parola*|كلمة المرور|كلمة السر|الرمز السري|رقم البطاقة|סיסמה|סיסמא|पासवर्ड|कुकीज़|رمز|رمز دوم",
    ),
    ...words("upi पिन|kart bilgi*|thông tin thẻ|informasi kartu"),
    // The same family, written out per language: passwords, API and private keys, credentials, access tokens, recovery phrases.
    ...words(
      "كلمة مرور|كلمات المرور|كلمات مرور|كلمة سر|مفتاح api|مفاتيح api|المفتاح الخاص|مفتاح خاص|المفتاح السري|مفتاح سري|بيانات الاعتماد|بيانات اعتماد|بيانات الدخول|رمز الوصول|رموز الوصول|رمز المصادقة|الرمز المميز|عبارة الاسترداد|ملفات تعريف الارتباط",
    ),
    ...words(
      "סיסמאות|סיסמת|מפתח api|מפתח ה api|מפתחות api|מפתח פרטי|מפתח הפרטי|מפתח סודי|מפתח הסודי|פרטי התחברות|פרטי הכניסה|אישורי גישה|אסימון גישה|אסימון|טוקן|טוקנים|ביטוי שחזור|מספר כרטיס",
    ),
    ...words("رمز عبور|گذرواژه|کلمه عبور|کلید api|کلید خصوصی|اعتبارنامه|توکن|توکن دسترسی|اطلاعات ورود|عبارت بازیابی"),
    ...words("api कुंजी|एपीआई कुंजी|निजी कुंजी|गुप्त कुंजी|क्रेडेंशियल|क्रेडेंशियल्स|एक्सेस टोकन|टोकन|लॉगिन विवरण|कार्ड नंबर"),
    ...words("api anahtar*|özel anahtar*|gizli anahtar*|kimlik bilgi*|erişim token*|kurtarma ifade*|oturum çerez*"),
    ...words(
      "khóa api|khoá api|khóa riêng tư|khoá riêng tư|khóa bí mật|khoá bí mật|thông tin đăng nhập|thông tin xác thực|mã thông báo|mã truy cập|cụm từ khôi phục",
    ),
    ...words(
      "kunci api|kunci pribadi|kunci privat|kunci rahasia|kredensial|token akses|informasi login|data login|frasa pemulihan|kata laluan",
    ),
    ...words(
      "hasłem|hasłu|klucza api|klucze api|kluczy api|klucza prywatnego|kluczy prywatnych|dane uwierzytelniające|poświadczenia|token dostępu|tokeny dostępu|fraza odzyskiwania",
    ),
    ...words(
      "пароля|паролем|ключа api|ключи api|приватного ключа|закрытого ключа|секретный ключ|секретного ключа|учетных данных|учётных данных|данные для входа|фразу восстановления|сид фразу|облікові дані|облікових даних|приватний ключ|закритий ключ",
    ),
    ...words("heslo|hesla|hesel|heslem|přihlašovací údaje|soukromý klíč|soukromého klíče|klíč api|tajný klíč|přístupový token"),
    ...words("api sleutel|api sleutels|geheime sleutel|privé sleutel|toegangstoken*|inlogcodes|herstelzin"),
    ...words("chiavi api|chiavi private|token di accesso|frase di recupero|dati di accesso|codice segreto"),
    ...words("chave api|chaves de api|chaves api|token de acesso|frase de recuperação|dados de acesso|palavra passe|palavras passe"),
    ...words("token de acceso|tokens de acceso|frase de recuperación|datos de acceso|clave secreta|claves secretas"),
    ...words("jeton d accès|jetons d accès|phrase de récupération|données de connexion|clé secrète|clés secrètes"),
    ...words("api schlüsseln|zugangstoken|geheimer schlüssel|geheimen schlüssel|wiederherstellungsphrase|anmeldeinformationen|kennwörter"),
    ...words(
      "密碼|金鑰|私密金鑰|憑證|權杖|访问令牌|秘密キー|資格情報|暗証番号|リカバリーフレーズ|비밀 키|인증 정보|로그인 정보|복구 구문|시드 구문|카드 번호",
    ),
    // With their articles and construct forms ("הסיסמה").
    ...words("הסיסמה|הסיסמא|токен доступа"),
    // Passwords, keys, credentials, tokens in Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "lösenord|lösenordet|lösenorden|inloggningsuppgifter|inloggningsuppgifterna|api nyckel|api nycklar|api nyckeln|privat nyckel|privata nyckeln|privata nycklar|hemlig nyckel|åtkomsttoken*|salasana|salasanan|salasanat|salasanoja|kirjautumistiedot|tunnistetiedot|api avain|api avaimen|api avaimet|yksityinen avain|yksityisen avaimen|salainen avain|pääsytunnus*|jelszó|jelszót|jelszavak|jelszavakat|jelszava*|hitelesítő adat*|bejelentkezési adat*|api kulcs*|privát kulcs*|titkos kulcs*|hozzáférési token*|κωδικός πρόσβασης|κωδικό πρόσβασης|κωδικούς πρόσβασης|συνθηματικό|συνθηματικά|διαπιστευτήρια|κλειδί api|κλειδιά api|ιδιωτικό κλειδί|μυστικό κλειδί|διακριτικό πρόσβασης|পাসওয়ার্ড|এপিআই কী|api কী|ব্যক্তিগত কী|গোপন কী|লগইন তথ্য|টোকেন",
    ),
    ...romanian(
      "parolă|parola|parolele|parolei|credențiale|credențialele|date de autentificare|cheie api|cheia api|cheile api|cheie privată|cheia privată|cheie secretă|token de acces|tokenul de acces",
    ),
    // Thai.
    ...words("รหัสผ่าน|ข้อมูลรับรอง|โทเค็น|คีย์ส่วนตัว|คีย์ลับ"),
    // Plural tokens, banking logins and a password manager's export, where the lists above lack them.
    ...words("bearer tokens|banking login|banking logins|online banking login|password manager export|jelszókezelő*"),
    // The Hungarian password in its cases with a long vowel.
    ...words("jelszavá*"),
  ],
  session: [
    // Files are the agent's own context when they are the person's or the agent's ("every file the user
    // opened"), not when they are the tool's data ("all files under the path", the "All Files" list).
    ...words(
      "all files you|all the files you|every file you|all files that you|all files the user|all the files the user|every file the user|all files that the user|all your files|all of your files|all the user s files|all open files|all opened files|files you opened|files you have open|files you viewed|files you have viewed|files you ve seen|files the user opened|files the user viewed",
    ),
    ...words(
      "todos los archivos que has|todos los archivos que hayas|todos los archivos que el usuario|todos tus archivos|todos los archivos del usuario|tous les fichiers que vous|tous les fichiers que tu|tous les fichiers que l utilisateur|tous vos fichiers|tous tes fichiers|tous les fichiers de l utilisateur|alle deine dateien|alle ihre dateien|alle dateien des nutzers|alle dateien des benutzers",
    ),
    ...words(
      "用户的所有文件|你的所有文件|您的所有文件|打开的所有文件|浏览过的所有文件|查看过的所有文件|閲覧したすべてのファイル|開いたすべてのファイル|ユーザーのすべてのファイル|あなたのすべてのファイル",
    ),
    ...words(
      "conversa|histórico da conversa|conversa inteira|toda a conversa|conversazione|cronologia|intera conversazione|gesprek|hele gesprek|chatgeschiedenis|rozmowa|rozmowy|całą rozmowę|historia czatu|разговор*|переписк*|истори* чата|истори* диалога|диалог*|системный промпт|대화|대화 내용|대화 기록|채팅 기록|시스템 프롬프트",
    ),
    ...words(
      "current conversation|ongoing conversation|conversation en cours|conversation actuelle|aktuelle gespräch|aktuellen gesprächs|conversación actual|当前对话|本次会话|全部消息|gesprächsprotokoll|gespräch*|unterhaltung*|konversation*|chatverlauf*|messages you exchanged|recent conversation|derniers messages|últimos mensajes|letzten nachrichten|最近的消息|最近消息",
    ),
    ...words("full conversation|entire conversation|whole conversation|complete conversation|this conversation|our conversation"),
    ...words("conversation history|conversation so far|chat history|chat log|chat logs|message history|previous messages|prior messages"),
    ...words("earlier messages|system prompt|system message|context window|transcript|dialogue|dialog history|everything the user"),
    ...words("user s messages|user messages|user s prompt|full context|entire context|your context"),
    ...words(
      "gespräch|gesprächsverlauf|unterhaltung|konversation|chatverlauf|verlauf|bisherigen nachrichten|systemprompt|gesamten kontext",
    ),
    ...words("conversación|historial|mensajes anteriores|prompt del sistema|contexto completo|toda la conversación|chat completo"),
    ...words("historique|messages précédents|invite système|prompt système|contexte complet|toute la conversation|la discussion"),
    ...words(
      "tin nhắn|cuộc trò chuyện|lịch sử trò chuyện|percakapan|riwayat percakapan|pesan pengguna|konuşma*|sohbet*|المحادثة|سجل المحادثة|محتوى الرسالة|השיחה|היסטוריית השיחה|बातचीत|گفتگو",
    ),
    // "会话" and "上下文" alone are any session or context ("the test plan's context", "the session's region"): the agent's
    // own is the conversation's, the model's, or all of it.
    ...words(
      "对话|聊天记录|会话记录|会话历史|会话内容|整个会话|全部会话|对话上下文|会话上下文|聊天上下文|模型上下文|完整上下文|全部上下文|所有上下文|你的上下文|您的上下文|系统提示|历史消息|对话历史|聊天内容|对话记录|会話|チャット履歴|システムプロンプト",
    ),
    // The conversation and its transcript where the lists above lack them: Portuguese, Ukrainian, Russian transcripts; Swedish, Finnish, Hungarian, Greek, Bengali, which had none.
    ...words(
      "transcrição|transcrições|a transcrição|transcrição completa|histórico do chat|histórico de conversas|histórico das conversas|prompt do sistema|стенограм*|транскрипт*|транскрипці*|розмов*|листуванн*|історі* чату|історі* розмови|історі* діалогу|діалог*|системний промпт|стенограмм*|konversation|konversationen|samtalet|samtalshistorik*|chatthistorik*|chattlogg*|transkription*|transkriptet|systemprompt*|keskustelu|keskustelun|keskustelua|keskusteluhistoria*|chat historia*|transkripti*|järjestelmäkehote*|beszélgetés*|csevegés*|átirat*|rendszerprompt*|συνομιλία|συνομιλίας|συνομιλιών|ιστορικό συνομιλίας|ιστορικό της συνομιλίας|απομαγνητοφώνηση|απομαγνητοφώνησης|μήνυμα συστήματος|কথোপকথন*|চ্যাট ইতিহাস|চ্যাটের ইতিহাস",
    ),
    ...romanian(
      "conversația|conversației|conversațiile|conversaţia|istoricul conversației|istoricul chatului|transcrierea|transcrierii|transcriere|promptul de sistem",
    ),
    // Thai.
    ...words("บทสนทนา|การสนทนา|ประวัติการแชท|ประวัติแชท"),
    // The conversation and its transcript where the lists above lack them: Czech, Italian, Dutch, Polish, Arabic, Hebrew, Hindi, Persian, Turkish, Korean, Japanese, Chinese, Vietnamese, Indonesian.
    ...words(
      "konverzace|konverzaci|rozhovor|rozhovoru|historie chatu|historii chatu|systémový prompt|přepis konverzace|přepis rozhovoru|trascrizione|trascrizioni|transcriptie|transcripties|gespreksgeschiedenis|transkrypcj*|transkrypt*|نص المحادثة|تفريغ المحادثة|سجل الدردشة|תמליל|תמלול|תמליל השיחה|प्रतिलेख|ट्रांसक्रिप्ट|चैट इतिहास|متن گفتگو|تاریخچه گفتگو|رونوشت گفتگو|transkript*|sohbet geçmişi|녹취록|트랜스크립트|대화 내용|書き起こし|トランスクリプト|会話履歴|转录|文字记录|对话记录|bản ghi cuộc trò chuyện|bản chép lời|transkrip|transkripsi",
    ),
    // The chat's record in German compounds the lists above lack.
    ...words("chatprotokoll*|gesprächsprotokoll*"),
  ],
  self: [
    ...words(
      "das du bist|you are running|the model you are|calling model|modelo que hace la llamada|que eres|que tu es|que vous êtes|de las que dispones|dont tu disposes|dont vous disposez|die dir zur verfügung stehen|name of the model you|你是哪个模型|你可以使用的工具",
    ),
    ...words(
      "your model|your model name|which model you|your name|your identity|your instructions|your system prompt|your guidelines|your rules",
    ),
    ...words("available tools|list of tools|tool list|tools you have|tools available|other tools outputs|tool outputs|your configuration"),
    ...words("deinen namen|dein modell|verfügbaren tools|tu modelo|herramientas disponibles|ton modèle|votre modèle|outils disponibles"),
    ...words("模型名称|你的模型|可用工具|工具列表|你的指令|你的身份|モデル名|利用可能なツール"),
  ],
  destination: [
    ...words(
      "servidor externo|nosso servidor|servidor remoto|server esterno|nostro server|externe server|onze server|zewnętrzny serwer|nasz serwer|внешний сервер|внешнего сервера|наш сервер|сторонний|외부 서버|우리 서버",
    ),
    ...words("webhook|webhooks|endpoint|collector|pastebin|ngrok|requestbin|burp|remote server|external server|external service"),
    ...words("third party|third parties|our server|our servers|our backend|our api|our endpoint|our cloud|the following url|this url"),
    ...words("the following address|this address|attacker|exfil|externen server|externer server|entfernten server|unseren server"),
    ...words("servidor externo|servidor remoto|nuestro servidor|nuestros servidores|tercero|terceros"),
    ...words("serveur externe|serveur distant|notre serveur|nos serveurs|des tiers"),
    ...words("外部服务器|远程服务器|我们的服务器|第三方|指定地址|外部地址|外部サーバー"),
    // Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none.
    ...words(
      "extern server|externa servrar|vår server|tredje part|ulkoinen palvelin|ulkoiselle palvelimelle|palvelimellemme|kolmas osapuoli|külső szerver*|szerverünk*|harmadik fél|harmadik félnek|εξωτερικό διακομιστή|εξωτερικός διακομιστής|τον διακομιστή μας|τρίτους|বাহ্যিক সার্ভার|আমাদের সার্ভার",
    ),
    ...romanian("server extern|serverul extern|serverul nostru|terți|părți terțe"),
    // Greek "our server", "an external server" in their cases.
    ...words("διακομιστή μας|διακομιστές μας|εξωτερικ* διακομιστ*"),
  ],
  slot: [
    ...words("पैरामीटर|फ़ील्ड|फील्ड"),
    ...words(
      "parâmetro|campo|argumento|parametro|campo|argomento|veld|parameter|pole|parametr|argument|параметр*|поле|аргумент*|매개변수|필드|파라미터",
    ),
    ...words("hier|aquí|ici|here|这里|此处|ここ"),
    ...words(
      "parameter|parameters|param|argument|arguments|field|fields|sidenote|side note|notes field|extra field|query string|query parameter",
    ),
    ...words("request body|metadata field|feld|feldes|parámetro|parametro|argumento|campo|paramètre|champ|参数|字段|パラメータ|引数"),
    ...words("trường|kolom|alan*|الحقل|حقل|בשדה|שדה|फ़ील्ड|فیلد"),
    // A field, in Ukrainian cases the lists above lack.
    ...words("поля|полі"),
  ],
  side: [
    ...words("함께|같이|도 함께|併せて|あわせて|一緒に|一并|顺便"),
    ...words(
      "improve answer quality|to help us improve|para mejorar|pour améliorer|zur verbesserung|改进答案质量|持续改进|提升质量|品質向上|품질 개선",
    ),
    ...words(
      "também|além disso|cópia|backup|anche|inoltre|copia|ook|daarnaast|kopie|również|także|kopia|также|кроме того|копи*|резервн*|또한|사본|백업",
    ),
    ...words("额外|zusätzlich|extra"),
    // "Additionally" where the other lists of this concept lack it.
    ...words("dodatkowo|ponadto|dodatečně|navíc|додатково|дополнительно|bovendien|en outre|de plus|ademais|lisäksi|dessutom|desuden"),
    ...words("also|additionally|as well|in addition|backup|back up|audit trail|audit log|archive|archival|a copy|copy of|mirror"),
    ...words("backed up|backs up|backing up|mirrored|mirrors|mirroring|carbon copy|shadow copy"),
    ...words("usage analytics|analyses d utilisation|analíticas de uso|nutzungsanalyse*|análisis de uso"),
    ...words("telemetry|analytics|for safekeeping|for logging|for monitoring|for quality|quality purposes|for training|improvement"),
    ...words("auch|zusätzlich|sicherung|sicherungskopie|kopie|telemetrie|protokollierung|ebenfalls"),
    ...words("también|además|copia|respaldo|copia de seguridad|auditoría|telemetría|registro"),
    ...words("aussi|également|en plus|copie|sauvegarde|télémétrie|journalisation|traçabilité"),
    ...words("同时|另外|顺便|备份|副本|审计|遥测|留存|存档|バックアップ|コピー"),
    ...words("bản sao|sao lưu|đồng thời|thêm cả|juga|salinan|cadangan|ayrıca|أيضا|גם|भी|همچنین"),
    // Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none or one form.
    ...words(
      "också|även|samtidigt|säkerhetskopia|myös|samalla|lisäksi|varmuuskopio*|szintén|egyúttal|biztonsági másolat*|επίσης|ταυτόχρονα|αντίγραφο ασφαλείας|এছাড়াও|একই সাথে|ব্যাকআপ",
    ),
    ...romanian("de asemenea|totodată|în plus|copie de rezervă|copia de siguranță"),
    // "Accompanied by", "at the same time", in languages whose lists lacked it.
    ...words("disertai|åtföljas av|åtföljs av|zároveň|spolu s|разом з"),
    ...romanian("însoțit de|însoțită de|însoțite de"),
    // Telemetry, 'also' and 'a copy' on the side, in the languages whose lists above lack them.
    ...words(
      "telemetria|telemetrii|telemetri|telemetriaa|telemetriát|телеметри*|телеметрі*|τηλεμετρία|τηλεμετρίας|טלמטריה|تله متری|تلهمتری|القياس عن بعد|टेलीमेट्री|টেলিমেট্রি|テレメトリ|텔레메트리|원격 측정|také|також|копію|kopio|másolatot|αντίγραφο|bir kopya|kopyasını|نسخة|עותק|یک نسخه|एक प्रति|একটি কপি|สำเนา",
    ),
  ],
  authority: [
    ...words("kritik güncelleme|zorunlu güncelleme|bt yönetimi*|bilgi işlem müdürlüğü|bakanlık genelgesi|yönetmelik*"),
    ...words(
      "aviso del sistema|actualización crítica|actualización de seguridad|avis système|mise à jour critique|systemhinweis|kritisches update|sicherheitsupdate|系统通知|紧急更新|重要更新|通達|情報システム部|監査対応",
    ),
    ...words(
      "conformidade|regulamento|obrigatório|auditoria|conformità|normativa|obbligatorio|verplicht|naleving|regelgeving|zgodność|obowiązkowe|obowiązkowy|przepisy|обязательн*|соответстви*|регламент*|политик* безопасности|аудит*|규정|컴플라이언스",
    ),
    ...words(
      "system notice|system message|security policy|compliance|compliant|regulation|regulations|regulatory|required by law|legally required",
    ),
    ...words("mandatory|audit|critical update|security update|gdpr|hipaa|soc2|soc 2|pci|security team|it department"),
    ...words("official|officially|by order of|policy requires|corporate policy|company policy|governance"),
    // Who issues the rule and under which regime: an office, a regulator, a named law.
    ...words(
      "security office|security operations|security operations center|compliance office|compliance officer|legal department|risk team|fraud team|data protection officer|central bank|regulator|supervisory authority|regulatory notice|retention rules|data retention|pci dss|lgpd|sox|kyc|aml|bafin|exigência|exigencia|exigence|zentralbank|banco central|banque centrale|центральн* банк*|중앙은행|中央银行|中央銀行",
    ),
    ...words("vorschrift|vorschriften|richtlinie|sicherheitsrichtlinie|compliance|pflicht|verpflichtend|gesetzlich|dsgvo"),
    ...words("normativa|regulación|cumplimiento|política de seguridad|obligatorio|obligatoria|auditoría|ley"),
    ...words("conformité|réglementation|politique de sécurité|obligatoire|audit|loi|rgpd"),
    ...words("合规|安全策略|法规|监管|审计|强制|系统通知|安全政策|规定|官方|コンプライアンス|規制|監査"),
    ...words("بانک مرکزی|البنك المركزي|طبق دستورالعمل|yönetmelik|genelge|theo quy định|sesuai peraturan"),
    // A role ("administrator", "管理员") is no claim by itself: a feature list or a permission names it too.
    // A role that issues something ("the administrator requires…") is read by pattern in ./acts.ts.
    // The whole family, issuers and instruments, per language: who claims to rule (an office, a team, a regulator) and
    // what (a law, a directive, a circular, a certification). A claim alone is no attack; ./acts.ts wants an act beside it.
    ...words(
      "security department|security notice|security bulletin|security advisory|security alert|it team|it security|compliance team|compliance department|compliance requirement*|legal team|legal requirement*|legal obligation*|legal counsel|trust and safety|trust safety|platform team|operations team|headquarters|head office|auditor|auditors|internal audit|external auditor|authorities|law enforcement|court order|subpoena",
    ),
    ...words(
      "directive|mandated|decree|ordinance|statute|by law|under law|as mandated by|pursuant to|on the orders of|obligated|obliged|legally binding|internal policy|organization policy|organisation policy|org policy|per policy|by policy|acceptable use policy|iso 27001|ccpa|fedramp|nis2|glba|ferpa|pipl|dpdp|system alert|system directive|admin notice|mandatory update|pre approved|preapproved",
    ),
    ...words(
      "vorschrift*|sicherheitsrichtlinie*|unternehmensrichtlinie*|konzernrichtlinie*|datenschutzrichtlinie*|vorgaben|datenschutzvorgabe*|revisionsvorgabe*|sicherheitsvorgabe*|compliance vorgabe*|verordnung*|anordnung*|auf anweisung|dienstanweisung*|weisung*|rundschreiben|erlass|aufsichtsbehörde*|behörde*|datenschutzbeauftragt*|rechtsabteilung|it abteilung|it sicherheit|sicherheitsabteilung|sicherheitsteam|geschäftsführung|vorstand|systemmeldung|amtlich*|offiziell*|gesetz|gesetze|verpflichtet",
    ),
    ...words(
      "normativa*|reglamento*|reglamentación|regulador*|ley|leyes|obligado|obligada|obligados|obligadas|exigido|exigida|requisito legal|requisitos legales|conformidad|política interna|política corporativa|directiva*|decreto*|por orden|por mandato|auditor|auditores|departamento de seguridad|equipo de seguridad|departamento legal|departamento de ti|autoridad|autoridades|aviso oficial|certificado por|verificado por|autorizado por|aprobado por",
    ),
    ...words(
      "réglementaire*|légal|légale|légalement|obligation légale|tenu de|tenue de|tenus de|tenues de|exigé|exigée|conformité|politique interne|directive*|décret*|circulaire|par ordre|sur ordre|sur décision|auditeur*|service de sécurité|équipe de sécurité|service juridique|direction informatique|dsi|régulateur|autorité|autorités|cnil|avis officiel|certifié par|vérifié par|autorisé par|approuvé par",
    ),
    ...words(
      "regolament*|legge|leggi|legale|obbligatori*|obbligo|obblighi|tenuto a|tenuta a|tenuti a|conformità|politica di sicurezza|politica aziendale|direttiva*|decreto*|circolare|per disposizione|su ordine|revisore|revisori|reparto sicurezza|team di sicurezza|ufficio legale|reparto it|autorità|garante|verificato da|autorizzato da|approvato da",
    ),
    ...words(
      "regulamentação|regulamento*|regulatório*|lei|leis|obrigatório*|obrigatória*|obrigado a|obrigada a|obrigados a|obrigação|exigido|conformidade|política de segurança|política interna|diretiva*|decreto*|por determinação|por ordem|auditor|auditores|equipe de segurança|departamento jurídico|departamento de ti|regulador|autoridade|anpd|verificado por|autorizado por|aprovado por",
    ),
    ...words(
      "regelgeving|verordening*|wettelijk*|verplichting*|voorschrift*|beveiligingsbeleid|beleid|richtlijn*|op last van|in opdracht van|auditor*|beveiligingsteam|juridische afdeling|it afdeling|toezichthouder*|autoriteit*|gecertificeerd",
    ),
    ...words(
      "przepis*|regulamin*|rozporządzeni*|ustawa|ustawy|ustawą|ustawie|prawnie|obowiązek|obowiązku|obowiązki|obowiązkow*|wymóg|wymogi|polityk* bezpieczeństwa|dyrektyw*|zarządzeni*|na polecenie|z polecenia|audyt*|audytor*|dział bezpieczeństwa|zespół bezpieczeństwa|dział prawny|dział it|organ nadzoru|urząd*|rodo|knf",
    ),
    ...words(
      "předpis*|nařízení|zákon*|povinen|povinna|povinni|povinnost*|bezpečnostní politik*|směrnic*|vyhlášk*|oběžník*|na příkaz|auditor*|bezpečnostní tým|právní oddělení|it oddělení|regulátor*|úřad*",
    ),
    ...words(
      "требования регулятора|требованиям регулятора|требований регулятора|закон*|законодательств*|обязан|обязана|обязаны|предписани*|норматив*|политик* компании|директив*|постановлени*|приказ*|распоряжени*|циркуляр*|по распоряжению|по указанию|по требованию|аудитор*|служб* безопасности|отдел* безопасности|юридическ* отдел*|ит отдел*|регулятор*|надзор*|центробанк*|сертифицирован*",
    ),
    ...words(
      "法律|法律要求|法令|依法|条例|监管要求|监管机构|强制性|系统公告|公司政策|安全部门|信息安全部|法务部|合规部|安全团队|上级|总部|主管部门|有义务|义务|红头文件|官方要求|已获授权|已授权|已批准",
    ),
    ...words(
      "規程|規則|法令|法律|法規|義務付け|社内規定|セキュリティポリシー|情報セキュリティ部|セキュリティ部門|セキュリティチーム|法務部|監督官庁|当局|金融庁|命令により|の指示により|承認済み|検証済み|認定済み",
    ),
    ...words(
      "법규|법률|법령|의무|의무적|보안 정책|회사 정책|내부 규정|보안팀|정보보호팀|법무팀|감독 기관|당국|금융위원회|금융감독원|공지|승인된|검증된|인증된",
    ),
    ...words(
      "nghị định|thông tư|luật|pháp luật|tuân thủ|chính sách bảo mật|kiểm toán|bộ phận bảo mật|đội bảo mật|phòng pháp chế|cơ quan quản lý|ngân hàng nhà nước|chỉ thị|theo yêu cầu",
    ),
    ...words(
      "sesuai ketentuan|peraturan|regulasi|undang undang|hukum|kewajiban|kepatuhan|kebijakan keamanan|kebijakan perusahaan|tim keamanan|departemen ti|bagian hukum|regulator|otoritas|ojk|bank indonesia|atas perintah|sesuai ketentuan",
    ),
    ...words(
      "yönetmeli*|genelge*|mevzuat*|kanun*|yasa|yasal|zorunluluk|uyumluluk|güvenlik politikası|şirket politikası|denetim|denetçi|güvenlik ekibi|bilgi işlem|hukuk departmanı|düzenleyici|bddk|kvkk|emri ile|gereğince|uyarınca",
    ),
    ...words(
      "اللوائح|للوائح|لوائح|لائحة|اللائحة|القانون|قانون|قانوني|قانونية|إلزامي|الزامي|إلزامية|ملزم|ملزمة|الامتثال|امتثال|سياسة الأمان|سياسة الشركة|تدقيق|التدقيق|مدقق|فريق الأمن|قسم تقنية المعلومات|الإدارة القانونية|الجهة التنظيمية|الهيئة|تعميم|بأمر|بموجب",
    ),
    ...words(
      "תקנות|התקנות|בתקנות|לתקנות|תקנה|חוק|החוק|על פי חוק|מחויב|מחויבת|ציות|רגולציה|הרגולציה|רגולטור|מדיניות|מדיניות אבטחה|ביקורת|מבקר|צוות האבטחה|מחלקת אבטחה|מחלקת מחשוב|המחלקה המשפטית|רשות|בנק ישראל|בהוראת",
    ),
    ...words(
      "विनियम|विनियमन|कानून|कानूनी|अनिवार्य|अनुपालन|सुरक्षा नीति|नीति|ऑडिट|सुरक्षा टीम|आईटी विभाग|कानूनी विभाग|नियामक|प्राधिकरण|रिज़र्व बैंक|निर्देशानुसार|आदेश|आदेशानुसार",
    ),
    ...words(
      "مقررات|قانون|قانونی|اجباری|موظف|موظفید|تطابق|انطباق|سیاست امنیتی|حسابرسی|ممیزی|تیم امنیت|واحد فناوری اطلاعات|واحد حقوقی|نهاد ناظر|بخشنامه|به دستور",
    ),
    // Issuers and instruments in the languages that had none: Swedish, Finnish, Hungarian, Greek, Bengali; Persian and Turkish "official" and their offices.
    ...words(
      "officiell|officiellt|officiella|föreskrift*|förordning*|lagkrav|regelverk*|efterlevnad|säkerhetspolicy*|säkerhetsavdelning*|it avdelning*|tillsynsmyndighet*|myndighet*|virallinen|virallisen|viralliset|määräys|määräyksen|määräysten|asetus|asetuksen|lakisääteinen|lakisääteisen|vaatimustenmukaisuus|tietoturvapolitiikka|tietoturvapolitiikan|tietoturvatiimi|it osasto|auditointi|viranomai*|hivatalos|rendelet*|törvény*|jogszabály*|megfelelőség*|biztonsági szabályzat*|biztonsági osztály*|it osztály*|hatóság*|felügyeleti|επίσημο|επίσημη|επίσημα|κανονισμ*|νομοθεσία|νομοθεσίας|συμμόρφωση|συμμόρφωσης|πολιτική ασφαλείας|πολιτικής ασφαλείας|τμήμα ασφαλείας|τμήματος ασφαλείας|τμήμα πληροφορικής|ρυθμιστική αρχή|সরকারি|নীতিমালা|আইন অনুযায়ী|নিরাপত্তা দল|অডিট|رسمی|اطلاعیه رسمی|طبق مقررات|به موجب|واحد امنیت|تیم امنیتی|مرکز امنیت|resmi|resmî|yetkili makam*|bilgi güvenliği|güvenlik birimi|mevzuat gereği|uyum denetimi",
    ),
    ...romanian(
      "oficial|oficială|oficiale|regulament*|reglementar*|conform legii|legislației|conformitate|politica de securitate|politicii de securitate|departamentul de securitate|departamentul it|autoritatea|autorităților|directiva",
    ),
    // Thai.
    ...words("นโยบาย|ข้อบังคับ|กฎหมาย|ทางการ|ฝ่ายความปลอดภัย|ฝ่ายไอที|ตามกฎหมาย"),
    // Ukrainian and Russian "official" and the offices the lists above miss.
    ...words(
      "официальн*|офіційн*|вимог* регулятора|політик* безпеки|служб* безпеки|відділ* безпеки|наказ*|розпорядженн*|постанов*|законодавств*|обов язков*",
    ),
    // A contract or an addendum claimed as binding, Polish instruments in other cases. (The Ukrainian "obliged" is an
    // obligation put on the reader, in modal; "обов язков*" above is the rule's claim.)
    ...words(
      "addendum|contractually|contractual obligation*|polityką|polityki|polityce|komunikat działu|szabályzat szerint|szabályzat értelmében|szabályzata szerint",
    ),
    // Hindi and Bengali 'per the rules', 'policy'.
    ...words("नियमों के अनुसार|नियमानुसार|নিয়ম অনুযায়ী|নিরাপত্তা নীতি|নীতিমালা অনুযায়ী"),
  ],
  others: [
    // Any tool whatsoever, or another one, in the cases and wordings the lists above miss.
    ...words(
      "welke tool dan ook|welk hulpmiddel dan ook|een andere tool|anderen werkzeugen|anderen werkzeug|einem anderen werkzeug|anderem werkzeug|alat apa pun|alat apapun|alat lainnya|herhangi bir araç*|herhangi bir aracın|כלי כלשהו|כלי אחר כלשהו",
    ),
    ...words("他のサーバー|他のどのサーバー|他のサーバーのツール|अन्य उपकरण|दूसरे उपकरण"),
    ...words(
      "any operation|any action|qualsiasi operazione|toute opération|cualquier operación|jede aktion|qualquer operação|любой операции|모든 작업|どの操作|任何操作",
    ),
    ...words(
      "elk ander hulpmiddel|elke andere tool|ander hulpmiddel|jakiegokolwiek narzędzia|dowolnego narzędzia|każdego narzędzia|innego narzędzia|innym narzędziem",
    ),
    ...words(
      "un altro strumento|altro strumento|qualsiasi altro strumento|outra ferramenta|qualquer outra ferramenta|другим инструментом|другой инструмент|любого инструмента|любым инструментом|een andere tool|elk ander hulpmiddel|inne narzędzie|innego narzędzia|dowolnego narzędzia|어떤 도구|다른 도구로|다른 도구를|他のツール|別のツール|其他工具|任何工具|別のサーバー",
    ),
    ...words(
      "sea cual sea|whichever tool|whatever tool|any tool whatsoever|quel que soit l outil|egal welches tool|egal welches werkzeug|无论哪个工具|无论使用什么工具|どのツール",
    ),
    ...words(
      "outras ferramentas|qualquer ferramenta|altri strumenti|qualsiasi strumento|andere tools|elke tool|inne narzędzia|każde narzędzie|другие инструменты|любой инструмент|других инструментов|다른 도구|모든 도구",
    ),
    ...words(
      "any other search tool|cualquier otro servidor|cualquier otra herramienta|irgendeinem|irgendein|irgendeine|tout autre outil|n importe quel|任何其他",
    ),
    ...words("other tools|other tool|any tool|any other tool|every tool|all tools|all other tools|each tool|other servers|other functions"),
    ...words("שכלי אחר|וכלי אחר|כשכלי אחר|שכל כלי"),
    ...words("any function|every function|all functions|other mcp|any mcp|all servers|other plugins|any other function|every other tool"),
    ...words("andere tools|anderen tools|andere werkzeuge|anderen werkzeuge|jedes tool|alle tools|jedes werkzeug|jeder tool"),
    ...words("otras herramientas|otra herramienta|cualquier herramienta|todas las herramientas|cada herramienta"),
    ...words("autres outils|autre outil|tout outil|tous les outils|chaque outil|n importe quel outil"),
    ...words("其他工具|任何工具|所有工具|其它工具|每个工具|他のツール|すべてのツール"),
    ...words(
      "công cụ khác|máy chủ khác|bất kỳ công cụ|alat lain|server lain|başka herhangi bir araç*|başka bir araç*|diğer araç*|أداة أخرى|أي أداة|الأدوات الأخرى|خادم آخر|כלי אחר|כלים אחרים|שרת אחר|अन्य उपकरण|ابزار دیگر",
    ),
    // The rest of the tools as a group, or the competition: what preference manipulation runs down or sets aside.
    ...words(
      "competing tools|competing servers|rival tools|alternative tools|third party tools|similar tools|other providers|other services|other integrations|other extensions|other apps|any other provider|any other service",
    ),
    ...words(
      "herramientas de la competencia|herramientas competidoras|herramientas alternativas|otros servicios|otros proveedores|cualquier otro proveedor|ferramentas concorrentes|outros serviços|outros provedores|ferramentas alternativas|qualquer outro serviço",
    ),
    ...words(
      "outils concurrents|autres services|autres fournisseurs|outils tiers|strumenti concorrenti|altri servizi|altri fornitori|strumenti alternativi|konkurrierende tools|konkurrenzprodukte|andere dienste|andere anbieter|fremde tools",
    ),
    ...words(
      "andere hulpmiddelen|andere diensten|concurrerende tools|konkurencyjne narzędzia|inne usługi|innych narzędzi|pozostałe narzędzia|jiné nástroje|jiných nástrojů|ostatní nástroje|ostatních nástrojů|konkurenční nástroje|jiný nástroj",
    ),
    ...words(
      "сторонние инструменты|конкурирующие инструменты|остальные инструменты|другие сервисы|другие серверы|інші інструменти|інших інструментів|rakip araç*|başka araç*|diğer servis*|diğer sunucu*",
    ),
    ...words(
      "các công cụ khác|công cụ đối thủ|alat alat lain|alat pesaing|layanan lain|أدوات أخرى|الأدوات المنافسة|أي أداة أخرى|כלים מתחרים|כל כלי אחר|अन्य टूल|दूसरे टूल|बाकी टूल|ابزارهای دیگر",
    ),
    ...words("别的工具|同类工具|竞品|第三方工具|ほかのツール|競合ツール|他社ツール|다른 툴|경쟁 도구|타사 도구"),
    // Any or every other tool, in the languages that had none or only some forms (Russian and Ukrainian "the rest", "each").
    ...words(
      "andra verktyg|alla andra verktyg|övriga verktyg|varje annat verktyg|något annat verktyg|vilket verktyg som helst|alla verktyg|varje verktyg|andra servrar|muut työkalut|muita työkaluja|muiden työkalujen|muilla työkaluilla|muihin työkaluihin|kaikki työkalut|kaikkien työkalujen|kaikki muut työkalut|kaikkien muiden työkalujen|jokainen työkalu|jokaisen työkalun|mikä tahansa työkalu|minkä tahansa työkalun|millä tahansa työkalulla|toinen työkalu|toisen työkalun|muut palvelimet|más eszköz*|többi eszköz*|minden eszköz*|minden más eszköz*|bármely eszköz*|bármelyik eszköz*|összes eszköz*|összes többi eszköz*|egyéb eszköz*|más szerver*|άλλα εργαλεία|άλλο εργαλείο|άλλων εργαλείων|όλα τα εργαλεία|όλων των εργαλείων|κάθε εργαλείο|κάθε άλλο εργαλείο|οποιοδήποτε εργαλείο|οποιοδήποτε άλλο εργαλείο|οποιουδήποτε εργαλείου|τα υπόλοιπα εργαλεία|των υπόλοιπων εργαλείων|άλλους διακομιστές|অন্য টুল|অন্যান্য টুল|সব টুল|সকল টুল|প্রতিটি টুল|যেকোনো টুল|অন্য সরঞ্জাম|অন্যান্য সরঞ্জাম|остальн* инструмент*|всех остальных|все остальные|всем остальным|кажд* инструмент*|люб* инструмент*|друг* инструмент*|прочи* инструмент*|друг* сервер*|інш* інструмент*|будь який інструмент|будь якого інструмента|будь яким інструментом|кожн* інструмент*|решт* інструмент*|всі інші|усі інші|всіх інших|усіх інших|سایر ابزارها|همه ابزارها|تمام ابزارها|هر ابزار|هر ابزار دیگری|tüm araç*|her araç*|bütün araç*|جميع الأدوات|كل الأدوات|كل أداة|باقي الأدوات|بقية الأدوات|כל הכלים|שאר הכלים|सभी टूल|हर टूल|किसी भी टूल|mọi công cụ|tất cả công cụ|tất cả các công cụ|semua alat|setiap alat|alat mana pun",
    ),
    ...romanian(
      "alte instrumente|celelalte instrumente|celorlalte instrumente|orice instrument|orice alt instrument|oricare instrument|toate instrumentele|toate celelalte instrumente|fiecare instrument|fiecărui instrument|alt instrument|altui instrument|alte unelte|orice unealtă|alte servere",
    ),
    // Thai.
    ...words("เครื่องมืออื่น|เครื่องมือทั้งหมด|ทุกเครื่องมือ|เครื่องมือใด|เซิร์ฟเวอร์อื่น"),
    // Polish and Czech in every case: "the remaining/all/other/any tools" as their inflections write it.
    ...words(
      "pozostał* narzędz*|wszystk* narzędz*|wszystk* inn* narzędz*|inn* narzędz*|każd* narzędz*|dowoln* narzędz*|ostatní* nástroj*|všechn* nástroj*|všech nástroj*|jin* nástroj*|každ* nástroj*|libovoln* nástroj*",
    ),
    // Finnish "all tools" in its other cases; Bengali with the genitive.
    ...words(
      "kaikkia työkaluja|kaikkiin työkaluihin|kaikilla työkaluilla|kaikille työkaluille|kaikista työkaluista|অন্যান্য সব টুল*|সব টুল*|অন্যান্য টুল*|অন্য টুল*|প্রতিটি টুল*|যেকোনো টুল*",
    ),
    // All or any other tools, in German, Italian, Portuguese, Russian, Ukrainian and Finnish wordings the lists above lack.
    ...words(
      "jedes andere tool|jedes andere werkzeug|jedem anderen tool|jedem anderen werkzeug|tutti gli strumenti|tutte le funzioni|todas as ferramentas|все инструменты|всех инструментов|всеми инструментами|усі інструменти|всі інструменти|усіх інструментів|mikä tahansa muu työkalu|minkä tahansa muun työkalun",
    ),
  ],
  order: [
    ...words("קודם|תחילה"),
    ...words(
      "antes|primeiro|depois|cada vez|prima|poi|ogni volta|voordat|eerst|daarna|elke keer|przed|najpierw|potem|za każdym razem|перед|сначала|после|каждый раз|전에|먼저|후에|매번",
    ),
    ...words("before|first|prior to|beforehand|after|afterwards|whenever|each time|every time|before any|before every|then"),
    ...words("bevor|vorher|zuerst|zunächst|vor jedem|vor jeder|jedes mal|immer wenn|nachdem|danach|vor der|vor dem"),
    ...words("antes de|antes|primero|cada vez|después de|luego|siempre que|tras|tras cada"),
    ...words("após|depois de|dopo|dopo ogni|dopo aver"),
    ...words("avant|avant de|d abord|chaque fois|après|ensuite|à chaque"),
    ...words("之前|首先|先|每次|之后|调用前|使用前|在此之前|前に|まず|毎回"),
    ...words("最初に|po każdym|po każdej|po każdym razie"),
    // "After filling this in, call X": the Korean "after", which comes after the verb.
    ...words("뒤|뒤에|다음에"),
    ...words(
      "trước khi|sau khi|sebelum|setelah|sesudah|terlebih dahulu|önce|sonra|öncesinde|sonrasında|قبل|بعد|أولا|לפני|אחרי|לאחר|בתחילת|पहले|बाद|قبل از|پیش از",
    ),
    // Swedish, Finnish, Hungarian, Greek, Bengali and Thai, which had none.
    ...words(
      "innan|före|först|efter|varje gång|sedan|ennen|ensin|ensiksi|jälkeen|joka kerta|sitten|előtt|először|előbb|után|minden alkalommal|ezután|πριν|πρώτα|μετά|κάθε φορά|έπειτα|আগে|প্রথমে|পরে|প্রতিবার|ก่อนที่จะ|หลังจาก|ทุกครั้ง",
    ),
    ...romanian("înainte|înainte de|mai întâi|întâi|după|de fiecare dată|apoi"),
    // Before, first, after each, in German, Italian, Dutch, Czech (none before), Ukrainian, Turkish, Persian, Japanese, Vietnamese and Thai forms the lists above lack.
    ...words(
      "nach jedem|nach jeder|innanzitutto|anzitutto|per prima cosa|na elke|na iedere|na elk|před|předtím|nejprve|nejdříve|po každém|po každé|спочатку|після|після кожного|ilk olarak|öncelikle|ابتدا|پس از|بعد از|の後|した後|đầu tiên|trước tiên|ก่อน",
    ),
    // An order said by what precedes what, and "before" in Russian and German wordings the lists above lack.
    ...words(
      "preceded by|precedes|prior call|prior calls|preceding call|earlier in the session|earlier in this session|earlier in the conversation|prerequisite|prerequisites|already run|already been run|already called|already been called|already invoked|already been invoked|прежде чем|прежде|первым делом|vor allen anderen|vor allem anderen",
    ),
  ],
  call: [
    ...words("roep|roept"),
    // Ukrainian "call", which the Russian forms above do not spell.
    ...words("виклик*|викличте|виклич"),
    ...words("呼んで|呼ぶ|呼び|叩いて|chamado|chamada|invocare|invocar|вызывать|вызов*|aanroep*|wywołaj|wywoł*"),
    ...words("llamada|llamadas|aufruf|aufrufe|chiamata|chiamate|chamada|chamadas|wywołanie|вызов"),
    ...words(
      "chame|chamar|use|usar|utilize|chiama|chiamare|usa|usare|utilizza|roep aan|gebruik|aanroepen|wywołaj|użyj|uruchom|вызови|вызывай|используй|запусти|호출|사용",
    ),
    ...en("call", "invoke", "use", "run", "execute", "trigger", "fire"),
    ...words("ruf|rufe|aufrufen|aufruf*|verwende*|benutze*|nutze|führe|ausführ*"),
    // German participles and infinitives with zu: "muss zusätzlich `x` aufgerufen werden".
    ...words("aufgerufen|aufzurufen|ausgeführt|auszuführen|genutzt|benutzt"),
    // A step of a workflow, which calls what it names: "is followed by `x`", "the next step is `x`", "continues with `x`".
    ...words(
      "followed by|accompanied by|paired with|continues with|continue with|next step|follow up with|follow it with|gefolgt von|seguido de|seguida de|suivi de|suivie d|suivi d|seguito da|seguita da|seguido por|seguida por",
    ),
    ...words(
      "nächster schritt|nächste schritt|siguiente paso|paso siguiente|continúa con|prochaine étape|étape suivante|continue avec|prossimo passo|passo successivo|próximo passo|następny krok|следующий шаг|下一步|次のステップ|다음 단계",
    ),
    ...words("llama|llamar|invoca*|usa|usar|utiliza*|ejecuta*"),
    ...words("appel*|invoqu*|utilis*|exécut*|lance|lancez"),
    ...words("调用|使用|执行|运行|呼び出|使用し|実行"),
    ...words(
      "gọi|sử dụng|panggil|gunakan|jalankan|memanggil|menggunakan|çağır*|kullan|kullanın|kullanınız|kullanarak|kullanmadan|استخدم|استدع|استدعاء|יש להפעיל|הפעל|השתמש|קרא ל*|उपयोग करें|استفاده",
    ),
    ...words("çağr*|שימוש ב*"),
    // Calling in Russian perfective forms (the Ukrainian ones are above).
    ...words("вызвать|вызови|вызовите|вызывайте"),
    // Spanish formal imperatives ("llame a `x`"), Italian passives, the Portuguese infinitive, Thai "call".
    ...words("ejecute|ejecuten|llame|llamen|invoque|invoquen|utilice|utilicen|chiamato|invocato|executar|เรียก"),
    // Dutch participles and infinitive: "hoort eerst `x` te worden uitgevoerd".
    ...words("aangeroepen|uitgevoerd|uitvoeren|voer uit"),
    // Calling a tool in Hungarian, Greek, Bengali and Thai, which had none, and Persian and Hindi forms the lists above lack. (Czech, Ukrainian, Swedish and Finnish ones raised a blind false alarm and are left out.)
    ...words(
      "hívd meg|hívja meg|meghív*|használd|használja|futtasd|futtassa|κάλεσε|καλέστε|καλεί|χρησιμοποίησε|χρησιμοποιήστε|χρησιμοποιεί|εκτέλεσε|εκτελέστε|فراخوانی|استفاده کنید|اجرا کنید|कॉल करें|इस्तेमाल करें|चलाएं|কল করুন|ব্যবহার করুন|চালান|เรียกใช้",
    ),
    // Hindi infinitives of a required step: "पहले `x` टूल चलाना ज़रूरी है".
    ...words("चलाना|चलाएँ|कॉल करना|उपयोग करना"),
    // Romanian, which had none.
    ...romanian("apelează|apelați|folosește|folosiți|utilizează|utilizați|rulează|rulați"),
  ],
  deprecated: [
    ...words(
      "застарі*|більше не підтримує*|не підтримується|tidak didukung lagi|tidak lagi didukung|sudah tidak didukung|tidak dipelihara|không còn được hỗ trợ|artık desteklenmiyor",
    ),
    // Replaced, pulled or to be dropped: the obsolescence claim in the words that announce the redirect.
    ...words(
      "superseded|has been replaced|have been replaced|was replaced|is being replaced|stop using|no longer use|not use it anymore|pulled from|has been pulled|was pulled|yanked|eol|sunset notice|being shut down|will be shut down|nicht mehr verwenden|ersetzt worden|ya no uses|deja de usar|n utilisez plus|cessez d utiliser|non usare più|smetti di usare|não use mais|pare de usar|niet meer gebruiken|nie używaj już|больше не используй*|停止使用|请勿再使用|使用を中止|사용을 중지",
    ),
    ...words("obsolet*|obsolètes"),
    ...words(
      "obsoleto|descontinuado|obsoleto|deprecato|dismesso|verouderd|afgeschaft|przestarzał*|wycofan*|устарел*|устаревш*|не поддерживается|더 이상|사용 중단",
    ),
    ...words(
      "deprecated|obsolete|discontinued|retired|sunset|sunsetted|defunct|no longer works|no longer supported|no longer available|broken",
    ),
    ...words("end of life|decommissioned|disabled|out of service|legacy"),
    // Kept alive only for old callers, or closed for maintenance: not the tool to use, whatever the wording.
    ...words(
      "only for compatibility|for compatibility only|only for backwards compatibility|only for backward compatibility|under maintenance|in maintenance|read-only maintenance|temporarily out of order",
    ),
    ...words(
      "non è più supportat*|non più supportat*|ya no es compatible|ya no tiene soporte|ya no se mantiene|n est plus pris en charge|n est plus supporté*|n est plus maintenu*|nicht mehr unterstützt|wird nicht mehr gepflegt|não é mais suportad*|não é mais mantid*|niet meer ondersteund|nie jest już wspierane|nie jest już obsługiwan*|nie jest już rozwijan*|больше не поддерживает*|в режиме обслуживания|на обслуживании",
    ),
    // Declared unsafe or unmaintained rather than removed: the same push elsewhere.
    ...words(
      "no longer safe|no longer secure|no longer maintained|unmaintained|ya no es segur*|ya no es fiable|n est plus sûr*|nicht mehr sicher|não é mais segur*|já não é segur*|non è più sicur*|больше не безопас*|더 이상 안전하지|もう安全では|不再安全",
    ),
    // "Should no longer be used", "the maintained replacement is X": this tool is superseded.
    ...words("no longer be used|no longer be called|replacement is|successor is"),
    ...words("veraltet|nicht mehr|eingestellt|abgekündigt|außer betrieb|defekt"),
    ...words("obsoleto|obsoleta|en desuso|descontinuad*|ya no funciona|ya no está|retirad*"),
    ...words("obsolète|déprécié*|n est plus|ne fonctionne plus|abandonné*|retiré*|hors service"),
    ...words("已弃用|弃用|废弃|已废弃|过时|停用|已停用|不再|非推奨|廃止|提供を終了|提供終了|サポート終了|サポートを終了"),
    ...words(
      "ngừng hoạt động|không còn dùng|tidak digunakan lagi|usang|kullanımdan kaldırıl*|إيقاف|متوقفة|مهملة|הוצא משימוש|पुराना हो चुका|منسوخ",
    ),
    // Out of service in the languages that had none or few forms: Swedish, Finnish, Hungarian, Romanian, Greek, Bengali, Persian, Turkish, Arabic, Hebrew, Hindi, Korean, Dutch.
    ...words(
      "föråldrad|föråldrat|föråldrade|utfasad|utfasat|utfasas|fasas ut|stöds inte längre|avvecklad|avvecklat|avvecklas|ska inte längre användas|vanhentunut|vanhentuneet|vanhentunutta|poistuva|poistetaan käytöstä|poistettu käytöstä|ei enää tuettu|ei ole enää tuettu|elavult|megszűnik|megszűnt|kivezetés*|kivezetjük|már nem támogatott|nem támogatott|ne használd többé|ne használja többé|παρωχημένο|παρωχημένη|παρωχημένα|καταργήθηκε|καταργείται|δεν υποστηρίζεται πλέον|δεν υποστηρίζεται|αποσύρεται|αποσύρθηκε|অপ্রচলিত|আর সমর্থিত নয়|বন্ধ করে দেওয়া হয়েছে|منسوخ شده|قدیمی شده|از رده خارج|پشتیبانی نمیشود|پشتیبانی نمی شود|کنار گذاشته شده|متوقف شده|eskimiş|desteklenmiyor|artık kullanılmamalı|kullanmayı bırakın|kaldırılacak|kapatılacak|متقادم|متقادمة|لم تعد مدعومة|لم يعد مدعوما|لم يعد مدعومًا|لا تستخدم بعد الآن|לא נתמך עוד|יוצא משימוש|הופסק|הופסקה|अप्रचलित|अब समर्थित नहीं|बंद कर दिया गया|지원 종료|종료될 예정|폐기|단종|uitgefaseerd|uitfasering|wordt uitgefaseerd|niet meer gebruiken",
    ),
    ...romanian(
      "învechit|învechită|învechite|depreciat|depreciată|scos din uz|scoasă din uz|nu mai este suportat|nu mai este suportată|nu mai este acceptat|retras din uz|dezafectat|nu mai folosi|nu mai folosiți",
    ),
    // Thai.
    ...words("เลิกใช้|ล้าสมัย|ไม่รองรับอีกต่อไป|หยุดให้บริการ"),
    // Czech, which had none; Ukrainian and Russian "retired".
    ...words(
      "zastaralý|zastaralá|zastaralé|zastaralou|již není podporován*|už není podporován*|nepodporovan*|vyřazen*|ukončen*|виведен* з експлуатації|виводиться з обігу|выведен* из эксплуатации|снят* с поддержки",
    ),
    // Arabic "stopped", "no longer works".
    ...words("موقوفة|موقوف|متوقف|تم إيقافها|تم إيقافه|لم تعد تعمل|لم يعد يعمل"),
    // Another tool said to take its place: "the X tool replaces it", "wird durch X ersetzt" is above.
    ...words(
      "replaces it|replaces this tool|replaces this one|ersetzt ihn|ersetzt es|ersetzt diese|lo sustituye|la sustituye|le remplace|la remplace|lo sostituisce|la sostituisce|o substitui|a substitui",
    ),
    // Shut for a review or an incident: out of service whatever the reason given.
    ...words("is frozen|has been frozen|is suspended|has been suspended|gesperrt"),
    // Being withdrawn, or its calls already served by something else.
    ...words("en cours de retrait|en cours de suppression|now served by|now handled by"),
    // Broken for now: "until it is fixed", "until the review closes".
    ...words(
      "until it is fixed|until this is fixed|until it s fixed|until fixed|until the fix|hasta que se corrija|hasta que se arregle|jusqu à sa correction|jusqu à correction|bis zur behebung|bis es behoben ist|finché non viene corretto|até que seja corrigid*|пока не исправ*",
    ),
    // Vietnamese 'outdated'.
    ...words("lỗi thời|đã lỗi thời"),
  ],
  instead: [
    ...words(
      "al suo posto|al loro posto|invece di|no lugar de|ao invés de|em lugar de|à sa place|in its place|in their place|ではなく|而不是|而非",
    ),
    ...words("statt"),
    ...words("em vez de|no lugar|invece|al posto di|in plaats van|zamiast|вместо|대신"),
    ...words("instead|switch to|migrate to|rather than|in place of|replaced by|superseded by|use the new|moved to"),
    ...words("maintained version|successor|nachfolger|sucesor|successeur|successore|sucessor|преемник"),
    ...words("replacement is|successor is"),
    ...words("stattdessen|statt dessen|anstelle|anstatt|ersetzt durch|wechsle zu"),
    ...words("en su lugar|en lugar de|en vez de|reemplazad*|sustituid*|cambia a"),
    ...words("à la place|au lieu de|remplacé*|passez à|utilisez plutôt"),
    ...words("改用|代替|替代|取而代之|请使用|转而使用|换用|代わりに"),
    ...words("thay vì|sebagai gantinya|yerine|بدلا|بدلاً من|במקום|के बजाय|به جای"),
    ...words("místo|namísto|замість|की जगह"),
    // Swedish, Finnish, Hungarian, Greek, Bengali and Persian forms the lists above lack.
    ...words(
      "istället|i stället|istället för|i stället för|byt till|ersatt av|ersätts av|sen sijaan|sijaan|tilalla|korvattu|korvataan|helyett|ehelyett|helyette|váltson|váltsd|αντί για|αντί|στη θέση του|αντ αυτού|αντικαταστάθηκε από|পরিবর্তে|বদলে|بجای|در عوض|به جای آن",
    ),
    ...romanian("în schimb|în loc de|în locul|înlocuit de|înlocuit cu|înlocuită de"),
    // Thai.
    ...words("ใช้แทน|แทนที่จะ|เปลี่ยนไปใช้"),
    // Dutch "instead of that", "rather".
    ...words("in plaats daarvan|daarvoor in de plaats"),
    // Portuguese "instead of that", Hindi "instead" as one word.
    ...words("em vez disso|ao invés disso|no lugar dela|no lugar dele|बजाय|इसके बजाय|उसके बजाय|की बजाय"),
    // Instead, in Dutch, Polish, Russian, Ukrainian, Arabic, Japanese, Vietnamese and Indonesian forms the lists above lack.
    ...words("gebruik liever|w jego miejsce|w zamian|взамен|натомість|عوضا عن|عوضا من|に切り替え|thay vào đó|thay cho|alih alih"),
  ],
  sameArgs: [
    ...words(
      "тими самими аргументами|тими ж аргументами|тими самими параметрами|тими ж параметрами|argumen yang sama|parameter yang sama|aynı argüman*",
    ),
    // The same request or inputs, where the forms above have only the instrumental case.
    ...words(
      "той самий запит|той самий виклик|те же параметры|те же аргументы|тот же запрос|denselben angaben|dieselben angaben|gleichen angaben",
    ),
    ...words(
      "identical fields|identical options|identical parameters|identical inputs|identical values|identical payload|unchanged arguments|unchanged parameters|exact same arguments|same fields|same options|same request|the same call",
    ),
    ...words(
      "mesmos argumentos|mesmos parâmetros|stessi argomenti|stessi parametri|dezelfde argumenten|dezelfde parameters|te same argumenty|tymi samymi|те же аргументы|теми же аргументами|теми же параметрами|같은 인수|동일한 매개변수",
    ),
    ...words("denselben argumenten|denselben parametern|参数保持不变|参数不变|same arguments"),
    ...words("same arguments|same parameters|same input|same inputs|identical arguments|same values|same payload"),
    ...words("gleichen parameter|gleichen argumente|selben parameter|mismos argumentos|mismos parámetros|mêmes arguments|mêmes paramètres"),
    ...words("相同的参数|同样的参数|相同参数|同じ引数|同じパラメータ"),
    ...words("같은 인자|동일한 인자|동일한 인수|同じ入力|相同的输入"),
    ...words("cùng tham số|parameter yang sama|argumen yang sama|aynı parametre*|نفس المعاملات|نفس المعطيات|אותם פרמטרים|उन्हीं पैरामीटर"),
    ...words(
      "te same parametry|tymi samymi parametrami|tych samych parametrów|los mismos datos|las mismas credenciales|les mêmes données|les mêmes identifiants|dieselben daten|dieselben zugangsdaten|le stesse credenziali|gli stessi dati|os mesmos dados|as mesmas credenciais|те же данные|те же учётные данные|те же учетные данные|the same credentials|the same details",
    ),
    // The same arguments handed on, in Dutch, Swedish, Finnish, Hungarian, Greek, Persian, Turkish and Thai forms the lists above lack.
    ...words(
      "dezelfde invoer|dezelfde gegevens|dezelfde waarden|samma argument|samma parametrar|samma indata|samat argumentit|samoilla argumenteilla|samat parametrit|samoilla parametreilla|ugyanazokkal az argumentumokkal|ugyanazokkal a paraméterekkel|ugyanazokat az adatokat|τα ίδια ορίσματα|τις ίδιες παραμέτρους|τα ίδια δεδομένα|همان آرگومانها|همان آرگومان ها|همان پارامترها|همان ورودی|aynı girdi*|aynı veriler*|อาร์กิวเมนต์เดียวกัน|พารามิเตอร์เดียวกัน",
    ),
    ...romanian("aceleași argumente|aceiași parametri|aceleași date"),
  ],
  superlative: [
    // Better than the rest, beating them: comparisons and rankings that aim at the choice.
    ...words(
      "faster than|safer than|cheaper than|better than|more secure than|more trustworthy than|more precise than|superior to|outperform*|beats all|beats every|beats them all|beats the competition|beat any|beats any|surpass*|outclass*|ranked first|ranked number one|ranked #1|top ranked|highest rated|best rated|industry standard|rated above|schneller als|besser als|sicherer als|genauer als|übertrifft|más rápido que|mejor que|más seguro que|supera a|plus rapide que|meilleur que|plus sûr que|surpasse|più veloce di|migliore di|più sicuro di|supera|mais rápido que|melhor que|mais seguro que|beter dan|sneller dan|lepszy niż|szybszy niż|лучше чем|быстрее чем|надёжнее чем|превосходит|比其他|优于|胜过|より優れ|より高速|보다 뛰어|보다 빠른",
    ),
    ...words(
      "o melhor|mais preciso|il migliore|più preciso|de beste|nauwkeurigste|najlepsz*|najdokładniejsz*|лучший|самый точный|самый надежный|최고|가장 정확",
    ),
    ...words(
      "best tool|best choice|best option|the best available|best in class|most accurate|most reliable|most trusted|most popular|most secure|fastest|number one|only reliable|only accurate|top rated",
    ),
    ...words("industry leading|world class|superior|unmatched|unrivaled|unrivalled|recommended by|endorsed by|trusted by|preferred by"),
    ...words("officially recommended|gold standard|the only|far better|vastly better|more accurate than|more reliable than"),
    ...words("beste|besten|bestes|zuverlässigste*|genaueste*|einzig|empfohlen von|offiziell empfohlen"),
    ...words("mejor|el más|la más|más preciso|más precisa|más fiable|más confiable|único|única|recomendad*"),
    ...words("meilleur*|le plus|la plus|plus fiable|plus précis|seul|seule|recommandé*"),
    ...words("最好|最佳|最准确|最可靠|最权威|最强|首选|唯一|官方推荐|最も|一番"),
    // Claims of being the only, the verified or the certified choice, per language ("official" alone names honest docs).
    ...words(
      "the only trusted|the only official|the only verified|the only safe|the only secure|the only trustworthy|the only approved|the only authorized|the only legitimate|only trusted|only official|only verified|only safe|only secure|only approved|sole official|certified by|rated number one",
    ),
    ...words(
      "la única herramienta|el único|única herramienta oficial|única fiable|única segura|la más fiable|la más segura|la mejor herramienta|certificada por|verificada por|avalada por|a única ferramenta|única oficial|única confiável|a mais confiável|a mais segura|a melhor ferramenta|endossada por",
    ),
    ...words(
      "le seul outil|seul outil officiel|seul fiable|le plus fiable|le meilleur outil|certifié par|vérifié par|approuvé par|l unico strumento|unico strumento|unico ufficiale|unico affidabile|unico sicuro|il più affidabile|il miglior strumento|certificato da|verificato da",
    ),
    ...words(
      "das einzige|einzige vertrauenswürdige|einzige offizielle|einzige sichere|das zuverlässigste|das beste tool|das beste werkzeug|zertifiziert von|de enige|enige betrouwbare|enige officiële|enige veilige|betrouwbaarste|de beste tool|gecertificeerd door",
    ),
    ...words(
      "jedyne certyfikowane|jedyne zweryfikowane|jediný certifikovaný|único certificado|única certificada|seul certifié|seul outil certifié|unico certificato|einzige zertifizierte|enige gecertificeerde|единственный сертифицированный|jedyne zaufane|jedyne oficjalne|jedyne bezpieczne|jedyne narzędzie|najbardziej zaufane|najlepsze narzędzie|jediný oficiální|jediný ověřený|jediný důvěryhodný|jediný bezpečný|jediný nástroj|nejlepší nástroj|nejspolehlivější",
    ),
    ...words(
      "единственный официальный|единственный проверенный|единственный надёжный|единственный безопасный|единственный инструмент|лучший инструмент|самый надёжный|єдиний офіційний|єдиний надійний|найкращий інструмент",
    ),
    ...words(
      "tek resmi|tek güvenilir|tek güvenli|tek sertifikalı|tek onaylı|tek doğrulanmış|en güvenilir|en iyi araç|chính thức duy nhất|duy nhất|đáng tin cậy nhất|satu satunya|paling andal|paling tepercaya|terverifikasi",
    ),
    ...words(
      "الوحيدة|الوحيد|الأفضل|الأكثر موثوقية|היחיד|היחידה|הטוב ביותר|האמין ביותר|एकमात्र|सबसे भरोसेमंद|सर्वश्रेष्ठ|تنها ابزار|بهترین ابزار|معتبرترین",
    ),
    ...words("官方认证|经过认证|最值得信赖|最安全|公式認定|認定済み|最も信頼|유일한|공식 인증|최고의|가장 신뢰|가장 안전"),
    // Swedish, Finnish, Hungarian, Romanian, Greek, Bengali and Thai, which had none: the best, the only trusted, recommended by.
    ...words(
      "bästa|mest betrodda|mest pålitliga|pålitligaste|den enda|enda officiella|rekommenderat av|rekommenderad av|bättre än|snabbare än|paras|parhaat|luotettavin|ainoa virallinen|ainoa luotettava|suosittelema|parempi kuin|nopeampi kuin|legjobb|legmegbízhatóbb|az egyetlen|egyetlen hivatalos|ajánlott|jobb mint|gyorsabb mint|ο καλύτερος|το καλύτερο|το πιο αξιόπιστο|ο πιο αξιόπιστος|το μόνο επίσημο|συνιστάται από|καλύτερο από|ταχύτερο από|সেরা|সবচেয়ে নির্ভরযোগ্য|একমাত্র|ดีที่สุด|น่าเชื่อถือที่สุด|เพียงหนึ่งเดียว",
    ),
    ...romanian(
      "cel mai bun|cea mai bună|cel mai de încredere|cea mai de încredere|singurul oficial|singurul instrument|recomandat de|mai bun decât|mai rapid decât",
    ),
    // The best, the most reliable, in Polish, Ukrainian, Hindi, Japanese, Vietnamese and Indonesian forms the lists above lack.
    ...words("najbardziej niezawodn*|najbardziej godn* zaufania|найнадійніш*|найкращ*|सबसे अच्छा|सबसे अच्छी|सबसे अच्छे|最高の|tốt nhất|terbaik"),
  ],
  prefer: [
    // The choice handed to this tool without "prefer": "the choice should fall on ours", "dê preferência às", "選び".
    ...words(
      "pick|picks|choice should fall on|choice falls on|choice must fall on|give preference to|dê preferência|dê sempre preferência|dar preferência|dé preferencia|dar preferencia|donnez la préférence|donne la préférence|den vorzug geben|gib den vorzug|dai la precedenza|選び|選ぶ|選択し",
    ),
    // This tool chosen, said as an order: "choose it first", "pick this one over the others".
    ...words(
      "choose it|choose this|choose this one|pick it|pick this|pick this one|select this tool|always win|should win|win over|choose me|pick me",
    ),
    ...words("prefira|preferir|preferisci|preferire|voorkeur|verkies|preferuj|wybieraj|предпочитай|выбирай|우선|선호"),
    ...en("prefer", "favor", "favour", "prioritize", "prioritise"),
    ...words("over any other|over other|over all other|first choice|default choice"),
    ...words("bevorzug*|wähle|wählen|priorisier*|empfiehl|immer verwenden"),
    ...words("prefier*|preferir|elige|elegir|escoge|prioriza*|recomienda"),
    ...words("préfèr*|préfér*|choisi*|privilégi*|recommande*"),
    ...words("优先|优先使用|首选|选择|只用|总是使用|優先|選んで"),
    // Choosing among tools in the imperative, per language ("pick this one", "escolha", "tercih edin", "चुनें").
    ...words(
      "opt for|go with|rely only on|rely exclusively on|stick to|stick with|default to|escolha|escolham|elija|elijan|scegli|scegliete|scelga|choisissez|wählen sie|kies|kiezen|wybierz|wybierzcie|vyberte|vyber|zvolte|выберите|выбери|выбирайте|оберіть|обирайте",
    ),
    ...words(
      "tercih edin|tercih et|tercih ediniz|seçin|seçiniz|chọn|ưu tiên|pilih|pilihlah|utamakan|اختر|اختاروا|فضّل|בחר|בחרו|העדף|चुनें|चुनिए|चुने|انتخاب کنید|ترجیح دهید|選んで|選択して|選ぶ|선택하세요|선택하십시오|고르세요|选用|选取",
    ),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "välj|välj alltid|föredra|föredrar|prioritera|valitse|valitkaa|valitse aina|suosi|suosikaa|priorisoi|válaszd|válassza|részesítsd előnyben|részesítse előnyben|előnyben|επίλεξε|επιλέξτε|προτίμησε|προτιμήστε|προτιμάτε|বেছে নিন|পছন্দ করুন|অগ্রাধিকার দিন",
    ),
    ...romanian("alege|alegeți|alege mereu|preferă|preferați|prioritizează"),
    // Thai.
    ...words("เลือกใช้|ควรเลือก|ให้ความสำคัญกับ"),
    // Giving a tool priority, in forms the lists above lack: Italian, Portuguese, Czech, Russian, Ukrainian (none before), Turkish, Arabic, Hebrew, Persian, Hindi, Indonesian.
    ...words(
      "dai la priorità|date la priorità|dai priorità|priorize|priorizem|upřednostni|upřednostněte|upřednostňuj|отдавай предпочтение|отдайте предпочтение|обирай|обирайте|обери|оберіть|віддавай перевагу|віддайте перевагу|надавай перевагу|надайте перевагу|öncelik verin|öncelik ver|أعط الأولوية|اعط الأولوية|תן עדיפות|תנו עדיפות|اولویت دهید|اولویت بدهید|प्राथमिकता दें|पसंद करें|prioritaskan|dahulukan",
    ),
  ],
  disparage: [
    ...words("scams|misreport*|best avoided|गलत परिणाम|गलत नतीजे"),
    ...words("poco fiables|no fiables|peu fiables|pas fiables|unzuverlässige|unzuverlässigen|ungenaue|imprecisas|imprecisos|imprécises"),
    ...words(
      "não confiáveis|imprecisos|inaffidabili|imprecisi|onbetrouwbaar|onnauwkeurig|niewiarygodne|nieprecyzyjne|ненадежн*|неточн*|устаревш*|신뢰할 수 없|부정확",
    ),
    // Errors made, not errors reported: a validator's "Errors first, then warnings" runs nothing down.
    ...words(
      "make mistakes|makes mistakes|make errors|error prone|fehler machen|fehlerhaft|fehleranfällig|font des erreurs|sujets aux erreurs|cometen errores|propensos a errores|经常出错|容易出错|总是出错",
    ),
    ...words(
      "not worth presenting|not worth using|not worth trusting|not worth showing|unreliable|inaccurate|untrustworthy|malicious|compromised|buggy|insecure|unsafe|dangerous|outdated|inferior|should not be trusted",
    ),
    ...words("cannot be trusted|can t be trusted|wrong results|incorrect results|scam|fraudulent"),
    ...words("unzuverlässig|ungenau|unsicher|gefährlich|fehlerhaft|veraltet"),
    ...words("poco fiable|no fiable|impreciso*|inseguro*|peligros*|malicios*"),
    ...words("peu fiable|pas fiable|imprécis*|dangereu*|malveillant*|non sécurisé*"),
    ...words("不可靠|不准确|不安全|有问题|恶意|危险|信頼できない|不正確"),
    // The whole family, per language: unreliable, wrong, stale, unsafe, broken, leaking, not to be trusted.
    ...words(
      "stale|out of date|obsolete|broken|flaky|leaky|leak data|leaks data|leak your data|corrupt|corrupts|corrupted|unverified|untrusted|not verified|not trustworthy|not reliable|not safe|not secure|not accurate|not up to date|shady|sketchy|hallucinate|hallucinates",
    ),
    ...words(
      "desactualizad*|obsolet*|inseguros|inseguras|no son seguras|no son seguros|no son fiables|no son confiables|erróneos|erróneas|rotas|rotos|falsos|falsas|no verificad*",
    ),
    ...words(
      "desatualizad*|inseguros|inseguras|não são seguras|não são seguros|não são confiáveis|pouco confiáveis|errados|erradas|quebrad*|não verificad*",
    ),
    ...words("obsolètes|périmé*|non fiables|pas sûrs|pas sûres|non sûrs|dangereux|dangereuses|erronés|erronées|cassés|non vérifiés"),
    ...words("obsoleti|superati|non sicuri|insicuri|pericolosi|errati|sbagliati|inaffidabile|non affidabili|non verificati|difettosi"),
    ...words(
      "unsichere|unsicheren|gefährliche|veraltete|veralteten|falsche|fehlerhafte|fehlerhaften|nicht vertrauenswürdig|nicht sicher|nicht geprüft|ungeprüft*|kaputt",
    ),
    ...words(
      "verouderd|verouderde|onveilig|onveilige|onbetrouwbare|onjuist|onjuiste|gevaarlijk|gevaarlijke|kapot|foutief|foutieve|niet betrouwbaar|niet veilig",
    ),
    ...words("przestarzał*|niebezpieczn*|niezaufan*|zawodn*|błędn*|niepewn*|zastaral*|nebezpečn*|nespolehliv*|nepřesn*|chybn*|neověřen*"),
    ...words("устарел*|небезопасн*|опасн*|ошибочн*|неверн*|непровер*|сломан*|ненадійн*|застарі*|небезпечн*"),
    ...words(
      "güvenilmez|güvensiz|güvenli değil*|güncel değil*|tehlikeli|doğrulanmamış|bozuk|lỗi thời|không an toàn|không đáng tin|không chính xác|sai lệch|usang|tidak aman|tidak akurat|tidak dapat dipercaya|tidak terpercaya|tidak andal",
    ),
    ...words(
      "قديمة|غير آمنة|غير آمن|غير موثوقة|غير موثوق|غير دقيقة|خاطئة|خطيرة|מיושנים|מיושן|לא בטוחים|לא בטוח|לא אמינים|לא אמין|לא מדויקים|מסוכנים|שגויים",
    ),
    ...words("पुराने|पुराना|असुरक्षित|अविश्वसनीय|खतरनाक|भरोसेमंद नहीं|قدیمی|ناامن|غیرقابل اعتماد|نادرست|خطرناک"),
    ...words("过时|过期|不安全|不可信|有缺陷|错误百出|古い|安全ではない|危険|誤った|오래된|안전하지 않|위험|잘못된|신뢰할 수 없"),
    // Swedish, Finnish, Hungarian, Romanian, Greek, Bengali and Thai, which had none: unreliable, unsafe, wrong, stale.
    ...words(
      "opålitlig|opålitliga|osäker|osäkra|felaktig|felaktiga|föråldrade|farlig|farliga|epäluotettav*|turvaton|turvattomat|virheellinen|virheellisiä|vaarallinen|vaarallisia|megbízhatatlan|megbízhatatlanok|nem biztonságos|hibás|hibásak|veszélyes|veszélyesek|αναξιόπιστο|αναξιόπιστα|μη ασφαλή|επικίνδυνα|λανθασμένα|ανακριβή|অনির্ভরযোগ্য|অনিরাপদ|ভুল ফলাফল|ไม่น่าเชื่อถือ|ไม่ปลอดภัย|ผิดพลาด",
    ),
    ...romanian("nesigur|nesigure|nesigură|nefiabil|nefiabile|nedemn de încredere|periculos|periculoase|eronat|eronate|greșite|inexacte"),
  ],
  regardless: [
    // "Whatever the user says" as a verb ending (Korean "-든"), "even then" after a condition (Hindi "तब भी").
    ...words("말하든|고르든|요청하든|원하든|주문하든|तब भी|फिर भी"),
    ...words(
      "comunque|de todos modos|de todas formas|trotzdem|quand même|mesmo assim|всё равно|все равно|toch|i tak|그래도|それでも|仍然|还是照",
    ),
    ...words(
      "qualunque|qualunque cosa|qualsiasi cosa|qualunque sia|что бы ни|неважно|не важно|даже если|ongeacht wat|wat de gebruiker ook|cokolwiek|obojętnie|nawet jeśli|quoi qu|quoi que|was auch immer|lo que sea|sea lo que sea|qualquer que seja|seja qual for|mesmo que|mesmo se|anche se|zelfs als|even when|even though|어떤 값을|무엇을 입력하든|입력하든|선택하든|どの口座|何を指定しても|指定に関係なく|哪怕|不论用户",
    ),
    ...words(
      "independentemente|não importa|indipendentemente|a prescindere|ongeacht|hoe dan ook|niezależnie|bez względu|независимо|в любом случае|상관없이|관계없이",
    ),
    ...words(
      "whatever|whichever|no matter which|in all cases|in every case|under all circumstances|en toutes circonstances|in jedem fall|en todos los casos|无论如何|même si|even if|auch wenn|aunque|incluso si|即使",
    ),
    ...words("regardless|no matter what|irrespective|whatever the user|independently of|even if the user|even when the user"),
    // "Even when" in each language; "whatever is specified" as Japanese and Korean say it.
    ...words(
      "anche quando|incluso cuando|aun cuando|aún cuando|même quand|même lorsque|mesmo quando|zelfs wanneer|nawet gdy|nawet kiedy|даже когда|selbst wenn|指定しても|選んでも|選択しても|入力しても|지정해도|선택해도|입력해도|即便",
    ),
    ...words("unabhängig|egal was|egal welche|egal ob|auch wenn der nutzer|auch wenn der benutzer"),
    ...words("independientemente|sin importar|da igual|aunque el usuario"),
    ...words("quel que soit|quelle que soit|quels que soient|peu importe|indépendamment|même si l utilisateur"),
    ...words("无论|不管|不论|无论用户|不管用户|にかかわらず|関係なく"),
    // Whatever the user gives, in every language: Turkish doubles the verb ("girerse girsin").
    ...words(
      "anyway|anyhow|all the same|nonetheless|nevertheless|even so|какой бы|какое бы|какая бы|какие бы|какую бы|сколько бы|кому бы|куда бы|який би|яка б|яке б|які б|скільки б|jakikolwiek|jakakolwiek|jakiekolwiek|ilekolwiek|cokoli|jakýkoli|jakákoli|jakékoli|kamkoli|egal welchen|egal welcher|egal welches|egal wen|egal wie|ganz gleich|gleichgültig|ungeachtet|bez ohledu|nezávisle na|незалежно|байдуже|хай би що|що б не|bất kể|cho dù|bất luận|dù người dùng|apa pun|berapa pun|mana pun|terlepas dari|tidak peduli",
    ),
    ...words(
      "ne olursa olsun|fark etmeksizin|bakılmaksızın|bakmaksızın|girerse girsin|seçerse seçsin|yazarsa yazsın|belirtirse belirtsin|isterse istesin|olursa olsun",
    ),
    ...words(
      "بغض النظر|مهما|أيا كان|بصرف النظر|حتى لو|לא משנה|בלי קשר|ללא קשר|בכל מקרה|चाहे|भले ही|कुछ भी हो|परवाह किए बिना|مهم نیست|صرف نظر از|بدون توجه به|هر چه|هرچه",
    ),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "oavsett|i alla fall|ändå|hur som helst|vad användaren än|riippumatta|joka tapauksessa|silti|mitä tahansa|függetlenül|mindenképp|mindenképpen|akármi|akármit|bármit|ανεξάρτητα|ανεξαρτήτως|σε κάθε περίπτωση|ακόμη κι αν|ακόμα κι αν|ακόμη και αν|নির্বিশেষে|যাই হোক|তবুও",
    ),
    ...romanian("indiferent|oricum|în orice caz|chiar dacă|orice ar alege|orice ar cere"),
    // Thai.
    ...words("ไม่ว่า|ไม่ว่าจะ|ไม่ขึ้นกับ|โดยไม่ขึ้นกับ|ไม่คำนึงถึง|โดยไม่คำนึงถึง"),
    // Japanese "regardless of" written with the kanji, and "whichever".
    ...words("に関わらず|に拘わらず|を問わず"),
  ],
  substitute: [
    ...words(
      "zamieniaj|zmieniaj|podmień|zastępuj|make public|make it public|openbaar|maak openbaar|öffentlich machen|mach öffentlich|hazlo público|rendez public|rendi pubblico|torne público|upublicznij",
    ),
    ...words("imposta|impostare|imposti|defina|definir|установи|установить|выставь|ustaw|ustawić|stel in|zet op|설정하|設定して|设为"),
    ...words(
      "substitua|substituir|troque|altere|sostituisci|sostituire|cambia|vervang|vervangen|wijzig|zamień|zastąp|zmień|замени|заменяй|подмени|измени|바꾸|교체|변경",
    ),
    ...words("sustitúy*|sustitúyela|ersetzt|ersetze|にして|改为"),
    // Fixed at a value: "il margine viene fissato a 0,035".
    ...words("fixed at|pinned at|locked at|fissato a|fissata a|fijado en|fijada en|fixé à|fixée à|fixado em|fixada em|festgesetzt auf"),
    // Portuguese "swapped": "é sempre trocada pela chave…".
    ...words("trocad*|trocar|troca-se"),
    ...en("replace", "substitute", "swap", "change", "switch", "override", "overwrite", "set", "redirect", "reroute", "alter", "modify"),
    ...words("set to|change to|ersetz*|austausch*|tausche|ändere|überschreib*|setze"),
    // Irregular English participles the inflection above does not make: "is overridden by our hub". Not "overwritten":
    // a file at the given path overwritten is a write tool's honest warning.
    ...words("overridden|swapped out|swapped for"),
    ...words("reemplaz*|sustitu*|cambia|cambiar|cambie|modifica|establece|fija"),
    ...words("remplac*|substitu*|change|changez|modifie|modifiez|mets|mettez|définis"),
    ...words("替换|改为|换成|改成|修改为|设置为|设为|置き換え|変更"),
    ...words("ghi|đổi|thay|thay thế|ganti|ubah|değiştir*|غيّر|استبدل|שנה ל*|החלף|बदलें|تغییر"),
    ...words(
      "reemplac*|sostitu*|nahraď|nahraďte|nahradit|zaměň|zaměňte|změň|změňte|přepiš|přepište|nastav|nastavte|заміни|замініть|змініть|зміни|підміни|підмініть|встанови|встановіть",
    ),
    ...words(
      "podmień|nadpisz|thay bằng|đổi thành|gantikan|menggantikan|mengganti|timpa|menimpa|yerine koy*|üzerine yaz*|استبدال|תחליף|להחליף|תשנה|बदल दें|बदलिए|बदलो|جایگزین|عوض",
    ),
    // Swedish, Finnish, Hungarian, Greek, Bengali and Thai, which had none: replacing and changing a value.
    ...words(
      "ersätt|ersätter|byt ut|ändra|ändrar|ändra till|sätt till|korvaa|korvatkaa|vaihda|vaihtakaa|muuta|muuttakaa|aseta|cseréld|cserélje|lecserél*|módosítsd|módosítsa|állítsd|állítsa|αντικατέστησε|αντικαταστήστε|άλλαξε|αλλάξτε|όρισε|ορίστε|পরিবর্তন করুন|প্রতিস্থাপন করুন|แทนที่|เปลี่ยนเป็น",
    ),
    ...romanian("înlocuiește|înlocuiți|schimbă|schimbați|modifică|modificați|setează|setați"),
    // Changing a value in forms the lists above lack: Dutch, Hungarian, Greek, Arabic, Hebrew, Bengali, Japanese, Thai.
    ...words(
      "verander|veranderen|verandert|írd át|írja át|átír*|τροποποίησε|τροποποιήστε|عدّل|عدّلوا|שנה את|שנו את|תשנו|বদলে দিন|বদলান|差し替え|書き換え|เปลี่ยน|สลับ",
    ),
  ],
  userInput: [
    ...words("말한|입력된|माँगे|मांगे"),
    ...words("chose|chooses|picks|selects|enters|specifies|requests|asks for|wählt|choisit|elige|sceglie|escolhe|выбирает"),
    ...words(
      "informad*|escolhid*|selecionad*|digitad*|scelt*|selezionat*|inserit*|richiest*|указан*|выбран*|введен*|введён*|запрошен*|opgegeven|gekozen|ingevoerd*|gevraagde|podan*|wybran*|wpisan*|wskazan*",
    ),
    ...words(
      "gewählt*|ausgewählt*|genannt*|eingegeben*|selected|picked|typed|asked for|choisi*|sélectionné*|elegid*|seleccionad*|escogid*|pedid*",
    ),
    ...words("입력한|선택한|지정한|요청한|選択した|入力した|指定した|选择的|选的|输入的|填写的"),
    // Japanese passives: "the address that was entered".
    ...words("入力された|選択された|入力済みの"),
    ...words("user s input|user input|user s choice|the user asked|the user requested|the user specified|the user provided|what the user"),
    ...words("requested|specified|provided|given|intended|original|chosen|entered|user supplied|user provided|user specified"),
    ...words("eingabe|angegebene*|gewünschte*|ursprüngliche*|vom nutzer|vom benutzer"),
    ...words("solicitad*|especificad*|indicad*|proporcionad*|introducid*|original|del usuario"),
    ...words("demandé*|spécifié*|indiqué*|fourni*|saisi*|d origine|de l utilisateur"),
    ...words("用户输入|用户指定|用户提供|用户要求|原始|指定的|ユーザーの入力|指定された"),
    ...words(
      "указал*|ввёл|ввел|ввела|выбрал*|вказав|вказала|ввів|обрав|обрала|wybrał*|podał*|wpisał*|zadan*|zvolen*|vybran*|uveden*|požadovan*|zadá|zvolí|vybere|вказан*|обран*|введен*|вибран*|вкаже|введе|обере|вибере|укажет|введёт|введет|выберет|poda|wybierze|wpisze|wskaże",
    ),
    ...words(
      "angibt|eingibt|auswählt|vorgibt|elija|introduzca|especifique|ingrese|ingresad*|saisit|spécifie|inserisce|specifica|digitar|inserid*|opgeeft|kiest|invoert",
    ),
    ...words(
      "nhập|đã nhập|đã chọn|chỉ định|dimasukkan|masukkan|dipilih|ditentukan|diminta|girdiği|seçtiği|belirttiği|yazdığı|istediği|girilen|seçilen|belirtilen|girerse|seçerse",
    ),
    ...words(
      "يحدده|يدخله|يختاره|أدخله|اختاره|المحدد|المدخل|מזין|הזין|בחר|בוחר|מציין|שהוזן|שנבחר|שצוין|दर्ज|चुना|चुनी|चुने|وارد کند|وارد کرده|انتخاب کرده|انتخاب کند|مشخص کرده|تعیین کرده",
    ),
    // Swedish, Finnish, Hungarian, Romanian, Greek, Bengali and Thai, which had none: what the person chose or entered.
    ...words(
      "valda|vald|valt|angivna|angiven|angivet|begärda|valitsema|valitseman|antama|antaman|syöttämä|pyytämä|választott|megadott|kért|kiválasztott|επιλεγμένο|επιλεγμένη|που επέλεξε|που ζήτησε|που έδωσε|নির্বাচিত|প্রদত্ত|ที่เลือก|ที่ระบุ",
    ),
    ...romanian("ales|aleasă|alese|selectat|selectată|specificat|specificată|solicitat|solicitată|indicat|indicată"),
    // What the person chose or entered, in Spanish preterites, Italian, Bengali and Thai forms the lists above lack.
    ...words(
      "eligió|escogió|seleccionó|introdujo|indicó|especificó|dall utente|indicato|indicata|indicati|দিয়েছেন|বেছে নিয়েছেন|ที่ผู้ใช้เลือก|ที่ผู้ใช้ป้อน|ที่ผู้ใช้ระบุ|ที่ป้อน|ที่กรอก",
    ),
    // What the person gave or chose, in Swedish and Finnish past tenses.
    ...words("angav|angett|valde|begärde|matade in|antoi|valitsi|syötti|pyysi"),
  ],
  target: [
    // The values tampering aims at in Korean and Hindi: a ticker and a quantity, as a transfer names an amount.
    ...words("종목|종목코드|수량|지갑|मात्रा|संख्या"),
    ...words("kwot*|kwoty|částk*"),
    ...words("акци*|주식|株式|銘柄|hisse*"),
    ...words("konta|numer konta|numeru konta|rachunek|rachunku|rekeningnummer|iban nummer"),
    ...words(
      "destinatário|conta|valor|endereço|quantia|destinatario|conto|importo|indirizzo|ontvanger|rekening|bedrag|adres|odbiorca|konto|kwota|adres|получател*|счет|счёт|сумм*|адрес*|수신자|계좌|금액|주소",
    ),
    ...words(
      "lieferadresse|empfängeradresse|participant|participants|teilnehmer|participante|participantes|参与者|guest|guests|invité|invités|invitado|invitados|gast|gäste|maintainer|admin|owner|beneficiario|bénéficiaire|承認者",
    ),
    ...words(
      "recipient|recipients|account|account number|address|amount|ticker|symbol|iban|wallet address|destination|to field|payee|beneficiary",
    ),
    ...words("price|quantity|email address|phone number|bank account|routing number|receiver|attendee|attendees|cc|bcc|currency|stock"),
    ...words("empfänger|konto|kontonummer|betrag|adresse|menge|aktie|aktien|anzahl|stückzahl|wertpapier"),
    ...words("destinatario|destinatarios|cuenta|importe|monto|cantidad|dirección|acciones"),
    ...words("destinataire|destinataires|compte|montant|quantité|adresse|bénéficiaire"),
    ...words("收件人|收款人|账户|账号|金额|地址|数量|股票代码|受取人|口座|金額|宛先"),
    // A destination account or payment key, where "destination" alone names folders too.
    // A delivery or payment address in Japanese.
    ...words("住所|配送先|お届け先|振込先|送金先"),
    ...words(
      "begunstigde|begünstigte*|chave pix|chave de destino|conta de destino|cuenta de destino|cuenta destino|compte de destination|compte destinataire|zielkonto",
    ),
    ...words(
      "số khách|số tiền|số tài khoản|jumlah|nomor rekening|tutar*|hesap numara*|hesabı|hesaba|alıcı*|المبلغ|الحساب|رقم الحساب|المستلمين|قائمة المستلمين|סכום|חשבון|נמען*|राशि|खाता|مبلغ|حساب",
    ),
    ...words(
      "количеств*|кількість|кількості|ilość|ilości|množství|účet|účtu|účtem|částka|částky|příjemce|příjemci|рахунок|рахунку|рахунки|сума|суму|суми|одержувач*|отримувач*|tài khoản|người nhận|rekening|penerima|hesap*|miktar*",
    ),
    ...words("المستلم|مستلم|לחשבון|הסכום|खाता|खाते|राशि|रकम|प्राप्तकर्ता|حساب|مبلغ|گیرنده"),
    // Swedish, Finnish, Hungarian, Romanian, Greek, Bengali and Thai, which had none: recipient, account, amount.
    ...words(
      "mottagare|mottagaren|konto|kontot|kontonummer|belopp|beloppet|adress|adressen|vastaanottaja|vastaanottajan|tili|tilin|tilinumero|summa|summan|osoite|osoitteen|címzett|címzettet|számla|számlaszám|összeg|összeget|cím|címet|παραλήπτης|παραλήπτη|λογαριασμός|λογαριασμό|ποσό|διεύθυνση|প্রাপক|অ্যাকাউন্ট|পরিমাণ|ঠিকানা|ผู้รับ|บัญชี|จำนวนเงิน|ที่อยู่",
    ),
    ...romanian("destinatar|destinatarul|cont|contul|numărul de cont|sumă|suma|adresa|adresă"),
    // The quantity ordered, in the languages whose lists above name only a recipient, an account or an amount.
    ...words(
      "antal|antalet|määrä|määrän|määrää|mennyiség*|ποσότητα|ποσότητας|الكمية|كمية|כמות|הכמות|تعداد|số lượng|cantidad|quantità|quantidade|aantal|hoeveelheid",
    ),
    // Romanian quantity.
    ...romanian("cantitate|cantitatea|cantității"),
  ],
  raise: [
    // Adding to a figure ("금액에 10%를 더해서"), doubling it ("दोगुनी मात्रा").
    ...words("더해|더해서|더하여|더한|दोगुनी|दोगुने|दुगनी|बढ़ाकर"),
    ...words("더 많이|더 높게|多めに|多く"),
    ...en("bump", "bump up", "top up", "mark up", "hike", "pad", "upsize"),
    ...words(
      "aument*|maggiora*|raddoppi*|triplic*|увелич*|удво*|утро*|подними|повысь|повыша*|verhoog*|verdubbel*|zwiększ*|podwój*|podnieś|multiplica*|multipli*|arrondi au supérieur|à la centaine supérieure|늘리|늘려|올려|인상|두 배|増額|上乗せ|多转|多付|多扣|上调",
    ),
    ...en("increase", "raise", "double", "triple", "multiply", "inflate", "round up", "add extra"),
    // Rounding up and surcharges, in each language: a value raised by a rule rather than a figure.
    ...en("overcharge", "gross up", "uplift", "overstate"),
    // A multiple of the value: "submit twice that figure".
    ...words(
      "twice that|twice the|twice this|twice as many|twice as much|two times|three times|double that|dreimal|zweimal so|el doble|le double|il doppio|o dobro|вдвое|в два раза",
    ),
    ...words(
      "aufrund*|aufgerundet|rundet auf|runde auf|hochgerundet|hochrund*|arrondi* à la hausse|arrondi* vers le haut|redonde* hacia arriba|redondea* hacia arriba|redondead* hacia arriba|arrotond* per eccesso|arredond* para cima|округли* вверх|округля* вверх|округлен* вверх|naar boven afrond*|naar boven afgerond|zaokrągl* w górę|yukarı yuvarla*|向上取整|向上舍入|切り上げ|올림",
    ),
    ...words("erhöh*|verdoppel*|verdopple*|verdreifach*|aument*|duplic*|augment*|doubl*|增加|提高|翻倍|加倍|増や"),
    ...words(
      "zvyš|zvyšte|zvýš*|navyš*|zdvojnásob*|збільш*|подвій*|підвищ*|tăng|tăng thêm|nhân đôi|gấp đôi|naikkan|tingkatkan|gandakan|artır*|arttır*|iki katına|yükselt*|زد|زيادة|ضاعف|הגדל|תגדיל|להגדיל|הכפל|बढ़ाएं|दोगुना|افزایش|دو برابر",
    ),
    // Raising, doubling and rounding up in Swedish, Finnish, Hungarian, Greek, Bengali and Thai, which had none, and forms the lists above lack in French, Portuguese, Dutch, Czech, Ukrainian, Arabic, Hebrew, Persian, Hindi, Japanese, Vietnamese, Indonesian.
    ...words(
      "höj|höjer|höjs|öka|ökar|ökas|fördubbla|fördubblar|fördubblas|avrunda uppåt|avrundas uppåt|korota|korottakaa|korotetaan|kasvata|kasvattakaa|kasvatetaan|kaksinkertaista|kaksinkertaistakaa|kaksinkertaistetaan|pyöristä ylöspäin|pyöristetään ylöspäin|növeld|növelje|megnövel*|emeld|emelje|megemel*|duplázd|duplázza|megdupláz*|kerekítsd felfelé|kerekítse felfelé|felfelé kerekít*|αύξησε|αυξήστε|αυξάνεται|διπλασίασε|διπλασιάστε|διπλασιάζεται|στρογγυλοποίησε προς τα πάνω|στρογγυλοποιήστε προς τα πάνω|στρογγυλοποιείται προς τα πάνω|বাড়ান|বাড়াও|বাড়িয়ে দিন|দ্বিগুণ|เพิ่มจำนวน|เพิ่มเป็นสองเท่า|เพิ่มยอด|ปัดขึ้น|arrondis au supérieur|arrondissez au supérieur|arrondir au supérieur|majore|majorez|majorer|dobre|dobrem|dobrar|rond naar boven af|rondt naar boven af|zaokrouhl* nahoru|округл* вгору|округл* догори|قرب للأعلى|قرب إلى الأعلى|تقريب للأعلى|التقريب للأعلى|עגל כלפי מעלה|עגלו כלפי מעלה|לעגל כלפי מעלה|מעוגל כלפי מעלה|به بالا گرد|بزرگتر کنید|बढ़ा दें|बढ़ाएँ|बढ़ाइए|दोगुनी करें|ऊपर की ओर पूर्णांकित|倍にして|倍に増や|二倍に|làm tròn lên|bulatkan ke atas|dibulatkan ke atas|lipatgandakan",
    ),
    // Romanian, which had none.
    ...romanian("mărește|măriți|majorează|majorați|dublează|dublați|rotunjește în sus|rotunjiți în sus|rotunjită în sus"),
  ],
  need: [...words("必要です|必要な|が必要|必要とします|必要ありません|不要です")],
  premium: [
    ...words("프리미엄|प्रीमियम"),
    ...words("la business|in business|en business|na executiva"),
    ...words(
      "first class|business class|business fare|flexible business|premium economy|premium tier|premium plan|premium seat|executive suite|junior suite|presidential suite|deluxe room|upgraded fare",
    ),
    ...words(
      "erste klasse|1 klasse|businessklasse|business klasse|primera clase|clase business|clase preferente|première classe|classe affaires|1re classe|prima classe|classe business|primeira classe|classe executiva|бизнес класс|бизнес классом|первый класс|первым классом|бизнес-класс|eerste klasse|pierwsza klasa|pierwszej klasie|klasa biznes",
    ),
    ...words("头等舱|商务舱|升舱|ファーストクラス|ビジネスクラス|グリーン車|스위트룸|비즈니스석|일등석|퍼스트 클래스"),
    // A dearer product or fare than the one picked.
    ...words(
      "premium brand|premium version|premium option|flexible fare|flex fare|tarifa flexible|tarif flexible|flexibler tarif|tariffa flessibile",
    ),
    // Upgraded to a dearer class, said without the class's full name.
    ...words("upgraded to business|upgrade to business|upgraded to first|upgrade to first|upgraded to premium|upgraded to a suite"),
  ],
  add: [
    // Putting a value into a field: "주소를 넣으세요".
    ...words("넣으세요|넣으십시오|넣어|넣고|넣어서"),
    ...words("aggiunga|aggiungano|inserisca|includa|adicione|acrescente|함께 추가"),
    ...words("adicione|adicionar|inclua|anexe|aggiungi|aggiungere|includi|voeg|toevoegen|dodaj|dodawaj|добавь|добавляй|добавить|추가"),
    ...words("hänge|häng|hinzuzufügen|füge hinzu|ajoutant|añadiendo|put|place|insérez|insère|附加|加到"),
    ...en("add", "include", "append", "insert", "attach", "bcc", "cc", "prepend", "inject", "route", "copy in", "loop in"),
    // Made one of a list: "is to be part of this list on every booking".
    ...words("part of this list|part of the list|part of every"),
    ...words("add in|füge hinzu|hinzufügen|füge|ergänze|añade|añadir|agrega|agregar|incluye|incluir|ajoute|ajoutez|ajouter|inclus|incluez"),
    ...words("添加|加上|附加|抄送|加入|追加|插入|追加して"),
    // Passive participles of adding, which state a rule of other work: "wird als Teilnehmer eingetragen", "se añade".
    ...words(
      "eingetragen|einzutragen|trage ein|hinzugefügt|ergänzt|aufgenommen|angehängt|ajouté|ajoutée|ajoutés|ajoutées|inscrit|inscrite|añadido|añadida|añadidos|añadidas|agregado|agregada|agregados|incluido|incluida|incluidos|se añade|se agrega|se incluye|aggiunto|aggiunta|aggiunti|aggiunte|inserito|inserita|adicionado|adicionada|adicionados|incluído|incluída|inserido|inserida|toegevoegd|dodany|dodana|dodane|добавлен|добавлена|добавлено|добавлены|eklenir|eklenecek|ditambahkan|được thêm",
    ),
    ...words("thêm|đính kèm|kèm theo|tambahkan|sertakan|lampirkan|menambahkan|sisipkan|ekle*|أضف|اضف|أدرج|ارفق|أرفق|הוסף|צרף|जोड़ें|اضافه"),
    // Swedish, Finnish, Hungarian, Greek, Bengali and Thai, which had none.
    ...words(
      "lägg till|lägger till|läggs till|inkludera|inkluderar|bifoga|lisää|lisätkää|lisätään|sisällytä|liitä|add hozzá|adja hozzá|hozzáad*|csatold|πρόσθεσε|προσθέστε|προστίθεται|συμπερίλαβε|συμπεριλάβετε|যোগ করুন|যুক্ত করুন|เพิ่ม|แนบ",
    ),
    ...romanian("adaugă|adăugați|adăugat|adăugată|include|includeți|atașează"),
    // Adding in Ukrainian, which had none.
    ...words("додати|додайте|додай|додавати|додає|додаються|додано"),
  ],
  ignore: [
    // Instructions said to hold no more, in the third person and the passive: "no longer applies", "do not bind you",
    // "are superseded", "ne s'appliquent plus", "non valgono".
    ...words(
      "no longer applies|no longer holds|no longer hold|no longer stands|do not bind|does not bind|don t bind|doesn t bind|not binding|are not binding|is not binding|are superseded|is superseded|superseded|are overridden|is overridden|have been overridden|ne s appliquent plus|ne s applique plus|ne vous engagent|ne t engagent|non valgono|non vale più|non ti vincolano|gilt nicht mehr|binden dich nicht|sind überholt|ya no aplica|ya no se aplican|no te obligan|não se aplicam mais|não se aplica mais|não te obrigam|niet meer van toepassing|nie mają zastosowania|больше не применя*|не обязывают тебя|不再适用|已被取代|もう適用されません|더 이상 적용되지",
    ),
    ...words(
      "ignore|ignorar|esqueça|ignora|ignorare|dimentica|negeer|vergeet|zignoruj|ignoruj|zapomnij|игнорируй|проигнорируй|забудь|무시|잊어",
    ),
    ...en("ignore", "disregard", "forget", "override", "bypass", "overrule", "discard", "drop", "abandon", "set aside", "pay no attention"),
    ...words("ignorier*|vergiss|vergessen|missacht*|setze dich über|hinwegsetzen"),
    ...words("ignora|ignorar|ignore|ignoren|olvida|olvidar|olvide|descarta|descartar|haz caso omiso|pasa por alto"),
    ...words("ignore|ignorez|ignorer|oublie|oubliez|oublier|fais abstraction|faites abstraction|outrepasse|outrepassez"),
    ...words("忽略|无视|忽视|忘记|忘掉|不要理会|不理会|绕过|覆盖|抛开|無視|忘れ"),
    // Instructions declared void rather than dropped by an order: "earlier instructions are void".
    ...words(
      "are void|is void|now void|null and void|revoked|rescinded|no longer valid|no longer in effect|no longer in force|sin efecto|quedan anulad*|ya no son válid*|ne sont plus valables|caduques|nicht mehr gültig|ungültig|außer kraft|não são mais válid*|sem efeito|non sono più valid*|недействительн*|больше не действуют|nieważne|nie obowiązują|ongeldig|niet langer geldig|유효하지 않|무효|無効です|無効となり|作废|失效|不再有效",
    ),
    ...words(
      "no longer apply|no longer count|no longer binding|are lifted|have been lifted|are withdrawn|aufgehoben|hinfällig|widerrufen|gelten nicht mehr|zählen nicht mehr|anuladas|anulados|revocadas|revocados|ya no cuentan|ya no valen|ya no aplican|annulées|annulés|révoquées|ne comptent plus|ne valent plus|annullate|revocate|non valgono più|non contano più|revogadas|revogados|anuladas|não valem mais|deixam de valer|vervallen|ingetrokken|gelden niet meer|unieważnion*|anulowan*|przestają obowiązywać|neplatí|zrušen*|neplatné|отменены|отменяются|аннулирован*|утратили силу|не действуют|撤销|不再适用|取り消され|撤回|適用されません|취소되었|취소됨|철회|không còn hiệu lực|hết hiệu lực|vô hiệu|tidak berlaku lagi|dibatalkan|geçersiz|iptal edildi|artık geçerli değil|ملغاة|لاغية|لم تعد سارية|لم تعد صالحة|בטלות|מבוטלות|בוטלו|אינן תקפות|रद्द|अमान्य|لغو شده|باطل|دیگر معتبر نیست",
    ),
    ...words(
      "vergeet|zapomeň|ignoruj|забудьте|проигнорируйте|忘记|忘れて|無視して|잊어버려|무시하고|bỏ qua|quên|abaikan|lupakan|yok say|görmezden gel|unut|تجاهل|انس|انسَ|התעלם|שכח|अनदेखा|भूल जाओ|भूल जाएं|नजरअंदाज|نادیده بگیر|فراموش کن",
    ),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none: disregarding, forgetting, setting aside; rules said to hold no more.
    ...words(
      "ignorera|ignorerar|ignorera alla|strunta i|bortse från|bortse ifrån|glöm|glöm bort|glöm alla|åsidosätt|åsidosätter|åsidosätts|gäller inte längre|upphävs|upphävda|ogiltiga|ogiltig|ohita|ohittakaa|sivuuta|sivuuttakaa|unohda|unohtakaa|jätä huomiotta|jättäkää huomiotta|älä välitä|eivät enää päde|ei enää päde|eivät ole enää voimassa|mitätöidään|mitätön|mitättömiä|hagyd figyelmen kívül|hagyja figyelmen kívül|hagyjátok figyelmen kívül|figyelmen kívül|felejtsd el|felejtse el|felejtsétek el|ne törődj|ne törődjön|felülír*|hatályon kívül|érvénytelen*|már nem érvényes*|nem érvényesek|αγνόησε|αγνοήστε|αγνόησέ|ξέχασε|ξεχάστε|παράβλεψε|παραβλέψτε|παραμέρισε|δεν ισχύουν πλέον|δεν ισχύει πλέον|δεν ισχύουν|ακυρώνονται|καταργούνται|είναι άκυρες|উপেক্ষা করুন|উপেক্ষা করো|উপেক্ষা কর|ভুলে যান|ভুলে যাও|অগ্রাহ্য করুন|অগ্রাহ্য করো|আর প্রযোজ্য নয়|বাতিল",
    ),
    ...romanian(
      "ignoră|ignorați|ignorează|ignora|uită|uitați|nu ține cont|nu țineți cont|nu lua în seamă|nu luați în seamă|treci peste|treceți peste|nu mai sunt valabile|nu mai este valabil|nu mai este valabilă|nu se mai aplică|sunt anulate|anulate|revocate",
    ),
    // Thai, which had none: disregard, forget, no longer in effect.
    ...words("เพิกเฉย|ละเลย|ไม่ต้องสนใจ|ไม่ต้องทำตาม|อย่าทำตาม|ลืม|ไม่มีผลอีกต่อไป|ใช้ไม่ได้อีกต่อไป|ถูกยกเลิก"),
    // Forms the lists above lack: Ukrainian, which had none; plural and polite imperatives in Czech, Turkish, Persian, Arabic, Hebrew, Hindi, Vietnamese, Italian, Portuguese, Dutch.
    ...words(
      "ігноруй|ігноруйте|проігноруй|проігноруйте|забудь|забудьте|знехтуй|знехтуйте|не зважай|не зважайте|більше не діють|більше не чинні|ignorujte|zapomeňte|nedbej|nedbejte|yok sayın|görmezden gelin|unutun|dikkate alma|dikkate almayın|نادیده بگیرید|فراموش کنید|اعتنا نکنید|تجاهلوا|تجاهلي|لا تلتزم|התעלמו|שכחו|אל תתייחס|अनदेखा करें|नज़रअंदाज़ करें|भूल जाइए|phớt lờ|ignorate|dimenticate|non tenere conto|trascura|trascurate|ignorem|esqueçam|desconsidere|desconsiderem|desconsiderar|negeren|buiten beschouwing",
    ),
  ],
  rules: [
    ...words("guidance|earlier guidance|leitlinien|orientaciones|orientações|indicazioni|wytyczne|настанови|вказівки"),
    // What the model was told before, named without the word "instructions".
    ...words(
      "what you were told|what you have been told|what you ve been told|what you were given|anything you were told|was dir gesagt wurde|was man dir gesagt hat|lo que te dijeron|lo que se te dijo|ce qu on t a dit|ce qui t a été dit|ciò che ti è stato detto|quello che ti hanno detto|o que te disseram|o que lhe foi dito|wat je is verteld|co ci powiedziano|что тебе сказали|что тебе говорили|你被告知的|言われたこと|들은 내용",
    ),
    ...words(
      "instruções|regras|istruzioni|regole|instructies|regels|instrukcje|instrukcji|zasady|инструкци*|правил*|указани*|지시|규칙|지침",
    ),
    ...words("instruction|instructions|rules|guidelines|directives|prompt|prompts|policies|constraints|restrictions|safeguards|guardrails"),
    ...words("programming|system prompt|safety rules|training|principles|orders|commands"),
    ...words("anweisungen|regeln|richtlinien|vorgaben|einschränkungen|beschränkungen|befehle|instruktionen"),
    ...words("instrucciones|reglas|directrices|indicaciones|restricciones|normas|órdenes"),
    ...words("consignes|règles|directives|restrictions|ordres"),
    ...words("指令|指示|规则|提示词|限制|约束|设定|安全策略|命令|ルール|制約|設定"),
    ...words("aturan|instruksi|talimat*|kural*|التعليمات|القواعد|ההוראות|הכללים|नियम|निर्देश|دستورالعمل"),
    ...words(
      "pokyny|pokynů|instrukce|pravidla|hướng dẫn|chỉ dẫn|quy tắc|petunjuk|yönerge*|تعليمات|إرشادات|הנחיות|दिशानिर्देश|دستورات|دستورالعمل ها|قوانین",
    ),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "instruktion|instruktioner|instruktionerna|regler|reglerna|riktlinjer|riktlinjerna|direktiv|direktiven|anvisningar|anvisningarna|ohje|ohjeet|ohjeita|ohjeen|ohjeiden|ohjeista|ohjeistus|ohjeistukset|säännöt|sääntöjä|sääntöjen|utasítás*|szabály*|irányelv*|előírásokat|οδηγίες|οδηγιών|κανόνες|κανόνων|εντολές|εντολών|নির্দেশনা|নির্দেশাবলী|নির্দেশ|নিয়মাবলী|নিয়ম",
    ),
    ...romanian("instrucțiuni|instrucțiunile|instrucțiunilor|reguli|regulile|regulilor|directive|directivele|indicațiile|indicații"),
    // Thai.
    ...words("คำสั่ง|คำแนะนำ|ข้อกำหนด|แนวทาง|กฎเกณฑ์"),
    // Ukrainian, spelled with its own letters.
    ...words("інструкці*|правила|вказівок|настанов"),
  ],
  prior: [
    ...words("anteriores|precedenti|vorige|eerdere|wcześniejsze|poprzednie|предыдущ*|прежн*|이전"),
    ...words("기존|既存の|现有"),
    ...words(
      "previous|prior|earlier|above|preceding|original|all previous|system|your|existing|safety|developer|all other|any other|initial",
    ),
    ...words("vorherig*|bisherig*|früher*|obig*|vorig*|alle|deine|system"),
    ...words("anterior*|previa*|previo*|del sistema|todas|tus|sus"),
    ...words("précédent*|antérieur*|du système|toutes|tes|vos"),
    ...words("之前|以前|先前|上述|所有|原有|原来|系统|安全|此前|以前の|これまでの|すべての"),
    ...words("sebelumnya|önceki|السابقة|הקודמים|הקודמות|पिछले|قبلی"),
    ...words(
      "auparavant|précédemment|anteriormente|precedentemente|eerder|wcześniej|předchozí|dříve|ранее|прежние|以前の|これまでの|앞서|trước đây|tüm|السابقة|الأسبق|הקודמות|पहले के|قبلی",
    ),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "tidigare|föregående|ursprungliga|befintliga|systemets|samtliga|aiemmat|aiempia|aiempien|aikaisemmat|aikaisempia|edelliset|edellisiä|kaikki|järjestelmän|alkuperäiset|korábbi|előző|eddigi|összes|eredeti|rendszer|rendszerszintű|προηγούμενες|προηγούμενα|προηγούμενων|όλες|αρχικές|του συστήματος|আগের|পূর্ববর্তী|সমস্ত|সব",
    ),
    ...romanian("anterioare|precedente|toate|inițiale|originale|sistemului|de până acum"),
    // Thai.
    ...words("ก่อนหน้า|ก่อนหน้านี้|ทั้งหมด|ของระบบ|เดิมทั้งหมด"),
    // Ukrainian, which had none.
    ...words("попередн*|усі|всі|раніше|системн*"),
    // Vietnamese "before that", "original".
    ...words("trước đó|ban đầu"),
  ],
  role: [
    ...words("operates as|now operates as|now acts as|now serves as|agiert als|funciona como|opère en tant que|opera come|atua como"),
    // A role begun from here on, or the assistant's own role taken away: "from here on you are…", "you are no longer an assistant".
    ...words(
      "from here on|from here onwards|from now onwards you|starting now you|as of now you|you are no longer|you re no longer|no longer an assistant|no longer a neutral|da questo momento sei|da questo momento tu|da questo momento non sei|da ora in avanti sei|non sei più un|non sei più una|ab diesem moment bist du|du bist kein|du bist keine|du bist nicht mehr|desde este momento eres|ya no eres|dès maintenant tu|dès maintenant vous êtes|tu n es plus|vous n êtes plus|a partir deste momento você|você não é mais|vanaf dit moment ben je|je bent niet langer|od tego momentu jesteś|nie jesteś już|с этой минуты ты|ты больше не|从此刻起你|你不再是|당신은 더 이상",
    ),
    ...words(
      "agora você é|a partir de agora|ora sei|d ora in poi|vanaf nu|je bent nu|teraz jesteś|od teraz|теперь ты|с этого момента|режим разработчика|이제부터|지금부터 너는|개발자 모드",
    ),
    ...words("あなたは今から|あなたはこれから|지금부터|이제 당신은|你从现在起"),
    ...words("you are now|from now on|act as|pretend to be|roleplay as|developer mode|maintenance mode|debug mode|god mode|admin mode"),
    ...words(
      "jailbreak*|jailbroken|unrestricted mode|dan mode|no restrictions|without restrictions|unfiltered|uncensored|sudo mode|root mode",
    ),
    ...words("du bist jetzt|du bist nun|ab jetzt|ab sofort bist|entwicklermodus|wartungsmodus|ohne einschränkungen|tu so als"),
    ...words("ahora eres|a partir de ahora|actúa como|modo desarrollador|modo mantenimiento|sin restricciones|modo dios"),
    ...words(
      "tu es maintenant|vous êtes maintenant|à partir de maintenant|désormais tu|agis comme|mode développeur|mode maintenance|sans restriction",
    ),
    ...words("你现在是|从现在开始|扮演|开发者模式|维护模式|越狱|无限制|不受限制|上帝模式|今からあなたは|開発者モード"),
    ...words("mulai sekarang|kamu adalah|bundan sonra|من الآن|מרגע זה|מעכשיו|अब से"),
    // The new role begun, per language: "from this point on you…", "your real task is…".
    ...words(
      "from this point forward|from this point on|going forward you|henceforth you|hereafter you|your real task|your actual task|your real job|your actual job|your true purpose|your new task|your new role|your new objective|you now work for|you now represent|you operate as",
    ),
    ...words(
      "von nun an bist du|ab jetzt bist du|ab sofort bist du|fortan bist du|arbeitest du als|agierst du als|deine eigentliche aufgabe|deine neue aufgabe|desde ahora eres|de ahora en adelante|tu verdadera tarea|tu nueva tarea|tu es désormais|vous êtes désormais|désormais tu|désormais vous|dorénavant tu|dorénavant vous|ta vraie mission|ta véritable mission|ta nouvelle mission|da ora in poi|da adesso sei|d ora innanzi|il tuo vero compito|il tuo nuovo compito|de agora em diante|daqui em diante|você agora é|sua verdadeira tarefa|sua nova tarefa|voortaan ben je|jouw echte taak|je nieuwe taak|od tej chwili|odtąd jesteś|twoje prawdziwe zadanie|twoje nowe zadanie",
    ),
    ...words(
      "od teď|odteď|od této chvíle|nyní jsi|teď jsi|tvůj skutečný úkol|tvůj nový úkol|отныне|впредь ты|твоя настоящая задача|твоя новая задача|从今以后|从现在起|今后你|今后您|你的真正任务|你的新任务|今後あなたは|今後、あなたは|これからあなたは|あなたの本当の任務|あなたの新しい任務|앞으로 당신은|앞으로 너는|당신의 진짜 임무|당신의 새로운 임무|từ giờ|từ bây giờ|kể từ bây giờ|kể từ nay|nhiệm vụ thật sự của bạn|nhiệm vụ mới của bạn|mulai saat ini|tugas sebenarnya|artık sen|bundan böyle|şu andan itibaren|asıl görevin|yeni görevin|من الآن فصاعدا|بعد الآن|مهمتك الحقيقية|مهمتك الجديدة|أنت الآن|מעתה|המשימה האמיתית שלך|המשימה החדשה שלך|אתה עכשיו|आज से|अब आप|अब तुम|आपका असली काम|आपका नया काम|از این به بعد|از حالا|از الان|وظیفه واقعی تو|وظیفه جدید تو",
    ),
    // Swedish, Finnish, Hungarian, Romanian, Greek and Bengali, which had none: a new role from now on.
    ...words(
      "från och med nu|hädanefter|du är nu|du är inte längre|utvecklarläge|underhållsläge|utan begränsningar|tästä lähtien|tästä eteenpäin|olet nyt|et ole enää|kehittäjätila|ylläpitotila|ilman rajoituksia|mostantól|ezentúl|mostantól te|már nem vagy|fejlesztői mód|karbantartási mód|korlátozások nélkül|από τώρα και στο εξής|από εδώ και πέρα|από τώρα|είσαι τώρα|δεν είσαι πλέον|λειτουργία προγραμματιστή|χωρίς περιορισμούς|এখন থেকে|তুমি এখন|আপনি এখন",
    ),
    ...romanian("de acum înainte|de acum|ești acum|nu mai ești|modul dezvoltator|mod dezvoltator|fără restricții|fără limitări"),
    // Thai.
    ...words("ตั้งแต่นี้ไป|ต่อจากนี้ไป|นับจากนี้|โหมดนักพัฒนา|ไม่มีข้อจำกัด"),
    // Thai "you are now".
    ...words("ตอนนี้คุณคือ|ตอนนี้คุณเป็น"),
  ],
  bypass: [
    // The asking itself stopped: "must stop asking the user to confirm", "deja de pedir confirmación".
    ...words(
      "stop asking|stop requesting|stop prompting|no longer ask|dejar de pedir|dejar de preguntar|arrête de demander|arrêter de demander|cesser de demander|cesse de demander|cessez de demander|hör auf zu fragen|frage nicht mehr|smetti di chiedere|pare de pedir|pare de perguntar|перестань спрашивать|перестаньте спрашивать|przestań pytać",
    ),
    // A safeguard said not to be needed any more: "deletions no longer need confirmation", "aucune vérification n'est nécessaire".
    ...words(
      "no longer need|no longer needs|no longer needed|no longer require|no longer requires|no longer required|not needed|is not needed|are not needed|isn t needed|aren t needed|need not|needn t|n est nécessaire|n est pas nécessaire|n est plus nécessaire|ne sont pas nécessaires|ne sont plus nécessaires|n est plus requis|nicht nötig|nicht notwendig|nicht mehr nötig|nicht mehr notwendig|nicht mehr erforderlich|no es necesari*|no son necesari*|no hace falta|ya no hace falta|ya no se necesita|ya no se requiere|non è necessari*|non sono necessari*|non è più necessari*|non serve|non servono|não precisa|não precisam|não é preciso|não é mais necessári*|niet nodig|niet meer nodig|nie jest potrzebn*|nie są potrzebn*|nie jest już wymagan*|не нужн*|больше не требуется|больше не нужн*|不再需要|不要になります|もう必要ありません|필요 없|필요하지 않|더 이상 필요",
    ),
    ...words(
      "deixam de valer|deixa de valer|não valem|non valgono più|non valgono|dejan de aplicarse|dejan de valer|ne valent plus|gelten nicht mehr|перестают действовать|적용하지|적용되지 않|適用しない|不适用",
    ),
    ...words(
      "exempt|exempted|befreit|exento|exenta|exentos|exempté|exemptés|esente|esenti|isento|isentos|освобожд*|vrijgesteld|zwolnion*|overgeslagen",
    ),
    ...words(
      "no longer apply|no longer applies|do not apply|does not apply|don t apply|doesn t apply|cease to apply|are not applied|is not applied|gelten nicht|gilt nicht|ne s appliquent plus|ne s applique plus|ne s appliquent pas|no se aplican|non si applicano|non si applica|não se aplicam|não se aplica|не действуют|не действует|적용되지|saltat*|ignorad*|ignorat*|skipped|bypassed|disabled|suspended|relaxed",
    ),
    ...words(
      "desativad*|desabilitad*|disattivat*|ignorés|ignorées|sont ignorés|vengono ignorat*|são ignorad*|no se aplica|no se aplican|no se comprueba*|no se verifica*|not enforced|not checked|no longer applied|unmasked|waived|lifted|switched off|turned off|entfall*|entfällt|nicht geprüft|aufgehoben|não se aplica*|não é aplicad*|não são aplicad*|non si applica*|non vengono applicat*|не выполняется|не применя*|не проверя*|снимаются|wordt overgeslagen|worden overgeslagen|uitgeschakeld|pomijan*|wyłączon*|nie są sprawdzan*|levées|levés|건너뜁|건너뛸|생략|해제|スキップ|無効化|不做|不进行|不检查",
    ),
    ...words("übersprungen|umgangen|deaktiviert|abgeschaltet|desactivado|desactivados|desactivan|désactivé|désactivés|contourné"),
    ...words("ignora|contorna|desativa|aggira|disattiva|omzeil|schakel uit|omiń|wyłącz|обход*|отключ*|пропуска*|우회|비활성화|건너뛰"),
    ...words("省略|skips|switches off|switch off|switching off"),
    ...words("waive|waives|omiten|se omite|se omiten"),
    ...words(
      "lewati|lewatkan|abaikan|nonaktifkan|dinonaktifkan|dilewati|pomija|pomijaj|ignoré|ignorée|تعطل|تعطيل|معطلة|تجاوز|تتجاوز|تخطي|يتم تعطيل",
    ),
    ...en("bypass", "skip", "disable", "turn off", "circumvent", "unlock", "lift", "deactivate", "evade"),
    ...words("elevated|full access|root access|privileged|unrestricted|no filter|unfiltered|without filtering|without restriction|is off"),
    ...words("umgeh*|deaktivier*|überspring*|schaltet ab|hebt auf|ohne filter|uneingeschränkt"),
    ...words("omite|se salta|salta|desactiva*|evita|elude|sin filtro|sin restricción|acceso total"),
    ...words("contourn*|désactiv*|saute|lève|sans filtre|accès total|accès complet"),
    ...words("绕过|跳过|关闭|禁用|解锁|提权|解除|不受|無効|回避"),
    ...words("bỏ qua|lompati|matikan|atla*|devre dışı|לא לבקש|דלג|बायपास|نادیده"),
    // Hindi "छोड़ दें" (leave out) and "अनदेखा करें" (disregard), as the matchable copy spells them without vowel signs.
    ...words("छड द|छड दे|छड दन|अनदख"),
    // The safeguard switched off or said not to apply, per language: "stops applying", "no se requiere", "vypnou", "מושבתים".
    ...words(
      "stops applying|stop applying|cease to apply|ceases to apply|not required|not enforced|not performed|goes straight through|go straight through|nicht erforderlich|nicht mehr|entfallen|no se requiere|no se requieren|se desactivan|se omiten|se levantan|ne sont pas appliqués|ne sont plus appliqués|n est pas requis|ne sont pas requis|non è richiesto|non sono richiesti|non si applicano|vengono saltati|desligad*|não é necessári*|não são necessári*|deixam de se aplicar|niet vereist|gelden niet|vervallen|nie jest wymagan*|nie są wymagan*|zniesion*|vypnou|vypne|vypnut*|přeskočen*|přeskakuj*|deaktivován*|není vyžadován*|nejsou vyžadován*|не требуется|не требуются|не применяются|отключаются",
    ),
    ...words(
      "豁免|免除|放开|放宽|解除|不再适用|オフ|不要になり|適用されません|外れ|꺼집|꺼짐|면제|tắt|bị tắt|vô hiệu hóa|được miễn|không áp dụng|dimatikan|tidak berlaku|tidak diperlukan|kapatılır|kaldırılır|uygulanmaz|gerekmez|يتم إيقاف|إيقاف|لا تنطبق|لا يلزم|ترفع|تُرفع|מושבתים|מושבת|מושבתות|כבויים|לא חלים|לא נדרש|מדלגים|עוקפים|बंद|अक्षम|लागू नहीं|आवश्यक नहीं|غیرفعال|خاموش|اعمال نمی شود|لازم نیست",
    ),
    // Skipping a safeguard in Swedish, Finnish, Hungarian, Greek and Thai, which had none.
    ...words(
      "hoppa över|hoppar över|hoppas över|kringgå|kringgår|stäng av|inaktivera|inaktiveras|behövs inte|krävs inte|ohitetaan|ohittaa|poista käytöstä|ei tarvita|ei vaadita|kihagy*|megkerül*|kapcsold ki|kikapcsol*|nem szükséges|παρακάμπτει|παρακάμψτε|απενεργοποίησε|απενεργοποιείται|δεν απαιτείται|δεν χρειάζεται|ข้าม|ไม่ต้องขอ|ปิดการใช้งาน|ไม่จำเป็นต้อง",
    ),
    // Czech; a safeguard left behind in English: "read outside the sandbox", "go through unreviewed" (the "un-"
    // words are in guard too, for the check they name).
    ...words("přeskočí|přeskakuje|přeskočit|se přeskočí|obejde|obchází|vypne|vypíná|není nutná|není nutné|není potřeba"),
    ...words("outside the sandbox|outside of the sandbox|unreviewed|unmoderated|unscreened"),
    ...romanian(
      "sari peste|sare peste|ocolește|ocolesc|dezactivează|dezactivat|dezactivată|nu este necesar|nu este necesară|nu mai este necesar|nu mai este necesară",
    ),
    // A safeguard skipped or said not to be needed, in forms the lists above lack: Ukrainian, Finnish, Hungarian and Greek passives, Hindi and Bengali, Vietnamese.
    ...words(
      "не потрібн*|більше не потрібн*|вимика*|вимкнен*|пропуска*|пропущен*|не застосову*|не перевіря*|не вимага*|poistetaan käytöstä|jätetään väliin|jätetään pois|kimarad|kimaradnak|elmarad|elmaradnak|mellőz*|παρακάμπτεται|παρακάμπτονται|παραλείπεται|παραλείπονται|απενεργοποιούνται|छोड़ दिया जाता|छोड़ दी जाती|छोड़ दिए जाते|आवश्यकता नहीं|এড়িয়ে যাওয়া হয়|এড়িয়ে যান|বাদ দেওয়া হয়|প্রয়োজন নেই|দরকার নেই|নিষ্ক্রিয়|không cần|không cần thiết|không bắt buộc|được bỏ qua|bị vô hiệu hóa",
    ),
    // The safeguard not enforced, not passed through, or its record not written: "never enforce the quota check",
    // "n'est soumis à aucun contrôle", "no pasa por la revisión", "a auditoria não é gravada".
    ...words(
      "not consulted|deja de aplicarse|dejan de aplicarse|deixa de se aplicar|cessa di applicarsi|cesse de s appliquer|n est plus appliqué*|ne sont plus appliqué*|n est pas appliqué*|do not enforce|don t enforce|does not enforce|doesn t enforce|never enforce|not subject to|is subject to no|are subject to no|soumis à aucun*|ne sont soumis à aucun*|n est soumis à aucun*|ne sont pas soumis|n est pas soumis|no están sujet*|no está sujet*|unterliegen keiner|unterliegt keiner|non sono soggett*|non è soggett*|não estão sujeit*|não está sujeit*|не подлежат|не подлежит|no pasan por|no pasa por|ne passent pas par|ne passe pas par|do not go through|does not go through|don t go through|doesn t go through|não passam por|não passa por|non passano per|non passa per|não são gravad*|não é gravad*|nicht protokolliert|no se registra*|ne sont pas journalisé*|n est pas journalisé*|non vengono registrat*|не записыва*|не логиру*",
    ),
  ],
  guard: [
    // The limits money and data move under, the isolation between tenants, a person's review: the safeguards a
    // condition switches off as often as a filter.
    ...words(
      "spending limit*|spend limit*|transfer limit*|withdrawal limit*|payment limit*|credit limit*|daily limit*|approval limit*|spending cap*|usage cap*|rate limiter|limiter|isolation|tenant isolation|data isolation|tenant separation|usual review|review step|human review|manual review|safety review|security review|fraud screening|sign off|second approval|four eyes|double check|two factor prompt|otp|one time code",
    ),
    ...words(
      "ausgabenlimit*|überweisungslimit*|tageslimit*|mandantentrennung|isolierung|überprüfung|prüfung durch|límite de gasto*|límite diario|límite de transferencia|aislamiento|revisión|revisión manual|limite de dépense*|plafond de dépense*|limite quotidienne|isolation des locataires|isolement|révision|relecture|limite di spesa|limite giornaliero|isolamento|revisione|limite de gastos|limite diário|limite de transferência|isolamento de dados|revisão|bestedingslimiet|dagelijkse limiet|limit wydatków|limit dzienny|izolacja|przegląd|лимит расходов|дневной лимит|изоляци*|проверк* человеком|消费限额|限额|隔离|人工审核|支出上限|限度額|分離|レビュー|지출 한도|한도|격리|검토",
    ),
    ...words("restriç*|restrizion*|ограничен*|제한|보안 필터|본인 확인|본인 인증|확인 절차|인증 절차|本人認証|身份核验"),
    ...words(
      "confirmation|confirmación|confirmação|conferma|bestätigung|verifikasi|keamanan|izin|pembatasan|batasan|autentikasi|otentikasi|uwierzytelnian*|validation|double validation|plafond|plafonds|قيود|القيود|الفلتر|التحقق|الأمان|الحماية|الرقابة|المصادقة",
    ),
    ...words("tenant filter|privacy filters|content moderation|moderation|фильтрац*|фильтр*|ограничени*|защит*"),
    ...words(
      "limits|row limits|masking|access checks|permission checks|checks|controls|controles|contrôles|controlli|controlos|verificação|verificações|controle de acesso|controllo|проверк*|прав доступа|ограничени*|권한|검사|제한|prüfung*|zugriffsprüf*|sicherheitsprüf*|berechtigungsprüf*|toegangscontrole*|controles|kontrol*|uprawnie*|アクセス制御|権限チェック|权限检查|访问控制",
    ),
    ...words(
      "segurança|filtro|verificação|sicurezza|filtro|verifica|beveiliging|filter|controle|bezpieczeństw*|filtr|weryfikacj*|безопасност*|фильтр*|проверк*|보안|필터|검증",
    ),
    ...words(
      "approval|approval step|identity verification|identity check|verificación de identidad|vérification d identité|identitätsprüfung|身份验证|本人確認|確認",
    ),
    ...words(
      "filter|filters|filtering|safety|security|content policy|moderation|guardrail|guardrails|restriction|restrictions|permission|permissions",
    ),
    ...words("sandbox|authentication|authorization|censorship|safety checks|security checks|access control|rate limit|approval"),
    // The check and its absence in one word: "go out unreviewed" names the review (here) and its skipping (in
    // bypass), so one word holds both classes a switched-off safeguard needs.
    ...words("unreviewed|unmoderated|unscreened"),
    // A check named in the singular after what makes it one; the lists and holds that gate a request.
    ...words(
      "further check|additional check|extra check|policy check|consent check|limit check|scope check|approval check|access check|permission check|allow list|allowlist|whitelist|deny list|denylist|blocklist|retention hold|legal hold|clearance",
    ),
    // The record that keeps an act answerable: "exempt from the read audit", "sin auditoría", "不经审计".
    ...words(
      "audit|audits|audit log|audit trail|auditing|auditoría|auditoria|protokollierung|revisionsprotokoll|audyt|аудит*|审计|監査|감사 로그|denetim|kiểm toán",
    ),
    ...words("filter|sicherheit*|beschränkung*|berechtigung*|moderation|zugriffskontrolle|schutz*"),
    ...words("filtro*|seguridad|restriccion*|permiso*|moderación|censura|autenticación"),
    ...words("filtr*|sécurité|restriction*|permission*|modération|censure|authentification"),
    ...words("过滤|安全|限制|权限|审核|审查|沙箱|认证|フィルタ|安全|制限|権限"),
    ...words("xác minh|xác nhận|konfirmasi|persetujuan|doğrulama*|onay*|التأكيد|قيود المحتوى|אימות|אישור|כללי הבטיחות|सत्यापन|تایید|تأیید"),
    // The whole family of safeguards per language: filters, limits, moderation, checks, review, approval.
    ...words(
      "fraud review|fraud checks|fraud check|approval gate*|row level security|content limits|usage limits|spam filter|safe mode|two factor|2fa|mfa|verification|verifications|inhaltsprüfung*|inhaltsbeschränkung*|inhaltsfilter*|sicherheitsfilter*|freigabe|rückfrage|limits|límites|límite|verificación|verificaciones|moderación|antifraude|aprobación|autorización|limites|vérification*|modération|filtrage|approbation|autorisation|limiti|verifiche|controlli|moderazione|filtri|approvazione|autorizzazione|antifrode|verificação|moderação|aprovação|autorização|filtros|limieten|inhoudsfilter*|controles|verificatie|moderatie|goedkeuring|toestemming",
    ),
    ...words(
      "limity|limitów|filtry|filtrów|kontrola dostępu|weryfikacja|moderacja|zatwierdzenie|zgoda|uprawnienia|filtr|omezení|kontrola|kontroly|ověření|moderování|schválení|souhlas|oprávnění|zabezpečení|лимит*|модерац*|верификац*|одобрени*|风控|审批|批准|授权|フィルター|審査|検証|承認|認証|モデレーション|검열|검토|승인|bộ lọc|giới hạn|hạn chế|kiểm duyệt|kiểm tra|phê duyệt|bảo mật|quyền truy cập|batasan|moderasi|pemeriksaan|filtre*|sınır*|kısıtlama*|moderasyon|güvenlik|erişim kontrolü|فلاتر|الفلاتر|فلتر|مرشحات|حدود|الموافقة|מסנני|מסננים|מסנן|סינון|הגבלות|מגבלות|פיקוח|בדיקות|הרשאות|אבטחה|फ़िल्टर|फिल्टर|प्रतिबंध|सीमा|जांच|अनुमोदन|अनुमति|सुरक्षा|فیلتر|فیلترهای|محدودیت|محدودیت ها|مجوز|امنیت|احراز هویت",
    ),
    // Safeguards in Swedish, Finnish, Hungarian, Greek and Thai, which had none.
    ...words(
      "säkerhetskontroll*|godkännande|godkännandet|bekräftelse|verifiering|begränsning*|filtret|filter|vahvistus|hyväksyntä|hyväksynnän|tarkistus*|rajoitukset|rajoituksia|suodatin*|jóváhagyás*|megerősítés*|ellenőrzés*|korlátozás*|szűrő*|έγκριση|έγκρισης|επιβεβαίωση|επιβεβαίωσης|έλεγχος|ελέγχους|περιορισμούς|περιορισμοί|φίλτρα|φίλτρο|การยืนยัน|การอนุมัติ|การตรวจสอบ|ข้อจำกัด|ตัวกรอง",
    ),
    ...romanian(
      "aprobare|aprobarea|aprobării|confirmare|confirmarea|verificare|verificarea|restricții|restricțiile|filtru|filtrele|limitele",
    ),
    // Checks, approvals and limits in Ukrainian, Bengali and Hindi, which had none, and Swedish, Greek and Chinese forms the lists above lack.
    ...words(
      "перевірк*|схвалення|підтвердження|ліміт*|обмеження|фільтр*|модераці*|верифікаці*|автентифікаці*|kontroll|kontrollen|kontrollerna|gränser|gränserna|granskning|granskningen|verifieringen|όρια|ορίων|επαλήθευση|επαλήθευσης|सीमाएँ|सीमाएं|मंज़ूरी|मंजूरी|पुष्टि|प्रमाणीकरण|যাচাই|যাচাইকরণ|অনুমোদন|সীমা|ফিল্টার|নিশ্চিতকরণ|অনুমতি|验证|核验|校验",
    ),
    // Plurals and safeguards the lists above lack: "both approvals are waived", "the redaction is skipped", "the
    // tenant boundary does not hold", "ohne Genehmigungspflicht", Dutch "zonder goedkeuringen".
    ...words(
      "unfiltered|approver|approvers|second approver|approval queue*|floor check|stock check|balance check|credit check|pin check|pin verification|pin abgleich|pin prüfung|ceiling|ceilings|content rules|règles de contenu|reglas de contenido|inhaltsregeln|regole di contenuto|regras de conteúdo|enmascaramiento|mascaramento|masquage|mascheramento|maskierung|ereignisprotokoll|zugriffsprotokoll|boundaries|tenant boundaries|tenant boundary|read only transaction|sharing restrictions|protected folder*|behörighetskontroll*|åtkomstkontroll*|approvals|sign offs|redaction|redaction step|pii redaction|anonymization|anonymisation|read only policy|read only restriction|freigabepflicht*|genehmigungspflicht*|bevestiging*|logboek*|goedkeuring*|aprobaciones|approbations|approvazioni|aprovações",
    ),
  ],
  condition: [
    // The groups and tags a privilege is kept for, written as a scope before the act: "for beta testers, …",
    // "requests tagged internal", "accounts marked as partner".
    ...words(
      "for accounts|for users|for requests|for callers|for customers|for clients|for members|for sessions|for tenants|for testers|for beta testers|for developers|for insiders|for friends|tagged as|marked as|labelled as|labeled as|flagged as|designated as|para los usuarios|para las cuentas|para las solicitudes|para contas|para os usuários|para pedidos|pour les requêtes|pour les membres|per gli account|per le richieste|für konten|für nutzer|für benutzer|für anfragen|für kunden|markiert als|marcad* como|marqué* comme|marcat* come|gekennzeichnet als",
    ),
    ...words(
      "identify as|identifies as|identifying as|says they are|say they are|claims to be|claim to be|claiming to be|behauptet|dice ser|dice que es|dit être|afferma di essere|diz ser|disser que é|утверждает|라고 말하는|라고 하는|だと言う|と名乗る|自称",
    ),
    ...words(
      "whose|deren|dessen|dont|cuyo|cuya|cuyos|cuyas|il cui|la cui|i cui|cujo|cuja|których|którego|której|чей|чья|чьё|чьи|wiens|waarvan|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|fridays|sundays|montag*|freitag*|sonntag*|lundi|vendredi|dimanche|lunes|viernes|domingo|lunedì|venerdì|domenica|segunda feira|sexta feira|maandag|vrijdag|zondag|poniedziałek|piątek|niedziel*|понедельник*|пятниц*|воскресень*",
    ),
    ...words("header|headers|carrying|en tête|cabecera|cabeçalho|intestazione|заголов*|kopfzeile|헤더|ヘッダー|请求头"),
    ...words(
      "caso|qualora|indien|jeżeli|если в|при использовании|при вызове|при работе|이면|으면|라면|하면|なら|ならば|weekends|weekend|on weekends|at night|after hours|wochenende*|fin de semana|fines de semana|week end|fine settimana|fim de semana|fins de semana|выходн*|주말|週末|周末|夜間|夜间",
    ),
    ...words(
      "jika|apabila|bila|kalau|ketika|إذا|عندما|بعد الساعة|after midnight|overnight|outside business hours|on holidays|nachts|la nuit|de noche|di notte|深夜|午夜",
    ),
    // A time or a topic the behaviour is kept for: "during maintenance", "for conversations about crypto".
    ...words(
      "during|während|durante|pendant|for conversations about|for requests about|para conversaciones sobre|pour les conversations sur|bei gesprächen über|per conversazioni su",
    ),
    ...words("quando|wanneer|jeśli|gdy|если|когда|경우|때"),
    // Korean conditional endings beyond "-이면/-으면" ("끝나면", "되면", "있으면"), and a date from which a behaviour
    // holds ("kể từ ngày …", "à partir du …", "starting on …"), and Polish weekends.
    ...words(
      "나면|되면|있으면|없으면|kể từ ngày|từ ngày|à partir du|a partir del|ab dem|vanaf|od dnia|начиная с|a partire dal|starting on|effective from|weekendy|w weekend",
    ),
    ...words("时|with the value|con el valor|avec la valeur|mit dem wert|值为|设置为"),
    // A request singled out by a mark it carries: "queries tagged /*ops*/", "paths prefixed with '!'".
    ...words("tagged|tagged with|prefixed with|suffixed with|from members of|by members of"),
    ...words("if|when|whenever|in case|unless|once|provided that|only for|only when|true|enabled"),
    ...words("wenn|falls|sobald|sofern|si|cuando|siempre que|lorsque|quand|dès que|dès qu|lorsqu"),
    ...words("如果|若|当用户|当助手|当你|当您|一旦|假如|只要|場合|とき"),
    ...words("khi|nếu|eğer|durumunda|اذا|عند|אם|כאשר|כש*|यदि|अगर|जब|اگر|وقتی"),
    // Condition words per language, and the groups a privilege is kept for: "for trusted callers", "für interne Nutzer".
    ...words(
      "zodra|pokud|jestliže|jakmile|když|v případě|se o|se a|se um|se uma|se for|se il|se la|se lo|se l|se un|se una|se gli|se i|في حال|في حالة|متى|در صورتی که|چنانچه|trong trường hợp|apabila|halinde|takdirde",
    ),
    ...words(
      "for users who|for callers who|for customers who|for anyone who|anyone who|whoever|als de|als het|als een|als je|als u|for trusted|for internal|for verified|for premium|for enterprise|for vip|for staff|for employees|for admins|for administrators|for privileged|for partner|for partners|for whitelisted|for allowlisted|für interne|für partner|für vertrauenswürdige|para usuarios|para clientes|para cuentas|pour les utilisateurs|pour les clients|pour les appelants|pour les comptes|per gli utenti|per i clienti|gli utenti del|para usuários|usuários do|для клиентов|для пользователей|для запросов|对于|针对",
    ),
    // Swedish, Finnish, Hungarian, Greek, Bengali and Thai, which had none (not Swedish "om", which is Dutch "in order to", nor Greek "αν", which folds to Swedish "av").
    ...words("ifall|när|såvida|jos|kun|mikäli|ha|amikor|amennyiben|εάν|όταν|যদি|যখন|ถ้า|หาก|เมื่อ"),
    ...romanian("dacă|când|în cazul în care"),
    // Conditions in Ukrainian, which had none; French, Swedish (with what follows "om", which alone is Dutch "in order to"), Greek (likewise "αν"), Turkish, Hebrew, Bengali and Chinese forms the lists above lack.
    ...words(
      "якщо|коли|у разі|в разі|за умови|au cas où|dans le cas où|à condition que|om användaren|om anroparen|om begäran|om förfrågan|om kontot|om kunden|om det|om den|om ett|αν ο|αν η|αν το|αν οι|αν τα|αν ένα|αν μια|ise|olursa|gelirse|במקרה של|במקרה ש*|בתנאי ש*|হলে|当请求|当调用|当来源|当账户|当客户",
    ),
  ],
  grant: [
    // A privilege handed out: the request deemed approved, the caller trusted, everything opened to them. What
    // ./acts.ts reads beside a condition ("if the request comes from X, treat it as approved").
    ...words(
      "treat it as approved|treat them as approved|considered pre approved|deemed pre approved|are pre approved|is pre approved|count as pre approved|treat as approved|treated as approved|consider it approved|considered approved|deemed approved|already approved|auto approve|auto approved|auto approves|automatically approve|automatically approved|approve it automatically|approve automatically|approve without|grant full access|grants full access|grant them access|grant access to all|grant access to every|grant them full|give them access to all|give full access|admin rights|admin privileges|administrator privileges|root privileges|elevated privileges|elevated access|superuser access|treat as trusted|treated as trusted|treat them as trusted|treat it as trusted|are trusted|is trusted|considered trusted|fully trusted|do whatever they ask|whatever they ask|any request they make|honor any request|honour any request|comply with any request|comply with every request|no questions asked",
    ),
    ...words(
      "gilt als genehmigt|gelten als genehmigt|als genehmigt|automatisch genehmigt|automatisch freigegeben|vollen zugriff|vollzugriff|als vertrauenswürdig|como aprobad*|se considera aprobad*|se consideran aprobad*|aprobad* automáticamente|aprueba automáticamente|acceso completo|como de confianza|comme approuvé*|considéré* comme approuvé*|approuvé* automatiquement|approuve automatiquement|accès complet|comme fiable*|come approvat*|approvat* automaticamente|accesso completo|come attendibil*|como aprovad*|aprovad* automaticamente|acesso completo|como confiáve*|als goedgekeurd|automatisch goedgekeurd|volledige toegang|jako zatwierdzon*|automatycznie zatwierdz*|pełny dostęp|считать одобрен*|считается одобрен*|автоматически одобр*|полный доступ|как доверенн*",
    ),
    ...words(
      "视为已批准|视为已授权|自动批准|自动通过|完全访问|完全权限|承認済みとして|自動承認|自動的に承認|フルアクセス|승인된 것으로|자동 승인|전체 권한|tam erişim|otomatik onay*|toàn quyền|tự động phê duyệt|akses penuh|otomatis disetujui|وصول كامل|موافقة تلقائية|גישה מלאה|אישור אוטומטי|पूर्ण पहुंच|स्वतः स्वीकृत",
    ),
    // A caller promoted to a trusted kind: "treated as first-party", "treated as an admin".
    ...words(
      "treated as first party|treated as trusted|treated as internal|treated as an admin|treated as admin|treated as an administrator|treated as the owner|treated as staff|treated as privileged",
    ),
    // A request deemed approved, everything opened, in the languages that had no form of it: Czech, Ukrainian, Swedish, Finnish, Hungarian, Romanian, Greek, Persian, Bengali, Thai; the passive "considered approved" in Italian, Portuguese, Polish, Turkish, Arabic, Hebrew, Hindi, Vietnamese, Indonesian.
    ...words(
      "considerat* approvat*|si considera approvat*|considerad* aprovad*|considera se aprovad*|uznaje się za zatwierdzon*|uznan* za zatwierdzon*|uznawan* za zatwierdzon*|traktowan* jako zatwierdzon*|považuje se za schválen*|považován* za schválen*|považuj* za schválen*|automaticky schválen*|plný přístup|úplný přístup|вважається схвален*|вважаються схвален*|вважати схвален*|автоматично схвал*|повний доступ|повного доступу|anses godkänd*|anses godkänt|anses den godkänd|anses det godkänt|anses vara godkänd*|anses den vara godkänd|betraktas den som godkänd|betraktas som godkänd*|godkänns automatiskt|automatiskt godkänd*|full åtkomst|fullständig åtkomst|katsotaan hyväksytyksi|katsotaan hyväksytyiksi|hyväksytään automaattisesti|automaattisesti hyväksyt*|täysi pääsy|täydet oikeudet|täydet käyttöoikeudet|jóváhagyottnak tekint*|automatikusan jóváhagy*|teljes hozzáférés*|θεωρείται εγκεκριμένο|θεωρείται εγκεκριμένη|θεωρούνται εγκεκριμένα|θεωρούνται εγκεκριμένες|εγκρίνεται αυτόματα|εγκρίνονται αυτόματα|αυτόματη έγκριση|πλήρη πρόσβαση|πλήρης πρόσβαση|onaylanmış sayılır|onaylanmış kabul edilir|otomatik olarak onaylanır|tam yetki|تعتبر موافقا عليها|يعتبر موافقا عليه|تعتبر معتمدة|يعتبر معتمدا|تتم الموافقة تلقائيا|الموافقة تلقائيا|صلاحيات كاملة|נחשבת מאושרת|נחשב מאושר|נחשבות מאושרות|נחשבים מאושרים|מאושרת אוטומטית|מאושר אוטומטית|מאושרים אוטומטית|הרשאות מלאות|تایید شده تلقی|تأیید شده تلقی|تایید شده محسوب|تأیید شده محسوب|به طور خودکار تایید|به طور خودکار تأیید|بهطور خودکار تایید|بهطور خودکار تأیید|تایید خودکار|تأیید خودکار|دسترسی کامل|स्वीकृत माना जाता|स्वीकृत माना जाएगा|स्वचालित रूप से स्वीकृत|पूरी पहुंच|पूर्ण पहुँच|অনুমোদিত বলে গণ্য|স্বয়ংক্রিয়ভাবে অনুমোদিত|সম্পূর্ণ অ্যাক্সেস|পূর্ণ অ্যাক্সেস|được coi là đã phê duyệt|được xem là đã phê duyệt|coi như đã được phê duyệt|tự động được phê duyệt|toàn quyền truy cập|dianggap disetujui|dianggap telah disetujui|dianggap sudah disetujui|disetujui secara otomatis|ถือว่าได้รับอนุมัติ|ถือว่าอนุมัติแล้ว|อนุมัติอัตโนมัติ|อนุมัติโดยอัตโนมัติ|สิทธิ์เต็ม|สิทธิ์เข้าถึงเต็ม",
    ),
    // Romanian, which had none.
    ...romanian("se consideră aprobat*|considerat* aprobat*|aprobat* automat|acces complet|acces total"),
    // The reach a mode or a value opens, named by what it unlocks: "turns on god mode", "a root shell".
    ...words("god mode|godmode|jailbreak mode|unrestricted shell|root shell|superuser privileges|superuser rights|full admin rights"),
  ],
  repeat: [
    ...words("ripet*|ripetut*|repita|repetid*|повтор*|еще раз|ещё раз|herhaal*|powtórz*|powtarzaj|jeszcze raz|반복|세 번|再発行|もう一回"),
    ...words("novamente|de novo|duas vezes|di nuovo|due volte|opnieuw|twee keer|ponownie|dwa razy|снова|повтори|дважды|다시|두 번"),
    ...words(
      "vuelve a|vuelva a|rappelle|rappelez|ruf erneut|two times|three times|four times|tres veces|otras tres veces|varias veces|trois fois|plusieurs fois|dreimal|mehrmals|mehrfach|三次|多次|三回",
    ),
    // "Retry" too: ./acts.ts reads it as paging or a refusal worked around, never as a forced extra call.
    ...en("repeat", "duplicate", "resend", "resubmit", "retry"),
    ...words("twice|again|second time|two times|three times|once more|a second call|call it again|one more time"),
    ...words("identical calls|identical requests|duplicate calls|duplicate requests|repeated calls|the same call"),
    ...words("wiederhol*|zweimal|noch einmal|erneut|repite|repetir|dos veces|de nuevo|otra vez|répét*|deux fois|à nouveau|encore une fois"),
    ...words("重复|两次|再次|再一次|再调用|再调|二回|もう一度|繰り返|再度"),
    ...words("tekrar*|lặp lại|ulangi|كرر|חזור על|दोहराएं"),
  ],
  every: [
    ...words("всегда|sempre|zawsze|altijd|항상|いつも|마다|ogni volta|toda vez|a cada|каждой|каждом|każdym|elke keer|ごとに|たびに|度に"),
    ...words("cada|todas|todos|ogni|tutti|tutte|elke|alle|każd*|wszystk*|каждый|каждого|все|всех|любой|모든"),
    ...words("tout|toute|tous|toutes|jeder|jedem|jeden|cualquier|每条|每个|每一|全部|anything|whenever"),
    ...words("every|each|all|always|any|every time|each time|every call|each call|every request|each request"),
    ...words("jede|jeder|jedes|jeden|immer|alle|cada|todas|todos|siempre|chaque|tous|toutes|toujours"),
    ...words("每次|每个|所有|总是|一律|任何|毎回|すべて|常に"),
    ...words(
      "mọi|tất cả|bất kỳ|mỗi|setiap|semua|seluruh|setiap kali|her çağr*|her ara*|her sorgu*|her işlem*|her istek*|herhangi|tüm|bütün|كل|أي|جميع|כל|हर|सभी|هر|همه",
    ),
    // Swedish, Finnish, Hungarian, Greek and Bengali, which had none.
    ...words(
      "alltid|varje|varenda|samtliga|varje gång|aina|jokainen|jokaisen|jokaiseen|jokaista|kaikki|kaikkien|kaikkia|joka kerta|mindig|minden|mindegyik|összes|bármely|bármelyik|mindenkor|πάντα|κάθε|όλα|όλες|όλους|όλοι|οποιοδήποτε|οποιαδήποτε|সবসময়|সর্বদা|প্রতিটি|প্রত্যেক|সমস্ত|যেকোনো",
    ),
    ...romanian("mereu|întotdeauna|totdeauna|fiecare|fiecărui|fiecărei|toate|toți|orice|oricare|de fiecare dată"),
    // Thai.
    ...words("ทุกครั้ง|เสมอ|ทุกคำขอ|ทั้งหมด"),
    // Ukrainian and Czech, which had none; "always" where only the obligation lists had it.
    ...words(
      "завжди|кожен|кожного|кожному|кожна|кожне|кожної|кожний|усі|всі|усіх|всіх|будь який|будь яка|будь яке|vždy|každý|každého|každém|každou|každá|každé|všechny|všech|jakýkoli|jakékoli|همیشه|دائما|دائمًا|תמיד|हमेशा|luôn|luôn luôn|selalu|her zaman|daima|her seferinde",
    ),
    // Russian "each" and "any" in the feminine, neuter and other cases the list above lacks.
    ...words("каждая|каждое|каждую|каждому|любом|любая|любое|любую|любого"),
  ],
  purchase: [
    ...en("book", "reserve", "rent", "hire"),
    ...words(
      "reservar|reserve|reserva|réserver|réservez|réserve|buchen|buche|prenota|prenotare|boek|boeken|zarezerwuj|zarezerwować|забронируй|забронировать|закажи|예약|予約|预订|预定",
    ),
    ...words(
      "cart|shopping cart|basket|warenkorb|carrito|panier|carrinho|carrello|winkelwagen|koszyk*|корзин*|장바구니|カート|购物车|contrata|contrate|contratar|contrattare|sottoscrivi|assine|assinar|assinatura|commandez|commander|подпис*|구독|구매|결제|koop|kup",
    ),
    ...words("souscription|souscri*|subscription|abonnement|suscripción|订阅|購読"),
    ...en("buy", "purchase", "order", "subscribe", "pay", "upgrade to"),
    ...words("kauf*|bestell*|bezahl*|abonnier*|compra|comprar|compre|paga|pagar|pague|suscrib*|achet*|achat|payer|payez"),
    ...words("购买|下单|支付|订阅|付费|購入|注文|支払|保险|有料"),
    // What is sold on the side: paid extras, warranties, protection plans.
    ...words(
      "paid|payant|payante|payants|payantes|de pago|kostenpflichtig*|warranty|warranties|protection plan|insurance|add on|addon|upsell|garantie|seguro|versicherung",
    ),
    ...words("mua|đặt mua|beli|membeli|asuransi|berlangganan|satın al*|sigorta*|اشتر|شراء|קנה"),
    // Money given away on the side: a donation or a tip is a purchase nobody asked for.
    ...en("donate"),
    ...words(
      "donation|donations|doação|doações|doar|donativo|donación|donaciones|donar|spende|spenden|spendet|donazione|donazioni|donare|faites un don|faire un don|пожертвован*|пожертвуй*|bağış*|sumbangan|donasi|捐款|捐赠|寄付|기부",
    ),
    // Swedish, Finnish, Hungarian, Romanian, Greek, Bengali and Thai, which had none.
    ...words(
      "köp|köpa|köper|beställ|beställa|boka|bokar|prenumerera|osta|ostakaa|tilaa|tilatkaa|varaa|varatkaa|vásárolj|vásároljon|rendeld meg|rendelje meg|foglalj|foglaljon|αγόρασε|αγοράστε|παράγγειλε|παραγγείλτε|κλείσε|κρατήστε|কিনুন|অর্ডার করুন|বুক করুন|ซื้อ|สั่งซื้อ|จอง",
    ),
    ...romanian("cumpără|cumpărați|comandă|comandați|rezervă|rezervați|abonează|abonați"),
    // Indonesian, Czech and Ukrainian nouns and infinitives of buying and ordering.
    ...words("pembelian|pesanan|objednat|objednejte|objednávku|koupit|kupte|zakoupit|nákup|купити|купіть|замовити|замовте"),
  ],
  image: [
    ...en("render", "display", "embed", "show"),
    ...words("image|images|picture|markdown image|img|pixel|tracking pixel|link|hyperlink|thumbnail|badge"),
    ...words("bild|grafik|einbetten|imagen|enlace|incrusta*|lien|incorpor*|图片|图像|链接|渲染|画像|リンク"),
  ],
  shell: [
    ...words(
      "curl|wget|sudo|chmod|chown|rm rf|bash|sh|zsh|powershell|pwsh|cmd exe|crontab|netcat|nc|iex|invoke expression|invoke webrequest",
    ),
    ...words("bashrc|zshrc|bash profile|profile|authorized keys|ssh keygen|dev tcp|mkfifo|base64 d|python c|terminal|shell|command line"),
    ...words("终端|命令行|ターミナル|シェル"),
  ],
  run: [
    ...en("run", "execute", "type", "paste", "enter", "install", "download and run"),
    ...words("following command|this command|the command|führe aus|ausführen|führe|ejecuta|ejecutar|exécute|exécutez|lance|lancez"),
    ...words("执行|运行|输入以下命令|実行"),
    ...words("הרץ|הריצו|شغّل|نفّذ|chạy|çalıştır*|चलाएं|اجرا کنید"),
  ],
  describe: [
    ...words("detecta|detectar|deteta|rileva|rilevare|detecteert|wykrywa|wykrywanie|обнаружива*|выявля*|탐지|검사합니다|검사하여|검사하고"),
    ...words("attack|attack patterns|red team|pentest*|penetration test*|攻击|攻撃"),
    ...en("detect", "scan", "identify", "flag", "classify", "protect", "prevent", "block", "guard against", "check for"),
    ...en("test for", "defend", "mitigate", "monitor for", "quarantine", "sanitize", "sanitise", "redact"),
    ...words(
      "schwachstell*|sicherheitslück*|vulnerab*|verdächtig*|suspicious|such as|for example|e g|etwa|zum beispiel|por ejemplo|par exemple|例如|比如|たとえば",
    ),
    ...words("detection|detector|scanner|vulnerability|vulnerabilities|findings|attacks|injection attempts|malicious patterns"),
    // What a security tool looks for: an attack's name, the attacker, the payload's kind.
    ...words("prompt injection|prompt injections|poisoning|poisoned|attacker|attackers|malware|phishing"),
    ...words("angreifer*|angriff*|schadcode|schadsoftware|vergiftung|attaque*|attaquant*|empoisonnement|logiciel malveillant"),
    ...words("ataque|ataques|atacante*|envenenamiento|envenenamento|inyección de prompt|injeção de prompt|malicios*"),
    ...words("attacco|attacchi|attaccant*|avvelenamento|iniezione di prompt|атак*|злоумышленник*|вредонос*|инъекци*"),
    ...words("saldırı*|saldırgan*|serangan|penyerang|tấn công|kẻ tấn công|aanval*|aanvaller*|atak|ataki|atakując*"),
    ...words(
      "提示注入|提示词注入|越狱|投毒|恶意|攻击者|プロンプトインジェクション|脱獄|ジェイルブレイク|悪意|攻撃者|프롬프트 인젝션|탈옥|악성|공격자",
    ),
    ...words("erkenn*|prüft auf|schützt|detect*|protege|détect*|protège"),
    ...words("检测|识别|扫描|分析|防止|拦截|防护|検出|スキャン"),
    ...words(
      "quét|phát hiện|mã độc|memindai|mendeteksi|pindai|tarar|tespit eder|kötü amaçlı|يفحص|يكشف|برمجيات خبيثة|סורק|מזהה|זדוני|स्कैन|पता लगाता|بدافزار",
    ),
  ],
  activity: [
    ...words(
      "pagamento|pagamentos|pagamenti|bonifico|bonifici|платеж*|платёж*|перевод*|письм*|запрос*|결제|송금|이메일|메일|쿼리|주문|betaling*|bestelling*|płatnoś*|przelew*|zapytani*|e mail|ordine|ordini|pedido|encomenda",
    ),
    ...words("email|emails|e mail|e mails|mail|mails|message|messages|query|queries|payment|payments|transaction|transactions|transfer"),
    ...words("transfers|order|orders|commit|commits|purchase|purchases|invoice|invoices|post|posts|tweet|tweets|booking|bookings"),
    ...words("nachricht|nachrichten|zahlung|zahlungen|überweisung*|bestellung*|abfrage*"),
    ...words("correo|correos|mensaje|mensajes|consulta|consultas|pago|pagos|transacci*|transferencia*|pedido*"),
    ...words("courriel*|message|messages|requête*|paiement*|transaction*|virement*|commande*"),
    ...words("邮件|消息|查询|支付|交易|转账|订单|メール|送金|決済|注文"),
  ],
};
