import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { createLogger } from '../logger';
import { forgetCheck, rememberCheck } from './checked';
import { checkAtStart, readHeader } from './health';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';
import { chainLegacyAudit } from './audit-chain';
import { isDiskFull } from './disk-full';

export type Store = Database.Database;

const log = createLogger('store');

/** When the full check vouching for a file passed, by file (see checked.ts). */
const checkedAt = new Map<string, number>();
/** The file each connection opened by openStore is on. */
const opened = new WeakMap<Store, string>();

/**
 * Closes a connection opened by `openStore`; when that folded the WAL back (the last connection
 * on the file), notes the file as it is left, so the next start can skip the full check.
 */
export function closeStore(db: Store): void {
  db.close();
  const file = opened.get(db);
  const at = file === undefined ? undefined : checkedAt.get(file);
  if (file === undefined || at === undefined) return;
  try {
    rememberCheck(file, readHeader(file), at);
  } catch (error) {
    log.warn(`could not note the closed file: ${String(error)}`);
  }
}

/**
 * Opens the one connection this process uses and brings the schema up to date. Before anything
 * can write, the file is checked on a read-only connection (`inspectDatabaseFile`): a damaged
 * file is refused with `DB_DAMAGED` and one from a newer Xingping with `DB_TOO_NEW`, both left
 * byte-for-byte as they were. Switching to WAL rewrites header bytes, so it comes only after the
 * migrations; they run in one transaction under the file's own journal mode, and a failing
 * step rolls back to the exact bytes it started from.
 */
export function openStore(file: string, migrations: readonly Migration[] = MIGRATIONS): Store {
  if (file !== ':memory:') {
    const { health, fullCheckAt } = checkAtStart(file);
    if (health.state === 'damaged') {
      throw new AppError(
        'DB_DAMAGED',
        `The database is damaged (${health.damage}): ${health.detail}`,
        {
          file,
          damage: health.damage,
        },
      );
    }
    if (health.state === 'healthy') refuseNewer(health.schemaVersion, migrations.length);
    // From here the file changes: a note of it from the last close no longer holds, and if this
    // session ends in a crash, the next start checks in full.
    forgetCheck(file);
    checkedAt.set(file, fullCheckAt);
  }
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    db.pragma('journal_mode = WAL');
    // NORMAL is safe with WAL (and only then); the migrations above ran with SQLite's FULL.
    db.pragma('synchronous = NORMAL');
    if (file !== ':memory:') opened.set(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A second, read-only connection for a worker thread (an export reading while main keeps
 * serving calls). WAL lets it read the last committed state without blocking main's writes.
 * It refuses a schema other than the app's: main has migrated the file before any job starts.
 */
export function openReadOnlyStore(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Store {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('query_only = ON');
    const version = schemaVersion(db);
    if (version !== migrations.length)
      throw new Error(
        `Read-only connection found schema ${version}, expected ${migrations.length}`,
      );
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A second connection that may write, for a worker thread doing one long write (an exchange
 * package merged) while main keeps answering reads. Same settings as main's connection; the
 * file must already be in WAL at the app's schema (main opened and migrated it). Main refuses
 * its own writes meanwhile (`holdWrites`), so neither waits on the other's lock.
 */
export function openWorkerStore(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Store {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const version = schemaVersion(db);
    if (version !== migrations.length)
      throw new Error(`Worker connection found schema ${version}, expected ${migrations.length}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseNewer(current: number, latest: number): void {
  if (current > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `The database has schema version ${current}; this Xingping knows only up to ${latest}.`,
      { found: current, supported: latest },
    );
  }
}

export function schemaVersion(db: Store): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Steps that need code after their SQL (hashing, which SQLite cannot do), by step name. */
const STEP_HOOKS: Record<string, ((db: Store) => void) | undefined> = {
  'audit-chain': chainLegacyAudit,
};

/** Applies every pending step in one transaction: the file ends at the new version or unchanged. */
export function migrate(db: Store, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.length;
  refuseNewer(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  let running: Migration | undefined;
  const apply = db.transaction(() => {
    for (const step of pending) {
      running = step;
      db.exec(step.sql);
      STEP_HOOKS[step.name]?.(db);
      db.pragma(`user_version = ${step.version}`);
    }
  });
  try {
    apply.immediate();
  } catch (error) {
    // SQLite rolled the whole upgrade back: the file is as it was, only the disk is full.
    if (isDiskFull(error))
      throw new AppError('DISK_FULL', `The disk is full; the schema upgrade did not run`, {
        operation: 'start',
        version: running?.version ?? 0,
      });
    const label = running ? `${running.version}-${running.name}` : '?';
    throw new AppError(
      'DB_MIGRATION_FAILED',
      `Schema upgrade failed at ${label}: ${String(error)}`,
      {
        version: running?.version ?? 0,
      },
    );
  }
  log.info(`schema upgraded from ${current} to ${latest}`);
}
