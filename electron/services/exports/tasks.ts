import type { RankingView } from '../../../shared/domain/views';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import { task } from '../../jobs/task';
import { withReadOnlyContext } from '../../jobs/worker-context';

export interface ExportTaskInput {
  campaignId: string;
  options: ExportOptions;
  target: string;
  /** The rounds main had ranked when the export was asked for: the worker ranks only the rest. */
  known: RankingView[];
}

/** Ranks and writes an export in a worker, reading on its own read-only connection. */
export const buildExportTask = task(
  'exports.build',
  () => import('./build'),
  ({ buildExportFile }, input: ExportTaskInput, report, env) =>
    withReadOnlyContext(env, (ctx) =>
      buildExportFile(ctx, input.campaignId, input.options, input.target, {
        report,
        known: input.known,
      }),
    ),
);
