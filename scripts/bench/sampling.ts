/** Asking the app a cheap question again and again while heavy work runs (issue #12 point 5). */
import type { AppServices } from '../../electron/services/app';
import type { Result } from '../../shared/result';

/** One call a user makes by clicking, and how soon the next one follows. */
export const SAMPLE_EVERY_MS = 20;

export async function ask<T>(services: AppServices, method: string, input: unknown): Promise<T> {
  const result = (await services.registry.call(method, input)) as Result<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks `campaigns.list` until `until` settles, one call at a time, as a user clicking: the
 * next click SAMPLE_EVERY_MS after the previous one, and never sooner than half of that after
 * the answer (a user reads it first). A call's latency runs from its click, not from when main
 * got round to it: a click that falls while main is held (a long synchronous write) waits, and
 * that wait is what the user sees. (Asking again at once after a slow answer let the sampler
 * take nearly all of main's time once a call took longer than SAMPLE_EVERY_MS — on the
 * province, `campaigns.list` takes ~23 ms — and the backup taken before the import hashed its
 * 1 GB snapshot one chunk per call: the bench did not end in 15 minutes.)
 */
export async function sample(services: AppServices, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  let clicked = performance.now();
  while (!done) {
    await ask(services, 'campaigns.list', {});
    const answered = performance.now();
    latencies.push(answered - clicked);
    clicked = Math.max(clicked + SAMPLE_EVERY_MS, answered + SAMPLE_EVERY_MS / 2);
    await pause(clicked - answered);
  }
  return latencies;
}
