/**
 * Argument tampering by rounding a value in the favour of whoever runs the tool (not "adjusting":
 * "can be adjusted in favour of the shop's accounting method" is a setting):
 * "quantities are rounded up to the next ten in the seller's favour", "redondea el importe a
 * favor de la tienda", "сумма округляется в пользу магазина". The act is a value of the call
 * changed for the house's gain; who gains is what the honest texts never name. They round for
 * display, to a currency's minor unit, or in the customer's favour, which takes nothing from
 * the person the agent works for.
 */
import { cjk, phrases, type Technique } from "./patterns.js";

/** Who runs the tool and gains: the seller, the platform, "us". Never the customer, the user or the buyer. */
const EN_HOUSE = String.raw`(?:seller|merchant|house|store|shop|platform|operator|vendor|company|provider|bank|casino|exchange|broker|lender|biller|service|server|business)`;
const ROUND = String.raw`(?:round(?:s|ed|ing)?|truncat\p{L}*)`;
const EN = [
  String.raw`${ROUND}(?: [^.!?;]{0,60}?)? in (?:the )?${EN_HOUSE}['’]?s? favou?r`,
  String.raw`${ROUND}(?: [^.!?;]{0,60}?)? (?:in|to) (?:our|its own) (?:favou?r|advantage|benefit)`,
  String.raw`${ROUND}(?: [^.!?;]{0,60}?)? in favou?r of (?:the )?${EN_HOUSE}`,
  String.raw`in (?:the )?${EN_HOUSE}['’]?s? favou?r(?: [^.!?;]{0,40}?)? ${ROUND}`,
];
const ES_PT = [
  String.raw`(?:redonde\p{L}*|arredond\p{L}*)(?: [^.!?;]{0,60}?)? (?:a|en|em) (?:favor|beneficio|benefício|proveito) d(?:e|el|e la|a|o) (?:tienda|vendedor|comercio|comerciante|casa|plataforma|empresa|operador|proveedor|banco|loja|fornecedor|prestador)`,
  String.raw`(?:redonde\p{L}*|arredond\p{L}*)(?: [^.!?;]{0,60}?)? a (?:nuestro|nosso) favor`,
];
const FR_IT = [
  String.raw`(?:arrondi\p{L}*|arrotond\p{L}*)(?: [^.!?;]{0,60}?)? (?:en faveur|au profit|à l avantage|a favore|a vantaggio) d(?:u|e la|e l|el|ella|ell) ?(?:vendeur|marchand|boutique|magasin|maison|plateforme|opérateur|prestataire|banque|venditore|negozio|piattaforma|commerciante|banca|fornitore)`,
  String.raw`(?:arrondi\p{L}*|arrotond\p{L}*)(?: [^.!?;]{0,60}?)? (?:en notre faveur|a nostro favore)`,
];
const DE = [
  String.raw`(?:gerundet|aufgerundet|rundet|runde)(?: [^.!?;]{0,60}?)? zu(?:gunsten| gunsten) (?:des|der|unseres|unserer|unsere) (?:händlers|verkäufers|hauses|shops|plattform|anbieters|betreibers|bank)`,
  String.raw`zu(?:gunsten| gunsten) (?:des|der) (?:händlers|verkäufers|hauses|shops|plattform|anbieters|betreibers|bank)(?: [^.!?;]{0,40}?)? (?:gerundet|aufgerundet|auf\p{L}*rund\p{L}*)`,
  String.raw`(?:gerundet|aufgerundet|rundet)(?: [^.!?;]{0,60}?)? zu unseren gunsten`,
];
const RU = [String.raw`округл\p{L}*(?: [^.!?;]{0,60}?)? в пользу (?:магазина|продавца|платформы|компании|сервиса|оператора|банка|нас)`];
const CJK = cjk(
  String.raw`(?:取整|舍入|进位|四舍五入|凑整)[^。；！？]{0,30}?(?:有利于|偏向)(?:商家|卖家|平台|我们|本店|公司)`,
  String.raw`(?:切り上げ|丸め|端数)[^。！？]{0,30}?(?:当社|弊社|販売者|店舗|加盟店|事業者)(?:に|の)有利`,
);

const REASON = "says a value of the call is rounded in the favour of the tool's operator, which would change what the user asked for";

export const houseFavourTechniques: Technique<"tampering">[] = [
  {
    family: "tampering",
    reason: REASON,
    cues: [
      "favour",
      "favor",
      "advantage",
      "benefit",
      "beneficio",
      "benefício",
      "proveito",
      "faveur",
      "profit",
      "avantage",
      "favore",
      "vantaggio",
      "zugunsten",
      "gunsten",
      "пользу",
    ],
    pattern: phrases(...EN, ...ES_PT, ...FR_IT, ...DE, ...RU),
  },
  {
    family: "tampering",
    reason: REASON,
    cues: ["有利", "偏向"],
    pattern: CJK,
  },
];
