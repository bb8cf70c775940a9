/** The child of responsiveness.ts: one app process, busy importing and exporting, asked often. */
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setQuiet } from '../../electron/logger';
import { startServices } from '../../electron/services/app';
import { getMeta } from '../../electron/store/queries/meta';
import type { OutgoingFile } from '../../shared/domain/views/files';
import type {
  BranchImportPreview,
  BranchImportResult,
} from '../../shared/domain/views/branch-import';
import { BENCH_NOW } from './bench-campaign';
import { generateBranchList } from './branch-list';
import type { DatasetInfo } from './generate';
import { DATASET_META_KEY } from './generate';
import type { ResponsivenessReport } from './responsiveness';
import { CHILD_FLAG, IMPORT_ROWS } from './responsiveness';
import { ask, pause, sample } from './sampling';

async function measureHere(file: string): Promise<ResponsivenessReport> {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-bench-responsive-'));
  try {
    // A closed SQLite file with its WAL is a complete copy; the cached dataset stays untouched.
    const copy = join(dir, 'province.sqlite');
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const list = join(dir, '全省名册.xlsx');
    writeFileSync(list, await generateBranchList(IMPORT_ROWS, 50));
    const services = startServices({
      dbFile: copy,
      host: 'cli',
      version: 'bench',
      seedDemo: false,
      actor: 'bench',
      now: () => BENCH_NOW,
      prewarmWorker: true,
    });
    try {
      const raw = getMeta(services.ctx.db, DATASET_META_KEY);
      if (!raw) throw new Error(`${file} is not a bench dataset`);
      const info = JSON.parse(raw) as DatasetInfo;
      const idle = await sample(services, pause(1000));
      const { id: fileId } = await services.ctx.files.inbox.holdLocal(list, 'import');
      const campaignId = info.campaignId;

      const started = performance.now();
      let importMs = 0;
      let exportMs = 0;
      const importing = (async () => {
        const preview = await ask<BranchImportPreview>(services, 'branchImport.preview', {
          campaignId,
          fileId,
        });
        const result = await ask<BranchImportResult>(services, 'branchImport.apply', {
          campaignId,
          fileId,
          mapping: preview.mapping,
          onExisting: 'update',
          skipInvalid: false,
        });
        importMs = performance.now() - started;
        return result;
      })();
      const exporting = (async () => {
        const options = await ask<Record<string, unknown>>(services, 'exports.options', {
          campaignId,
        });
        const built = await ask<OutgoingFile>(services, 'exports.build', {
          campaignId,
          options: { ...options, sheets: ['summary'], roundId: info.roundId },
        });
        exportMs = performance.now() - started;
        return built;
      })();
      const both = Promise.all([importing, exporting]);
      const latencies = await sample(services, both);
      const [imported, exported] = await both;
      return {
        dataset: info.spec.name,
        latencies,
        idle,
        importMs,
        exportMs,
        created: imported.created,
        exportBytes: exported.size,
      };
    } finally {
      services.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.XP_BENCH_CHILD === CHILD_FLAG) {
  setQuiet(true);
  const file = process.env.XP_BENCH_DATASET;
  if (!file || !statSync(file).isFile()) throw new Error('XP_BENCH_DATASET names no dataset');
  const report = await measureHere(file);
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
}
