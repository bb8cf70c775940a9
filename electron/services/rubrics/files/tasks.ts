import { readFile } from 'node:fs/promises';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import type { RubricImportResult } from '../../../../shared/domain/views';
import { task } from '../../../jobs/task';
import { writeBytesAtomically } from '../../../workbook/atomic-write';

/** Reads a chosen rubric file in a worker: a 6 KB workbook once held every call for 48 s. */
export const readRubricFile = task(
  'rubrics.readFile',
  () => import('./import'),
  async (
    { readRubricBytes },
    input: { path: string; fileName: string },
    report,
  ): Promise<RubricImportResult> => {
    report('read', 0, 1);
    const bytes = await readFile(input.path);
    report('parse', 0, null);
    return readRubricBytes(bytes, input.fileName);
  },
  { preload: false },
);

/** Writes a rubric's file in a worker, atomically, where the file transport asks. */
export const writeRubricFile = task(
  'rubrics.writeFile',
  () => import('./export'),
  async (
    { rubricFileBytes },
    input: { name: string; definition: RubricDefinition; format: 'json' | 'xlsx'; target: string },
    report,
  ): Promise<void> => {
    report('build', 0, null);
    await writeBytesAtomically(
      input.target,
      await rubricFileBytes(input.name, input.definition, input.format),
    );
  },
  { preload: false },
);
