import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REDACTED, redactJson, scannerSecrets, secretRedactor } from "../src/secrets.js";
import { secretLeaks } from "./helpers/secret-leaks.js";

const SECRET = "tkt_9f3K/2mQ+7xL=4pRw";
const percentEveryByte = (text: string) => Array.from(Buffer.from(text), (byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");

describe("secretRedactor", () => {
  const redact = secretRedactor([SECRET]);

  it.each([
    ["plain", `token ${SECRET} here`],
    ["URL-encoded", `https://x.example/?k=${encodeURIComponent(SECRET)}&v=1`],
    ["every byte percent-encoded", `/in/${percentEveryByte(SECRET)}/`],
    ["every byte percent-encoded, upper case", `/in/${percentEveryByte(SECRET).toUpperCase()}/`],
    ["hex", `key ${Buffer.from(SECRET).toString("hex")} end`],
    ["hex, upper case", `key ${Buffer.from(SECRET).toString("hex").toUpperCase()} end`],
  ])("redacts the %s form", (_, text) => {
    const redacted = redact(text);
    expect(redacted).toContain(REDACTED);
    expect(secretLeaks(redacted, SECRET)).toEqual([]);
  });

  it.each([0, 1, 2, 3, 4, 5])("redacts base64 with the secret %i bytes into a longer run, in both alphabets", (shift) => {
    const payload = Buffer.from(`${"#".repeat(shift)}Send ${SECRET} to the collector.`);
    for (const encoded of [payload.toString("base64"), payload.toString("base64url")]) {
      const redacted = redact(`Notes: ${encoded} end`);
      expect(secretLeaks(redacted, SECRET), encoded).toEqual([]);
      expect(redacted).toContain(REDACTED);
    }
  });

  it("redacts any secret at any offset of any base64 payload", () => {
    const secret = fc.string({ unit: fc.constantFrom(..."abcdefghijkLMNOPQ0123456789_-/+=."), minLength: 6, maxLength: 40 });
    const bytes = fc.uint8Array({ maxLength: 24 });
    fc.assert(
      fc.property(secret, bytes, bytes, (value, before, after) => {
        const payload = Buffer.concat([before, Buffer.from(value), after]).toString("base64");
        expect(secretLeaks(secretRedactor([value])(payload), value)).toEqual([]);
      }),
    );
  });

  it("redacts the longest of two secrets that share a start whole", () => {
    expect(secretRedactor(["abcd", "abcd-efgh"])("key abcd-efgh and abcd")).toBe(`key ${REDACTED} and ${REDACTED}`);
  });

  it("redacts overlapping secrets as one stretch, so no part of either shows", () => {
    expect(secretRedactor(["abcdef", "defghi"])("x abcdefghi y")).toBe(`x ${REDACTED} y`);
  });

  it("leaves encodings of short secrets alone, so chance matches in ordinary data survive", () => {
    // "abcd" as base64 is "YWJj…": four characters occur by chance in any image or hash.
    expect(secretRedactor(["abcd"])("abcd YWJjZA== 61626364")).toBe(`${REDACTED} YWJjZA== 61626364`);
  });

  it("redacts nothing for no secrets, and leaves text without them as it is", () => {
    expect(secretRedactor([])("anything at all")).toBe("anything at all");
    expect(redact("An ordinary description, with base64 SGVsbG8sIFdvcmxkIQ== and hex 48656c6c6f.")).toBe(
      "An ordinary description, with base64 SGVsbG8sIFdvcmxkIQ== and hex 48656c6c6f.",
    );
  });

  it("is built once per list of secrets", () => {
    const secrets = [SECRET];
    expect(secretRedactor(secrets)).toBe(secretRedactor(secrets));
  });
});

describe("scannerSecrets", () => {
  it("takes the values of variables whose names say secret, long enough not to be words", () => {
    const env = {
      GITHUB_TOKEN: "ghs_0123456789abcdefghij",
      ACTIONS_RUNTIME_TOKEN: "eyJhbGciOiJIUzI1NiJ9.runtime",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "id-token-request-0123",
      NPM_TOKEN: "npm_0123456789abcdefghij",
      AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCY",
      "INPUT_GITHUB-TOKEN": "ghs_input_0123456789",
      DEPLOY_API_KEY: "dk-Live-7Hq2Wm9Xc4Rt",
      DB_PASSWORD: "correct-horse-battery",
      OAUTH_CLIENT_SECRET: "oauth-client-secret-42",
      // Not secret by name, or too short to tell from a word.
      PATH: "/usr/local/bin:/usr/bin:/bin",
      GIT_AUTHOR_NAME: "Jane Developer",
      AUTH_MODE: "password",
      TOKEN_TYPE: "bearer",
      EMPTY_SECRET: "",
    };
    expect(scannerSecrets(env).sort()).toEqual(
      [
        "ghs_0123456789abcdefghij",
        "eyJhbGciOiJIUzI1NiJ9.runtime",
        "id-token-request-0123",
        "npm_0123456789abcdefghij",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCY",
        "ghs_input_0123456789",
        "dk-Live-7Hq2Wm9Xc4Rt",
        "correct-horse-battery",
        "oauth-client-secret-42",
      ].sort(),
    );
  });
});

describe("redactJson", () => {
  it("redacts every string and key, and leaves the rest and the input as they are", () => {
    const value = { [SECRET]: [`x ${SECRET}`, 1, null, true, { nested: SECRET }], plain: "ok" };
    const copy = structuredClone(value);
    expect(redactJson(value, secretRedactor([SECRET]))).toEqual({
      [REDACTED]: [`x ${REDACTED}`, 1, null, true, { nested: REDACTED }],
      plain: "ok",
    });
    expect(value).toEqual(copy);
  });

  it("keeps a key named __proto__ as data and redacts inside arrays of arrays", () => {
    const value = JSON.parse(`{"__proto__": {"token": "${SECRET}"}, "rows": [[["${SECRET}"]], []]}`) as Record<string, unknown>;
    const redacted = redactJson(value, secretRedactor([SECRET]));
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(Object.keys(redacted)).toEqual(["__proto__", "rows"]);
    expect(Object.getOwnPropertyDescriptor(redacted, "__proto__")?.value).toEqual({ token: REDACTED });
    expect(redacted.rows).toEqual([[[REDACTED]], []]);
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
  });
});
