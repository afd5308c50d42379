/**
 * Reading a file the scan trusts (a committed baseline, a catalog named on the command line)
 * without letting the file decide how long the read takes or how much memory it costs. A
 * pull request can put anything at a path: a symlink to /dev/zero or to a file outside the
 * repository, a FIFO nobody writes to, a huge file.
 */
import { constants, type Stats } from "node:fs";
import { type FileHandle, lstat, open } from "node:fs/promises";
import { formatBytes } from "./format-bytes.js";
import { UserError } from "./model.js";

const CHUNK_BYTES = 1 << 20;

export interface RegularFileLimits {
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /** Checked between chunks: the run's deadline. */
  signal?: AbortSignal;
  /** How errors name the file, when not by its path: as the user wrote it. */
  name?: string;
}

/**
 * The text of `file`, or undefined when it does not exist. Only a regular file is read:
 * symbolic links are refused too, not followed. A link in the snapshot folder would be a
 * second name for another baseline or a way out of the folder, and `update` replaces the
 * link itself rather than what it points at, so read and write would disagree; a catalog
 * named on the command line can be named by its real path. `what` says what the file should
 * be, for errors ("snapshot file").
 */
export async function readRegularFile(path: string, what: string, limits: RegularFileLimits): Promise<string | undefined> {
  return (await readRegularFileBytes(path, what, limits))?.toString("utf8");
}

/** `readRegularFile`'s bytes, not yet decoded: a reader may decode them in parts. */
export async function readRegularFileBytes(path: string, what: string, limits: RegularFileLimits): Promise<Buffer | undefined> {
  const file = limits.name ?? path;
  let stats: Stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw cannotRead(file, what, error);
  }
  refuseIrregular(file, what, stats, limits.maxBytes);

  let handle: FileHandle;
  try {
    // O_NOFOLLOW and O_NONBLOCK: a path swapped for a link or a FIFO since lstat neither
    // leads elsewhere nor blocks; what was opened is checked again on the handle.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotRead(file, what, error);
  }
  try {
    const stats = await handle.stat();
    refuseIrregular(file, what, stats, limits.maxBytes);
    // Read into one buffer of the size the file has (and a byte more, to see it grow), not
    // chunk by chunk and joined: a baseline of hundreds of MB was otherwise held, and
    // copied, twice before it was decoded.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, limits.maxBytes) + 1);
    let total = 0;
    for (;;) {
      limits.signal?.throwIfAborted();
      if (total === buffer.length) {
        // The file grew while being read (or says it is empty, as files under /proc do).
        const grown = Buffer.allocUnsafe(Math.min(Math.max(2 * buffer.length, CHUNK_BYTES), limits.maxBytes + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, Math.min(CHUNK_BYTES, buffer.length - total), null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limits.maxBytes) throw tooLarge(file, what, limits.maxBytes);
    }
    return buffer.subarray(0, total);
  } catch (error) {
    if (error instanceof UserError || limits.signal?.aborted) throw error;
    throw cannotRead(file, what, error);
  } finally {
    await handle.close();
  }
}

function refuseIrregular(file: string, what: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw new UserError(`${file}: is ${kindOf(stats)}, not a regular file (expected a ${what})`, file);
  if (stats.size > maxBytes) throw tooLarge(file, what, maxBytes);
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "a special file";
}

function tooLarge(file: string, what: string, maxBytes: number): UserError {
  return new UserError(`${file}: larger than ${formatBytes(maxBytes)}, too large for a ${what}`, file);
}

function cannotRead(file: string, what: string, error: unknown): UserError {
  return new UserError(`${file}: cannot read ${what} (${errorCode(error) ?? String(error)})`, file);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
