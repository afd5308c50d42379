/** `npm run docs`: writes docs/rules.md from the rule registry. A test keeps it current. */
import { writeFile } from "node:fs/promises";
import { renderRuleDocs } from "../src/rules/docs.js";
import { RULES } from "../src/rules/index.js";

await writeFile(new URL("../../docs/rules.md", import.meta.url), renderRuleDocs(RULES));
