import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FilePayload } from '../../../shared/domain/views';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import type { ServiceContext } from '../context';
import { writeAtomically } from '../../workbook/atomic-write';
import { safeFileName } from '../../workbook/file-name';
import { loadExportData } from './data';
import { checkOptions, saveExportOptions } from './options';
import { sheetSpecs } from './sheet-specs';
import { writeTable } from './table-writer';
import { wordsFor } from './words';

export interface BuildHooks {
  /** Called after each sheet is written; tests use it to fail a build halfway. */
  afterSheet?: (sheetName: string) => void;
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
  const words = wordsFor(ctx, options.language);
  const data = loadExportData(ctx, campaignId, options, words);
  const fonts = { name: words.language === 'en' ? 'Arial' : '宋体' };
  const footer = words.t('exports.pageFooter');
  await writeAtomically(target, async (stream) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'Xingping';
    // Sheets are generated one at a time and committed, so only one is ever held in memory.
    for (const spec of sheetSpecs(ctx, data)) {
      writeTable(workbook, spec, { fonts, footer });
      hooks.afterSheet?.(spec.sheetName);
    }
    await workbook.commit();
  });
}

/** `exports.build`: remembers the options, builds into a temporary folder and returns the file. */
export async function buildExport(
  ctx: ServiceContext,
  input: { campaignId: string; options: ExportOptions },
): Promise<FilePayload> {
  const { campaignId } = input;
  const saved = saveExportOptions(ctx, input);
  const words = wordsFor(ctx, saved.language);
  const data = loadExportData(ctx, campaignId, saved, words);
  const day = saved.date || ctx.now().slice(0, 10);
  const fileName = safeFileName(
    `${data.campaign.name}-${words.t('exports.fileSuffix')}-${day}.xlsx`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'xingping-export-'));
  try {
    const file = join(dir, 'export.xlsx');
    await buildExportFile(ctx, campaignId, saved, file);
    return { fileName, contentBase64: (await readFile(file)).toString('base64') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
