import type { filesContract } from '../../../shared/api/files';
import type { HandlerGroup } from '../registry';
import { cancelJob, releaseFiles } from './service';

export const transfersHandlers: HandlerGroup<typeof filesContract> = {
  'files.release': (input, ctx) => releaseFiles(ctx, input),
  'jobs.cancel': (input, ctx) => cancelJob(ctx, input),
};
