import type { PackageSummary } from '../../../shared/domain/views/exchange';
import { task } from '../../jobs/task';
import { withReadOnlyContext, withWritableContext } from '../../jobs/worker-context';
import type { PackageContent, PackageRange } from './build';
import type { Replica } from './replica';

export interface MergeTaskInput {
  /** The package file, by path. */
  file: string;
  /** Only preview: the merge runs as a trial and is rolled back. */
  preview: boolean;
  /** This database's replica, bound by main before the task starts. */
  own: Replica;
}

/**
 * Previews or merges a package in a worker, on the worker's own connection to the data file:
 * a county's package is 90,000 operations and seconds of SQLite work, during which main keeps
 * answering reads (`worker-jobs.ts` refuses main's writes meanwhile). Stopping the worker (the
 * user's cancel, the time limit) drops its connection mid-transaction, so SQLite keeps nothing
 * of a merge that did not finish. Public to the worker through `jobs/registry.ts`.
 */
export const mergePackageTask = task(
  'exchange.merge',
  async () => {
    const [capture, service] = await Promise.all([import('./capture'), import('./service')]);
    return { installCapture: capture.installCapture, ...service };
  },
  (
    { installCapture, mergeHere, previewHere },
    input: MergeTaskInput,
    report,
    env,
  ): Promise<PackageSummary> =>
    withWritableContext(env, (ctx) => {
      // The rows this merge writes are captured as on main (the capture's folding and
      // discarding are part of the apply); main bound the replica, the key stays on main.
      installCapture(ctx, { bound: true });
      return input.preview
        ? previewHere(ctx, input.file, input.own, report)
        : mergeHere(ctx, input.file, input.own, report);
    }),
);

/**
 * Reads a package's operations from the log in a worker, on a read-only connection (a county's
 * package is 90,000 lines to read and write out); main seals it (`worker-jobs.ts`).
 */
export const buildPackageTask = task(
  'exchange.build',
  () => import('./build'),
  ({ readPackageContent }, range: PackageRange, report, env): Promise<PackageContent> =>
    withReadOnlyContext(env, (ctx) => {
      report('build', 0, null);
      return Promise.resolve(readPackageContent(ctx.db, range));
    }),
);
