import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { CATALOG_SERVER } from "./paths.js";

export interface HttpFixture {
  child: ChildProcess;
  url: string;
}

/**
 * Starts a fixture server (catalog-server.mjs unless `script` names another) in an HTTP mode
 * (`--http` or `--sse` among `args`) and resolves with the URL it prints once listening on
 * 127.0.0.1.
 */
export function startHttpFixture(args: string[], script = CATALOG_SERVER): Promise<HttpFixture> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`fixture server exited with code ${code}`)));
    createInterface({ input: child.stdout! }).once("line", (line) => {
      const url = /^LISTENING (\S+)$/.exec(line)?.[1];
      if (url === undefined) reject(new Error(`unexpected first line: ${line}`));
      else resolve({ child, url });
    });
  });
}
