import type { JobPhase } from '../../shared/api/events';
import type { ApiErrorPayload } from '../../shared/errors';
import type { TaskEnv } from './task';

/** The one request a worker runs (posted to it once its code is loaded). */
export interface WorkerRequest {
  task: string;
  input: unknown;
  env: TaskEnv;
}

/** What a worker posts back: progress any number of times, then one result or one error. */
export type WorkerMessage =
  | { type: 'progress'; phase: JobPhase; done: number; total: number | null }
  | { type: 'done'; output: unknown }
  | { type: 'error'; error: ApiErrorPayload | null; message: string; stack?: string };
