import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { createLogger } from '../logger';
import { inspectDatabaseFile } from './health';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';
import { chainLegacyAudit } from './audit-chain';

export type Store = Database.Database;

const log = createLogger('store');

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
    const health = inspectDatabaseFile(file);
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
  }
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    db.pragma('journal_mode = WAL');
    // NORMAL is safe with WAL (and only then); the migrations above ran with SQLite's FULL.
    db.pragma('synchronous = NORMAL');
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
