import ExcelJS from 'exceljs';
import type { Language, FilePayload } from '../../../shared/domain/views';
import type { TemplateLayout } from '../../../shared/domain/views/score-templates';
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
import { LISTS_SHEET, META_SHEET, sheetNames } from './structure';
import { templateError } from './template-error';
import type { Words } from './words';
import { instructionLines, linesFor, safeText, wordsFor } from './words';

export interface ExportInput {
  roundId: string;
  evaluatorId: string | null;
  townshipId?: string | undefined;
  layout: TemplateLayout;
}

function writeInstructions(wb: ExcelJS.Workbook, scope: TemplateScope, t: Words, at: string) {
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
    safeText(t('title', { campaign: scope.campaignName, round: scope.roundName })),
  ]);
  title.font = { bold: true, size: 14 };
  ws.addRow([
    safeText(
      t('scopeLine', {
        round: scope.roundName,
        evaluator: scope.evaluatorName ?? t('self'),
        branches: scope.branches.length,
      }),
    ),
  ]);
  ws.addRow([t('exportedLine', { at: at.slice(0, 16).replace('T', ' ') })]);
  ws.addRow([]);
  instructionLines(t).forEach((line, i) => {
    const text = `${i + 1}. ${line}`;
    const row = ws.addRow([text]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 17 * linesFor(text, 90);
  });
  return ws;
}

/** A safe file name: no path separators or characters Windows refuses. */
function fileNameOf(scope: TemplateScope, t: Words): string {
  const who = scope.evaluatorName ?? t('self');
  const raw = `${scope.campaignName}-${scope.roundName}-${who}`;
  const cleaned = [...raw]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .slice(0, 120);
  return `${cleaned}.xlsx`;
}

/** Builds the fill-in workbook for one round and evaluator (or the self-assessment). */
export async function exportScoreTemplate(
  ctx: ServiceContext,
  input: ExportInput,
): Promise<FilePayload> {
  const language: Language = getPreferences(ctx).language;
  const scope = loadScope(ctx, input, language);
  if (scope.branches.length === 0) throw templateError('template-no-branches', '');
  const t = wordsFor(language);
  const exportedAt = ctx.now();
  const wb = new ExcelJS.Workbook();
  // Who made the file travels with it (the operator), as on every export.
  wb.creator = ctx.actor || 'Xingping';
  wb.created = new Date(exportedAt);
  const instructions = writeInstructions(wb, scope, t, exportedAt);
  // Sheets are added in order; the lists sheet must exist before validations name it.
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const options = writeOptionLists(
    lists,
    scope.items.map((i) => i.item),
    (o) => optionLabel(o, language),
  );
  const c: SheetContext = { scope, t, language, options, exportedAt };
  const reserved = [instructions.name, LISTS_SHEET, META_SHEET];
  let branches: MetaBranch[] = [];
  if (input.layout === 'grid') {
    branches = await writeGridSheet(wb, c, sheetNames([t('gridSheet')], reserved)[0]!);
  } else {
    const names = sheetNames(
      scope.branches.map((b) => b.name),
      reserved,
    );
    for (const [i, branch] of scope.branches.entries()) {
      branches.push(await writeBranchSheet(wb, c, branch, names[i]!));
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
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: fileNameOf(scope, t), contentBase64: bytes.toString('base64') };
}
