import type { RubricItem } from '../../../shared/domain/rubric';
import type { TemplateLayout } from '../../../shared/domain/views/score-templates';
import { withReadOnlyContext } from '../../jobs/worker-context';
import { task } from '../../jobs/task';
import type { TemplateRead } from './read-file';

export type { LocatedCell, TemplateRead } from './read-file';

/** Reads a filled-in template in a worker: a large one once held every call for 55 s. */
export const readTemplateFile = task(
  'scoreTemplates.read',
  () => import('./read-file'),
  (
    { readTemplateWorkbook },
    input: { path: string; fileName: string; items: RubricItem[] },
    report,
  ): Promise<TemplateRead> => readTemplateWorkbook(input, report),
  { preload: false },
);

export interface TemplateWriteInput {
  roundId: string;
  evaluatorId: string | null;
  townshipId?: string | undefined;
  layout: TemplateLayout;
  target: string;
}

/** Builds a fill-in workbook in a worker, reading the round on its own read-only connection. */
export const writeTemplateFile = task(
  'scoreTemplates.write',
  () => import('./export'),
  ({ writeTemplateWorkbook }, input: TemplateWriteInput, report, env): Promise<string> =>
    withReadOnlyContext(env, (ctx) => writeTemplateWorkbook(ctx, input, report)),
  { preload: false },
);
