/**
 * Side effects stated in languages other than English, read word by word: the third person
 * of an effect verb ("elimina", "überweist", "отменяет", "membatalkan"), a participle after
 * a passive auxiliary ("werden … vernichtet", "sont supprimés"), a two-word verb ("thanh
 * toán", "iptal eder"), and in Chinese, Japanese and Korean a verb stem with the ending or
 * adverb that makes it the tool's act ("扣款", "キャンセルします", "지웁니다").
 *
 * Each family is written out whole in every language the engine reads, by the English verb
 * whose meaning it has (see VERBS in ./capability.ts). Words that are also nouns ("compra",
 * "firma") count only with an object right after them or a reflexive "se"/"si"/"sich"
 * before. Negation, conditions and what the output leaves out are judged by the caller.
 */
import { matchable } from "../matchable.js";

export interface EffectWord {
  /** The English verb whose meaning the word has. */
  verb: string;
  /** Where the word starts in the folded text, and the words shown as evidence. */
  at: number;
  shown: string;
}

/** Entries as the matchable copy spells them; `~` marks a word that is also a noun. */
const fold = (word: string) => matchable(word).text;

const ACTIVE = new Map<string, { verb: string; nounLike: boolean }>();
const PARTICIPLE = new Map<string, string>();
const PAIRS = new Map<string, string>();

function define(verb: string, active: string, participles = "", pairs = "") {
  for (const entry of active.split(/\s+/).filter(Boolean)) {
    const nounLike = entry.endsWith("~");
    ACTIVE.set(fold(nounLike ? entry.slice(0, -1) : entry), { verb, nounLike });
  }
  for (const entry of participles.split(/\s+/).filter(Boolean)) PARTICIPLE.set(fold(entry), verb);
  for (const entry of pairs.split("|").filter(Boolean)) PAIRS.set(fold(entry.trim()), verb);
}

// Deletion. es, pt, fr, de, it, nl, pl, ru, tr, id, ar, hi
define(
  "delete",
  "elimina eliminan borra borran suprime suprimen destruye destruyen purga~ purgan exclui excluem apaga apagam eliminam " +
    "removem destrói destroem supprime suppriment efface effacent détruit détruisent purge~ purgent löscht vernichtet " +
    "zerstört eliminano cancella cancellano rimuove rimuovono distrugge distruggono verwijdert vernietigt usuwa " +
    "usuwają kasuje kasują niszczy wymazuje удаляет удаляют удаляется удаляются удалит удалят стирает стирают " +
    "уничтожает уничтожают очищается очищаются видаляє видаляють видаляється видаляються raderar raderas maže mažou smaže odstraní odstraňuje מוחק מוחקת מוחקים נמחק נמחקת נמחקים נמחקות vacía~ vacían leert svuota svuotano esvazia~ esvaziam siler silinir silecek kaldırır menghapus dihapus memusnahkan يحذف تحذف يمسح تمسح يزيل تزيل " +
    "हटाता हटाती मिटाता मिटाती",
  "eliminado eliminada eliminados eliminadas borrado borrada borrados borradas suprimido suprimida suprimidos suprimidas " +
    "destruido destruida destruidos destruidas excluído excluída excluídos excluídas apagado apagada apagados apagadas " +
    "removido removida removidos removidas supprimé supprimée supprimés supprimées effacé effacée effacés effacées détruit " +
    "détruite détruits détruites gelöscht entfernt vernichtet zerstört eliminato eliminata eliminati eliminate cancellato " +
    "cancellata cancellati cancellate rimosso rimossa rimossi rimosse distrutto distrutta distrutti distrutte verwijderd " +
    "gewist vernietigd usunięte usunięty usunięta usunięci skasowane skasowany skasowana zniszczone удалены удалена " +
    "удалено удалён стёрты уничтожены видалено видалені видалена smazány smazána smazáno smazán odstraněny odstraněna odstraněno raderade vaciado vaciada geleert svuotato svuotata esvaziado esvaziada",
  "xóa vĩnh|xoá vĩnh|sẽ xóa|sẽ xoá|cũng xóa|và xóa|và xoá|động xóa|hapus permanen|tas bort|tar bort",
);
// Gerunds of a clause after the tool's own act ("muestra el saldo, transfiriendo todo excedente", "en supprimant les
// anciens"): counted only with an object right after them, as the nouns above are.
define(
  "delete",
  "eliminando~ borrando~ suprimiendo~ apagando~ excluindo~ removendo~ supprimant~ effaçant~ cancellando~ rimuovendo~ " + "verwijderend~",
);
define("send", "enviando~ reenviando~ encaminhando~ envoyant~ inviando~ inoltrando~");
define("pay", "pagando~ cobrando~ transfiriendo~ transferindo~ trasferendo~ transférant~ débitant~ addebitando~");
// Selling what someone holds: "liquida las posiciones", "liquide les positions", "liquidiert die Positionen".
define(
  "pay",
  "liquida~ liquidan liquidam liquide~ liquident liquidiert",
  "liquidado liquidada liquidados liquidadas liquidé liquidée liquidés liquidées liquidiert liquidato liquidata liquidati",
);
define("cancel", "cancelando~ anulando~ annulant~ annullando~");
// Messages and data sent to people.
define(
  "send",
  "envía envían reenvía reenvían manda mandan envia enviam reenvia encaminha encaminham mandam envoie envoient " +
    "expédie expédient réexpédie transfère transfèrent sendet versendet verschickt schickt übermittelt invia inviano inoltra inoltrano " +
    "spedisce spediscono verstuurt stuurt verzendt wysyła wysyłają przesyła przesyłają отправляет отправляют " +
    "пересылает пересылают рассылает рассылают gönderir iletir mengirim mengirimkan meneruskan dikirim diteruskan " +
    "يرسل ترسل يُرسل يعيد भेजता भेजती",
  "enviado enviada enviados enviadas reenviado reenviada reenviados reenviadas encaminhado encaminhada encaminhados " +
    "encaminhadas envoyé envoyée envoyés envoyées transféré transférée transférés transférées gesendet versendet verschickt " +
    "geschickt weitergeleitet inviato inviata inviati inviate inoltrato inoltrata inoltrati inoltrate verstuurd verzonden " +
    "doorgestuurd wysłane wysłany wysłana przesłane przesłany отправлены отправлено отправлена пересланы",
  "gửi cho|gửi tới|gửi đến|và gửi|sẽ gửi|chuyển tiếp",
);
// Money that leaves someone.
define(
  "pay",
  "paga~ pagan cobra~ cobran abona abonan compra~ compran pagam cobram debita debitam paie~ paient paye~ payent règle~ " +
    "règlent débite débitent achète achètent zahlt bezahlt begleicht überweist kauft pagano addebita addebitano " +
    "acquista acquistano comprano betaalt koopt płaci opłaca opłacają kupuje kupują przelewa obciąża оплачивает " +
    "оплачивают платит списывает списывают покупает покупают öder membayar membeli mentransfer menagih mendebit " +
    "يدفع تدفع يشتري تشتري reembolsa reembolsan rembourse remboursent",
  "reembolsado reembolsada remboursé remboursée pagado pagada pagados pagadas cobrado cobrada cobrados cobradas comprado comprada debitado debitada payé payée payés " +
    "payées débité débitée réglé réglée bezahlt überwiesen gekauft abgebucht pagato pagata pagati addebitato addebitata " +
    "acquistato acquistata betaald gekocht afgeschreven opłacone opłacony zapłacone pobrane оплачены оплачено списаны " +
    "списано",
  "thanh toán|chuyển tiền|trừ tiền|satın alır|tahsil eder|ödeme yapar|transfiere el|transfiere la|transfiere los|" +
    "transfiere las|transfere o|transfere a|transfère le|transfère la|transfère les|trasferisce il|trasferisce la|" +
    "переводит деньги|переводит средства|भुगतान करता|भुगतान करती|खरीदता",
);
// Cancelling what someone booked or ordered.
define(
  "cancel",
  "cancela cancelan anula anulan cancelam anulam annule annulent storniert kündigt annulla annullano disdice disdicono " +
    "annuleert anuluje anulują отменяет отменяют hủy huỷ membatalkan dibatalkan يلغي تلغي",
  "cancelado cancelada cancelados canceladas anulado anulada anulados anuladas annulé annulée annulés annulées storniert " +
    "gekündigt abgesagt annullato annullata annullati annullate disdetto geannuleerd anulowane anulowany anulowana " +
    "отменены отменено отменена",
  "sagt ab|iptal eder|iptal edilir",
);
// Taking people off a list they joined.
define(
  "unsubscribe",
  "descadastra descadastram desinscribe desinscriben désabonne désabonnent désinscrit disiscrive disiscrivono " +
    "uitschrijft wypisuje wypisują отписывает отписывают",
  "descadastrado descadastrada descadastrados descadastradas desuscrito desuscritos desinscrito desinscritos désabonné " +
    "désabonnée désabonnés désabonnées abgemeldet ausgetragen disiscritto disiscritti uitgeschreven wypisani wypisane " +
    "отписаны отписан",
  "meldet ab",
);
// Publishing to the public.
define(
  "publish",
  "publica~ publican publicam publie publient pubblica~ pubblicano publiceert publikuje publikują публикует публикуют " +
    "yayınlar yayımlar memublikasikan menerbitkan ينشر تنشر",
  "publicado publicada publicados publicadas publié publiée publiés publiées veröffentlicht pubblicato pubblicata " +
    "pubblicati pubblicate gepubliceerd opublikowane opublikowany опубликованы опубликовано",
  "xuất bản|đăng lên|và đăng|hace público|hace pública|hace públicos|torna público|torna pública|rend public|" +
    "rend publique|rend publics|macht öffentlich|rende pubblico|rende pubblica|maakt openbaar|делает публичным",
);
// Access handed to someone.
define(
  "grant",
  "comparte comparten concede conceden otorga otorgan compartilha compartilham partilha concedem partage~ partagent " +
    "accorde accordent octroie gewährt vergibt erteilt condivide condividono concedono assegna~ deelt verleent " +
    "udostępnia nadaje przyznaje предоставляет предоставляют выдаёт выдают делится paylaşır membagikan يمنح تمنح",
  "compartido compartida concedido concedida otorgado otorgada compartilhado compartilhada partagé partagée accordé " +
    "accordée gewährt freigegeben vergeben condiviso condivisa concesso concessa gedeeld verleend udostępnione " +
    "przyznane предоставлен предоставлены",
  "chia sẻ|cấp quyền|yetki verir|erişim verir",
);
// Code and commands run.
define(
  "execute",
  "ejecuta ejecutan executa executam exécute exécutent esegue eseguono wykonuje wykonują uruchamia uruchamiają " +
    "выполняет выполняют запускает запускают çalıştırır yürütür menjalankan mengeksekusi ينفذ تنفذ",
  "ejecutado ejecutada ejecutados executado executada exécuté exécutée ausgeführt eseguito eseguita uitgevoerd " +
    "wykonane wykonany uruchomione выполнены выполнено запущены",
  "thực thi|chạy lệnh|führt aus",
);
// Commitments taken on the user's behalf.
define(
  "approve",
  "aprueba aprueban firma~ firman aprova aprovam assina assinam approuve approuvent signe~ signent genehmigt " +
    "unterschreibt unterzeichnet approva approvano firmano keurt ondertekent zatwierdza zatwierdzają podpisuje " +
    "podpisują одобряет одобряют подписывает подписывают onaylar imzalar menyetujui menandatangani",
  "aprobado aprobada firmado firmada aprovado aprovada assinado assinada approuvé approuvée signé signée genehmigt " +
    "unterschrieben unterzeichnet approvato approvata firmato firmata goedgekeurd ondertekend zatwierdzone podpisane " +
    "одобрены подписаны",
  "phê duyệt|chấp thuận",
);

// Changes a person can see and put right (the write tier): only the active voice, since "los datos se actualizan
// cada hora" tells how fresh the data is, not what the tool changes.
define(
  "update",
  "actualiza actualizan atualiza atualizam aktualisiert aggiorna aggiornano aktualizuje aktualizują обновляет обновляют " +
    "günceller memperbarui",
  "",
  "met à jour|mettent à jour|werkt bij|cập nhật",
);
define(
  "modify",
  "modifica~ modifican modificam modifie modifient ändert verändert modificano wijzigt zmienia zmieniają изменяет " +
    "изменяют değiştirir mengubah",
  "",
  "thay đổi",
);
define(
  "overwrite",
  "sobrescribe sobrescriben sobrescreve écrase écrasent überschreibt sovrascrive sovrascrivono overschrijft nadpisuje " +
    "перезаписывает перезаписывают menimpa",
  "",
  "üzerine yazar|ghi đè",
);
// Replacing a stored value: "remplace la quantité par la valeur fournie", "ersetzt den Bestand".
define(
  "replace",
  "reemplaza reemplazan sustituye sustituyen substitui substituem remplace remplacent ersetzt sostituisce sostituiscono " +
    "vervangt zastępuje zastępują заменяет заменяют menggantikan",
  "reemplazado reemplazada reemplazados reemplazadas sustituido sustituida substituído substituída remplacé remplacée " +
    "remplacés remplacées ersetzt sostituito sostituita sostituiti vervangen zastąpione zastąpiony заменены заменено " +
    "sobrescrito sobrescrita sobrescritos écrasé écrasée écrasés überschrieben sovrascritto sovrascritta sovrascritti " +
    "overschreven nadpisane nadpisywane nadpisany перезаписаны перезаписано",
);
define(
  "move",
  "mueve mueven déplace déplacent verschiebt sposta spostano verplaatst przenosi przenoszą перемещает перемещают taşır " + "memindahkan",
  "",
  "di chuyển",
);
define(
  "close",
  "cierra cierran ferme~ ferment schließt chiude chiudono sluit zamyka zamykają закрывает закрывают kapatır menutup",
  "",
  "đóng lại",
);

/** Passive auxiliaries: a participle after one (within a few words) is an effect. */
const AUXILIARIES = new Set(
  (
    "es son será serán queda quedan é são será serão fica ficam est sont sera seront wird werden viene vengono verrà " +
    "verranno è sono sarà saranno wordt worden jest są będzie będą zostaje zostają zostanie zostaną будут будет jsou budou bude"
  )
    .split(" ")
    .map(fold),
);
/** Words that start an object: a noun-like verb before one is a verb ("firma el contrato"). */
const OBJECT_STARTS = new Set(
  (
    "el la los las lo le les un una unos unas su sus todo todos toda todas cada cualquier este esta estos estas o a os as um uma qualquer " +
    "seu sua seus suas l une des son sa ses leur leurs tout tous toute toutes chaque ce cet cette ces der die das den " +
    "dem ein eine einen einem alle jede jeden jedes ihre ihren sein seine il lo gli uno suo suoi tutti tutte ogni qualsiasi l " +
    "het een elke zijn hun jego jej ich wszystkie każdy każdą te ten ta to его её их все всех каждый каждую эти этот " +
    "semua setiap seluruh"
  )
    .split(" ")
    .map(fold),
);
const REFLEXIVE = new Set(["se", "si", "sich"]);
/** A past or perfect marker before the verb: the data's state, "các hóa đơn đã thanh toán" (the invoices already paid). */
const DONE = new Set(["đã", "chưa", "telah", "sudah", "belum"].map(fold));
/** The write tier read in the active voice only: after a reflexive it is the data's own change ("se actualizan cada hora"). */
const ACTIVE_ONLY = new Set(["update", "modify", "overwrite", "replace", "move", "close"]);
/** Object pronouns before the verb after "and" or "then": "puis la règle", "y las paga", "e o envia". */
const CLITICS = new Set("le la les lui leur lo los las li gli ne o a os as lhe lhes".split(" "));
const THEN = new Set("et puis ensuite y luego después e depois poi quindi ed en dan и".split(" ").map(fold));
/** German verbs whose particle ends the clause: "sagt … ab", "führt … aus". */
const SEPARABLE = new Map<string, { particle: string; verb: string }>(
  [
    ["sagt", { particle: "ab", verb: "cancel" }],
    ["sagen", { particle: "ab", verb: "cancel" }],
    ["bucht", { particle: "ab", verb: "pay" }],
    ["führt", { particle: "aus", verb: "execute" }],
    ["leitet", { particle: "weiter", verb: "send" }],
    ["schickt", { particle: "weiter", verb: "send" }],
    ["gibt", { particle: "frei", verb: "grant" }],
    ["nimmt", { particle: "an", verb: "approve" }],
    ["räumt", { particle: "ab", verb: "delete" }],
  ].map(([word, meaning]) => [fold(word as string), meaning as { particle: string; verb: string }]),
);

/** Chinese, Japanese and Korean: a stem and what makes it the tool's own act. */
const CJK_EFFECTS: { verb: string; pattern: RegExp }[] = [
  {
    verb: "delete",
    pattern:
      /(?:消去|抹消|破棄)(?:します|され|し、|して|する)|(?:会|将|并|并且|然后|自动|同时|还会|也会)(?:清除|销毁|删掉)|(?:지웁니다|지우고|지우며|파기합니다|파기하고)/u,
  },
  {
    verb: "send",
    pattern: /(?:会|将|并|并且|然后|自动|同时|还会|也会)[^，。,.]{0,12}(?:转发|群发|发给|通知)|(?:전달합니다|전달하고|전달되며)/u,
  },
  {
    verb: "pay",
    pattern:
      /(?:支払|決済|送金|振込|購入)(?:います|します|され|し、|して|う)|(?:会|将|并|并且|然后|自动|同时|还会|也会)[^，。,.]{0,10}(?:扣款|付款|支付|转账|购买|下单|退款)|(?:송금|이체|구매|결제)(?:합니다|하고|하며|됩니다|되고)/u,
  },
  {
    verb: "cancel",
    pattern:
      /(?:キャンセル|取り消|解約)(?:します|され|し、|して|する)|(?:会|将|并|并且|然后|自动|同时|还会|也会)[^，。,.]{0,4}(?:取消|退订)|취소(?:합니다|하고|하며|됩니다|되고)/u,
  },
  { verb: "publish", pattern: /(?:会|将|并|并且|然后|自动|同时|还会|也会)[^，。,.]{0,10}(?:发布|公开)|공개(?:합니다|하고|됩니다)/u },
  {
    verb: "grant",
    pattern:
      /(?:権限を付与|付与)(?:します|され|し、|して)|共有(?:します|され|し、|して)|(?:会|将|并|并且|然后|自动|同时|还会|也会)[^，。,.]{0,10}(?:授予|授权|共享|分享)|(?:부여|공유)(?:합니다|하고|하며|됩니다|되고)/u,
  },
  {
    verb: "execute",
    pattern:
      /(?:コマンド|スクリプト)を実行(?:します|し、|して)|(?:会|将|并|并且|然后|自动)[^，。,.]{0,6}执行(?:命令|脚本|代码)|(?:명령|스크립트)(?:을|를) 실행(?:합니다|하고)/u,
  },
  {
    verb: "approve",
    pattern: /(?:承認|承諾|署名)(?:します|され|し、|して)|(?:会|将|并|自动)(?:批准|签署|同意)|(?:승인|서명|수락)(?:합니다|하고|됩니다)/u,
  },
  // The write tier in the active voice only: "価格は15分ごとに更新されます" tells how fresh the data is.
  {
    verb: "modify",
    pattern:
      /(?:変更|上書き|移動|クローズ)(?:します|し、|して)|(?:并|并且|然后|同时|随后|将自动|会自动)[^，。,.]{0,12}(?:修改|覆盖|移动|关闭|改写|重写|替换)|(?:닫습니다|닫고|수정합니다|수정하고|덮어씁니다|덮어쓰고|이동합니다|이동하고|변경합니다|변경하고)/u,
  },
].map(({ verb, pattern }) => ({ verb, pattern: foldedPattern(pattern, "gu") }));
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** A pattern written in plain script, as the matchable copy spells it. */
function foldedPattern(pattern: RegExp, flags = pattern.flags): RegExp {
  return new RegExp(
    pattern.source.replace(/[^\x00-\x7F]+/gu, (run) => fold(run)),
    flags,
  );
}

/**
 * A condition or a relative clause before the word, with no "and" after it: the verb is
 * what the data does ("los mensajes que el usuario envía") or when ("si se paga").
 * Reflexive "si" right before the verb is no condition ("si elimina").
 */
const CONDITION = foldedPattern(
  /(?<![\p{L}])(?:si(?!\s*$)|cuando|wenn|falls|ob|quand|lorsque|quando|qualora|indien|wanneer|jeśli|jeżeli|gdy|если|когда|eğer|nếu|khi|jika|apabila|bila|ketika|que|qui|che|cui|который|которые|которая|которое|które|który|która|mà|إذا|لو|अगर|यदि)(?![\p{L}])(?:(?!(?<![\p{L}])(?:y|e|et|und|en|ed|i|и|ve|và|dan|و|और)(?![\p{L}])).)*$/u,
);
/** A German clause that opens with a relative pronoun ends with its verb: ", die der Kunde überweist". */
const RELATIVE_START = /^\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)(?![\p{L}])/u;
/** What is taken out of the output, duplicates and scratch data are no deletion: "elimina los duplicados de los resultados". */
const SHAPING = foldedPattern(
  /(?<![\p{L}])(?:de|des|du|dei|delle|della|dai|dalla|dagli|do|da|dos|das|aus|uit|van|z|из|dari|khỏi|من|से)(?: \p{L}+)? (?:resultados?|salida|respuesta|résultats?|sortie|réponse|ergebnis\p{L}*|ausgabe|antwort|risultat\p{L}*|uscita|risposta|resultaten|uitvoer|wynik\p{L}*|wyjści\p{L}*|результат\p{L}*|вывод\p{L}*|kết quả|hasil|keluaran|النتائج|परिणाम)|sonuçlardan|çıktıdan|(?:结果|输出)(?:中|里)|(?:結果|出力)から|(?:결과|출력)에서|duplicad\p{L}*|doublons|duplikat\p{L}*|duplicat\p{L}*|дубликат\p{L}*|yinelenen|trùng lặp|重复|重複|중복|temporal\p{L}*|temporair\p{L}*|temporär\p{L}*|temporane\p{L}*|tymczasow\p{L}*|временн\p{L}*|geçici|tạm thời|sementara|caché|cache|一時|临时|임시/u,
);
/** Access goes to someone: a right, a role or a "with" in the sentence. */
const ACCESS = foldedPattern(
  /(?<![\p{L}])(?:con|com|avec|mit|met|z|ze|с|со|ile|với|dengan|kepada|مع)(?![\p{L}])|acces\p{L}*|acess\p{L}*|accès|zugriff|zugang|toegang|dostęp\p{L}*|доступ\p{L}*|erişim|akses|quyền|permis\p{L}*|permiss\p{L}*|permessi|berechtigung\p{L}*|uprawnie\p{L}*|прав[аo]?|yetki\p{L}*|derechos|direitos|droits|rechte\p{L}*|diritti|rechten|admin\p{L}*|propriet\p{L}*|owner|eigentümer|público|pública|public\p{L}*|öffentlich|pubblic\p{L}*|openbaar|publiczn\p{L}*|публичн\p{L}*|herkes|mọi người|semua orang|todos|todo el mundo|tout le monde|everyone|jeder\p{L}*|tutti|iedereen|wszyscy|всем|صلاحي\p{L}*|权限|権限|권한|公开|公開|所有人|全員|모두/u,
);
/** What runs: a command, a script, code. */
const EXECUTABLE = foldedPattern(
  /comand\p{L}*|command\p{L}*|befehl\p{L}*|opdracht\p{L}*|polecen\p{L}*|команд\p{L}*|komut\p{L}*|lệnh|perintah|script\p{L}*|skript\p{L}*|скрипт\p{L}*|código|code|codice|kod\p{L}*|код|shell|bash|powershell|programa?|programm\p{L}*|программ\p{L}*|命令|脚本|代码|コマンド|スクリプト|コード|명령|스크립트|코드|أمر|أوامر|कमांड/u,
);
/** The sentence names the output, duplicates or scratch data: what it removes is no deletion of the user's data. */
export function shapesOutput(sentence: string): boolean {
  return SHAPING.test(sentence) && !removesForGood(sentence);
}
/** Done to the store while the tool reads: "while listing", "during the search", "as part of each sync". */
const DURING_READ =
  /\b(?:while|during|as part of) (?:the |each |every )?(?:search|lookup|listing|list|read|call|query|fetch|sync)(?:ing|es|s)?\b/;
/** The same in the other languages read: "durante a listagem", "lors de l'affichage", "beim Auflisten", "при чтении", "一覧作成時", "查看时". */
const DURING_READ_ELSEWHERE = foldedPattern(
  /(?<![\p{L}])(?:(?:durante|durant|pendant|lors d[eu]|während|im zuge|nel corso d\p{L}*)(?: (?:la|el|a|o|l|le|les|der|des|dem|il|lo|each|cada|chaque|jeder|ogni))? ?(?:búsqueda|busca|consulta|lectura|leitura|listado|listagem|lista|pesquisa|recherche|lecture|consultation|affichage|liste|suche|abfrage|anzeige|auflistung|ricerca|lettura|consultazione|elenco|visualizzazione)|(?:al|ao|en) (?:listar|consultar|leer|ler|buscar|listant|consultant|lisant|affichant)|beim (?:auflisten|lesen|abrufen|anzeigen|suchen)|при (?:чтении|просмотре|поиске|выводе|запросе)|во время (?:чтения|просмотра|поиска|запроса))(?![\p{L}])|(?:一覧|読み取り|取得|検索|表示)(?:作成)?(?:時|中|の際)|(?:查看|查询|读取|列出|搜索|列表)(?:时|过程中)|(?:조회|검색|읽기|목록) ?(?:중|시)/u,
  "u",
);
export function saysDuringRead(text: string): boolean {
  return DURING_READ.test(text.toLowerCase()) || (!PLAIN_ASCII.test(text) && DURING_READ_ELSEWHERE.test(fold(text)));
}
const PLAIN_ASCII = /^[\x00-\x7f]*$/;
/**
 * A removal that outlasts the answer: for good, or done to the store while the tool reads. Duplicates removed so
 * are the user's records, not the output's.
 */
const FOR_GOOD = foldedPattern(
  /\b(?:permanently|for good|irreversibly)\b|完全に|永久|영구|definitivamente|permanentemente|définitivement|endgültig|dauerhaft|definitief|trwale|навсегда|kalıcı olarak|vĩnh viễn|secara permanen/u,
);
export function removesForGood(sentence: string): boolean {
  return FOR_GOOD.test(sentence) || saysDuringRead(sentence);
}

const SENTENCE_END = /[.!?;。！？；\n]/gu;
const CLAUSE_END = /[.!?;:,，。；！？、\n]/gu;

/** The text from the last end mark before `at`. */
function since(text: string, at: number, ends: RegExp): string {
  const before = text.slice(Math.max(0, at - 200), at);
  let start = 0;
  ends.lastIndex = 0;
  for (let end = ends.exec(before); end !== null; end = ends.exec(before)) start = end.index + end[0].length;
  return before.slice(start);
}

/** The sentence around `at`. */
function sentenceAt(text: string, at: number): string {
  SENTENCE_END.lastIndex = at;
  const end = SENTENCE_END.exec(text);
  return since(text, at, SENTENCE_END) + text.slice(at, end === null ? text.length : end.index);
}

/** Whether the word at `at` reads as the tool's act rather than a condition, the output's shape, or a vague verb. */
function isAct(text: string, effect: EffectWord): boolean {
  const clauseStart = since(text, effect.at, CLAUSE_END);
  // A German relative clause follows a comma; an article that opens the sentence is its subject ("Der Wert ersetzt …").
  const relative = RELATIVE_START.test(clauseStart) && since(text, effect.at, SENTENCE_END).length > clauseStart.length;
  if (CONDITION.test(clauseStart) || relative) return false;
  const sentence = sentenceAt(text, effect.at);
  if (effect.verb === "delete" && shapesOutput(sentence)) return false;
  if (effect.verb === "grant") return ACCESS.test(sentence);
  if (effect.verb === "execute") return EXECUTABLE.test(sentence);
  return true;
}

/** Every entry by its word, so each word of a text costs one lookup. */
interface Entry {
  active?: { verb: string; nounLike: boolean };
  participle?: string;
  separable?: { particle: string; verb: string };
  /** The word starts a two-word entry. */
  pairs?: true;
}
const ENTRIES = new Map<string, Entry>();
const entry = (word: string): Entry => {
  let found = ENTRIES.get(word);
  if (found === undefined) ENTRIES.set(word, (found = {}));
  return found;
};
for (const [word, active] of ACTIVE) entry(word).active = active;
for (const [word, verb] of PARTICIPLE) entry(word).participle = verb;
for (const [word, separable] of SEPARABLE) entry(word).separable = separable;
for (const pair of PAIRS.keys()) entry(pair.split(" ")[0] ?? "").pairs = true;

/** The entry of a word; Indonesian puts the object on the verb: "membagikannya" (shares it). */
function entryOf(word: string): Entry | undefined {
  return ENTRIES.get(word) ?? (word.endsWith("nya") ? ENTRIES.get(word.slice(0, -3)) : undefined);
}

/** Words and the runs between them, alternating: a split costs less than a match per word. */
const BETWEEN_WORDS = /([^\p{L}\p{N}]+)/u;

/**
 * Each entry's length and first two UTF-16 units, as one small integer: a word whose shape no
 * entry has is not cut out of its text to be looked up (collisions only cost a look-up).
 */
const shape = (length: number, first: number, second: number): number =>
  ((length & 0x3f) << 24) | ((first & 0xfff) << 12) | (second & 0xfff);
const ENTRY_SHAPES = new Set<number>();
for (const word of ENTRIES.keys()) ENTRY_SHAPES.add(shape(word.length, word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0));
/** A letter or digit at lastIndex, read as a code point. */
const WORD_CHARACTER = /[\p{L}\p{N}]/uy;

/**
 * Whether a word of `text` (a run of letters and digits, as BETWEEN_WORDS splits it) has an
 * entry. Most texts hold none: this reads them without a word list or a string per word.
 */
function holdsEntry(text: string): boolean {
  let start = -1;
  for (let at = 0; at <= text.length; ) {
    const code = at < text.length ? text.charCodeAt(at) : -1;
    let width = 1;
    let inWord: boolean;
    if (code < 0) inWord = false;
    else if (code < 0x80) inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    else {
      WORD_CHARACTER.lastIndex = at;
      inWord = WORD_CHARACTER.test(text);
      const next = text.charCodeAt(at + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) width = 2;
    }
    if (inWord && start < 0) start = at;
    else if (!inWord && start >= 0) {
      if (wordHasEntry(text, start, at)) return true;
      start = -1;
    }
    at += width;
  }
  return false;
}

/** Whether the word text[start, end) has an entry, itself or without an Indonesian "-nya". */
function wordHasEntry(text: string, start: number, end: number): boolean {
  const length = end - start;
  const first = text.charCodeAt(start);
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  if (ENTRY_SHAPES.has(shape(length, first, second)) && ENTRIES.has(text.slice(start, end))) return true;
  return (
    length > 3 &&
    text.startsWith("nya", end - 3) &&
    ENTRY_SHAPES.has(shape(length - 3, first, length - 3 > 1 ? second : 0)) &&
    ENTRIES.has(text.slice(start, end - 3))
  );
}

/**
 * Whether `text` (folded) may hold an effect word: a word with an entry, or Chinese, Japanese
 * or Korean (whose patterns are matched only then). Without, foreignEffectWords finds none.
 */
export function mayHoldEffectWord(text: string): boolean {
  return holdsEntry(text) || CJK.test(text);
}

/** The effect words of `text` (folded), in order; English is read by ./capability.ts. */
export function foreignEffectWords(text: string): EffectWord[] {
  const found: EffectWord[] = [];
  // Most texts hold no entry: they are split into words only when one does.
  const parts = holdsEntry(text) ? text.split(BETWEEN_WORDS) : [];
  const words: string[] = [];
  const starts: number[] = [];
  for (let i = 0, at = 0; i < parts.length; at += parts[i]?.length ?? 0, i++) {
    if (i % 2 === 0 && parts[i] !== "") {
      words.push(parts[i] ?? "");
      starts.push(at);
    }
  }
  words.forEach((word, i) => {
    const known = entryOf(word);
    if (known === undefined) return;
    const previous = words[i - 1] ?? "";
    if (DONE.has(previous)) return;
    const at = starts[i] ?? 0;
    const next = words[i + 1] ?? "";
    const pair = known.pairs ? PAIRS.get(`${word} ${next}`) : undefined;
    if (pair !== undefined) found.push({ verb: pair, at, shown: `${word} ${next}` });
    const { active, separable, participle } = known;
    const clitic = CLITICS.has(previous) && THEN.has(words[i - 2] ?? "");
    const reflexive = REFLEXIVE.has(previous);
    if (active && !(reflexive && ACTIVE_ONLY.has(active.verb)) && (!active.nounLike || OBJECT_STARTS.has(next) || reflexive || clitic)) {
      found.push({ verb: active.verb, at, shown: word });
    }
    if (separable !== undefined) {
      const later = words.slice(i + 1, i + 8).findIndex((w) => w === separable.particle);
      const end = starts[i + 1 + later] ?? 0;
      if (later >= 0 && !/[.,;:!?]/.test(text.slice(at, end)))
        found.push({ verb: separable.verb, at, shown: `${word} … ${separable.particle}` });
    }
    if (participle !== undefined && words.slice(Math.max(0, i - 5), i).some((w) => AUXILIARIES.has(w))) {
      found.push({ verb: participle, at, shown: word });
    }
  });
  if (CJK.test(text)) {
    for (const { verb, pattern } of CJK_EFFECTS) {
      for (const match of text.matchAll(pattern)) found.push({ verb, at: match.index, shown: match[0] });
    }
  }
  return found.filter((effect) => isAct(text, effect));
}

/**
 * A parameter named by an act in another language, in the infinitive or imperative a name
 * takes ("transferir_para", "supprimer", "zastap"): the agent that fills it asks for that act.
 * As names spell them, without marks.
 */
export const FOREIGN_NAME_VERBS = new Map<string, string>();
for (const [verb, list] of [
  ["transfer", "transferir transferer trasferire ueberweisen uberweisen overmaken przelac perevesti transfere transfira"],
  ["pay", "pagar payer zahlen bezahlen pagare betalen zaplac zaplacic oplatit"],
  ["refund", "reembolsar rembourser erstatten rimborsare terugbetalen"],
  [
    "delete",
    "eliminar borrar suprimir apagar excluir supprimer effacer loeschen loschen eliminare cancellare verwijderen usun usunac udalit " +
      "vaciar vider leeren svuotare esvaziar purgar purger ochistit xoa sil hapus",
  ],
  ["send", "enviar reenviar envoyer senden versenden inviare inoltrare versturen wyslij wyslac otpravit"],
  ["share", "compartir compartilhar partager teilen freigeben condividere delen udostepnij udostepnic"],
  ["grant", "conceder otorgar accorder gewaehren concedere verlenen nadac"],
  ["publish", "publicar publier veroeffentlichen pubblicare publiceren opublikuj"],
  ["execute", "ejecutar executar executer ausfuehren eseguire uitvoeren wykonaj"],
  ["replace", "reemplazar sustituir substituir remplacer ersetzen sostituire vervangen zastap zastapic zamenit"],
  [
    "modify",
    "modificar cambiar alterar ajustar modifier changer ajuster aendern andern anpassen modificare cambiare regolare wijzigen aanpassen zmien zmienic izmenit",
  ],
  ["overwrite", "sobrescribir sobrescrever ecraser ueberschreiben sovrascrivere overschrijven nadpisz nadpisac"],
  ["update", "actualizar atualizar aktualisieren aggiornare bijwerken aktualizuj"],
] as const) {
  for (const word of list.split(" ")) FOREIGN_NAME_VERBS.set(word, verb);
}
