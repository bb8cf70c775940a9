import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/domain/views';
import type { TemplateLayout } from '../../../shared/domain/views/score-templates';
import type { Report } from '../../jobs/task';
import { writeBytesAtomically } from '../../workbook/atomic-write';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';
import { optionLabel } from './cell-format';
import { writeGridSheet } from './export-grid';
import type { SheetContext } from './export-per-branch';
import { writeBranchSheet } from './export-per-branch';
import { protect, writeOptionLists } from './input-cells';
import { writeMetaSheet } from './meta-sheet';
import type { TemplateScope } from './scope';
import { loadScope } from './scope';
import type { MetaBranch } from './structure';
import { LISTS_SHEET, META_SHEET } from './structure';
import { templateError } from './template-error';
import { safeFileName } from '../../workbook/file-name';
import { formulaSafe } from '../../workbook/safe-text';
import { createSheetNamer } from '../../workbook/sheet-names';
import { linesFor } from '../../workbook/text-width';
import { workbookBytes } from '../../workbook/write';
import type { Words } from './words';
import { instructionLines, wordsFor } from './words';

export interface ExportInput {
  roundId: string;
  evaluatorId: string | null;
  townshipId?: string | undefined;
  layout: TemplateLayout;
}

function writeInstructions(
  wb: ExcelJS.Workbook,
  scope: TemplateScope,
  t: Words,
  language: Language,
  at: string,
) {
  const ws = wb.addWorksheet(t('instructionsSheet'), {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.getColumn(1).width = 90;
  const title = ws.addRow([
    formulaSafe(t('title', { campaign: scope.campaignName, round: scope.roundName })),
  ]);
  title.font = { bold: true, size: 14 };
  ws.addRow([
    formulaSafe(
      t('scopeLine', {
        round: scope.roundName,
        evaluator: scope.evaluatorName ?? t('self'),
        branches: scope.branches.length,
      }),
    ),
  ]);
  ws.addRow([t('exportedLine', { at: at.slice(0, 16).replace('T', ' ') })]);
  ws.addRow([]);
  instructionLines(language).forEach((line, i) => {
    const text = `${i + 1}. ${line}`;
    const row = ws.addRow([text]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 17 * linesFor(text, 90);
  });
  return ws;
}

/** The workbook's name: campaign, round and who fills it in. */
function fileNameOf(scope: TemplateScope, t: Words): string {
  const who = scope.evaluatorName ?? t('self');
  return `${safeFileName(`${scope.campaignName}-${scope.roundName}-${who}`, 'template')}.xlsx`;
}

/**
 * Builds the fill-in workbook for one round and evaluator (or the self-assessment) into
 * `input.target` and answers its name. Runs in a worker on a read-only connection.
 */
export async function writeTemplateWorkbook(
  ctx: ServiceContext,
  input: ExportInput & { target: string },
  report: Report,
): Promise<string> {
  const language: Language = getPreferences(ctx).language;
  report('build', 0, null);
  const scope = loadScope(ctx, input, language);
  if (scope.branches.length === 0) throw templateError('template-no-branches', '');
  const t = wordsFor(language);
  const exportedAt = ctx.now();
  const wb = new ExcelJS.Workbook();
  // Who made the file travels with it (the operator), as on every export.
  wb.creator = ctx.actor || 'Xingping';
  wb.created = new Date(exportedAt);
  const instructions = writeInstructions(wb, scope, t, language, exportedAt);
  // Sheets are added in order; the lists sheet must exist before validations name it.
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const options = writeOptionLists(
    lists,
    scope.items.map((i) => i.item),
    (o) => optionLabel(o, language),
  );
  const c: SheetContext = { scope, t, language, options, exportedAt };
  const sheetName = createSheetNamer([instructions.name, LISTS_SHEET, META_SHEET]);
  let branches: MetaBranch[] = [];
  if (input.layout === 'grid') {
    branches = await writeGridSheet(wb, c, sheetName(t('gridSheet')));
  } else {
    for (const [i, branch] of scope.branches.entries()) {
      branches.push(await writeBranchSheet(wb, c, branch, sheetName(branch.name)));
      report('build', i + 1, scope.branches.length);
    }
  }
  await protect(instructions);
  await protect(lists);
  writeMetaSheet(wb, {
    campaignId: scope.campaignId,
    roundId: scope.roundId,
    evaluatorId: scope.evaluatorId,
    townshipId: scope.townshipId,
    rubricVersionId: scope.rubricVersionId,
    layout: input.layout,
    language,
    exportedAt,
    items: scope.items.map((i) => i.item.code),
    branches,
  });
  // The instructions open first; the scores sheet next to it is where people start typing.
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 2, visibility: 'visible' },
  ];
  report('write', 0, null);
  await writeBytesAtomically(input.target, await workbookBytes(wb));
  return fileNameOf(scope, t);
}
