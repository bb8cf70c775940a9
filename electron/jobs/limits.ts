/** How long a task may run and how large its JavaScript heap may grow before it is stopped. */
export interface JobLimits {
  timeMs: number;
  heapMb: number;
}

/**
 * One heap limit for most tasks, so the spare worker (started ahead with it) serves them all.
 * Reading an import of 46,000 rows (a streaming pass) takes under a second and tens of MB.
 */
export const DEFAULT_LIMITS: JobLimits = { timeMs: 120_000, heapMb: 1536 };

/**
 * Per task, where the default does not fit. Only the time differs: with one heap limit the
 * spare worker serves every job, and no second worker is started beside it. (A province export
 * that ranks in its worker, when main had not ranked yet, stays far below 1.5 GB.)
 */
export const TASK_LIMITS: Record<string, Partial<JobLimits>> = {
  'exports.build': { timeMs: 600_000 },
  'scoreTemplates.write': { timeMs: 300_000 },
  'branchImport.read': { timeMs: 180_000 },
  'scoreTemplates.read': { timeMs: 180_000 },
  // Reading a province's backup through (1 GB and more) takes minutes on a slow laptop disk.
  'backups.check': { timeMs: 1_800_000 },
  // A whole county's package merged is seconds; a province's share of a few counties, minutes.
  'exchange.merge': { timeMs: 900_000 },
};

export type LimitOverrides = Record<string, Partial<JobLimits>>;

export function limitsFor(name: string, overrides: LimitOverrides = {}): JobLimits {
  return { ...DEFAULT_LIMITS, ...TASK_LIMITS[name], ...overrides[name] };
}
