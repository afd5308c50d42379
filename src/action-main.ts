/**
 * The Action's entry, bundled into dist/index.js: runs `runAction` as the runner's step, on
 * this process's environment, standard output and signals.
 */
import { tuneV8 } from "./v8-tuning.js";

// As the CLI does (src/v8-tuning.ts), before action.js loads (a dynamic import, which the
// bundle keeps lazy): a regex compiles on its first use, and loading the rules uses some.
tuneV8();

const { runAction } = await import("./action.js");

// A cancelled job gets SIGINT, then SIGTERM. Node runs no "exit" hooks when a signal ends it;
// exiting on purpose lets the stdio transport's hook end every server it started.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

const code = await runAction(process.env, { stdout: (text) => process.stdout.write(text), cwd: process.cwd() });
// Exit once output is flushed: a misbehaving server library must not keep the step alive.
process.stdout.write("", () => process.exit(code));
