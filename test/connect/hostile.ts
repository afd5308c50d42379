/** Shared by the hostile-server tests: the fixtures, their pid files and their request logs. */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { expect } from "vitest";
import type { ServerConfig } from "../../src/model.js";
import { tempDir } from "../helpers/paths.js";
import { markedProcesses, until } from "../helpers/processes.js";
import { fixturePath, stdioServer } from "./fixtures.js";

export const HOSTILE_STDIO = fixturePath("servers/hostile/stdio.mjs");
export const HOSTILE_HTTP = fixturePath("servers/hostile/http.mjs");

export type StdioBehaviour =
  | "silent"
  | "stall-tools"
  | "endless-pages"
  | "huge-item"
  | "noisy"
  | "exit-mid-scan"
  | "resources-unimplemented";
export type HttpMode = "status-401" | "status-500" | "redirect-cross-origin" | "redirect-same-origin" | "trickle";

/** A hostile stdio server that records its pids, and its grandchildren's, in `pidFile`. */
export function hostileServer(
  behaviour: StdioBehaviour,
  pidFile: string,
  flags: string[] = [],
  extra: Partial<ServerConfig> = {},
): ServerConfig {
  return stdioServer("hostile/stdio.mjs", [behaviour, "--pid-file", pidFile, ...flags], extra);
}

export async function newPidFile(): Promise<string> {
  return join(await tempDir("mcp-drift-pids-"), "pids");
}

export async function readPids(pidFile: string): Promise<number[]> {
  const text = await readFile(pidFile, "utf8").catch(() => "");
  return text.split("\n").filter(Boolean).map(Number);
}

/**
 * The processes of a hostile server started with `pidFile` that are still running: every
 * one carries the file's path in its command line, which works from outside the sandbox's
 * PID namespace too, where the pids a server records are its own namespace's. A killed
 * process whose parent died lingers as a zombie until init reaps it, so each gets a few
 * seconds to disappear.
 */
export async function survivors(pidFile: string): Promise<number[]> {
  await until(() => markedProcesses(pidFile).length === 0, 60);
  return markedProcesses(pidFile);
}

export interface HostileHttp {
  child: ChildProcess;
  url: string;
  /** Every request the fixture received so far: `main|other METHOD PATH`. */
  requests(): Promise<string[]>;
}

/** Starts the hostile HTTP fixture and resolves once it listens. */
export async function startHostileHttp(mode: HttpMode): Promise<HostileHttp> {
  const log = join(await tempDir("mcp-drift-http-"), "requests.log");
  const child = spawn(process.execPath, [HOSTILE_HTTP, mode, "--log", log], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`hostile HTTP fixture exited with code ${code}`)));
    createInterface({ input: child.stdout! }).once("line", (line) => {
      const listening = /^LISTENING (\S+)$/.exec(line)?.[1];
      if (listening === undefined) reject(new Error(`unexpected first line: ${line}`));
      else resolve(listening);
    });
  });
  const requests = async () => (await readFile(log, "utf8").catch(() => "")).split("\n").filter(Boolean);
  return { child, url, requests };
}

/** The message `collectServer` rejects with. */
export async function failure(collecting: Promise<unknown>): Promise<string> {
  const error: unknown = await collecting.then(
    () => new Error("expected the collection to fail"),
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}
