/**
 * `npm run bench`: generates (or reuses) a county and a province dataset in SQLite and measures
 * full recompute, one score change and peak memory against the floor of SQLite reading the rows.
 * A measurement, not a test: it exits 0 when a target is missed.
 */
import { fileURLToPath } from 'node:url';
import { loadDemoRubric } from '../../electron/services/demo/service';
import { setQuiet } from '../../electron/logger';
import { parseBenchArgs, USAGE } from './args';
import type { BenchArgs } from './args';
import { CHILD_FLAG as BRANCH_IMPORT_CHILD, measureBranchImport } from './branch-import';
import { measureDataset } from './child';
import { DATASETS } from './datasets';
import { ensureDataset } from './ensure-dataset';
import { CHILD_ENV as EXCEL_EXPORT_CHILD, measureExcelExport } from './excel-export';
import { CHILD_ENV as EXCHANGE_CHILD, measureExchange } from './exchange';
import { gitInfo, machineInfo } from './machine';
import type { Measurement } from './measurement';
import { withTargets } from './measurement';
import type { DatasetSummary } from './report';
import { buildReport, writeReport } from './report';
import { CHILD_FLAG as FIRST_SCREEN_CHILD, measureFirstScreen } from './first-screen';
import { CHILD_FLAG as RESPONSIVENESS_CHILD, measureResponsiveness } from './responsiveness';
import { measureInChild } from './run-child';
import { renderMarkdown, renderTable } from './table';

const log = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};

function datasetRows(summary: DatasetSummary, evaluators: number, items: number): Measurement[] {
  return [
    {
      dataset: summary.name,
      key: 'dataset.score-rows',
      label: 'score rows in the round',
      value: summary.scoreRows,
      unit: 'rows',
      detail: `${summary.branches.toLocaleString('en')} branches × ${evaluators} evaluators × ${items} items, all submitted`,
    },
    {
      dataset: summary.name,
      key: 'dataset.file-size',
      label: 'SQLite file',
      value: summary.bytes / 1024 / 1024,
      unit: 'MB',
      detail:
        summary.generatedMs === null
          ? 'reused from the cache'
          : `generated in ${(summary.generatedMs / 1000).toFixed(1)} s`,
    },
  ];
}

function formatMix(summary: DatasetSummary): string {
  const list = (record: Record<string, number>): string =>
    Object.entries(record)
      .map(([k, n]) => `${k} ${n.toLocaleString('en')}`)
      .join(', ');
  return `${summary.name}: ${list(summary.mix.statuses)}; by level: ${list(summary.mix.levels)}`;
}

function runBench(args: BenchArgs): void {
  const script = fileURLToPath(import.meta.url);
  const rubric = loadDemoRubric();
  const items = rubric.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.items)).length;
  const machine = machineInfo();
  const summaries: DatasetSummary[] = [];
  const measurements: Measurement[] = [];
  const screenOnly = args.only === 'screen';
  const wanted = screenOnly ? 'province' : args.only;
  for (const spec of DATASETS.filter((d) => wanted === null || d.name === wanted)) {
    const prepared = ensureDataset(spec, rubric, { fresh: args.fresh, log });
    if (screenOnly) {
      log('province: the ranking screen’s first screen, cold and warm, in process and served …');
      measurements.push(...measureFirstScreen(script, prepared.file));
      continue;
    }
    log(`${spec.name}: measuring in a fresh process …`);
    const child = measureInChild(script, prepared.file);
    const summary: DatasetSummary = {
      name: spec.name,
      file: prepared.file,
      bytes: prepared.bytes,
      generatedMs: prepared.generatedMs,
      branches: child.branches,
      sheets: child.sheets,
      scoreRows: child.scoreRows,
      mix: child.mix,
    };
    summaries.push(summary);
    measurements.push(...datasetRows(summary, spec.evaluators, items), ...child.measurements);
    measurements.push(...measureExcelExport(script, prepared.file));
    if (spec.name === 'county') {
      log('county: a package of the whole county made and merged into an empty laptop …');
      measurements.push(...measureExchange(script, prepared.file));
    }
    if (spec.name === 'province') {
      log('province: the ranking screen’s first screen, cold and warm, in process and served …');
      measurements.push(...measureFirstScreen(script, prepared.file));
      log('province: campaigns.list while a 50,000-row import and an export run …');
      measurements.push(...measureResponsiveness(script, prepared.file));
    }
  }
  if (!screenOnly) measurements.push(...measureBranchImport(script, log));
  const judged = withTargets(measurements);
  const git = gitInfo();
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryMb.toLocaleString('en')} MB RAM, ${machine.os}`,
    `Load average at start: ${machine.load.toFixed(2)} (other work on the machine skews timings)`,
    `Node ${machine.node}, SQLite ${machine.sqlite}, commit ${git.commit?.slice(0, 10) ?? 'unknown'}${git.dirty ? ' (with uncommitted changes)' : ''}`,
    '',
    args.markdown ? renderMarkdown(judged) : renderTable(judged),
    '',
    'Results:',
    ...summaries.map((s) => `  ${formatMix(s)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (args.json) {
    writeReport(args.json, buildReport(machine, git, summaries, judged));
    log(`figures written to ${args.json}`);
  }
}

function main(): void {
  setQuiet(true);
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.measure) {
    process.stdout.write(JSON.stringify(measureDataset(args.measure)));
    return;
  }
  runBench(args);
}

// The Excel measurements run in children of this same bundle; only those children load their
// code (and exceljs), so the engine's processes keep the heap they had before.
if (process.env.XP_BENCH_CHILD === BRANCH_IMPORT_CHILD) {
  await import('./branch-import-child');
} else if (process.env.XP_BENCH_CHILD === FIRST_SCREEN_CHILD) {
  await import('./first-screen-child');
} else if (process.env.XP_BENCH_CHILD === RESPONSIVENESS_CHILD) {
  await import('./responsiveness-child');
} else if (process.env[EXCEL_EXPORT_CHILD]) {
  await import('./excel-export-child');
} else if (process.env[EXCHANGE_CHILD]) {
  await import('./exchange-child');
} else {
  try {
    main();
  } catch (error) {
    process.stderr.write(
      `[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
