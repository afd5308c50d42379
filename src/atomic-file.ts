/**
 * A file replaced whole or not at all: written to a temp file in the same folder, then
 * renamed over the target. A run stopped halfway (a timeout, a signal, a full disk) leaves the
 * old report or none, never a cut one that a later step (an upload, a comment) would read as
 * whole. Neutral: the faces write their reports with it.
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeFileAtomically(file: string, data: string | Iterable<string | Uint8Array>): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      // Each writeFile continues at the handle's position: the chunks in order, never one string.
      if (typeof data === "string") await handle.writeFile(data);
      else for (const chunk of data) await handle.writeFile(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
