/**
 * The runner executes the committed dist/index.js, never the sources: it must be exactly what
 * `npm run bundle` builds from them now, or `npm test` (and so CI) fails.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { BUNDLE, bundleAction } from "../../scripts/bundle.js";
import { ROOT } from "../helpers/paths.js";

it("has a committed dist/index.js identical to a fresh bundle of the sources", async () => {
  const fresh = Buffer.from(await bundleAction(ROOT));
  const committed = await readFile(join(ROOT, BUNDLE));
  expect(committed.equals(fresh), `${BUNDLE} is stale: run npm run bundle and commit it`).toBe(true);
});
