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
  /**
   * Stops a job while it is in its worker; false when it is not (finished, or storing), or when
   * its worker is writing (a merge's transaction, see `cancel` below). A job not started yet
   * (the page's cancel overtook its call) is stopped as soon as it starts.
   */
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
  /**
   * Keep one worker started ahead, its code loaded (the app and the web host do; tests do
   * not): a job then starts at once instead of after the ~0.5 s of loading exceljs and the
   * services. A spare unused for SPARE_IDLE_MS is stopped, and started again after the next job.
   */
  prewarm?: boolean;
}

/** A spare worker nobody used for this long is stopped (its memory given back). */
export const SPARE_IDLE_MS = 10 * 60 * 1000;

/** A cancel that arrives before its job is remembered this long. */
const EARLY_CANCEL_MS = 60_000;

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

function sameLimits(a: JobLimits, b: JobLimits): boolean {
  return a.heapMb === b.heapMb;
}

export function createJobRunner(options: RunnerOptions): JobRunner {
  const running = new Map<string, { stop: (error: AppError) => void; fileName: string }>();
  const lastSent = new Map<string, { at: number; phase: JobPhase }>();
  /** Jobs cancelled before they started, with when (a job id is never reused). */
  const cancelledEarly = new Map<string, number>();
  const finished = new Set<string>();
  let closed = false;

  /** A worker with its code loaded, waiting for a request; its heap limit is fixed at start. */
  const start = (limits: JobLimits): Worker =>
    new Worker(options.workerFile(), {
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
      stdout: false,
      stderr: false,
    });

  let spare: { worker: Worker; limits: JobLimits; idle: NodeJS.Timeout } | null = null;

  const dropSpare = () => {
    if (!spare) return;
    clearTimeout(spare.idle);
    void spare.worker.terminate();
    spare = null;
  };

  /** Starts the next spare soon, so it loads while main does its own part of the job. */
  const prewarm = () => {
    if (!options.prewarm || closed || spare) return;
    setImmediate(() => {
      if (closed || spare) return;
      const limits = limitsFor('', options.limits);
      const worker = start(limits);
      // Waiting does not keep the process alive, and a spare that dies is simply forgotten.
      worker.unref();
      worker.once('error', () => {
        if (spare?.worker === worker) spare = null;
      });
      worker.once('exit', () => {
        if (spare?.worker === worker) spare = null;
      });
      const idle = setTimeout(dropSpare, SPARE_IDLE_MS);
      idle.unref();
      spare = { worker, limits, idle };
    });
  };

  /** The spare when its limits fit the task, else a fresh worker (and no spare meanwhile). */
  const take = (limits: JobLimits): Worker => {
    if (spare && sameLimits(spare.limits, limits)) {
      const { worker, idle } = spare;
      clearTimeout(idle);
      spare = null;
      worker.removeAllListeners();
      worker.ref();
      return worker;
    }
    // A spare that cannot take this job (a task given a heap limit of its own) would sit idle
    // beside it, holding its memory for the whole job: it goes, and the next starts after.
    dropSpare();
    return start(limits);
  };

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
    const early = cancelledEarly.get(jobId);
    if (early !== undefined) {
      cancelledEarly.delete(jobId);
      return Promise.reject(new AppError('CANCELLED', `Job ${jobId} was cancelled`, { fileName }));
    }
    const limits = limitsFor(task.name, options.limits);
    const request: WorkerRequest = { task: task.name, input, env: options.env() };
    progress(jobId, 'queued', 0, null);
    return new Promise<O>((resolve, reject) => {
      let settled = false;
      const worker = take(limits);
      worker.postMessage(request);
      const finish = (error: Error | null, output?: O) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.delete(jobId);
        lastSent.delete(jobId);
        finished.add(jobId);
        // Only recent ones matter (a late cancel of a job that is done).
        if (finished.size > 1000) finished.delete(finished.values().next().value as string);
        // The result is in; whatever the worker still holds (a database handle) goes with it.
        // Each job gets a clean worker: a spare is started for the next one, once this one is
        // gone, so the two never hold their memory at the same time.
        void worker.terminate().then(prewarm, prewarm);
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

  prewarm();
  return {
    run,
    progress,
    cancel(jobId) {
      const job = running.get(jobId);
      if (!job) {
        if (finished.has(jobId)) return false;
        // Its call has not reached the runner yet: it stops as soon as it does.
        const now = Date.now();
        for (const [id, at] of cancelledEarly)
          if (now - at > EARLY_CANCEL_MS) cancelledEarly.delete(id);
        cancelledEarly.set(jobId, now);
        return true;
      }
      // A task in its 'write' phase is committing its own transaction (an exchange package
      // merged in a worker): stopped now, whether the data was kept could not be said, so it
      // finishes instead (the page's cancel is disabled in that phase too).
      if (lastSent.get(jobId)?.phase === 'write') return false;
      job.stop(new AppError('CANCELLED', `Job ${jobId} was cancelled`, { fileName: job.fileName }));
      return true;
    },
    async close() {
      closed = true;
      dropSpare();
      for (const job of running.values())
        job.stop(new AppError('CANCELLED', 'The app is closing', { fileName: job.fileName }));
      await Promise.resolve();
    },
  };
}
