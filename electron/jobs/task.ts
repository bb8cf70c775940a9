import type { JobPhase } from '../../shared/api/events';
import type { AppInfo } from '../../shared/domain/views';

/** What a task learns of the app that started it: enough to open the database read-only. */
export interface TaskEnv {
  dataFile: string;
  /** The clock of the call that started the job, so results match a test's fixed time. */
  now: string;
  actor: string;
  info: AppInfo;
}

/** Tells the page how far the task has got (throttled by the runner). */
export type Report = (phase: JobPhase, done: number, total: number | null) => void;

/**
 * Heavy work that runs in a worker thread: reading or building a workbook. A capability
 * declares its tasks in its own `tasks.ts` (named `<capability>.<verb>`) and exports them from
 * its index; the worker entry finds them by name. Input and output cross the thread boundary
 * by structured clone: plain data only. A task never writes to the database: it returns
 * what it read, and main stores it in a short transaction through the write path.
 */
export interface Task<I, O> {
  name: string;
  run(input: I, report: Report, env: TaskEnv): Promise<O>;
}

export function task<I, O>(name: string, run: Task<I, O>['run']): Task<I, O> {
  return { name, run };
}
