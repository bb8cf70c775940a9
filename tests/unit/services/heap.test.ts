import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_FLAGS } from '../../../electron/services/heap';

/**
 * A fresh Node process allocates what a ranking does (many small objects that all survive),
 * with or without the app's heap flags set at run time, and reports the young generation's
 * size. A fresh process, so the test runner's own heap does not blur the figure.
 */
function youngGenerationMb(flags: string | null): number {
  const script = `
    const v8 = require('node:v8');
    if (process.env.HEAP_FLAGS) v8.setFlagsFromString(process.env.HEAP_FLAGS);
    const kept = [];
    for (let i = 0; i < 1500000; i += 1) kept.push({ i, total: i * 2, reasons: [i] });
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(String(space.space_size / 1048576) + ' ' + kept.length);
  `;
  const result = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, HEAP_FLAGS: flags ?? '' },
  });
  expect(result.status, result.stderr).toBe(0);
  return Number(result.stdout.split(' ')[0]);
}

describe('heap tuning', () => {
  it('keeps the young generation small when flags are set after start, as the app sets them', () => {
    const tuned = youngGenerationMb(HEAP_FLAGS);
    const untuned = youngGenerationMb(null);
    // Without the flags V8 grows the young generation for this load (64 or 128 MB); with them
    // it stays near its start (usually 2 MB, now and then one early doubling to about 20 MB
    // when the machine is busy). Halving is the margin that holds on a loaded CI machine.
    expect(untuned).toBeGreaterThan(32);
    expect(tuned).toBeLessThanOrEqual(32);
    expect(tuned).toBeLessThan(untuned / 2);
  });
});
