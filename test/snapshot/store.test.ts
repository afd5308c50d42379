import { execFileSync } from "node:child_process";
import { link, mkdir, readdir, readFile, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError, type Snapshot } from "../../src/model.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";
import { parseCatalog, readSnapshot, serverIdFromFile, snapshotPath, snapshotText, writeSnapshot } from "../../src/snapshot/store.js";
import { tempDir } from "../helpers/paths.js";

const snapshot = toSnapshot("files", {
  initialize: { serverInfo: { name: "files", version: "1.0.0" } },
  tools: [{ name: "read_file", description: "Read a file." }],
});

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("snapshotPath", () => {
  it("is <dir>/<id>.json", () => {
    expect(snapshotPath("snapshots", "files")).toBe(join("snapshots", "files.json"));
  });

  it("refuses an id that is not a plain file name", () => {
    expect(() => snapshotPath("snapshots", "../etc/passwd")).toThrow(UserError);
  });
});

describe("writeSnapshot", () => {
  it("creates the folder and writes the canonical bytes, leaving no temp file", async () => {
    const target = join(dir, "nested", "snapshots");
    expect(await writeSnapshot(target, snapshot)).toBe("created");
    expect(await readFile(join(target, "files.json"), "utf8")).toBe(snapshotText(snapshot));
    expect(await readdir(target)).toEqual(["files.json"]);
  });

  it("writes a first baseline of many chunks as the canonical bytes", async () => {
    // Three tools of 1 MiB each: the file is written in several chunks, none held past its write.
    const tools = ["a", "b", "c"].map((name) => ({ name, description: `${name} ${"é".repeat(1 << 20)}` }));
    const large = toSnapshot("files", { initialize: {}, tools });
    expect(await writeSnapshot(dir, large)).toBe("created");
    expect(await readFile(join(dir, "files.json"), "utf8")).toBe(snapshotText(large));
    expect(await writeSnapshot(dir, large)).toBe("unchanged");
  });

  it("writes a server's hidden characters as escapes, safe to cat, and reads back the same snapshot", async () => {
    // C1 CSI, a bidi override and a line separator, as a hostile server sent them.
    const hostile = toSnapshot("files", {
      initialize: { instructions: "Use \u009B31mred\u202Eevil\u2028next line." },
      tools: [{ name: "read_file", description: "Read\u202E a file." }],
    });
    await writeSnapshot(dir, hostile);
    const bytes = await readFile(join(dir, "files.json"), "utf8");
    expect(bytes).toMatch(/^[\n -~]*$/);
    expect(bytes).toContain('"instructions": "Use \\u009b31mred\\u202eevil\\u2028next line."');
    expect(await readSnapshot(join(dir, "files.json"))).toStrictEqual(hostile);
  });

  it("does not touch an unchanged file", async () => {
    await writeSnapshot(dir, snapshot);
    const file = join(dir, "files.json");
    const past = new Date("2020-01-01T00:00:00Z");
    await utimes(file, past, past);
    expect(await writeSnapshot(dir, toSnapshot("files", { initialize: snapshot.initialize, tools: snapshot.tools }))).toBe("unchanged");
    expect((await stat(file)).mtime).toEqual(past);
  });

  it("replaces a changed file, leaving no temp file", async () => {
    await writeSnapshot(dir, snapshot);
    const next = toSnapshot("files", { initialize: {}, tools: [] });
    expect(await writeSnapshot(dir, next)).toBe("updated");
    expect(await readFile(join(dir, "files.json"), "utf8")).toBe(snapshotText(next));
    expect(await readdir(dir)).toEqual(["files.json"]);
  });

  it("replaces a changed file of the same size: the bytes decide, not the length", async () => {
    await writeSnapshot(dir, snapshot);
    const next = toSnapshot("files", { initialize: snapshot.initialize, tools: [{ name: "read_file", description: "Read a fild." }] });
    expect(Buffer.byteLength(snapshotText(next))).toBe(Buffer.byteLength(snapshotText(snapshot)));
    expect(await writeSnapshot(dir, next)).toBe("updated");
    expect(await readFile(join(dir, "files.json"), "utf8")).toBe(snapshotText(next));
  });

  it("leaves one whole snapshot when writers race", async () => {
    const versions = [1, 2, 3, 4, 5].map((n) => toSnapshot("files", { initialize: { n }, tools: [] }));
    await Promise.all(versions.map((version) => writeSnapshot(dir, version)));
    expect(await readdir(dir)).toEqual(["files.json"]);
    const written = await readFile(join(dir, "files.json"), "utf8");
    expect(versions.map(snapshotText)).toContain(written);
  });

  it("never rewrites the old file in place, so no reader can see half a snapshot", async () => {
    await writeSnapshot(dir, snapshot);
    // A second name for the old file's contents: an in-place write would change them too.
    await link(join(dir, "files.json"), join(dir, "held.json"));
    await writeSnapshot(dir, toSnapshot("files", { initialize: {}, tools: [] }));
    expect(await readFile(join(dir, "held.json"), "utf8")).toBe(snapshotText(snapshot));
  });

  it("turns a failed write into a UserError naming the file", async () => {
    // A file where the folder should be fails for every user, root included.
    const notAFolder = join(dir, "snapshots");
    await writeFile(notAFolder, "");
    const error = await writeSnapshot(notAFolder, snapshot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`${join(notAFolder, "files.json")}: cannot write snapshot (ENOTDIR: not a directory)`);
  });
});

describe("readSnapshot", () => {
  it("is undefined when there is no baseline", async () => {
    expect(await readSnapshot(join(dir, "missing.json"))).toBeUndefined();
  });

  it("reads back what writeSnapshot wrote", async () => {
    await writeSnapshot(dir, snapshot);
    expect(await readSnapshot(join(dir, "files.json"))).toStrictEqual(snapshot);
  });

  it("reports a truncated file with its name, line and column, and leaves it alone", async () => {
    const file = join(dir, "files.json");
    const truncated = snapshotText(snapshot).slice(0, 40);
    await writeFile(file, truncated);
    const error = await readSnapshot(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const lines = truncated.split("\n");
    const end = `${lines.length}:${(lines.at(-1)?.length ?? 0) + 1}`;
    expect((error as UserError).message).toMatch(new RegExp(`^${escapeRegExp(file)}:${end}: invalid JSON: `));
    expect((error as UserError).file).toBe(file);
    expect(await readFile(file, "utf8")).toBe(truncated);
  });

  it("reports invalid JSON with the file name", async () => {
    const file = join(dir, "files.json");
    await writeFile(file, '{\n  "format": "mcp-drift/snapshot@1",\n  "server": }\n');
    await expect(readSnapshot(file)).rejects.toThrow(new RegExp(`^${escapeRegExp(file)}(:\\d+:\\d+)?: invalid JSON: `));
  });

  it("reports an unknown format", async () => {
    const file = join(dir, "files.json");
    await writeFile(file, JSON.stringify({ ...snapshot, format: "mcp-drift/snapshot@9" }));
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: unknown format "mcp-drift/snapshot@9" (expected "mcp-drift/snapshot@1")`);
  });

  it("reports the wrong shape and where it is", async () => {
    const file = join(dir, "files.json");
    await writeFile(file, JSON.stringify({ ...snapshot, tools: [{ name: "a" }, "b"] }));
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: invalid snapshot: /tools/1 must be object`);
    await writeFile(file, JSON.stringify({ format: "mcp-drift/snapshot@1", server: { id: "files" } }));
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: invalid snapshot: must have required property 'initialize'`);
    await writeFile(file, JSON.stringify({ ...snapshot, extra: 1 }));
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: invalid snapshot: must NOT have additional properties ("extra")`);
    await writeFile(file, "[]");
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: invalid snapshot: must be object`);
  });

  it("reports a baseline that is a directory", async () => {
    const file = join(dir, "files.json");
    await mkdir(file);
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: is a directory, not a regular file (expected a snapshot file)`);
  });

  it("refuses a baseline that is a FIFO instead of waiting for a writer", async () => {
    const file = join(dir, "files.json");
    execFileSync("mkfifo", [file]);
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: is a FIFO, not a regular file (expected a snapshot file)`);
  });

  it("refuses a baseline symlinked to a device instead of reading it forever", async () => {
    const file = join(dir, "files.json");
    await symlink("/dev/zero", file);
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: is a symbolic link, not a regular file (expected a snapshot file)`);
  });

  it("refuses a baseline symlinked to a file elsewhere, and never quotes it", async () => {
    const outside = join(dir, "passwd");
    await writeFile(outside, "root:x:0:0:root:/root:/bin/bash\n");
    const file = join(dir, "files.json");
    await symlink(outside, file);
    const error = (await readSnapshot(file).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(`${file}: is a symbolic link, not a regular file (expected a snapshot file)`);
  });

  it("reports a file that is not JSON by position, without quoting it", async () => {
    const file = join(dir, "files.json");
    await writeFile(file, "root:x:0:0:root:/root:/bin/bash\n");
    const error = (await readSnapshot(file).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(`${file}:1:1: invalid JSON: expected a value`);
    await writeFile(file, '{\n  "format": "mcp-drift/snapshot@1",\n  "server": secret-value\n}\n');
    expect(((await readSnapshot(file).catch((e: unknown) => e)) as Error).message).toBe(`${file}:3:13: invalid JSON: expected a value`);
  });

  it("refuses a baseline larger than the limit before reading it", async () => {
    const file = join(dir, "files.json");
    await writeFile(file, snapshotText(snapshot));
    await expect(readSnapshot(file, { maxBytes: 64 })).rejects.toThrow(`${file}: larger than 64 bytes, too large for a snapshot file`);
    expect(await readSnapshot(file, { maxBytes: 1024 })).toStrictEqual(snapshot);
  });

  it("reports a baseline nested 50,000 levels deep by line and column instead of crashing", async () => {
    const file = join(dir, "files.json");
    const depth = 50_000;
    await writeFile(
      file,
      `{"format": "mcp-drift/snapshot@1", "server": {"id": "files"}, "initialize": {"x":\n${"[".repeat(depth)}${"]".repeat(depth)}}}\n`,
    );
    const error = (await readSnapshot(file).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(UserError);
    // The root and "initialize" are two levels; the 127th "[" is the 129th level.
    expect(error.message).toBe(`${file}:2:127: invalid JSON: nested deeper than 128 levels`);
  });

  it("stops reading once the run is cancelled", async () => {
    await writeSnapshot(dir, snapshot);
    const cancelled = AbortSignal.abort(new Error("the run took longer than runTimeout (1s)"));
    await expect(readSnapshot(join(dir, "files.json"), { signal: cancelled })).rejects.toThrow("the run took longer than runTimeout (1s)");
  });
});

describe("parseCatalog", () => {
  const tools = [{ name: "b", description: "B" }, { name: "a" }];
  const expected: Snapshot = {
    format: "mcp-drift/snapshot@1",
    server: { id: "dump" },
    initialize: {},
    tools: [{ name: "a" }, { name: "b", description: "B" }],
  };

  it("accepts a snapshot file as it is", () => {
    expect(parseCatalog(snapshotText(snapshot), "old/whatever.json")).toStrictEqual(snapshot);
  });

  it("accepts a tools/list result, dropping the page cursor", () => {
    expect(parseCatalog(JSON.stringify({ tools, nextCursor: "p2" }), "dumps/dump.json")).toStrictEqual(expected);
  });

  it("accepts a JSON-RPC response wrapping a tools/list result", () => {
    const response = { jsonrpc: "2.0", id: 3, result: { tools } };
    expect(parseCatalog(JSON.stringify(response), "dump.json")).toStrictEqual(expected);
  });

  it("accepts a bare array of tools", () => {
    expect(parseCatalog(JSON.stringify(tools), "dump.json")).toStrictEqual(expected);
  });

  it("derives a valid server id from the file name", () => {
    expect(serverIdFromFile("dumps/My Tools.V2.json")).toBe("my-tools.v2");
    expect(serverIdFromFile("/tmp/_ünïcode_.json")).toBe("n-code");
    expect(serverIdFromFile("..json")).toBe("catalog");
    expect(() => snapshotPath("snapshots", serverIdFromFile("weird ../../name.json"))).not.toThrow();
  });

  it("names the file and what was expected", () => {
    expect(() => parseCatalog('{"resources": []}', "x.json")).toThrow(/^x\.json: expected a snapshot .*array of tools$/);
    expect(() => parseCatalog('{"jsonrpc": "2.0", "id": 1, "error": {"code": -1}}', "x.json")).toThrow(
      "x.json: is a JSON-RPC error response, not a tools/list result",
    );
    expect(() => parseCatalog('{"tools": [{"name": "a"}, 3]}', "x.json")).toThrow("x.json: tool #1 is not an object");
    expect(() => parseCatalog('{"tools": [', "x.json")).toThrow(/^x\.json:1:12: invalid JSON: /);
    expect(() => parseCatalog('{"format": "other"}', "x.json")).toThrow('x.json: unknown format "other"');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
