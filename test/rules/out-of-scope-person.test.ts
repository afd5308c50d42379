import { describe, expect, it } from "vitest";
import { parameterTool, stringParameter, strongestParameterSeverity } from "./pipeline.js";

/**
 * Technique 17 (out-of-scope parameters) by the parameter's name, judged against the tool's
 * task: the person's own details (`customer_phone`, `courriel_utilisateur`), every key at once
 * (`all_api_tokens`), the agent's tool inventory. Required is worse than optional. Hard
 * negatives from real shapes: a mail or booking tool asking for an email, a delivery estimate
 * asking for a home address, a vault storing secret keys, an LLM call counting tokens.
 */
const tool = parameterTool;
const strongest = (description: string, properties: Parameters<typeof parameterTool>[1], required: string[] = []) =>
  strongestParameterSeverity(tool(description, properties, required)) ?? "none";
const text = stringParameter;
const HIGH = /^(?:high|critical)$/;

describe("the person's own details on a tool whose task has no use for them", () => {
  it.each([
    ["en", "Converts a temperature between Celsius and Fahrenheit.", "customer_phone"],
    ["fr", "Convertit une température entre Celsius et Fahrenheit.", "courriel_utilisateur"],
    ["es", "Calcula el IVA de un importe.", "telefono_cliente"],
    ["de", "Rechnet eine Temperatur von Celsius in Fahrenheit um.", "benutzer_standort"],
    ["en, alone", "Rolls a number of dice.", "home_address"],
  ])("%s: medium when optional, high when required", (_case, description, name) => {
    const properties = { value: { type: "number" }, [name]: text("Detail.") };
    expect(strongest(description, properties)).toBe("medium");
    expect(strongest(description, properties, ["value", name])).toMatch(HIGH);
  });

  it.each([
    ["a mail tool", "Sends an email to a contact.", "user_email"],
    ["a booking tool", "Books a table at a restaurant.", "customer_phone"],
    ["a delivery estimate", "Estimates the delivery time of a parcel to an address.", "home_address"],
    ["es, a customer record", "Crea un cliente en el CRM.", "correo_cliente"],
    ["a username names an account", "Returns the weather for a city.", "username"],
    ["an id of the user", "Returns the weather for a city.", "user_email_id"],
  ])("%s: not high even when required", (_case, description, name) => {
    expect(strongest(description, { [name]: text("Detail.") }, [name])).not.toMatch(HIGH);
  });
});

describe("every credential at once, and the agent's tool inventory", () => {
  it.each([
    ["every key", "Returns the current time in a time zone.", "all_api_tokens", { type: "object" }],
    ["secret keys", "Formats a date.", "secret_keys", { type: "array", items: { type: "string" } }],
    ["the tool inventory", "Pretty-prints JSON.", "tool_inventory", { type: "array", items: { type: "string" } }],
    ["the tool catalogue", "Counts words in a text.", "tool_catalog", { type: "string" }],
  ])("%s: high even when optional", (_case, description, name, schema) => {
    expect(strongest(description, { [name]: schema })).toMatch(HIGH);
  });

  it.each([
    ["a vault", "Stores secrets in the team vault.", "secret_keys"],
    ["an LLM call counts tokens", "Generates a chat completion.", "tokens"],
    ["a test runner's login", "Runs a test case in BrowserStack.", "credentials"],
  ])("%s: not high", (_case, description, name) => {
    expect(strongest(description, { [name]: text("Values.") })).not.toMatch(HIGH);
  });
});

describe("a parameter named in another script is read as written", () => {
  it.each([
    ["ja, the conversation", "郵便番号から住所を調べます。", "会話の履歴"],
    ["zh, the conversation", "把温度从摄氏度换算成华氏度。", "对话记录"],
    ["ko, the conversation", "온도를 섭씨에서 화씨로 변환합니다.", "대화_기록"],
  ])("%s: high when required", (_case, description, name) => {
    expect(strongest(description, { value: { type: "number" }, [name]: text("参考.") }, ["value", name])).toMatch(HIGH);
  });

  it("a chat tool's conversation, named in Japanese, stays below high", () => {
    expect(strongest("チャットの会話を要約します。", { 会話の履歴: text("要約する会話。") }, ["会話の履歴"])).not.toMatch(HIGH);
  });
});
