import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { JobPhase } from '../../shared/api/events';
import { AppError, isErrorCode } from '../../shared/errors';
import type { EventHub } from '../events';
import { createLogger } from '../logger';
import type { JobLimits, LimitOverrides } from './limits';
import { limitsFor } from './limits';
import type { WorkerMessage, WorkerRequest } from './protocol';
import type { Task, TaskEnv } from './task';

const log = createLogger('jobs');

/** Progress events of one job at most this often (phase changes always go through). */
const PROGRESS_EVERY_MS = 100;

export interface RunOptions {
  /** Chosen by the page to follow and cancel the job; a fresh one otherwise. */
  jobId?: string | undefined;
  /** The file being read or built, named by the error when the job is stopped. */
  fileName: string;
}

export interface JobRunner {
  /** Runs `task` in a fresh worker thread within its limits; main's thread stays free. */
  run<I, O>(task: Task<I, O>, input: I, options: RunOptions): Promise<O>;
  /** Stops a job while it is in its worker; false when it is not (finished, or storing). */
  cancel(jobId: string): boolean;
  /** Reports a phase main does itself (matching, storing) on the same progress line. */
  progress(jobId: string | undefined, phase: JobPhase, done: number, total: number | null): void;
  /** Stops every job (at shutdown). */
  close(): Promise<void>;
}

export interface RunnerOptions {
  workerFile: () => string;
  events: EventHub;
  env: () => TaskEnv;
  limits?: LimitOverrides;
}

function tooComplex(fileName: string, reason: 'time' | 'memory', limits: JobLimits): AppError {
  const seconds = limits.timeMs / 1000;
  const limit =
    reason === 'time' ? `${seconds.toFixed(seconds < 10 ? 1 : 0)} s` : `${limits.heapMb} MB`;
  return new AppError('TOO_COMPLEX', `${fileName} needed more ${reason} than ${limit}`, {
    fileName,
    reason,
    limit,
  });
}

function failure(message: Extract<WorkerMessage, { type: 'error' }>, task: string): Error {
  if (message.error && isErrorCode(message.error.code))
    return new AppError(message.error.code, message.error.message, message.error.details);
  log.error(`task ${task} failed: ${message.stack ?? message.message}`);
  return new AppError('INTERNAL', 'Internal error');
}

export function createJobRunner(options: RunnerOptions): JobRunner {
  const running = new Map<string, { stop: (error: AppError) => void; fileName: string }>();
  const lastSent = new Map<string, { at: number; phase: JobPhase }>();

  const progress: JobRunner['progress'] = (jobId, phase, done, total) => {
    if (jobId === undefined) return;
    const now = Date.now();
    const last = lastSent.get(jobId);
    if (last && last.phase === phase && now - last.at < PROGRESS_EVERY_MS && done !== total) return;
    lastSent.set(jobId, { at: now, phase });
    options.events.emit('job.progress', { jobId, phase, done, total });
  };

  function run<I, O>(task: Task<I, O>, input: I, runOptions: RunOptions): Promise<O> {
    const jobId = runOptions.jobId ?? randomUUID();
    const { fileName } = runOptions;
    if (running.has(jobId))
      return Promise.reject(
        new AppError('CONFLICT', `Job ${jobId} is running already`, { entity: 'record' }),
      );
    const limits = limitsFor(task.name, options.limits);
    const request: WorkerRequest = { task: task.name, input, env: options.env() };
    progress(jobId, 'queued', 0, null);
    return new Promise<O>((resolve, reject) => {
      let settled = false;
      const worker = new Worker(options.workerFile(), {
        workerData: request,
        resourceLimits: {
          maxOldGenerationSizeMb: limits.heapMb,
          maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(limits.heapMb / 16))),
        },
        stdout: false,
        stderr: false,
      });
      const finish = (error: Error | null, output?: O) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.delete(jobId);
        lastSent.delete(jobId);
        // The result is in; whatever the worker still holds (a database handle) goes with it.
        void worker.terminate();
        if (error) reject(error);
        else resolve(output as O);
      };
      const timer = setTimeout(() => finish(tooComplex(fileName, 'time', limits)), limits.timeMs);
      running.set(jobId, { stop: (error) => finish(error), fileName });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress')
          progress(jobId, message.phase, message.done, message.total);
        else if (message.type === 'done') finish(null, message.output as O);
        else finish(failure(message, task.name));
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
          finish(tooComplex(fileName, 'memory', limits));
        else {
          log.error(`worker for ${task.name} failed`, error);
          finish(new AppError('INTERNAL', 'Internal error'));
        }
      });
      worker.on('exit', (code) => {
        if (!settled) {
          log.error(`worker for ${task.name} exited with ${code} before answering`);
          finish(new AppError('INTERNAL', 'Internal error'));
        }
      });
    });
  }

  return {
    run,
    progress,
    cancel(jobId) {
      const job = running.get(jobId);
      if (!job) return false;
      job.stop(new AppError('CANCELLED', `Job ${jobId} was cancelled`, { fileName: job.fileName }));
      return true;
    },
    async close() {
      for (const job of running.values())
        job.stop(new AppError('CANCELLED', 'The app is closing', { fileName: job.fileName }));
      await Promise.resolve();
    },
  };
}
