/**
 * The config and snapshot validators are ajv standalone code, generated from the schemas and
 * committed (so the CLI compiles no schema when it starts): each must be exactly what
 * `npm run validators` writes from the schemas now.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { validatorModules } from "../../scripts/validators.js";
import { ROOT } from "../helpers/paths.js";

it("has committed validators identical to fresh ones generated from the schemas", async () => {
  const modules = await validatorModules(ROOT);
  expect(modules.map((m) => m.file)).toEqual(["src/config/schema-validator.ts", "src/snapshot/schema-validator.ts"]);
  for (const { file, text } of modules) {
    expect(await readFile(join(ROOT, file), "utf8"), `${file} is stale: run npm run validators and commit it`).toBe(text);
  }
});
