import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RubricDefinition } from '../../shared/domain/rubric';
import { rubricDefinitionSchema } from '../../shared/domain/rubric';
import { compileRubric } from '../../shared/scoring';
import { repackSheets } from '../../electron/services/ranking/pack';
import type { Store } from '../../electron/store/open';
import { openStore } from '../../electron/store/open';
import { SCHEMA_VERSION } from '../../electron/store/migrations';
import type { DatasetSpec } from './datasets';
import { benchCacheDir, datasetFileName } from './datasets';
import { generateDataset } from './generate';

/**
 * The app keeps a packed copy of each sheet's values up to date on every save; a generated
 * dataset gets its packs once here, untimed, as an upgraded database gets them on first use.
 */
function packAllSheets(db: Store, log: (line: string) => void, name: string): void {
  const version = db.prepare('SELECT id, definition FROM rubric_versions LIMIT 1').get() as {
    id: string;
    definition: string;
  };
  const rubric = compileRubric(
    rubricDefinitionSchema.parse(JSON.parse(version.definition)),
    version.id,
  );
  const ids = (db.prepare('SELECT id FROM score_sheets').all() as { id: string }[]).map(
    (r) => r.id,
  );
  const started = performance.now();
  for (let at = 0; at < ids.length; at += 10_000) {
    db.transaction(() => repackSheets(db, ids.slice(at, at + 10_000), rubric)).immediate();
  }
  log(
    `${name}: packed ${ids.length.toLocaleString('en')} sheets in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

export interface PreparedDataset {
  file: string;
  bytes: number;
  /** Null when an earlier run's file was reused. */
  generatedMs: number | null;
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** Files of the same dataset for another schema, spec or generator: up to 1 GB each, never reused. */
function removeStale(dir: string, spec: DatasetSpec, keep: string): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${spec.name}-`) && !name.startsWith(keep)) rmSync(join(dir, name));
  }
}

/**
 * The cached file for `spec`, generated first when missing. Generation writes `<file>.partial`
 * and renames it only when complete, so an interrupted run never leaves a file that looks done.
 */
export function ensureDataset(
  spec: DatasetSpec,
  rubric: RubricDefinition,
  options: { fresh: boolean; log: (line: string) => void },
): PreparedDataset {
  const dir = benchCacheDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, datasetFileName(spec, SCHEMA_VERSION, rubric));
  if (options.fresh) removeDatabase(file);
  if (existsSync(file)) {
    options.log(`${spec.name}: reusing ${file}`);
    return { file, bytes: statSync(file).size, generatedMs: null };
  }
  const partial = `${file}.partial`;
  removeStale(dir, spec, basename(file));
  removeDatabase(partial);
  options.log(`${spec.name}: generating ${file} …`);
  const started = performance.now();
  const db = openStore(partial);
  try {
    // Only while generating: nothing here needs to survive a power cut.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    let lastTenth = -1;
    generateDataset(db, spec, rubric, (done, total) => {
      const tenth = Math.floor((done * 10) / total);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      options.log(
        `${spec.name}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} branches (${seconds} s)`,
      );
    });
    packAllSheets(db, options.log, spec.name);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  if (existsSync(`${partial}-wal`)) throw new Error(`${partial}-wal was left behind`);
  renameSync(partial, file);
  const generatedMs = performance.now() - started;
  options.log(`${spec.name}: generated in ${(generatedMs / 1000).toFixed(1)} s`);
  return { file, bytes: statSync(file).size, generatedMs };
}
