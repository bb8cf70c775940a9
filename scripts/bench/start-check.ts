import { inspectDatabaseFile } from '../../electron/store/health';

/**
 * What every start costs before the database opens (issue #15): the header and size checks and
 * `PRAGMA quick_check` of `inspectDatabaseFile`, run `runs` times on the closed file.
 */
export function measureStartCheck(file: string, runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const health = inspectDatabaseFile(file);
    times.push(performance.now() - started);
    if (health.state !== 'healthy') throw new Error(`${file} is ${health.state}`);
  }
  return times;
}
