/** The child process of exchange.ts: a county's package made, merged, and merged again. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setQuiet } from '../../electron/logger';
import type { AppServices } from '../../electron/services/app';
import { startServices } from '../../electron/services/app';
import { insertEvidence } from '../../electron/services/evidence/queries';
import { write } from '../../electron/store/write';
import { BENCH_NOW } from './bench-campaign';
import { importPackage, writePackage } from '../../electron/services/exchange';
import { CHILD_ENV } from './exchange';
import type { Measurement } from './measurement';
import { peakRss } from './memory';
import { pause, sample, SAMPLE_EVERY_MS } from './sampling';
import { ms, quantile } from './timing';

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** Evidence per sheet of the township set: a phone photo's size, incompressible bytes. */
const EVIDENCE_BYTES = 200 * 1024;

interface TownshipSet {
  townshipId: string;
  name: string;
  branches: number;
  sheets: number;
  files: number;
  megabytes: number;
}

/**
 * Gives the township with the most branches one photo per score sheet (the generated data
 * has none), written through the write path as the evidence service stores a file, so the
 * change log carries them: a township's share as it travels in the field.
 */
function attachEvidence(services: AppServices): TownshipSet {
  const db = services.ctx.db;
  const township = db
    .prepare(
      `SELECT t.id AS id, t.name AS name, count(b.id) AS branches FROM org_units t
         JOIN org_units b ON b.parent_id = t.id AND b.kind = 'branch'
        WHERE t.kind IN ('township', 'subdistrict')
        GROUP BY t.id ORDER BY branches DESC, t.name LIMIT 1`,
    )
    .get() as { id: string; name: string; branches: number };
  const sheets = db
    .prepare(
      `SELECT s.id AS id FROM score_sheets s JOIN org_units b ON b.id = s.branch_id
        WHERE b.parent_id = ? ORDER BY s.id`,
    )
    .all(township.id) as { id: string }[];
  write(services.ctx, () => {
    for (const [index, sheet] of sheets.entries()) {
      const bytes = randomBytes(EVIDENCE_BYTES);
      insertEvidence(
        db,
        {
          id: randomUUID(),
          sheetId: sheet.id,
          itemCode: null,
          fileName: `现场照片-${index + 1}.jpg`,
          mimeType: 'image/jpeg',
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          uploadedBy: 'bench',
          createdAt: BENCH_NOW,
        },
        bytes,
      );
    }
  });
  return {
    townshipId: township.id,
    name: township.name,
    branches: township.branches,
    sheets: sheets.length,
    files: sheets.length,
    megabytes: (sheets.length * EVIDENCE_BYTES) / 1024 / 1024,
  };
}

/** A laptop in its own folder (its own installation key, so its own replica). */
function laptop(dir: string, name: string, copyOf?: string): AppServices {
  mkdirSync(join(dir, name));
  const dbFile = join(dir, name, `${name}.sqlite`);
  if (copyOf) copyFileSync(copyOf, dbFile);
  // As the app runs: a worker started ahead for the next job.
  return startServices({
    dbFile,
    host: 'cli',
    version: 'bench',
    actor: 'bench',
    prewarmWorker: true,
  });
}

async function measureHere(dataset: string): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-bench-exchange-'));
  const county = laptop(dir, 'county', dataset);
  const township = laptop(dir, 'township');
  const field = laptop(dir, 'field');
  try {
    const first = join(dir, 'first.xpsync');
    // The generated data has no change log yet: the first package gives every row its first
    // operation (as a database from before the exchange), the second reads the log only.
    const makeFirst = await timed(() => writePackage(county.ctx, { kind: 'all' }, first));
    const again = join(dir, 'again.xpsync');
    const make = await timed(() => writePackage(county.ctx, { kind: 'all' }, again));
    await pause(500);
    // While the merge runs in its worker, the township laptop is asked as a user would.
    const merging = timed(() => importPackage(township.ctx, again));
    const latencies = await sample(township, merging);
    const merge = await merging;
    const remerge = await timed(() => importPackage(township.ctx, again));

    const set = attachEvidence(county);
    const share = join(dir, 'share.xpsync');
    const makeShare = await timed(() =>
      writePackage(county.ctx, { kind: 'township', townshipId: set.townshipId }, share),
    );
    const mergeShare = await timed(() => importPackage(field.ctx, share));
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
    const setLabel = `${set.name}: ${set.branches} branches, ${set.sheets} sheets`;
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
        'merge it into an empty laptop (backup + apply in a worker)',
        merge.ms,
        'ms',
        `${merge.value.counts.new} rows new, ${merge.value.counts.conflicting} with conflicts`,
      ),
      row(
        'exchange.merge-list-p95',
        'campaigns.list p95 while that merge runs',
        quantile(latencies, 0.95),
        'ms',
        `${latencies.length} calls every ${SAMPLE_EVERY_MS} ms, each timed from its click; median ${ms(quantile(latencies, 0.5))}, max ${ms(Math.max(...latencies))} ms`,
      ),
      row(
        'exchange.merge-again',
        'merge the same package again (adds nothing)',
        remerge.ms,
        'ms',
        `${remerge.value.added} added`,
      ),
      row(
        'exchange.share-make',
        'make a township set with evidence',
        makeShare.ms,
        'ms',
        `${setLabel}; ${makeShare.value.operations} operations, ${makeShare.value.files} files of ${EVIDENCE_BYTES / 1024} KB`,
      ),
      row('exchange.share-size', 'township set file', statSync(share).size / 1024 / 1024, 'MB'),
      row(
        'exchange.share-merge',
        'merge the township set into an empty laptop',
        mergeShare.ms,
        'ms',
        `${mergeShare.value.counts.new} rows new, ${mergeShare.value.files} files`,
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
    field.close();
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
