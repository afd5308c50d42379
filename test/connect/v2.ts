/** The SDK v2 fixture server (fixtures/servers/v2-catalog-server.mjs), over stdio and HTTP. */
import type { ServerConfig } from "../../src/model.js";
import { startHttpFixture, type HttpFixture } from "../helpers/servers.js";
import { fixturePath, stdioServer } from "./fixtures.js";

export const V2 = "v2-catalog-server.mjs";
export const BASIC = fixturePath("catalogs/basic.json");

export function v2Server(args: string[], extra: Partial<ServerConfig> = {}): ServerConfig {
  return stdioServer(V2, [BASIC, ...args], extra);
}

/** Starts the SDK v2 fixture over Streamable HTTP; resolves once it listens. */
export function startV2Http(args: string[]): Promise<HttpFixture> {
  return startHttpFixture([...args, "--http"], fixturePath(`servers/${V2}`));
}
