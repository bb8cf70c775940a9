import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at its starting size instead of letting it double, up to
 * 2 × 64 MB, whenever much of what is allocated survives.
 *
 * Why: ranking a campaign keeps every branch's evaluation, so most of what it allocates does
 * survive, and V8 answers by growing the young generation to its maximum. On the province
 * bench (46,000 branches) that alone took the process from about 230 MB to about 420 MB after
 * ranking, for a ranking about 10 % faster. Evaluators run this on ordinary laptops next to a
 * browser and WPS, and the issue's budget for ranking and exporting a province is 500 MB.
 *
 * V8 reads this flag each time it would grow the space, so it takes effect when set after
 * start-up, which is all a packaged Electron main process allows (its `--js-flags` must be on
 * the command line). Node warns that run-time flags may do nothing; `npm run bench` reports the
 * peak memory of a process started this way, and tests/unit/services/heap.test.ts checks that
 * the young generation stays small.
 */
export const HEAP_FLAGS = '--semi-space-growth-factor=1';

/** Called once per process before any real work: by startServices for every host. */
export function tuneHeap(): void {
  setFlagsFromString(HEAP_FLAGS);
}
