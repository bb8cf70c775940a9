import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupKind, BackupSummary } from '../../../shared/domain/views/backups';
import { AppError } from '../../../shared/errors';
import { createLogger } from '../../logger';
import type { Store } from '../../store/open';
import { schemaVersion } from '../../store/open';
import type { ServiceContext } from '../context';
import { writeArchive } from '../../files/zip-archive';
import type { PendingSnapshot } from './before-migration';
import {
  backupFolder,
  backupName,
  listFolder,
  rememberCheck,
  retentionSetting,
  summarize,
} from './folder';
import type { Manifest } from './manifest';
import { MANIFEST_ENTRY, SNAPSHOT_ENTRY, manifestBase } from './manifest';
import { countFrozenRubrics, countRows, lastChangeAt, useRollbackJournal } from './queries';
import type { RetentionPolicy } from './retention';
import { planRetention } from './retention';
import { checkBackupTask } from './tasks';
import type { Verdict } from './verify';
import { sha256File } from './verify';

const log = createLogger('backups');

/**
 * One backup or restore at a time per data file: two at once would race for names, rotate
 * each other's files, or restore under a backup being taken.
 */
const queues = new Map<string, Promise<unknown>>();

export function serialized<T>(ctx: ServiceContext, job: () => Promise<T>): Promise<T> {
  const key = ctx.info.dataFile;
  const run = (queues.get(key) ?? Promise.resolve()).then(job, job);
  queues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}

/** A snapshot of the live database, self-contained (rollback journal, no WAL beside it). */
async function snapshot(db: Store, target: string): Promise<void> {
  // SQLite's online backup API copies what is committed, WAL included; a file copy would not.
  await db.backup(target);
  selfContained(target);
}

function selfContained(target: string): void {
  const copy = new Database(target);
  try {
    useRollbackJournal(copy);
  } finally {
    copy.close();
  }
}

function describe(
  file: string,
): Pick<Manifest, 'schemaVersion' | 'rowCounts' | 'lastChangeAt' | 'frozenRubricVersions'> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      schemaVersion: schemaVersion(db),
      rowCounts: countRows(db),
      lastChangeAt: lastChangeAt(db),
      frozenRubricVersions: countFrozenRubrics(db),
    };
  } finally {
    db.close();
  }
}

/** A backup just written, with where it lies (for the CLI and a campaign deletion's answer). */
export type TakenBackup = BackupSummary & { file: string };

export interface TakeOptions {
  kind: BackupKind;
  pinned?: boolean;
  retention?: RetentionPolicy;
  /** Another folder for this one backup (`xingping backup --to DIR`); the setting is kept. */
  folder?: string;
  /**
   * The zip writer. Only tests replace it, to fill the disk in the middle of the archive with a
   * real `ENOSPC` (from Linux's /dev/full): no other seam reaches that point without root.
   */
  archiveWriter?: typeof writeArchive;
}

async function takeNow(
  ctx: ServiceContext,
  options: TakeOptions,
  pending?: PendingSnapshot,
): Promise<TakenBackup> {
  const folder = pending ? dirname(pending.work) : (options.folder ?? backupFolder(ctx));
  mkdirSync(folder, { recursive: true });
  // Work happens in a hidden folder beside the backups, so the final rename never crosses disks.
  const work = pending?.work ?? (await mkdtemp(join(folder, '.work-')));
  try {
    const dbCopy = join(work, SNAPSHOT_ENTRY);
    if (pending) selfContained(pending.file);
    else await snapshot(ctx.db, dbCopy);
    const takenAt = ctx.now();
    const pinned = options.pinned ?? false;
    const info = await stat(dbCopy);
    const manifest: Manifest = {
      ...manifestBase(),
      appVersion: ctx.info.version,
      takenAt,
      operator: ctx.actor,
      kind: options.kind,
      pinned,
      database: { bytes: info.size, sha256: await sha256File(dbCopy) },
      ...describe(dbCopy),
    };
    const archive = join(work, 'archive.zip');
    await (options.archiveWriter ?? writeArchive)(archive, [
      { name: MANIFEST_ENTRY, from: { bytes: Buffer.from(JSON.stringify(manifest, null, 2)) } },
      { name: SNAPSHOT_ENTRY, from: { file: dbCopy } },
    ]);
    let n = 1;
    while (existsSync(join(folder, backupName(takenAt, options.kind, pinned, n)))) n += 1;
    const name = backupName(takenAt, options.kind, pinned, n);
    const file = join(folder, name);
    await rename(archive, file);
    // Checked as it lies on the disk it will be restored from, not as it was in memory.
    const verdict = await checkInWorker(ctx, file, join(work, `check-${randomUUID()}.sqlite`));
    if (!verdict.ok) {
      await rm(file, { force: true });
      log.error(`backup ${name} failed its check and was removed: ${verdict.reason}`);
      throw new AppError('BACKUP_INVALID', `The new backup failed its check: ${verdict.reason}`, {
        name,
      });
    }
    await rememberCheck(file, 'verified');
    await rotate(folder, name, ctx.now(), options.retention ?? retentionSetting(ctx));
    return { ...summarize(name, manifest, (await stat(file)).size, 'verified'), file };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The full check of a backup file, in a worker (see tasks.ts); the extracted copy is kept. */
export function checkInWorker(
  ctx: ServiceContext,
  file: string,
  extractTo: string,
): Promise<Verdict> {
  return ctx.jobs.run(checkBackupTask, { file, extractTo }, { fileName: basename(file) });
}

/** Removes what the retention rule no longer keeps; unreadable files are left for a person. */
async function rotate(
  folder: string,
  fresh: string,
  now: string,
  policy: RetentionPolicy,
): Promise<void> {
  // The one just made goes first among backups of the same second (the rule's sort is stable).
  const listed = (await listFolder(folder))
    .filter((entry) => entry.manifest !== null)
    .sort((a, b) => Number(b.summary.name === fresh) - Number(a.summary.name === fresh));
  const plan = planRetention(
    listed.map(({ summary }) => ({
      name: summary.name,
      takenAt: Date.parse(summary.takenAt),
      pinned: summary.pinned,
    })),
    Date.parse(now),
    policy,
  );
  for (const entry of plan.remove) await rm(join(folder, entry.name), { force: true });
}

/** Takes, verifies and rotates one backup; serialized with every other backup and restore. */
export function takeBackup(ctx: ServiceContext, options: TakeOptions): Promise<TakenBackup> {
  return serialized(ctx, () => takeNow(ctx, options));
}

/** For `restore.ts`, which already holds the queue. */
export const takeBackupHeld = takeNow;

/**
 * The call other capabilities make before a risky step (an import, a template apply, a
 * campaign deletion; later merge, freeze, naming): a verified backup of the data as it is.
 * If it cannot be made the step does not start: the error says why.
 */
export function backupBefore(ctx: ServiceContext, kind: BackupKind): Promise<TakenBackup> {
  return takeBackup(ctx, { kind });
}

/**
 * Packs the copy taken before a schema upgrade (`snapshotBeforeMigration`) into a pinned
 * 'migration' backup: the data exactly as the older Xingping left it.
 */
export function packSnapshot(ctx: ServiceContext, pending: PendingSnapshot): Promise<TakenBackup> {
  return serialized(ctx, () => takeNow(ctx, { kind: 'migration', pinned: true }, pending));
}
