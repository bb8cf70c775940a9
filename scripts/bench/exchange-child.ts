/** The child process of exchange.ts: a county's package made, merged, and merged again. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setQuiet } from '../../electron/logger';
import { startServices } from '../../electron/services/app';
import { importPackage, writePackage } from '../../electron/services/exchange';
import { CHILD_ENV } from './exchange';
import type { Measurement } from './measurement';
import { peakRss } from './memory';

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

async function measureHere(dataset: string): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-bench-exchange-'));
  // Each laptop in its own folder: its own installation key, so its own replica.
  mkdirSync(join(dir, 'county'));
  mkdirSync(join(dir, 'township'));
  const countyFile = join(dir, 'county', 'county.sqlite');
  copyFileSync(dataset, countyFile);
  const options = { host: 'cli' as const, version: 'bench', actor: 'bench' };
  const county = startServices({ dbFile: countyFile, ...options });
  const township = startServices({ dbFile: join(dir, 'township', 'township.sqlite'), ...options });
  try {
    const first = join(dir, 'first.xpsync');
    // The generated data has no change log yet: the first package gives every row its first
    // operation (as a database from before the exchange), the second reads the log only.
    const makeFirst = await timed(() => writePackage(county.ctx, { kind: 'all' }, first));
    const again = join(dir, 'again.xpsync');
    const make = await timed(() => writePackage(county.ctx, { kind: 'all' }, again));
    const merge = await timed(() => importPackage(township.ctx, again));
    const remerge = await timed(() => importPackage(township.ctx, again));
    const { operations, files } = make.value;
    const row = (
      key: string,
      label: string,
      value: number,
      unit: Measurement['unit'],
      detail?: string,
    ): Measurement =>
      detail === undefined
        ? { dataset: 'county', key, label, value, unit }
        : { dataset: 'county', key, label, value, unit, detail };
    return [
      row(
        'exchange.operations',
        'package of the whole county: operations',
        operations,
        'rows',
        `${files} evidence files`,
      ),
      row('exchange.package-size', 'package file', statSync(again).size / 1024 / 1024, 'MB'),
      row(
        'exchange.make-first',
        'make the first package (every row logged first)',
        makeFirst.ms,
        'ms',
      ),
      row('exchange.make', 'make a package of the whole county', make.ms, 'ms'),
      row(
        'exchange.merge',
        'merge it into an empty laptop (backup + apply)',
        merge.ms,
        'ms',
        `${merge.value.counts.new} rows new, ${merge.value.counts.conflicting} with conflicts`,
      ),
      row(
        'exchange.merge-again',
        'merge the same package again (adds nothing)',
        remerge.ms,
        'ms',
        `${remerge.value.added} added`,
      ),
      row(
        'exchange.memory',
        'peak RSS of the exchange process',
        peakRss().bytes / 1024 / 1024,
        'MB',
      ),
    ];
  } finally {
    county.close();
    township.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// In the child, this runs before main(): see branch-import-child.ts.
const dataset = process.env[CHILD_ENV];
if (dataset) {
  setQuiet(true);
  process.stdout.write(JSON.stringify(await measureHere(dataset)));
  process.exit(0);
}
