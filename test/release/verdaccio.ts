/**
 * A real npm registry for the release tests: Verdaccio 6.8.0 in a child process, with its own
 * storage and config in a temp folder and no uplinks (nothing leaves the machine), a user to
 * publish as, and `npm` itself to publish and unpublish.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Registry {
  url: string;
  /** Runs `npm` against this registry as the publishing user. */
  npm(args: string[], cwd: string): Promise<string>;
  /** Writes a package folder (package.json, a bin script) and returns its path. */
  writePackage(name: string, version: string, body: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startRegistry(): Promise<Registry> {
  const dir = await mkdtemp(join(tmpdir(), "mcp-drift-verdaccio-"));
  const config = join(dir, "config.yaml");
  await writeFile(
    config,
    [
      `storage: ${JSON.stringify(join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(dir, "htpasswd"))}`,
      "uplinks: {}",
      "packages:",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "log: { type: stdout, format: json, level: error }",
      "",
    ].join("\n"),
  );
  const child = spawn(process.execPath, [join(import.meta.dirname, "verdaccio-main.mjs"), config], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  // The registry ends with this process, even when a start that fails or times out leaves no Registry to stop.
  const killChild = () => child.kill();
  process.once("exit", killChild);
  let url: string;
  let token: string;
  try {
    url = await listening(child);
    token = await addUser(url);
  } catch (error) {
    child.kill();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const userconfig = join(dir, "npmrc");
  const host = url.replace(/^http:/, "");
  await writeFile(userconfig, `registry=${url}\n${host}:_authToken=${token}\n`);
  const cache = join(dir, "npm-cache");
  const npm = async (args: string[], cwd: string) => {
    const env = { ...process.env, npm_config_userconfig: userconfig, npm_config_cache: cache, npm_config_registry: url };
    const { stdout } = await run("npm", [...args, "--registry", url, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, env });
    return stdout;
  };
  const writePackage = async (name: string, version: string, body: string) => {
    const folder = join(dir, "packages", `${name}-${version}-${Math.random().toString(36).slice(2)}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "package.json"), JSON.stringify({ name, version, bin: { [name]: "server.mjs" }, files: ["server.mjs"] }));
    await writeFile(join(folder, "server.mjs"), body);
    return folder;
  };
  return {
    url,
    npm,
    writePackage,
    stop: async () => {
      process.off("exit", killChild);
      // A registry that already died has no exit left to wait for.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`verdaccio exited with code ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const url = /^LISTENING (\S+)$/.exec(line)?.[1];
      if (url !== undefined) resolve(url);
    });
  });
}

/** The CouchDB-style sign-up npm's `adduser` sends; Verdaccio answers with a token. */
async function addUser(url: string): Promise<string> {
  const response = await fetch(`${url}-/user/org.couchdb.user:publisher`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "publisher", password: "publisher-password", type: "user", roles: [] }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`verdaccio adduser: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}
