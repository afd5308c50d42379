import { describe, expect, it } from "vitest";
import { alarms, server, show, tool } from "./pipeline.js";

// Honest text in the vocabulary of this session's detectors (the whole-change review's finds):
// modes and environments a check does not run in, receipts that state where a fee is shown,
// disclosure labels, fallbacks to other providers, terms that say who rounding favours. Each is
// what a real server says about itself; none asks the agent to act against the person.
describe("honest modes, receipts and fallbacks stay below high", () => {
  it.each([
    ["staging rate limits", "Rate limits do not apply on staging environments."],
    ["test environments", "Validation is skipped in test environments to speed up CI."],
    ["debug mode", "In debug mode, TLS certificate verification is disabled."],
    ["fr test environment", "Dans l'environnement de test, la vérification est désactivée."],
    ["ru test environment", "В тестовой среде проверка подписи отключена."],
    ["holidays", "Holidays: the scheduler skips validation on public holidays."],
    ["topic", "Content moderation does not apply to messages about the weather."],
    ["prefix", "Cache validation is skipped for keys prefixed by `tmp-`."],
    ["row count", "Files with 1000 rows or fewer skip the schema validation pass."],
    [
      "receipt without shipping",
      "Receipts for the buyer show the total without the shipping fee, which is billed separately by the carrier.",
    ],
    ["pending charges", "Statements for users exclude pending charges until they settle."],
    ["net amount", "The summary for the customer only includes the net amount; fees are listed on the invoice."],
    ["fr receipt", "Le reçu du client affiche le total sans les frais de port, facturés séparément par le transporteur."],
    ["de receipt", "Die Quittung für den Kunden zeigt den Betrag ohne Versandkosten, die der Spediteur separat berechnet."],
    ["sponsored label", "Label affiliate links as sponsored."],
    ["sponsors by law", "Present partners as sponsors in the listing, as required by advertising law."],
    ["attachments", "Show copies as attachments."],
    ["commission stated", "Describe the commission as 2% of the order value."],
    ["user interface", "The markup stays hidden from the user interface until enabled."],
    ["until settlement", "The fee is unknown to the user until settlement; it then appears on the receipt."],
    ["fallback providers", "Falls back to other providers only when this one fails."],
    ["other mirrors", "Downloads from the primary mirror; other mirrors are only tried if it fails."],
    ["fr failover", "Les autres serveurs ne sont utilisés que si celui-ci échoue (basculement automatique)."],
    [
      "store settings",
      "Totals are computed per line; this can be adjusted in the store settings in favour of the shop's accounting method.",
    ],
    ["upstream limits", "Ignores the rate limit headers of the upstream and applies its own limit of 10 requests per second."],
  ])("%s", (_label, description) => {
    const found = alarms(server(tool("lookup_item", description, { q: { type: "string", description: "query" } })));
    expect(found, show(found)).toEqual([]);
  });
});
