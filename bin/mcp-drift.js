#!/usr/bin/env node
// Entry for `npx mcp-drift`: runs the compiled CLI (built by `npm install` via `prepare`).
import { main } from "../build/src/cli.js";

const code = await main(process.argv.slice(2));
// Exit explicitly once output is flushed: a misbehaving server library must not keep us alive.
process.stdout.write("", () => process.exit(code));
