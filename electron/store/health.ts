import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { DamageKind } from '../../shared/domain/views/recovery';
import type { RememberOptions } from './checked';
import { rememberedCheck } from './checked';

export type FileHealth =
  | { state: 'missing' }
  | { state: 'healthy'; schemaVersion: number }
  | { state: 'damaged'; damage: DamageKind; detail: string };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

export function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, header, 0, HEADER_SIZE, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** A write-ahead log with frames in it: then the main file alone is not the whole database. */
function hasWalFrames(file: string): boolean {
  const wal = `${file}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}

/**
 * What the first 100 bytes and the file size say, before SQLite reads anything. A file cut
 * short is called truncated rather than malformed so the message can say what probably
 * happened (an interrupted copy or a full disk).
 */
function checkHeader(file: string, size: number): FileHealth | null {
  if (size === 0) {
    return { state: 'damaged', damage: 'empty', detail: 'the file has 0 bytes' };
  }
  const header = readHeader(file);
  if (header.length < HEADER_SIZE) {
    const prefixOfMagic = MAGIC.subarray(0, Math.min(header.length, MAGIC.length)).equals(
      header.subarray(0, MAGIC.length),
    );
    return prefixOfMagic
      ? { state: 'damaged', damage: 'truncated', detail: `only ${size} bytes of header` }
      : { state: 'damaged', damage: 'not-a-database', detail: 'no SQLite header' };
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { state: 'damaged', damage: 'not-a-database', detail: 'no SQLite header' };
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // The page count is only trustworthy when "version-valid-for" matches the change counter.
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  // With frames in the WAL, a checkpoint cut short may have written page 1 before the pages
  // it counts: the pair is still consistent, so only the quick check may judge it.
  if (countValid && pageCount > 0 && !hasWalFrames(file) && size < pageCount * pageSize) {
    return {
      state: 'damaged',
      damage: 'truncated',
      detail: `${size} bytes, header promises ${pageCount} pages of ${pageSize}`,
    };
  }
  return null;
}

function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** `PRAGMA quick_check` and the schema version through one connection. */
function quickCheck(db: Database.Database): FileHealth {
  const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map(
    (row) => row.quick_check,
  );
  if (problems.length !== 1 || problems[0] !== 'ok') {
    return { state: 'damaged', damage: 'malformed', detail: problems.join('; ').slice(0, 500) };
  }
  return { state: 'healthy', schemaVersion: db.pragma('user_version', { simple: true }) as number };
}

function checkWith(file: string, readonly: boolean): FileHealth {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    return quickCheck(db);
  } finally {
    db.close();
  }
}

/**
 * Judges a database file before anything writes to it: missing (a new database will be made),
 * healthy with its schema version, or damaged and how. Nothing here writes to the file or
 * rewrites its header, so a file refused afterwards (too new, damaged) is byte-for-byte what it
 * was. With frames in its WAL the check reads on a read-only connection, which never
 * checkpoints them into the file; without, a normal connection is used, which leaves no -wal or
 * -shm behind (a read-only one would) and rolls back a hot journal (a write cut off by a crash)
 * exactly as the next normal open would.
 */
export function inspectDatabaseFile(file: string): FileHealth {
  if (!existsSync(file)) return { state: 'missing' };
  const fromHeader = checkHeader(file, statSync(file).size);
  if (fromHeader) return fromHeader;
  try {
    return checkWith(file, hasWalFrames(file));
  } catch (error) {
    if (
      isSqliteError(error) &&
      (error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT'))
    ) {
      return {
        state: 'damaged',
        damage: error.code === 'SQLITE_NOTADB' ? 'not-a-database' : 'malformed',
        detail: error.message,
      };
    }
    throw error;
  }
}

export interface StartCheck {
  health: FileHealth;
  /** When the full check that vouches for the file passed: now, unless remembered. */
  fullCheckAt: number;
  /** True when a clean close's note stood in for the full check (checked.ts). */
  remembered: boolean;
}

/**
 * The check at start: `inspectDatabaseFile`, unless the file is big and untouched since the
 * app last closed it cleanly after a full check (checked.ts); the header is read either way.
 */
export function checkAtStart(file: string, options: RememberOptions = {}): StartCheck {
  const now = options.now ?? Date.now();
  if (existsSync(file) && !hasWalFrames(file) && !checkHeader(file, statSync(file).size)) {
    const header = readHeader(file);
    const fullCheckAt = rememberedCheck(file, header, { ...options, now });
    // The user version sits at offset 60 of the header, where `PRAGMA user_version` reads it.
    if (fullCheckAt !== null) {
      const health: FileHealth = { state: 'healthy', schemaVersion: header.readUInt32BE(60) };
      return { health, fullCheckAt, remembered: true };
    }
  }
  return { health: inspectDatabaseFile(file), fullCheckAt: now, remembered: false };
}
