/**
 * Orders that restrain the model in the user's favour: ask the user first, wait for their
 * answer, confirm before acting, never assume a value. Honest servers put these around every
 * tool call ("ask for the required parameters before making any tool calls", "show the user the
 * plan and get their approval"); an ordering rule whose errand is the user's consent steers
 * nothing away from the user.
 */
import { folded } from "./folded.js";

const WAITS_FOR_THE_USER = folded(
  String.raw`(?<![\p{L}])(?:ask(?:ing)?|confirm(?:ing)?|check(?:ing)? with|wait(?:ing)? for|receiv(?:e|es|ing|ed))(?: [\p{L}-]+){0,5} (?:from |with |of |to )?(?:the )?users?(?![\p{L}])|(?<![\p{L}])users? s? (?:explicit )?(?:input|confirmation|approval|consent|response|answer|decision|permission)(?![\p{L}])|(?<![\p{L}])(?:never|do not|don t) (?:assume|guess|invent|make up)(?![\p{L}])|pregunt\p{L}* al usuario|(?:confirmación|aprobación|consentimiento|respuesta) del usuario|demande\p{L}* à l utilisat|(?:confirmation|accord|réponse|approbation) de l utilisat|(?:nutzer|benutzer|anwender)\p{L}* (?:fragen|um bestätigung)|(?:bestätigung|zustimmung|antwort) des (?:nutzers|benutzers|anwenders)|询问用户|向用户(?:询问|确认|索取)|用户(?:确认|同意|批准|回复)|征得用户|ユーザーに(?:確認|尋ね|質問)|ユーザーの(?:確認|承認|同意|回答)|사용자에게 (?:확인|물어)|사용자의 (?:확인|승인|동의)`,
);

/**
 * Showing the person what will happen and getting their go-ahead: "first showing the user the
 * plan and getting approval", "dem Nutzer den Betrag zeigen und Zustimmung einholen",
 * "ユーザーに提示し、同意を得て". A tool named there is the step that makes the showing possible.
 */
const SHOWN_TO_THE_USER = folded(
  [
    String.raw`(?<![\p{L}])(?:show|shows|showing|shown|present|presents|presenting|display|displaying|preview|previewing)(?: [\p{L}-]+){0,2} (?:to )?(?:the |your )?users?(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:get|gets|getting|obtain|obtaining|seek|seeking|have|having|with) (?:the |their |his |her |explicit |written |prior |an? )*(?:user s |users )?(?:approval|consent|go-ahead|go ahead|sign-off|sign off|permission)(?![\p{L}])`,
    String.raw`(?:dem|der|den) (?:nutzer|benutzer|anwender)\p{L}* (?:[\p{L}-]+ ){0,3}(?:zeigen|anzeigen|vorlegen|präsentieren)|(?:zustimmung|freigabe|genehmigung|einwilligung|bestätigung) (?:des (?:nutzers|benutzers|anwenders) )?einho\p{L}*`,
    String.raw`(?:mostrar|mostrarle|muestra|muestre|presentar|presenta|presente)(?:le)? al usuario|(?:obtener|obtén|obtenga|conseguir|recibir) (?:su |la |el )?(?:aprobación|consentimiento|autorización|visto bueno)`,
    String.raw`(?:montrer|présenter|afficher|montrez|présentez) (?:[\p{L}-]+ ){0,2}à l utilisat\p{L}*|(?:obtenir|obtenez|recueillir) (?:son |l |leur )?(?:accord|approbation|consentement|autorisation|aval)`,
    String.raw`(?:mostrare|mostra|presentare) (?:[\p{L}-]+ ){0,2}all utente|(?:ottenere|ottieni|ricevere) (?:l |il )?(?:approvazione|consenso|autorizzazione|via libera)`,
    String.raw`(?:mostrar|apresentar|mostre|apresente) (?:[\p{L}-]+ ){0,2}ao (?:usuário|utilizador)|(?:obter|obtenha|receber) (?:a |o )?(?:aprovação|consentimento|autorização)`,
    String.raw`показ\p{L}* пользовател\p{L}*|(?:получ\p{L}*|запрос\p{L}*) (?:его |её |их )?(?:согласи\p{L}*|одобрени\p{L}*|разрешени\p{L}*)`,
    String.raw`向用户(?:展示|显示|出示|呈现|提示)|(?:获得|取得|征得|得到)[^。；]{0,6}(?:同意|批准|许可)|ユーザーに[^。]{0,10}(?:提示|表示|見せ|示し|示す)|(?:同意|承認|了承|許可)を(?:得|取|もら)|사용자에게 [^.]{0,10}(?:보여|표시|제시)|(?:동의|승인|허락)를? (?:받|얻)`,
  ].join("|"),
);

/** The sentence's errand is the user's say: asking them, waiting for their answer, not assuming. */
export function waitsForTheUser(sentence: string): boolean {
  return WAITS_FOR_THE_USER.test(sentence) || SHOWN_TO_THE_USER.test(sentence);
}
