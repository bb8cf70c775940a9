import type { ExportOptions } from '../../../shared/domain/views/exports';
import { task } from '../../jobs/task';
import { withReadOnlyContext } from '../../jobs/worker-context';
import { buildExportFile } from './build';

/** Ranks and writes an export in a worker, reading on its own read-only connection. */
export const buildExportTask = task(
  'exports.build',
  (input: { campaignId: string; options: ExportOptions; target: string }, report, env) =>
    withReadOnlyContext(env, (ctx) =>
      buildExportFile(ctx, input.campaignId, input.options, input.target, { report }),
    ),
);
