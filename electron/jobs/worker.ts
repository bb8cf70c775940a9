/**
 * The worker thread's entry (built to out/main/worker.js): runs the one task it was started
 * for and posts its progress and then its result or its error. Never imported by main.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { setQuiet } from '../logger';
import type { WorkerMessage, WorkerRequest } from './protocol';
import { findTask } from './registry';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

async function main(): Promise<void> {
  setQuiet(true);
  const request = workerData as WorkerRequest;
  try {
    const task = findTask(request.task);
    const output = await task.run(
      request.input,
      (phase, done, total) => post({ type: 'progress', phase, done, total }),
      request.env,
    );
    post({ type: 'done', output });
  } catch (error) {
    post({
      type: 'error',
      error: error instanceof AppError ? error.toPayload() : null,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    });
  }
}

void main();
