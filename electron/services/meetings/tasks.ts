import { task } from '../../jobs/task';
import { writeBytesAtomically } from '../../workbook/atomic-write';
import type { MinutesData } from './minutes/data';

/** Builds the minutes (.docx) in a worker from the plain data main read from the records. */
export const buildMinutesTask = task(
  'meetings.minutes',
  () => import('./minutes/document'),
  async ({ minutesDocument }, input: { data: MinutesData; target: string }, report) => {
    report('build', 0, 1);
    await writeBytesAtomically(input.target, await minutesDocument(input.data));
    report('build', 1, 1);
  },
  { preload: false },
);
