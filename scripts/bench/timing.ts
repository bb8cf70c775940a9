/** Collects garbage before a timed run when Node was started with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `fn` `runs` times and returns each run's wall time in milliseconds. */
export function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    collectGarbage();
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times;
}

export function best(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

/** The value at quantile `q` (0–1) by the nearest-rank method; 0.5 gives the median. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Milliseconds as the bench's details print them: two decimals below 10, whole above. */
export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}
