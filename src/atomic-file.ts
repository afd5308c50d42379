/**
 * A file replaced whole or not at all: written to a temp file in the same folder, then
 * renamed over the target. A run stopped halfway (a timeout, a signal, a full disk) leaves the
 * old report or none, never a cut one that a later step (an upload, a comment) would read as
 * whole. Neutral: the faces write their reports with it. Only a regular file (or none) is
 * replaced: `-o /dev/null` or a pipe is written to as it is (renaming over it, as root, would
 * swap the device for a plain file), and a link is followed, so the link stays a link.
 */
import { randomBytes } from "node:crypto";
import { open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeFileAtomically(file: string, data: string | Iterable<string | Uint8Array>): Promise<void> {
  const existing = await stat(file).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) return writeThrough(file, data, false);
  const target = existing === undefined ? file : await realpath(file);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeThrough(temp, data, true);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function writeThrough(file: string, data: string | Iterable<string | Uint8Array>, fresh: boolean): Promise<void> {
  const handle = await open(file, fresh ? "wx" : "w");
  try {
    // Each writeFile continues at the handle's position: the chunks in order, never one string.
    if (typeof data === "string") await handle.writeFile(data);
    else for (const chunk of data) await handle.writeFile(chunk);
    if (fresh) await handle.sync();
  } finally {
    await handle.close();
  }
}
