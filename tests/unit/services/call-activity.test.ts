import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countingCalls, createCallActivity } from '../../../electron/services/call-activity';
import type { Registry } from '../../../electron/services/registry';

/**
 * The start backup waits for the first screens (issue #12: the cold first screen over the web
 * host waited for a 1 GB start backup). Fake timers make the waiting exact, not timed.
 */
let clock = 0;
beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

const advance = async (ms: number) => {
  clock += ms;
  await vi.advanceTimersByTimeAsync(ms);
};

function watch(promise: Promise<void>): { done: boolean } {
  const state = { done: false };
  void promise.then(() => {
    state.done = true;
  });
  return state;
}

describe('waiting for quiet calls', () => {
  it('waits while a call is in flight, then for the quiet time after it ends', async () => {
    const activity = createCallActivity(() => clock);
    const end = activity.begin();
    const quiet = watch(activity.whenQuiet(2_000, 60_000));
    await advance(5_000);
    expect(quiet.done).toBe(false);
    end();
    await advance(1_500);
    expect(quiet.done).toBe(false);
    await advance(600);
    expect(quiet.done).toBe(true);
  });

  it('counts a new call as activity again', async () => {
    const activity = createCallActivity(() => clock);
    const quiet = watch(activity.whenQuiet(2_000, 60_000));
    await advance(1_000);
    activity.begin()();
    await advance(1_500);
    expect(quiet.done).toBe(false);
    await advance(600);
    expect(quiet.done).toBe(true);
  });

  it('gives up waiting at the ceiling, even with a call that never ends', async () => {
    const activity = createCallActivity(() => clock);
    activity.begin();
    const quiet = watch(activity.whenQuiet(2_000, 60_000));
    await advance(59_000);
    expect(quiet.done).toBe(false);
    await advance(1_500);
    expect(quiet.done).toBe(true);
  });

  it('counts every call through the registry, failed ones too', async () => {
    const activity = createCallActivity(() => clock);
    let release: () => void = () => undefined;
    const inner: Registry = {
      methods: [],
      call: (method) =>
        method === 'slow'
          ? new Promise((resolve) => {
              release = () => resolve({ ok: true, data: null });
            })
          : Promise.reject(new Error('boom')),
    };
    const registry = countingCalls(inner, activity);
    const slow = registry.call('slow', {});
    await expect(registry.call('fails', {})).rejects.toThrow('boom');
    const quiet = watch(activity.whenQuiet(2_000, 60_000));
    await advance(10_000);
    expect(quiet.done).toBe(false);
    release();
    await slow;
    await advance(2_100);
    expect(quiet.done).toBe(true);
  });
});
