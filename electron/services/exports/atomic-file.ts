import { randomUUID } from 'node:crypto';
import type { WriteStream } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

/**
 * Writes `target` through a temporary file in the same folder, renamed over the target only
 * once complete: a failure (a bug, a full disk) leaves the previous file as it was and no
 * temporary file behind. Same folder, so the rename is atomic on one file system.
 */
export async function writeAtomically(
  target: string,
  write: (stream: WriteStream) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
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

/** A file name without characters Windows, macOS or Linux refuse. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((char) => ((char.codePointAt(0) ?? 0) < 32 || '/\\:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .trim();
  return cleaned || 'export';
}
