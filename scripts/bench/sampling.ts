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
 * Asks `campaigns.list` until `until` settles: one call at a time, the next one
 * SAMPLE_EVERY_MS after the previous was asked, or at once when it took longer (a user
 * clicking again as soon as the screen answered). Each call's latency is its wall time.
 */
export async function sample(services: AppServices, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    await ask(services, 'campaigns.list', {});
    const took = performance.now() - started;
    latencies.push(took);
    if (took < SAMPLE_EVERY_MS) await pause(SAMPLE_EVERY_MS - took);
  }
  return latencies;
}
