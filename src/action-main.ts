/**
 * The Action's entry, bundled into dist/index.js: runs `runAction` as the runner's step, on
 * this process's environment, standard output and signals.
 */
import { runAction } from "./action.js";

// A cancelled job gets SIGINT, then SIGTERM. Node runs no "exit" hooks when a signal ends it;
// exiting on purpose lets the stdio transport's hook end every server it started.
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

const code = await runAction(process.env, { stdout: (text) => process.stdout.write(text), cwd: process.cwd() });
// Exit once output is flushed: a misbehaving server library must not keep the step alive.
process.stdout.write("", () => process.exit(code));
