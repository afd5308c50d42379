/**
 * Orders that restrain the model in the user's favour: ask the user first, wait for their
 * answer, confirm before acting, never assume a value. Honest servers put these around every
 * tool call ("ask for the required parameters before making any tool calls"); an ordering rule
 * whose errand is the user's consent steers nothing away from the user.
 */
import { folded } from "./folded.js";

const WAITS_FOR_THE_USER = folded(
  String.raw`(?<![\p{L}])(?:ask(?:ing)?|confirm(?:ing)?|check(?:ing)? with|wait(?:ing)? for|receiv(?:e|es|ing|ed))(?: [\p{L}-]+){0,5} (?:from |with |of |to )?(?:the )?users?(?![\p{L}])|(?<![\p{L}])users? s? (?:explicit )?(?:input|confirmation|approval|consent|response|answer|decision|permission)(?![\p{L}])|(?<![\p{L}])(?:never|do not|don t) (?:assume|guess|invent|make up)(?![\p{L}])|pregunt\p{L}* al usuario|(?:confirmación|aprobación|consentimiento|respuesta) del usuario|demande\p{L}* à l utilisat|(?:confirmation|accord|réponse|approbation) de l utilisat|(?:nutzer|benutzer|anwender)\p{L}* (?:fragen|um bestätigung)|(?:bestätigung|zustimmung|antwort) des (?:nutzers|benutzers|anwenders)|询问用户|向用户(?:询问|确认|索取)|用户(?:确认|同意|批准|回复)|征得用户|ユーザーに(?:確認|尋ね|質問)|ユーザーの(?:確認|承認|同意|回答)|사용자에게 (?:확인|물어)|사용자의 (?:확인|승인|동의)`,
);

/** The sentence's errand is the user's say: asking them, waiting for their answer, not assuming. */
export function waitsForTheUser(sentence: string): boolean {
  return WAITS_FOR_THE_USER.test(sentence);
}
