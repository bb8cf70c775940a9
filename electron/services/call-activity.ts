import type { Registry } from './registry';

/**
 * Whether the app is busy answering its user: calls in flight and when the last one ended.
 * Background work that would compete with the first screens (the start-up backup of a 1 GB
 * file counts rows and hashes on the main thread) waits until the calls have been quiet for a
 * moment, or until a ceiling, whichever comes first.
 */
export interface CallActivity {
  /** Marks a call as started; the returned function marks it as ended. */
  begin(): () => void;
  /** Resolves once no call has been in flight for `quietMs`, or after `maxMs` at the latest. */
  whenQuiet(quietMs: number, maxMs: number): Promise<void>;
}

export function createCallActivity(now: () => number = () => performance.now()): CallActivity {
  let inFlight = 0;
  let lastEnd = now();
  return {
    begin() {
      inFlight += 1;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        inFlight -= 1;
        lastEnd = now();
      };
    },
    whenQuiet(quietMs, maxMs) {
      const deadline = now() + maxMs;
      return new Promise((resolve) => {
        const check = () => {
          const quietFor = now() - lastEnd;
          if (now() >= deadline || (inFlight === 0 && quietFor >= quietMs)) {
            resolve();
            return;
          }
          const wait = inFlight === 0 ? quietMs - quietFor : quietMs;
          // Never keeps a closing process alive.
          setTimeout(check, Math.max(1, Math.min(wait, deadline - now()))).unref();
        };
        check();
      });
    },
  };
}

/** The registry, each call counted in `activity`. */
export function countingCalls(registry: Registry, activity: CallActivity): Registry {
  return {
    methods: registry.methods,
    async call(method, input) {
      const end = activity.begin();
      try {
        return await registry.call(method, input);
      } finally {
        end();
      }
    },
  };
}
