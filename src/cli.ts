/**
 * The command line: a thin face over `scan()`. It parses the arguments and answers --help and
 * --version itself; a command's code (cli-commands.ts, and through it the pipeline) loads
 * only once the arguments name one, so those two answer without loading it.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { HELP } from "./cli-help.js";
import { failureMessage } from "./failure.js";
import { UserError } from "./model.js";
import { packageVersion } from "./package-version.js";
import { escapeTerminal } from "./report/escape.js";
import type { ProgressOutput } from "./report/progress.js";

const OPTIONS = {
  config: { type: "string", short: "c" },
  server: { type: "string", short: "s", multiple: true },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  json: { type: "string" },
  markdown: { type: "string" },
  sarif: { type: "string" },
  "fail-on": { type: "string" },
  concurrency: { type: "string" },
  base: { type: "string" },
  offline: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean" },
  probe: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  snapshots: { type: "string" },
  force: { type: "boolean" },
  shard: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies ParseArgsConfig["options"];

/** The parsed options, as the command that runs reads them. */
export type CliOptions = ReturnType<typeof parseArguments>["values"];

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** Where progress is drawn (standard error) and, when it is a terminal, its size; none when absent. */
  progress?: ProgressOutput;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr(`mcp-drift: ${failureMessage(error).split("\n").map(escapeTerminal).join("\n")}\n`);
    return 2;
  }
}

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\nRun "mcp-drift --help" for usage.`);
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArguments(argv);
  const { values, positionals } = parsed;
  const [command, ...operands] = positionals;

  if (values.version) {
    io.stdout(`${await packageVersion()}\n`);
    return 0;
  }
  // Own keys only: `"toString" in HELP` is true too.
  const known = command !== undefined && command !== "main" && Object.hasOwn(HELP, command);
  const topic = operands[0];
  if (command === "help" && topic !== undefined && topic !== "main" && Object.hasOwn(HELP, topic)) {
    io.stdout(`${HELP[topic]}\n`);
    return 0;
  }
  if (!command || (values.help && !known) || command === "help") {
    io.stdout(`${HELP.main}\n`);
    return command || values.help ? 0 : 2;
  }
  if (!known) {
    throw new UserError(`unknown command "${command}" (expected init, scan, update, review, diff, check or merge)`);
  }
  if (values.help) {
    io.stdout(`${HELP[command]}\n`);
    return 0;
  }

  // A scan's servers run in the sandbox, found by trying it: the trial runs while the command's
  // code and config load. Awaited at the end, so no trial outlives the command.
  const probing = SPAWNS_SERVERS.has(command) ? import("./connect/sandbox.js").then((sandbox) => sandbox.startIsolationProbe()) : undefined;
  try {
    const { runCommand } = await import("./cli-commands.js");
    return await runCommand(command, operands, values, io);
  } finally {
    await probing?.catch(() => undefined);
  }
}

/** The commands that start servers (in the sandbox, unless the config turns it off). */
const SPAWNS_SERVERS = new Set(["scan", "update"]);

function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    progress: {
      write: (text) => process.stderr.write(text),
      ...(process.stderr.isTTY ? { columns: process.stderr.columns, rows: process.stderr.rows } : {}),
    },
  };
}
