import { task } from '../../jobs/task';
import { writeAtomically } from '../../workbook/atomic-write';
import type { MinutesData } from './minutes/data';

/** Builds the minutes (.docx) in a worker from the plain data main read from the records. */
export const buildMinutesTask = task(
  'meetings.minutes',
  () => import('./minutes/document'),
  async ({ minutesDocument }, input: { data: MinutesData; target: string }, report) => {
    report('build', 0, 1);
    const bytes = await minutesDocument(input.data);
    await writeAtomically(input.target, async (stream) => {
      await new Promise<void>((resolve, reject) =>
        stream.end(bytes, (error?: Error | null) => (error ? reject(error) : resolve())),
      );
    });
    report('build', 1, 1);
  },
);
