/**
 * A full disk, however it shows: SQLite's `SQLITE_FULL` (a transaction that could not grow the
 * file; SQLite has rolled it back) or the file system's `ENOSPC`/`EDQUOT` (a temporary file or
 * an export that could not be written; `writeAtomically` has removed its temporary file and
 * left the previous file as it was). In the store because opening a file (its migrations) meets
 * it too; the services re-export it from `services/disk-full.ts`.
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}
