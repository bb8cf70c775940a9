import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createLogger } from '../logger';

const log = createLogger('store');

/**
 * The start-up check remembered across a clean close (issue #12 point 6). `PRAGMA quick_check`
 * reads every page: 33 ms for a county's 11 MB, 1.6 s (cached) to 13 s (cold disk) for a
 * province's 1 GB, which alone broke "the first screen within 1 s of start". What the check
 * guards against (issue #15) is a file damaged while the app was not using it: a copy cut short,
 * a full disk, another program. So when the app closes its connection cleanly (the WAL folded
 * back and gone), it notes the file exactly as it leaves it — size, modification time to the
 * nanosecond, inode, device and the 100-byte header — in `<file>-checked`; at the next start a
 * file that still matches all of that, with no WAL beside it, has not been touched since, and the
 * full check is skipped. Anything else (a crash, a copy, a restore, an edit by another program,
 * a clock moved back) makes it not match, and the file is checked in full.
 *
 * Limits, on purpose: only files of at least REMEMBER_FROM_BYTES (below that the check costs
 * next to nothing, so small files are always checked in full); and at least once a day the check
 * runs in full anyway (FULL_CHECK_EVERY_MS), for damage no file metadata shows (a failing disk).
 */
export const REMEMBER_FROM_BYTES = 64 * 1024 * 1024;
export const FULL_CHECK_EVERY_MS = 24 * 60 * 60 * 1000;

export const CHECKED_SUFFIX = '-checked';

interface Fingerprint {
  size: string;
  mtimeNs: string;
  ino: string;
  dev: string;
  header: string;
}

interface Remembered extends Fingerprint {
  /** When the last full check passed (ms since the epoch): the one that started the chain. */
  fullCheckAt: number;
}

function fingerprint(file: string, header: Buffer): Fingerprint {
  const stat = statSync(file, { bigint: true });
  return {
    size: String(stat.size),
    mtimeNs: String(stat.mtimeNs),
    ino: String(stat.ino),
    dev: String(stat.dev),
    header: header.toString('hex'),
  };
}

export interface RememberOptions {
  rememberFrom?: number;
  now?: number;
}

/**
 * When the last full check that still vouches for this file passed, or null when the file must
 * be checked in full.
 */
export function rememberedCheck(
  file: string,
  header: Buffer,
  options: RememberOptions = {},
): number | null {
  const marker = file + CHECKED_SUFFIX;
  if (!existsSync(marker)) return null;
  const now = options.now ?? Date.now();
  try {
    const remembered = JSON.parse(readFileSync(marker, 'utf8')) as Remembered;
    const current = fingerprint(file, header);
    if (BigInt(current.size) < BigInt(options.rememberFrom ?? REMEMBER_FROM_BYTES)) return null;
    const same = (Object.keys(current) as (keyof Fingerprint)[]).every(
      (key) => remembered[key] === current[key],
    );
    const age = now - remembered.fullCheckAt;
    return same && age >= 0 && age < FULL_CHECK_EVERY_MS ? remembered.fullCheckAt : null;
  } catch {
    return null;
  }
}

/** Forgets the remembered check: the file is about to change (opened for writing). */
export function forgetCheck(file: string): void {
  rmSync(file + CHECKED_SUFFIX, { force: true });
}

/**
 * Notes the file as a clean close left it, vouched for by the full check at `fullCheckAt`.
 * Nothing is noted while a WAL is beside it (another connection still open, or not folded back).
 */
export function rememberCheck(file: string, header: Buffer, fullCheckAt: number): void {
  if (existsSync(`${file}-wal`) || existsSync(`${file}-journal`)) return;
  const marker = file + CHECKED_SUFFIX;
  const remembered: Remembered = { ...fingerprint(file, header), fullCheckAt };
  try {
    writeFileSync(`${marker}.tmp`, JSON.stringify(remembered));
    renameSync(`${marker}.tmp`, marker);
  } catch (error) {
    // Only the next start's shortcut is lost.
    log.warn(`could not note the checked file: ${String(error)}`);
  }
}
