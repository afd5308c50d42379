/** The SDK v2 fixture server (fixtures/servers/v2-catalog-server.mjs), over stdio and HTTP. */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { ServerConfig } from "../../src/model.js";
import { fixturePath, stdioServer } from "./fixtures.js";

export const V2 = "v2-catalog-server.mjs";
export const BASIC = fixturePath("catalogs/basic.json");

export function v2Server(args: string[], extra: Partial<ServerConfig> = {}): ServerConfig {
  return stdioServer(V2, [BASIC, ...args], extra);
}

/** Starts the SDK v2 fixture over Streamable HTTP; resolves once it listens. */
export function startV2Http(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [fixturePath(`servers/${V2}`), ...args, "--http"], { stdio: ["ignore", "pipe", "inherit"] });
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
