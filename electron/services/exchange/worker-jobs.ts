import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExchangeScope, PackageSummary } from '../../../shared/domain/views/exchange';
import { holdWrites, write } from '../../store/write';
import { backupBefore } from '../backups';
import type { ServiceContext } from '../context';
import type { Replica } from './replica';
import { replicaOf } from './replica';
import { finishPackage, planPackage } from './service';
import { buildPackageTask, mergePackageTask } from './tasks';

/**
 * The app's package work in workers (`tasks.ts`), with progress and cancel, so the window and
 * every other call go on meanwhile. Making a package: main fixes the range and binds the
 * replica, a worker reads the log on a read-only connection, main seals and writes the file
 * (the key stays on main). Previewing and merging: the work runs on the worker's own
 * connection. The
 * worker is the file's one writer for that time: main's own writes are refused at once with
 * `BUSY` (translated: a merge is running, try again in a moment) rather than left waiting on
 * SQLite's lock, which would freeze main's thread. Caches see the merge through SQLite's
 * `data_version` (store/revision.ts), as a commit by another window.
 */
export interface PackageJob {
  /** Chosen by the page to follow the job's progress and cancel it. */
  jobId?: string | undefined;
  /** The name the progress line and errors give the file (the chosen file's own name). */
  fileName?: string;
}

/** Makes a package of `scope` at `file` (a new file the caller puts in place). */
export async function writePackage(
  ctx: ServiceContext,
  scope: ExchangeScope,
  file: string,
  job: PackageJob = {},
): Promise<{ operations: number; files: number }> {
  const range = planPackage(ctx, scope);
  const content = await ctx.jobs.run(buildPackageTask, range, {
    jobId: job.jobId,
    fileName: job.fileName ?? basename(file),
  });
  return finishPackage(ctx, range, content, file);
}

/** What merging `file` would do; nothing is kept. */
export function previewPackage(
  ctx: ServiceContext,
  file: string,
  job: PackageJob = {},
): Promise<PackageSummary> {
  return inWorker(ctx, file, true, bind(ctx), job);
}

/** Merges `file` after a backup (kind `merge`); the same package twice adds nothing. */
export async function importPackage(
  ctx: ServiceContext,
  file: string,
  job: PackageJob = {},
): Promise<PackageSummary> {
  const own = bind(ctx);
  await backupBefore(ctx, 'merge');
  return inWorker(ctx, file, false, own, job);
}

/**
 * Binds the database to this laptop's key on main, the only thread that can reach the key
 * (Electron's keychain): the worker stamps and checks with the replica it is handed.
 */
function bind(ctx: ServiceContext): Replica {
  return write(ctx, () => replicaOf(ctx));
}

async function inWorker(
  ctx: ServiceContext,
  file: string,
  preview: boolean,
  own: Replica,
  job: PackageJob,
): Promise<PackageSummary> {
  const release = holdWrites(
    ctx.db,
    () => new AppError('BUSY', 'An exchange package is being merged; try again when it is done'),
  );
  try {
    return await ctx.jobs.run(
      mergePackageTask,
      { file, preview, own },
      { jobId: job.jobId, fileName: job.fileName ?? basename(file) },
    );
  } finally {
    release();
  }
}
