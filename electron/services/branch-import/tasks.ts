import { readFile } from 'node:fs/promises';
import { task } from '../../jobs/task';
import type { ReadFile } from './read-file';

/** Reads a chosen branch list in a worker and returns its rows; main matches and stores. */
export const readBranchList = task(
  'branchImport.read',
  () => import('./read-file'),
  async (
    { readBranchBytes },
    input: { path: string; fileName: string },
    report,
  ): Promise<ReadFile> => {
    report('read', 0, 1);
    const bytes = await readFile(input.path);
    return readBranchBytes(bytes, input.fileName, report);
  },
);
