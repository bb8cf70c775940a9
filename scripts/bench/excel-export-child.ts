/** The child process of excel-export.ts: measures one dataset's export and prints the report. */
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServices } from '../../electron/services/app';
import { loadExportData } from '../../electron/services/exports/data';
import { defaultOptions } from '../../electron/services/exports/options';
import { roundRemarks, summaryTable } from '../../electron/services/exports/summary-sheet';
import { HEADER_ROWS } from '../../electron/services/exports/table-spec';
import { buildExportTask } from '../../electron/services/exports/tasks';
import type { CellStyle } from '../../electron/workbook/xlsx-styles';
import { wordsFor } from '../../electron/services/exports/words';
import { computeRanking, rankingIfComputed } from '../../electron/services/ranking/service';
import { getMeta } from '../../electron/store/queries/meta';
import { BENCH_NOW } from './bench-campaign';
import type { DatasetInfo } from './generate';
import { DATASET_META_KEY } from './generate';
import { peakRss } from './memory';
import { collectGarbage } from './timing';
import type { ExportReport } from './excel-export';
import { CHILD_ENV, RUNS } from './excel-export';

async function timed(fn: () => Promise<void>): Promise<number> {
  collectGarbage();
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

type Cells = (string | number | null)[][];
type ExcelStyle = Partial<ExcelJS.Style>;

/** Our cell look in exceljs's terms, for the floor below. */
function excelStyle(style: CellStyle): ExcelStyle {
  const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
  const { vertical, ...alignment } = style.alignment ?? {};
  return {
    font: style.font,
    border: style.border ? { top: thin, left: thin, bottom: thin, right: thin } : undefined,
    alignment: { ...alignment, vertical },
    numFmt: style.numFmt,
  };
}

/**
 * The same cells as the app's summary sheet written by plain exceljs streaming: values, and
 * (when given) the same style per column. The app writes its sheets with its own streaming
 * writer (`workbook/xlsx-book.ts`), not exceljs; this floor is what the well-known library
 * takes for the same cells, so the ratio shows what the app's whole path (ranking rows to
 * cells, widths, layout, safe text, temporary file) costs beside it.
 */
async function writeRaw(
  file: string,
  values: Cells,
  styles: { text: ExcelStyle; number: ExcelStyle }[] | null,
) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: !!styles });
  const sheet = workbook.addWorksheet('S');
  for (const cells of values) {
    const row = sheet.addRow(cells);
    if (styles) {
      cells.forEach((value, c) => {
        const style = styles[c];
        if (style) row.getCell(c + 1).style = typeof value === 'number' ? style.number : style.text;
      });
    }
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function measureInThisProcess(file: string): Promise<ExportReport> {
  // Started as every host starts the app, heap settings included.
  const services = startServices({
    dbFile: file,
    host: 'cli',
    version: 'bench',
    seedDemo: false,
    actor: 'bench',
    now: () => BENCH_NOW,
    // As the app and the web host run: a spare worker waits from the start.
    prewarmWorker: true,
  });
  const { ctx } = services;
  const dir = mkdtempSync(join(tmpdir(), 'xingping-bench-export-'));
  try {
    const raw = getMeta(ctx.db, DATASET_META_KEY);
    if (!raw) throw new Error(`${file} is not a bench dataset`);
    const info = JSON.parse(raw) as DatasetInfo;
    const options = {
      ...defaultOptions('bench', 'zh-CN'),
      sheets: ['summary' as const],
      roundId: info.roundId,
    };
    // The ranking is computed (and cached) first, as the app has it when someone exports.
    const rankingMs = await timed(async () => {
      computeRanking(ctx, { campaignId: info.campaignId, roundId: info.roundId });
      await Promise.resolve();
    });
    const rankedPeakMb = peakRss().bytes / 1024 / 1024;
    // The peak as the app has it (exports/service.ts): ranked on main, the workbook built in
    // a worker, which is handed main's ranking. Taken before the comparisons below load
    // exceljs into main.
    const appFile = join(dir, 'app.xlsx');
    const known = rankingIfComputed(ctx, { campaignId: info.campaignId, roundId: info.roundId });
    if (!known) throw new Error('the ranking was not kept after computing it');
    const workerMs = await timed(() =>
      ctx.jobs.run(
        buildExportTask,
        { campaignId: info.campaignId, options, target: appFile, known: [known] },
        { fileName: 'app.xlsx' },
      ),
    );
    const peakMb = peakRss().bytes / 1024 / 1024;
    const { buildExportFile } = await import('../../electron/services/exports/build');
    const { bodyFont } = await import('../../electron/services/exports/styles');
    const { columnStyles } = await import('../../electron/services/exports/table-writer');
    const data = loadExportData(ctx, info.campaignId, options, wordsFor(ctx));
    const spec = summaryTable(data, data.view.rows, roundRemarks(ctx, info.roundId), 'S', 'T');
    const cells = [
      [spec.title],
      [spec.unitLine, spec.dateLine],
      spec.columns.map((c) => c.group ?? c.header),
      spec.columns.map((c) => c.header),
      ...spec.rows,
      ...(spec.totals ?? []),
      spec.signatures,
    ];
    const rawFile = join(dir, 'raw.xlsx');
    const app: number[] = [];
    const rawTimes: number[] = [];
    const valueTimes: number[] = [];
    const styles = columnStyles(spec, bodyFont({ name: '宋体' })).map((s) => ({
      text: excelStyle(s.text),
      number: excelStyle(s.number),
    }));
    // Alternating, so a busy moment on the shared machine hits all sides alike.
    for (let i = 0; i < RUNS; i += 1) {
      valueTimes.push(await timed(() => writeRaw(rawFile, cells, null)));
      rawTimes.push(await timed(() => writeRaw(rawFile, cells, styles)));
      app.push(await timed(() => buildExportFile(ctx, info.campaignId, options, appFile)));
    }
    return {
      dataset: info.spec.name,
      rows: spec.rows.length + HEADER_ROWS,
      bytes: statSync(appFile).size,
      rankingMs,
      app,
      raw: rawTimes,
      values: valueTimes,
      peakMb,
      rankedPeakMb,
      workerMs,
    };
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const childFile = process.env[CHILD_ENV];
if (childFile) {
  // Child mode: measure, print the report, and stop before main() runs a whole bench.
  const report = await measureInThisProcess(childFile);
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
}
