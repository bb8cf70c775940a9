import { task } from '../../jobs/task';
import type { Verdict } from './verify';

/**
 * Reading a backup through (inflate, SHA-256, `integrity_check`, a count per table) takes
 * seconds on a county's file and minutes on a province's: it runs in a worker so other calls
 * are answered meanwhile. Public to the worker through `jobs/registry.ts`.
 */
export const checkBackupTask = task(
  'backups.check',
  () => import('./verify'),
  ({ verifyArchive }, input: { file: string; extractTo: string }): Promise<Verdict> =>
    verifyArchive(input.file, input.extractTo),
);
