/** Shared helpers: ServerConfigs that run the fixture servers with this very node binary. */
import { fileURLToPath } from "node:url";
import type { ServerConfig } from "../../src/model.js";

export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));
}

export function stdioServer(script: string, args: string[] = [], extra: Partial<ServerConfig> = {}): ServerConfig {
  return {
    id: "fixture",
    transport: "stdio",
    command: process.execPath,
    args: [fixturePath(`servers/${script}`), ...args],
    timeoutMs: 10_000,
    secrets: [],
    ...extra,
  };
}

export function catalogServer(catalog: string, args: string[] = [], extra: Partial<ServerConfig> = {}): ServerConfig {
  return stdioServer("catalog-server.mjs", [fixturePath(`catalogs/${catalog}`), ...args], extra);
}
