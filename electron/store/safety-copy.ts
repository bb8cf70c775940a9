import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Store } from './open';

/** Characters Windows, macOS or a USB stick's FAT will not take in a file name. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/**
 * A complete copy of the database, taken before something that cannot be undone (deleting a
 * campaign with scores), into `backups/` beside the data file, named with the time and a label:
 * `backups/20251120-080000-青山县2025年度评定.sqlite`. SQLite's online backup API copies what is
 * committed, including what still sits in the WAL (a plain file copy would miss it); the copy is
 * then switched to a rollback journal so it is one self-contained file. Resolves with its path.
 *
 * One small function on purpose: the backup service (rotation, restore) will replace it.
 */
export async function writeSafetyCopy(
  db: Store,
  where: { dataFile: string; label: string; at: string },
): Promise<string> {
  const folder =
    where.dataFile === ':memory:'
      ? join(tmpdir(), 'xingping-backups')
      : join(dirname(where.dataFile), 'backups');
  mkdirSync(folder, { recursive: true });
  const stamp = where.at.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const label = where.label.replace(UNSAFE, '_').trim().slice(0, 80) || 'xingping';
  let file = join(folder, `${stamp}-${label}.sqlite`);
  for (let n = 2; existsSync(file); n += 1) file = join(folder, `${stamp}-${label}-${n}.sqlite`);
  await db.backup(file);
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return file;
}
