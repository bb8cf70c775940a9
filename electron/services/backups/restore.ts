import { randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RestoreOutcome, RestorePreview } from '../../../shared/domain/views/backups';
import { MAIN_TABLES } from '../../../shared/domain/views/backups';
import { AppError } from '../../../shared/errors';
import { createLogger } from '../../logger';
import { MIGRATIONS } from '../../store/migrations';
import type { Store } from '../../store/open';
import { openStore, schemaVersion } from '../../store/open';
import { deleteMeta, getMeta, setMeta } from '../../store/queries/meta';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { CARRIED_KEYS, backupFolder, rememberCheck, summarize } from './folder';
import type { Manifest } from './manifest';
import { countRows, lastChangeAt } from './queries';
import { restorePrepared, restoreReopened } from './restore-hooks';
import { checkInWorker, serialized, takeBackupHeld } from './take';

const log = createLogger('backups');

function refuseNewer(manifest: Manifest, name: string): void {
  if (manifest.schemaVersion > MIGRATIONS.length)
    throw new AppError(
      'BACKUP_TOO_NEW',
      `Backup ${name} has schema ${manifest.schemaVersion} (Xingping ${manifest.appVersion}); this Xingping knows up to ${MIGRATIONS.length}`,
      {
        name,
        found: manifest.schemaVersion,
        supported: MIGRATIONS.length,
        appVersion: manifest.appVersion,
      },
    );
}

/**
 * Reads the backup whole into a temporary file beside the database (same disk, so the final
 * swap is a rename): a damaged backup is refused before anything changes.
 */
async function checkedCopy(
  ctx: ServiceContext,
  file: string,
): Promise<{ copy: string; manifest: Manifest }> {
  const name = basename(file);
  if (!existsSync(file))
    throw new AppError('NOT_FOUND', `No backup named ${name}`, { entity: 'backup' });
  const where = ctx.info.dataFile === ':memory:' ? backupFolder(ctx) : dirname(ctx.info.dataFile);
  const copy = join(where, `.xingping-restore-${randomUUID()}.sqlite`);
  const verdict = await checkInWorker(ctx, file, copy);
  await rememberCheck(file, verdict.ok ? 'verified' : 'damaged');
  if (!verdict.ok)
    throw new AppError('BACKUP_INVALID', `Backup ${name} failed its check: ${verdict.reason}`, {
      name,
    });
  return { copy, manifest: verdict.manifest };
}

/** A backup in the backup folder, by its name (the contract's id for it). */
function inFolder(ctx: ServiceContext, name: string): string {
  return join(backupFolder(ctx), name);
}

export function previewRestore(
  ctx: ServiceContext,
  input: { name: string },
): Promise<RestorePreview> {
  return previewFile(ctx, inFolder(ctx, input.name));
}

/** What a backup file holds against the current data (also `xingping restore` without --yes). */
export function previewFile(ctx: ServiceContext, file: string): Promise<RestorePreview> {
  const name = basename(file);
  return serialized(ctx, async () => {
    const { copy, manifest } = await checkedCopy(ctx, file);
    await rm(copy, { force: true });
    refuseNewer(manifest, name);
    const current = countRows(ctx.db);
    const { size } = await stat(file);
    return {
      backup: summarize(name, manifest, size, 'verified'),
      counts: MAIN_TABLES.map((table) => ({
        table,
        current: current[table] ?? 0,
        backup: manifest.rowCounts[table] ?? 0,
      })),
      current: { schemaVersion: schemaVersion(ctx.db), lastChangeAt: lastChangeAt(ctx.db) },
      held: { schemaVersion: manifest.schemaVersion, lastChangeAt: manifest.lastChangeAt },
      willMigrate: manifest.schemaVersion < MIGRATIONS.length,
    };
  });
}

/**
 * Brings the checked copy up to this app's schema (the store's own migrations) and carries
 * over this laptop's backup settings (folder, rotation), so restoring an old backup does not
 * send the next backups somewhere else or rotate them by an old rule. A failing migration
 * leaves the live data untouched.
 */
function prepare(copy: string, settings: Map<string, string | undefined>, actor: string): void {
  const db = openStore(copy);
  try {
    write({ db, actor, now: () => new Date().toISOString() }, () => {
      for (const [key, value] of settings)
        if (value === undefined) deleteMeta(db, key);
        else setMeta(db, key, value);
      restorePrepared(db);
    });
  } finally {
    db.close();
  }
}

/** The data file and whatever SQLite keeps beside it, moved together. */
const PARTS = ['', '-wal', '-shm'] as const;

function moveParts(from: string, to: string): void {
  for (const part of PARTS) if (existsSync(from + part)) renameSync(from + part, to + part);
}

/**
 * Swaps the data file: close, move the current file (with any -wal/-shm a clean close left) aside,
 * rename the prepared copy into its place, reopen. Synchronous from close to reopen, so no call
 * can reach a closed connection. If anything fails the old files go back and are reopened.
 */
function swap(ctx: ServiceContext, copy: string): void {
  const dataFile = ctx.info.dataFile;
  const aside = `${dataFile}.before-restore-${randomUUID()}`;
  ctx.db.close();
  let opened: Store;
  try {
    moveParts(dataFile, aside);
    renameSync(copy, dataFile);
    opened = openStore(dataFile);
  } catch (error) {
    log.error('the restored file could not take its place; the previous data is back', error);
    if (existsSync(aside)) {
      for (const part of PARTS) rmSync(dataFile + part, { force: true });
      moveParts(aside, dataFile);
    }
    ctx.db = openStore(dataFile);
    restoreReopened(ctx);
    throw error;
  }
  ctx.db = opened;
  restoreReopened(ctx);
  // The data from before is in the pinned undo backup.
  for (const part of PARTS) rmSync(aside + part, { force: true });
}

export function restoreBackup(
  ctx: ServiceContext,
  input: { name: string },
): Promise<RestoreOutcome> {
  return restoreFile(ctx, inFolder(ctx, input.name));
}

/**
 * Replaces the data with a backup's. The current data is first saved as a pinned backup (kind
 * 'restore') so the restore can be undone, unless `undo` is false (the recovery screen, where
 * the current database is a new empty one).
 */
export function restoreFile(
  ctx: ServiceContext,
  file: string,
  options: { undo: boolean } = { undo: true },
): Promise<RestoreOutcome> {
  const name = basename(file);
  if (ctx.info.dataFile === ':memory:')
    return Promise.reject(
      new AppError('CONFLICT', 'An in-memory database cannot be restored', { entity: 'database' }),
    );
  return serialized(ctx, async () => {
    const { copy, manifest } = await checkedCopy(ctx, file);
    try {
      refuseNewer(manifest, name);
      const actor = ctx.actor;
      const settings = new Map(CARRIED_KEYS.map((key) => [key, getMeta(ctx.db, key)]));
      prepare(copy, settings, actor || 'restore');
      // The data as it is now, pinned: restoring it undoes this restore.
      const undo = options.undo
        ? await takeBackupHeld(ctx, { kind: 'restore', pinned: true })
        : null;
      swap(ctx, copy);
      write({ db: ctx.db, actor: actor || 'restore', now: ctx.now }, (tx) =>
        tx.audit({
          action: 'restore',
          entity: 'database',
          entityId: ctx.info.dataFile,
          after: { from: name, takenAt: manifest.takenAt, undoBackup: undo?.name ?? null },
        }),
      );
      log.info(`restored ${name}; the data before is in ${undo?.name ?? 'no backup'}`);
      return { restored: name, undoBackup: undo?.name ?? null };
    } finally {
      await rm(copy, { force: true });
    }
  });
}
