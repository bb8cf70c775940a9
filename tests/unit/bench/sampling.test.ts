import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { pause, sample, SAMPLE_EVERY_MS } from '../../../scripts/bench/sampling';

/** Holds this thread, as a long synchronous write on main does. */
function hold(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: nothing else runs on this thread meanwhile
  }
}

/**
 * A stand-in for the app that answers `campaigns.list` after holding the thread `callMs`. It
 * gives up after `most` calls, so a sampler that never lets anything else run fails the test
 * instead of hanging it (a starved event loop fires no test timeout either).
 */
function app(callMs: number, most = 1000): AppServices {
  let calls = 0;
  const registry = {
    call: (method: string) => {
      calls += 1;
      if (calls > most) return Promise.reject(new Error(`${most} calls and the work never ended`));
      hold(callMs);
      return Promise.resolve({ ok: true, data: method });
    },
  };
  return { registry } as unknown as AppServices;
}

describe('the bench’s sampler (a user clicking while heavy work runs)', () => {
  it('times a click that falls while main is held from the click, not from when main got to it', async () => {
    // The work measured: after a while it holds main for 400 ms, then ends.
    const work = (async () => {
      await pause(5 * SAMPLE_EVERY_MS);
      hold(400);
      await pause(5 * SAMPLE_EVERY_MS);
    })();
    const latencies = await sample(app(0), work);
    // The click due during the hold waited for it; timed from when main took the call, it
    // would look instant.
    expect(Math.max(...latencies)).toBeGreaterThanOrEqual(300);
  });

  it('lets the work it measures take its turns when every answer is slower than the clicks', async () => {
    // Each answer takes longer than the interval between clicks; the work needs 200 turns of
    // the event loop (a file read chunk by chunk). Asking again at once never let it finish.
    let turns = 0;
    const work = (async () => {
      while (turns < 200) {
        await new Promise((resolve) => setImmediate(resolve));
        turns += 1;
      }
    })();
    const latencies = await sample(app(SAMPLE_EVERY_MS + 5, 200), work);
    expect(turns).toBe(200);
    expect(latencies.length).toBeGreaterThan(0);
  });
});
