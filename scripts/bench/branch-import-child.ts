/**
 * The child processes of branch-import.ts: one generates the list into a file, the next imports
 * that file and prints the figures, so the import's peak memory is the import's alone.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setQuiet } from '../../electron/logger';
import { startServices } from '../../electron/services/app';
import { applyBranchFile } from '../../electron/services/branch-import/apply';
import { analyseBranchFile } from '../../electron/services/branch-import/preview';
import { listCampaignSummaries } from '../../electron/services/campaigns/service';
import type { Measurement } from './measurement';
import { peakRss } from './memory';
import { CHILD_FLAG, DATASET, LIST_FILE, PER_TOWNSHIP, ROWS } from './branch-import';
import { generateBranchList } from './branch-list';

/** Wall time, and CPU time too: on a shared machine the wall clock also counts others' work. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
}

const cpuNote = (cpuMs: number): string => `CPU ${Math.round(cpuMs).toLocaleString('en')} ms`;

/** The child's work: preview and apply the generated list into a fresh database. */
async function measureHere(listFile: string): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-bench-import-'));
  const services = startServices({
    dbFile: join(dir, 'import.sqlite'),
    host: 'cli',
    version: 'bench',
    seedDemo: true,
    // Writes are audited under a named operator; the app refuses them without one.
    actor: 'bench',
    // As the app and the web host start: a worker waits, warm, for the first file.
    prewarmWorker: true,
  });
  try {
    const campaignId = listCampaignSummaries(services.ctx)[0]!.id;
    // Chosen as in Electron: main holds the file by its path and reads it in a worker.
    const { id: fileId } = await services.ctx.files.inbox.holdLocal(listFile, 'import');
    const preview = await timed(() => analyseBranchFile(services.ctx, { campaignId, fileId }));
    const { mapping, counts } = preview.value.preview;
    const apply = await timed(() =>
      applyBranchFile(services.ctx, {
        campaignId,
        fileId,
        mapping,
        onExisting: 'update',
        skipInvalid: false,
      }),
    );
    const total = preview.ms + apply.ms;
    const row = (
      key: string,
      label: string,
      value: number,
      unit: Measurement['unit'],
      detail?: string,
    ): Measurement =>
      detail === undefined
        ? { dataset: DATASET, key, label, value, unit }
        : { dataset: DATASET, key, label, value, unit, detail };
    return [
      row(
        'import.rows',
        'branches in the generated list',
        counts.new,
        'rows',
        `${counts.newTownships} townships, ${counts.skipped} subtotal/footer rows`,
      ),
      row(
        'import.file-size',
        'xlsx file',
        statSync(listFile).size / 1024 / 1024,
        'MB',
        'limit 100 MB',
      ),
      row(
        'import.preview',
        'preview (read in a worker + match)',
        preview.ms,
        'ms',
        cpuNote(preview.cpuMs),
      ),
      row(
        'import.apply',
        'apply (read again + one transaction)',
        apply.ms,
        'ms',
        `${apply.value.created} created; the file's parse is reused (unchanged file); ${cpuNote(apply.cpuMs)}`,
      ),
      {
        ...row(
          'import.total',
          'preview + apply',
          total,
          'ms',
          cpuNote(preview.cpuMs + apply.cpuMs),
        ),
        target: { max: 5000 },
      },
      row(
        'import.memory',
        'peak RSS of the import process',
        peakRss().bytes / 1024 / 1024,
        'MB',
        'from the start to the applied list; the list was made by another process',
      ),
    ];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// In the child, this runs before main(): top-level await holds the bundle's evaluation until
// the figures are printed, then the process ends without running the rest of the bench.
if (process.env.XP_BENCH_CHILD === CHILD_FLAG) {
  setQuiet(true);
  const listFile = process.env[LIST_FILE];
  if (!listFile) throw new Error(`${LIST_FILE} is not set`);
  if (process.env.XP_BENCH_MAKE_LIST) {
    writeFileSync(listFile, await generateBranchList(ROWS, PER_TOWNSHIP));
  } else {
    process.stdout.write(JSON.stringify(await measureHere(listFile)));
  }
  process.exit(0);
}
