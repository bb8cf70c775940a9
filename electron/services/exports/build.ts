import type { RankingView } from '../../../shared/domain/views';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import type { Report } from '../../jobs/task';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { writeAtomically } from '../../workbook/atomic-write';
import { writeXlsxBook } from '../../workbook/xlsx-book';
import type { SheetSource } from '../../workbook/xlsx-sheet';
import { loadExportData } from './data';
import { checkOptions } from './options';
import { sheetCount, sheetSpecs } from './sheet-specs';
import { tableSheet } from './table-writer';
import { wordsFor } from './words';

export interface BuildHooks {
  /** Called after each sheet is written; tests use it to fail a build halfway. */
  afterSheet?: (sheetName: string) => void;
  /** How far the build has got, for the page's progress line. */
  report?: Report;
  /** Rankings the caller has computed already (main's, by round): not ranked again here. */
  known?: readonly RankingView[];
}

/** Builds the workbook into `target`, which is replaced only when the whole file is written. */
export async function buildExportFile(
  ctx: ServiceContext,
  campaignId: string,
  options: ExportOptions,
  target: string,
  hooks: BuildHooks = {},
): Promise<void> {
  checkOptions(ctx, campaignId, options);
  // Every export names who made it: never an empty 制表人.
  if (ctx.actor === '') {
    throw new AppError('OPERATOR_REQUIRED', 'Name the operator before exporting');
  }
  const words = wordsFor(ctx, options.language);
  hooks.report?.('read', 0, null);
  const data = loadExportData(ctx, campaignId, options, words, hooks.known);
  const total = sheetCount(ctx, data);
  const fonts = { name: words.language === 'en' ? 'Arial' : '宋体' };
  const footer = words.t('exports.pageFooter');
  const preparedBy = words.t('exports.preparedFooter', { name: data.operator });
  // Sheets are generated one at a time as the file takes them, so only one is ever in memory.
  function* sheets(): Generator<SheetSource> {
    let done = 0;
    for (const spec of sheetSpecs(ctx, data)) {
      yield tableSheet(spec, { fonts, footer, preparedBy });
      // The generator resumes once the sheet before has been written out whole.
      hooks.afterSheet?.(spec.sheetName);
      done += 1;
      hooks.report?.('build', done, total);
    }
  }
  await writeAtomically(target, (stream) =>
    writeXlsxBook(stream, { creator: data.operator, sheets: sheets() }),
  );
}
