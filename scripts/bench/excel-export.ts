/**
 * Export of the province ranking (issue #5): the app's summary workbook against raw exceljs
 * streaming writing the same cell values, with the peak memory of a process doing only this.
 *
 * It runs in a child process of its own (this same bench script, told by an environment
 * variable), so the peak is the export's and not the generator's or another measurement's.
 * The child's work is in excel-export-child.ts, which only the child loads (main.ts imports it
 * when the variable is set), so exceljs and the export services stay out of the other
 * measurements' processes.
 */
import { spawnSync } from 'node:child_process';
import type { Measurement } from './measurement';
import { best, median, quantile } from './timing';
export const CHILD_ENV = 'XINGPING_BENCH_EXCEL_EXPORT';
export const RUNS = 3;

export interface ExportReport {
  dataset: string;
  rows: number;
  bytes: number;
  rankingMs: number;
  app: number[];
  raw: number[];
  values: number[];
  peakMb: number;
  /** Peak (VmHWM) once the ranking is computed, before any export ran. */
  rankedPeakMb: number;
  /** The export as the app makes it: in a worker, handed main's ranking (once). */
  workerMs: number;
}

function ms(value: number): string {
  return value.toFixed(0);
}

/** Measures the export of one dataset in a fresh process and returns its table rows. */
export function measureExcelExport(script: string, file: string): Measurement[] {
  const result = spawnSync(process.execPath, ['--expose-gc', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, [CHILD_ENV]: file },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`Measuring the export of ${file} failed`);
  const report = JSON.parse(result.stdout) as ExportReport;
  const app = median(report.app);
  const raw = median(report.raw);
  const province = report.dataset === 'province';
  return [
    {
      dataset: report.dataset,
      key: 'export.summary-xlsx',
      label: 'export the ranking to Excel (summary sheet)',
      value: app,
      unit: 'ms',
      runs: report.app,
      ratio: { to: 'export.raw-exceljs', value: app / raw },
      detail: `${report.rows.toLocaleString('en')} rows, ${(report.bytes / 1024 / 1024).toFixed(1)} MB file, styled, merged, atomic rename; median of ${report.app.length}, best ${ms(best(report.app))}, p95 ${ms(quantile(report.app, 0.95))} ms; ranking computed before: ${ms(report.rankingMs)} ms`,
      ...(province ? { target: { max: 8000, ratioMax: 1.5 } } : {}),
    },
    {
      dataset: report.dataset,
      key: 'export.raw-exceljs',
      label: '  floor: raw exceljs streaming, same cells and styles',
      value: raw,
      unit: 'ms',
      runs: report.raw,
      detail: `addRow + one shared style per column; median of ${report.raw.length}, best ${ms(best(report.raw))} ms`,
    },
    {
      dataset: report.dataset,
      key: 'export.raw-exceljs-values',
      label: '  raw exceljs streaming, values only',
      value: median(report.values),
      unit: 'ms',
      runs: report.values,
      detail: `no styles at all; median of ${report.values.length}, best ${ms(best(report.values))} ms`,
    },
    {
      dataset: report.dataset,
      key: 'export.in-worker',
      label: '  the same as the app makes it (in a worker)',
      value: report.workerMs,
      unit: 'ms',
      detail: "once, the first export of the process: the spare worker is handed main's ranking, builds the workbook and writes the file",
    },
    {
      dataset: report.dataset,
      key: 'export.peak-rss',
      label: 'peak memory of a process that ranks and exports',
      value: report.peakMb,
      unit: 'MB',
      detail: `VmHWM of a fresh process, as the app exports: open and rank on main, then build the workbook in a worker handed main's ranking (a spare worker waiting, as in the app); ${report.rankedPeakMb.toFixed(0)} MB already after ranking alone`,
      // Issue #12: rank + export within 400 MB (it was 500).
      ...(province ? { target: { max: 400 } } : {}),
    },
  ];
}
