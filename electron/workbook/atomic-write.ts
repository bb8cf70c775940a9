import { randomUUID } from 'node:crypto';
import type { WriteStream } from 'node:fs';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished, pipeline } from 'node:stream/promises';

/**
 * Writes `target` through a temporary file in the same folder, renamed over the target only
 * once complete (and flushed to disk): a failure (a bug, a full disk, a cancelled job) leaves
 * the previous file as it was and no temporary file behind. Same folder, so the rename is
 * atomic on one file system.
 */
export async function writeAtomically(
  target: string,
  write: (stream: WriteStream) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx', flush: true });
  try {
    await write(stream);
    if (!stream.writableFinished) await finished(stream);
    await rename(temp, target);
  } catch (error) {
    stream.destroy();
    await finished(stream).catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/** Bytes to `target`, atomically. */
export function writeBytesAtomically(target: string, bytes: Uint8Array): Promise<void> {
  return writeAtomically(target, async (stream) => {
    stream.end(bytes);
    await finished(stream);
  });
}

/**
 * Moves a finished file (an export built in the data folder's temporary space) to where the
 * user chose. A rename when both are on one disk; otherwise a copy written atomically beside
 * the target, then the source removed. Either way the target is never half written.
 */
export async function moveIntoPlace(source: string, target: string): Promise<void> {
  try {
    await rename(source, target);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  await writeAtomically(target, (stream) => pipeline(createReadStream(source), stream));
  await rm(source, { force: true });
}
