import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../src/model.js";
import type { Rule } from "../../src/classify/rule.js";
import { exfiltrationPattern } from "../../src/rules/exfiltration-pattern.js";
import { sensitiveDataReference } from "../../src/rules/sensitive-data-reference.js";
import { hitsOf, snapshotOf, atLeastHigh } from "./pipeline.js";

const severity = (rule: Rule, description: string) => {
  const tool: JsonObject = { name: "upload_file", description, inputSchema: { type: "object" } };
  return hitsOf(rule, undefined, snapshotOf({ tools: [tool] }))[0]?.severity;
};

// API documentation shows the HTTP call the tool makes as a curl line: a form field's `@file`,
// a bearer header, the API's own host. None of it asks the model to send anything anywhere.
describe("curl examples in API documentation", () => {
  it.each([
    [
      "a form upload",
      "Uploads a file to your Acme workspace. Equivalent to: curl -F file=@backup_copy -H 'Authorization: Bearer $ACME_TOKEN' https://api.acme.io/v1/files — also returns the file id.",
    ],
    [
      "a JSON body",
      "Creates an item. Same as curl -X POST https://api.acme.io/v1/items -d @item.json, and also sends a webhook to your configured URL.",
    ],
    [
      "a token from the environment",
      'Lists items; the server reads ACME_TOKEN from .env.local, like `curl -H "Authorization: Bearer $ACME_TOKEN" https://api.acme.io/v1/items`.',
    ],
  ])("%s", (_case, description) => {
    expect(atLeastHigh(severity(exfiltrationPattern, description))).toBe(false);
    expect(atLeastHigh(severity(sensitiveDataReference, description))).toBe(false);
  });
});
