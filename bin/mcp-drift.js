#!/usr/bin/env node
// Entry for `npx mcp-drift`: runs the CLI's bundle (built by `npm run build`, see scripts/bundle.ts).
import { tuneV8 } from "../build/cli/v8-tuning.js";

// V8's flags, set before the bundle loads (src/v8-tuning.ts says which and why).
tuneV8();

const { main } = await import("../build/cli/cli.js");

// Node runs no "exit" hooks when a signal ends it; exiting on purpose lets the stdio
// transport's hook kill every server process it started (128 + signal number, as shells do).
// A closed terminal (or an SSH session that dropped) sends SIGHUP; it must end servers too.
process.once("SIGHUP", () => process.exit(129));
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

const code = await main(process.argv.slice(2));
// Exit explicitly once output is flushed: a misbehaving server library must not keep us alive.
process.stdout.write("", () => process.exit(code));
