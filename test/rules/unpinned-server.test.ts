import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/model.js";
import { launchTarget } from "../../src/release/launch.js";
import { unpinnedServer } from "../../src/rules/unpinned-server.js";
import { contextFor, snapshotOf } from "./pipeline.js";

/** The rule's verdict on one launch command, through the launch parser and a snapshot that records it. */
function hits(command: string, ...args: string[]) {
  const release = launchTarget({ command, args });
  const head: Snapshot = { ...snapshotOf(), server: { id: "demo", ...(release ? { release } : {}) } };
  return unpinnedServer.check(contextFor(undefined, head));
}

const unpinned = (command: string, ...args: string[]) => expect(hits(command, ...args), `${command} ${args.join(" ")}`).toHaveLength(1);
const pinned = (command: string, ...args: string[]) => expect(hits(command, ...args), `${command} ${args.join(" ")}`).toEqual([]);

describe("unpinned-server: npm runners", () => {
  it("flags a package without an exact version, whatever the runner and its flags", () => {
    unpinned("npx", "-y", "@modelcontextprotocol/server-filesystem", ".");
    unpinned("npx", "--yes", "@modelcontextprotocol/server-filesystem@latest", ".");
    unpinned("npx", "-y", "@modelcontextprotocol/server-filesystem@^2026.8.31");
    unpinned("npx", "mcp-server@~1.2");
    unpinned("npx", "mcp-server@1.x");
    unpinned("npx", "mcp-server@1");
    unpinned("npx", "mcp-server@next");
    unpinned("npx", "mcp-server@>=1.0.0 <2");
    unpinned("npx", "-p", "mcp-server", "mcp-server-bin", "--stdio");
    unpinned("npx", "--package=mcp-server@^1", "--", "mcp-server-bin");
    unpinned("npx", "--registry", "https://npm.example.com", "-y", "mcp-server");
    unpinned("bunx", "mcp-server");
    unpinned("bun", "x", "mcp-server@latest");
    unpinned("pnpm", "dlx", "mcp-server");
    unpinned("pnpm", "--package=mcp-server", "dlx", "mcp-server-bin");
    unpinned("yarn", "dlx", "-p", "mcp-server@^2", "mcp-server-bin");
    unpinned("npm", "exec", "--yes", "--", "mcp-server");
    unpinned("npm", "x", "mcp-server@latest");
    unpinned("/usr/local/bin/npx", "-y", "mcp-server");
    unpinned("C:\\Program Files\\nodejs\\npx.cmd", "-y", "mcp-server");
    unpinned("cmd", "/c", "npx", "-y", "mcp-server");
    unpinned("npx", "alias@npm:mcp-server@^1");
  });

  it("accepts an exact version, wherever the runner takes the package from", () => {
    pinned("npx", "-y", "@modelcontextprotocol/server-filesystem@2026.8.31", ".");
    pinned("npx", "--yes", "mcp-server@1.2.3-beta.1", "--port", "latest");
    pinned("npx", "-p", "mcp-server@1.2.3", "mcp-server-bin");
    pinned("npx", "--package=@scope/mcp-server@1.2.3", "--", "bin", "@latest");
    pinned("npx", "--registry=https://npm.example.com", "mcp-server@=1.2.3");
    pinned("bunx", "--bun", "mcp-server@0.0.1");
    pinned("pnpm", "dlx", "mcp-server@4.5.6");
    pinned("yarn", "dlx", "mcp-server@4.5.6");
    pinned("npm", "exec", "--package=mcp-server@4.5.6", "--", "mcp-server");
    pinned("npx", "alias@npm:mcp-server@1.0.0");
  });

  it("reads the arguments after the package as the server's, not as its version", () => {
    // `latest` and `^1` after the package are the server's own arguments.
    pinned("npx", "-y", "mcp-server@1.0.0", "latest", "^1");
    expect(launchTarget({ command: "npx", args: ["-y", "mcp-server@1.0.0", "other@latest"] })).toMatchObject({
      package: "mcp-server",
      requested: "1.0.0",
    });
  });

  it("says what the launch asks for and quotes it as written", () => {
    const [hit] = hits("npx", "-y", "@acme/tickets@^1.2");
    expect(hit).toMatchObject({ entity: "server", name: "demo", field: "release", evidence: "npx @acme/tickets@^1.2" });
    expect(hit!.message).toContain('the range "^1.2"');
    expect(hits("npx", "mcp-server")[0]!.message).toContain("no version");
    expect(hits("npx", "mcp-server@latest")[0]!.message).toContain('the tag "latest"');
    expect(hits("uvx", "mcp-server-fetch>=1")[0]!.evidence).toBe("uvx mcp-server-fetch>=1");
    expect(hits("uvx", "mcp-server-fetch@latest")[0]!.evidence).toBe("uvx mcp-server-fetch@latest");
    expect(hits("uvx", "--from", "git+https://github.com/acme/x@main", "x")[0]!.evidence).toBe("uvx git+https://github.com/acme/x@main");
    expect(hits("npx", "github:acme/x#main")[0]!.evidence).toBe("npx github:acme/x#main");
    expect(hits("docker", "run", "mcp/fetch:1")[0]!.evidence).toBe("docker docker.io/mcp/fetch:1");
  });

  it("names the exact release to pin when the scan looked it up, in each runner's own syntax", () => {
    const looked = (command: string, spec: string, version: string) => {
      const release = { ...launchTarget({ command, args: [spec] })!, version };
      return unpinnedServer.check(contextFor(undefined, { ...snapshotOf(), server: { id: "demo", release } }))[0]!.message;
    };
    expect(looked("npx", "@acme/tickets@^1.2", "1.4.2")).toMatch(/; pin it as @acme\/tickets@1\.4\.2$/);
    expect(looked("uvx", "mcp-server-fetch>=1", "2025.4.7")).toMatch(/; pin it as mcp-server-fetch==2025\.4\.7$/);
    expect(hits("npx", "mcp-server")[0]!.message).not.toContain("pin it as");
  });
});

describe("unpinned-server: Python runners", () => {
  it("flags uvx, uv tool run and pipx run without ==", () => {
    unpinned("uvx", "mcp-server-fetch");
    unpinned("uvx", "mcp-server-fetch@latest");
    unpinned("uvx", "mcp-server-fetch>=1.0");
    unpinned("uvx", "mcp-server-fetch~=1.2");
    unpinned("uvx", "mcp-server-fetch==1.*");
    unpinned("uvx", "--from", "mcp-server-fetch>=1", "mcp-server-fetch");
    unpinned("uvx", "--python", "3.12", "mcp-server-fetch");
    unpinned("uv", "tool", "run", "mcp-server-fetch");
    unpinned("pipx", "run", "mcp-server-fetch");
    unpinned("pipx", "run", "--spec", "mcp-server-fetch>=2", "mcp-server-fetch");
  });

  it("accepts an exact version", () => {
    pinned("uvx", "mcp-server-fetch==2025.4.7");
    pinned("uvx", "mcp-server-fetch@2025.4.7");
    pinned("uvx", "mcp-server-fetch[extra]===1.0.0");
    pinned("uvx", "--from", "mcp-server-fetch==1.0.0", "mcp-server-fetch", "--latest");
    pinned("uvx", "--with", "httpx", "-p", "3.12", "mcp-server-fetch==1.0.0rc1");
    pinned("uv", "tool", "run", "--from=mcp-server-fetch==1.0.0", "fetch");
    pinned("pipx", "run", "--spec", "mcp-server-fetch==1.0.0", "mcp-server-fetch");
  });

  it("names the project as the index knows it (PEP 503)", () => {
    expect(launchTarget({ command: "uvx", args: ["MCP_Server.Fetch==1.0"] })).toMatchObject({
      ecosystem: "pypi",
      package: "mcp-server-fetch",
      requested: "==1.0",
    });
  });
});

describe("unpinned-server: container images", () => {
  const digest = `sha256:${"a".repeat(64)}`;

  it("flags an image without a digest, past the run options", () => {
    unpinned("docker", "run", "-i", "--rm", "mcp/fetch");
    unpinned("docker", "run", "-i", "--rm", "mcp/fetch:latest");
    unpinned("docker", "run", "-i", "--rm", "-e", "TOKEN", "ghcr.io/github/github-mcp-server:1.2.3");
    unpinned("docker", "run", "-it", "--env=A=b", "-v", "/data:/data", "localhost:5000/mcp/fetch");
    unpinned("docker", "container", "run", "--name", "x", "mcp/fetch");
    unpinned("podman", "run", "-eTOKEN=x", "mcp/fetch");
    unpinned("docker", "run", "-ie", "TOKEN", "mcp/fetch:1");
  });

  it("accepts a digest, with or without a tag", () => {
    pinned("docker", "run", "-i", "--rm", `mcp/fetch@${digest}`);
    pinned("docker", "run", "-i", "--rm", "-e", "TOKEN", `ghcr.io/github/github-mcp-server:1.2.3@${digest}`, "stdio", "latest");
    pinned("podman", "run", "--pull=always", "-p", "8080:80", `localhost:5000/mcp/fetch@${digest}`);
    pinned(
      "docker",
      "run",
      "--cpu-period",
      "100000",
      "--memory-swappiness",
      "0",
      "--device-read-bps",
      "/dev/sda:1mb",
      `mcp/fetch@${digest}`,
    );
    pinned("podman", "run", "--secret", "token", "--pod", "mcp", "--arch", "arm64", "--systemd", "always", `mcp/fetch@${digest}`);
  });

  it("names the registry and repository as the distribution API does", () => {
    expect(launchTarget({ command: "docker", args: ["run", "-i", "fetch"] })).toMatchObject({
      ecosystem: "oci",
      package: "docker.io/library/fetch",
      requested: "",
    });
    expect(launchTarget({ command: "docker", args: ["run", "localhost:5000/a/b:v1"] })).toMatchObject({
      package: "localhost:5000/a/b",
      requested: "v1",
    });
    // Options that take a value are skipped with it: the image is not "TOKEN" nor "/data:/data".
    expect(launchTarget({ command: "docker", args: ["run", "-e", "TOKEN", "-v", "/d:/d", "-w", "/w", "img:2"] })).toMatchObject({
      package: "docker.io/library/img",
    });
    expect(launchTarget({ command: "docker", args: ["ps"] })).toBeUndefined();
  });
});

describe("unpinned-server: git sources", () => {
  const commit = "0123456789abcdef0123456789abcdef01234567";

  it("flags a git source without a full commit", () => {
    unpinned("npx", "-y", "github:acme/mcp-server");
    unpinned("npx", "-y", "github:acme/mcp-server#main");
    unpinned("npx", "acme/mcp-server#v1.2.3");
    unpinned("npx", "git+https://github.com/acme/mcp-server.git#0123456");
    unpinned("uvx", "--from", "git+https://github.com/acme/mcp-server", "mcp-server");
    unpinned("uvx", "--from", "git+https://github.com/acme/mcp-server@main", "mcp-server");
    unpinned("uvx", "--from", "mcp-server @ git+https://github.com/acme/mcp-server@v1", "mcp-server");
    unpinned("pipx", "run", "--spec", "git+https://github.com/acme/mcp-server.git@main#egg=mcp-server", "mcp-server");
  });

  it("accepts a full commit", () => {
    pinned("npx", "-y", `github:acme/mcp-server#${commit}`);
    pinned("npx", `git+https://github.com/acme/mcp-server.git#${commit}`);
    pinned("uvx", "--from", `git+https://github.com/acme/mcp-server@${commit}`, "mcp-server");
    pinned("pipx", "run", "--spec", `git+https://github.com/acme/mcp-server.git@${commit}#egg=x`, "x");
  });

  it("never records the credentials of a registry URL", () => {
    const target = launchTarget({ command: "npx", args: ["--registry", "https://ci:s3cret@npm.example.com/", "mcp-server@1.0.0"] });
    expect(target).toMatchObject({ registry: "https://npm.example.com/" });
    expect(JSON.stringify(target)).not.toContain("s3cret");
  });

  it("never records a password that holds an unescaped @ (the user information runs to the authority's last @)", () => {
    const target = launchTarget({ command: "npx", args: ["--registry", "https://ci:s3c@ret@npm.example.com/", "mcp-server@1.0.0"] });
    expect(target).toMatchObject({ registry: "https://npm.example.com/" });
    const git = launchTarget({ command: "npx", args: ["git+https://ci:s3c@ret@github.com/acme/x.git#main"] });
    expect(git).toMatchObject({ ecosystem: "git", package: "git+https://github.com/acme/x.git", requested: "main" });
    expect(JSON.stringify([target, git])).not.toContain("ret");
  });

  it("never records the credentials of a git URL", () => {
    const target = launchTarget({ command: "uvx", args: ["--from", "git+https://user:s3cret@github.com/acme/x@main", "x"] });
    expect(target).toMatchObject({ ecosystem: "git", package: "git+https://github.com/acme/x", requested: "main" });
    expect(JSON.stringify(target)).not.toContain("s3cret");
  });
});

describe("unpinned-server: commands that fetch nothing", () => {
  it("has no launch target for local code, local paths or remote servers", () => {
    for (const [command, ...args] of [
      ["node", "build/server.js"],
      ["python", "-m", "mcp_server"],
      ["npx", "-y", "./local-server"],
      ["npx", "/abs/path/server"],
      ["uvx", "--from", "./server", "mcp-server"],
      ["npm", "run", "serve"],
      ["npx"],
      ["docker", "compose", "up"],
    ] as const) {
      expect(launchTarget({ command, args: [...args] }), `${command} ${args.join(" ")}`).toBeUndefined();
    }
    expect(launchTarget({ args: [] })).toBeUndefined();
  });
});
