import { AppError } from '../../shared/errors';
import type { DiskOperation } from '../../shared/errors';

/**
 * A full disk, however it shows: SQLite's `SQLITE_FULL` (a transaction that could not grow the
 * file; SQLite has rolled it back) or the file system's `ENOSPC`/`EDQUOT` (a temporary file or
 * an export that could not be written; `writeAtomically` has removed its temporary file and
 * left the previous file as it was).
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** What the user was doing, from the contract method or worker task that failed. */
export function diskOperation(name: string): DiskOperation {
  if (/^backups?\.|\.backup$/.test(name)) return 'backup';
  if (/^exports\.|\.export(File)?$|\.write(File)?$|^exports\.build$/.test(name)) return 'export';
  if (
    /^branchImport\.|\.import(File)?$|\.read(File)?$|^scoreTemplates\.(preview|apply)$/.test(name)
  )
    return 'import';
  return 'save';
}

/** The translated `DISK_FULL` error naming the operation. */
export function diskFullError(operation: DiskOperation): AppError {
  return new AppError('DISK_FULL', `The disk is full (${operation}); nothing was changed`, {
    operation,
  });
}
