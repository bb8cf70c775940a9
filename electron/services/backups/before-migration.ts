import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../logger';
import { MIGRATIONS } from '../../store/migrations';
import { FOLDER_KEY, defaultFolder } from './folder';
import { SNAPSHOT_ENTRY } from './manifest';
import { readMeta, vacuumInto } from './queries';

const log = createLogger('backups');

/** A copy of the database taken before the store migrates it, waiting to be packed. */
export interface PendingSnapshot {
  work: string;
  file: string;
}

/** The schema version in the header (`user_version`, bytes 60–63), read without SQLite. */
function headerVersion(file: string): number | null {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100) return null;
    if (header.toString('latin1', 0, 15) !== 'SQLite format 3') return null;
    return header.readUInt32BE(60);
  } finally {
    closeSync(fd);
  }
}

/**
 * Before the app upgrades an existing database to a newer schema, a copy of it as it was
 * (`VACUUM INTO`, on a read-only connection: the file is not touched). Synchronous because
 * opening the store is; the copy is packed into a pinned 'migration' backup right after start
 * (`packSnapshot`). Null when there is nothing to upgrade, or when the file cannot be read
 * (the store's own checks then say why).
 */
export function snapshotBeforeMigration(dataFile: string): PendingSnapshot | null {
  if (dataFile === ':memory:' || !existsSync(dataFile)) return null;
  const version = headerVersion(dataFile);
  if (version === null || version === 0 || version >= MIGRATIONS.length) return null;
  let work: string | null = null;
  try {
    const db = new Database(dataFile, { readonly: true, fileMustExist: true });
    try {
      const folder = readMeta(db, FOLDER_KEY) ?? defaultFolder(dataFile);
      mkdirSync(folder, { recursive: true });
      work = mkdtempSync(join(folder, '.work-'));
      const file = join(work, SNAPSHOT_ENTRY);
      vacuumInto(db, file);
      return { work, file };
    } finally {
      db.close();
    }
  } catch (error) {
    if (work) rmSync(work, { recursive: true, force: true });
    log.error('could not copy the database before upgrading it', error);
    return null;
  }
}
