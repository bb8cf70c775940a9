import type { Workbook, Worksheet } from 'exceljs';
import type { MetaBranch } from './structure';
import { KEY_ROW, KEYS, PER_BRANCH as P } from './structure';
import type { ScopeBranch, TemplateScope } from './scope';
import type { OptionRanges } from './input-cells';
import { BORDER, makeInput, makeReason, protect, styleHeader, styleLocked } from './input-cells';
import { entryCell } from './cell-format';
import { ruleText } from './rule-text';
import type { Words } from './words';
import { formulaSafe } from '../../workbook/safe-text';
import { linesFor } from '../../workbook/text-width';
import { pointsText } from './words';

export interface SheetContext {
  scope: TemplateScope;
  t: Words;
  language: string;
  options: OptionRanges;
  exportedAt: string;
}

/** Merges runs of equal names down a column (dimension, indicator) so the print reads well. */
function mergeRuns(ws: Worksheet, col: number, names: string[]): void {
  let start = 0;
  for (let i = 1; i <= names.length; i += 1) {
    if (i === names.length || names[i] !== names[start]) {
      if (i - start > 1) ws.mergeCells(P.firstRow + start, col, P.firstRow + i - 1, col);
      start = i;
    }
  }
}

/** One branch's sheet: items down, the entry and the veto reason as the only open cells. */
export async function writeBranchSheet(
  wb: Workbook,
  c: SheetContext,
  branch: ScopeBranch,
  sheetName: string,
): Promise<MetaBranch> {
  const { scope, t, language } = c;
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${P.headerRow}:${P.headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P / &N' },
    views: [{ state: 'frozen', ySplit: P.headerRow, xSplit: 0 }],
  });
  const editable = branch.sheet.status !== 'submitted';
  const widths = [12, 14, 18, 40, 7, 30, 12, 24];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(P.codeCol).hidden = true;

  const title = t('branchTitle', {
    township: branch.townshipName,
    branch: branch.name,
    round: scope.roundName,
  });
  const evaluator = scope.evaluatorName ?? t('self');
  ws.getCell(1, P.codeCol).value = branch.id;
  ws.mergeCells(1, P.dimensionCol, 1, P.reasonCol);
  const titleCell = ws.getCell(1, P.dimensionCol);
  titleCell.value = formulaSafe(
    `${title}  ${t('evaluatorLine', { name: evaluator })}${editable ? '' : t('submitted')}`,
  );
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { vertical: 'middle', wrapText: true };
  ws.getRow(1).height = 30;

  const keys = ws.getRow(KEY_ROW);
  keys.getCell(P.codeCol).value = KEYS.code;
  keys.getCell(P.valueCol).value = KEYS.value;
  keys.getCell(P.reasonCol).value = KEYS.reason;
  keys.hidden = true;

  const headers = ['#', 'dimension', 'indicator', 'item', 'max', 'rule', 'value', 'reason'];
  headers.forEach((key, i) => {
    const cell = ws.getCell(P.headerRow, i + 1);
    cell.value = i === 0 ? key : t(key);
    styleHeader(cell);
  });

  scope.items.forEach(({ item, dimension, indicator }, i) => {
    const r = P.firstRow + i;
    const row = ws.getRow(r);
    row.getCell(P.codeCol).value = item.code;
    const texts: [number, string | number][] = [
      [P.dimensionCol, formulaSafe(dimension)],
      [P.indicatorCol, formulaSafe(indicator)],
      [P.itemCol, formulaSafe(`${item.code} ${(language === 'en' && item.nameEn) || item.name}`)],
      [P.maxCol, pointsText(item.max)],
      [P.ruleCol, formulaSafe(ruleText(item, t, language))],
    ];
    let lines = 1;
    for (const [col, value] of texts) {
      const cell = row.getCell(col);
      cell.value = value;
      styleLocked(cell);
      // Dimension and indicator cells are merged over several rows: they do not set the height.
      if (col === P.itemCol || col === P.ruleCol)
        lines = Math.max(lines, linesFor(String(value), widths[col - 1] ?? 10));
    }
    // Excel computes wrapped heights itself, LibreOffice and print previews often do not.
    row.height = 16 * lines;
    const stored = branch.sheet.entries.get(item.code);
    makeInput(
      row.getCell(P.valueCol),
      item,
      entryCell(item, stored, t, language),
      editable,
      t,
      c.options,
    );
    const reasonCell = row.getCell(P.reasonCol);
    if (item.type === 'veto') {
      makeReason(reasonCell, stored && 'reason' in stored ? (stored.reason ?? '') : '', editable);
    } else {
      styleLocked(reasonCell);
    }
  });
  mergeRuns(
    ws,
    P.dimensionCol,
    scope.items.map((i) => i.dimension),
  );
  mergeRuns(
    ws,
    P.indicatorCol,
    scope.items.map((i) => `${i.dimension}\u0000${i.indicator}`),
  );

  const footer = P.firstRow + scope.items.length + 1;
  ws.mergeCells(footer, P.dimensionCol, footer, P.reasonCol);
  ws.getCell(footer, P.dimensionCol).value = t('signature');
  ws.getCell(footer, P.dimensionCol).border = { top: BORDER.top };
  await protect(ws);
  return {
    branchId: branch.id,
    sheetName,
    row: P.firstRow,
    version: branch.sheet.version,
    status: branch.sheet.status,
  };
}
