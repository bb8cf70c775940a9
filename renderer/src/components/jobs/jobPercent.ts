import type { JobPhase, JobProgress } from '../../../../shared/api/events';

/**
 * Where each phase sits on one bar from 0 to 100. Parsing a workbook cannot say how far it
 * is, so its part of the bar is reached when it ends; phases that count (rows, sheets) move
 * through their part as they go.
 */
const SPANS: Record<JobPhase, [number, number]> = {
  queued: [0, 3],
  read: [3, 10],
  parse: [10, 55],
  rows: [55, 80],
  check: [80, 92],
  build: [10, 92],
  write: [92, 99],
};

export function jobPercent(progress: JobProgress | null): number {
  if (!progress) return 0;
  const [from, to] = SPANS[progress.phase];
  const share =
    progress.total !== null && progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(from + (to - from) * share);
}

/** Phases that run in a worker, where a job can still be stopped. */
export function isCancellable(progress: JobProgress | null): boolean {
  return progress === null || !['check', 'write'].includes(progress.phase);
}
