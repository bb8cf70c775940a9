/**
 * The worker thread's entry (built to out/main/worker.js). It runs the one request it gets (a
 * spare worker is started ahead and loads most tasks' code while it waits, `loadTasksUntil`),
 * posts the task's progress and then its result or its error. Never imported by main.
 */
import { parentPort } from 'node:worker_threads';
import { diskFullError, diskOperation, isDiskFull } from '../services/disk-full';
import { AppError } from '../../shared/errors';
import type { WorkerMessage, WorkerRequest } from './protocol';
import { findTask, loadTasksUntil } from './registry';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

async function run(request: WorkerRequest): Promise<void> {
  try {
    const task = findTask(request.task);
    const output = await task.run(
      request.input,
      (phase, done, total) => post({ type: 'progress', phase, done, total }),
      request.env,
    );
    post({ type: 'done', output });
  } catch (error) {
    // A full disk (an export that could not be written) is told as such, not as a bug.
    const known =
      error instanceof AppError
        ? error
        : isDiskFull(error)
          ? diskFullError(diskOperation(request.task))
          : null;
    post({
      type: 'error',
      error: known ? known.toPayload() : null,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    });
  }
}

let requested = false;
parentPort?.once('message', (request: WorkerRequest) => {
  requested = true;
  void run(request);
});
void loadTasksUntil(() => requested);
