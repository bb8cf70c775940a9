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
  /** Loads the task's code; a spare worker calls it while it waits, so the job finds it warm. */
  load(): Promise<unknown>;
  /** Whether a spare worker loads this task's code ahead (`TaskOptions.preload`). */
  preload: boolean;
  run(input: I, report: Report, env: TaskEnv): Promise<O>;
}

export interface TaskOptions {
  /**
   * False for a task whose code brings in exceljs or docx (about 29 MB and 3 MB of a worker's
   * memory, and ~0.3 s to load). A spare worker does not load those ahead: every worker would
   * hold them through exports, backup checks and list readings that never use them, and a
   * request arriving while one was loading would wait for it (a backup's check, asked for
   * right after a list was read, waited ~0.4 s). Such a task loads its code when it runs.
   * `tests/unit/architecture/worker-preload-build.test.ts` holds each task's flag to the build.
   */
  preload?: boolean;
}

/**
 * Declares a task: `code` imports the module that does the work, and `run` is given it.
 *
 * Why the import is a function: main imports a capability's `tasks.ts` only to name the task
 * it sends to a worker. Were the work's module imported at the top, main would load exceljs
 * and docx with it for code only workers run (the web host at rest: 165 MB with them, 145 MB
 * without; `tests/unit/architecture/main-bundle.test.ts` keeps them out).
 */
export function task<I, O, C>(
  name: string,
  code: () => Promise<C>,
  run: (code: C, input: I, report: Report, env: TaskEnv) => Promise<O>,
  options: TaskOptions = {},
): Task<I, O> {
  return {
    name,
    load: code,
    preload: options.preload ?? true,
    run: async (input, report, env) => run(await code(), input, report, env),
  };
}
