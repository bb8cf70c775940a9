import type { Workbook } from 'exceljs';
import type { MetaBranch } from './structure';
import { GRID as G, KEY_ROW, KEYS, reasonKey } from './structure';
import type { SheetContext } from './export-per-branch';
import { makeInput, makeReason, protect, styleHeader, styleLocked } from './input-cells';
import { entryCell } from './cell-format';
import { formulaSafe } from '../../workbook/safe-text';
import { pointsText } from './words';

/** The grid's columns: one per item, a second one after each veto item for its reason. */
export function gridColumns(codes: { code: string; veto: boolean }[]): string[] {
  return codes.flatMap((c) => (c.veto ? [c.code, reasonKey(c.code)] : [c.code]));
}

/** One sheet: branches down, items across, with dimension headers above the item headers. */
export async function writeGridSheet(
  wb: Workbook,
  c: SheetContext,
  sheetName: string,
): Promise<MetaBranch[]> {
  const { scope, t, language } = c;
  const columns = gridColumns(
    scope.items.map(({ item }) => ({ code: item.code, veto: item.type === 'veto' })),
  );
  const lastCol = G.firstCol + columns.length - 1;
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 0,
      fitToHeight: 0,
      printTitlesRow: '3:4',
      printTitlesColumn: 'B:C',
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P / &N' },
    views: [{ state: 'frozen', xSplit: G.firstCol - 1, ySplit: G.firstRow - 1 }],
  });
  ws.getColumn(G.idCol).hidden = true;
  ws.getColumn(G.townshipCol).width = 14;
  ws.getColumn(G.branchCol).width = 30;
  for (let col = G.firstCol; col <= lastCol; col += 1) ws.getColumn(col).width = 11;

  ws.mergeCells(1, G.townshipCol, 1, Math.min(lastCol, G.firstCol + 12));
  const title = ws.getCell(1, G.townshipCol);
  title.value = formulaSafe(
    `${t('title', { campaign: scope.campaignName, round: scope.roundName })}  ${t('evaluatorLine', {
      name: scope.evaluatorName ?? t('self'),
    })}`,
  );
  title.font = { bold: true, size: 14 };
  ws.getRow(1).height = 28;

  const keys = ws.getRow(KEY_ROW);
  keys.getCell(G.idCol).value = KEYS.branch;
  columns.forEach((key, i) => (keys.getCell(G.firstCol + i).value = key));
  keys.hidden = true;

  // Row 3: dimension names over their items; row 4: each item's code, name and maximum.
  for (const [col, key] of [
    [G.townshipCol, 'township'],
    [G.branchCol, 'branch'],
  ] as const) {
    ws.mergeCells(3, col, 4, col);
    ws.getCell(3, col).value = t(key);
    styleHeader(ws.getCell(3, col));
  }
  let col: number = G.firstCol;
  let dimStart: number = col;
  scope.items.forEach(({ item, dimension }, i) => {
    const name = (language === 'en' && item.nameEn) || item.name;
    const head = ws.getCell(4, col);
    head.value = formulaSafe(`${item.code} ${name} (${pointsText(item.max)})`);
    styleHeader(head);
    col += 1;
    if (item.type === 'veto') {
      ws.getCell(4, col).value = formulaSafe(t('reasonOf', { item: item.code }));
      styleHeader(ws.getCell(4, col));
      col += 1;
    }
    const next = scope.items[i + 1];
    if (!next || next.dimension !== dimension) {
      if (col - 1 > dimStart) ws.mergeCells(3, dimStart, 3, col - 1);
      ws.getCell(3, dimStart).value = formulaSafe(dimension);
      styleHeader(ws.getCell(3, dimStart));
      // Left-aligned: centred over a wide merge the name would print on another page.
      ws.getCell(3, dimStart).alignment = { horizontal: 'left', vertical: 'middle' };
      dimStart = col;
    }
  });
  ws.getRow(4).height = 60;

  const metas = scope.branches.map((branch, b): MetaBranch => {
    const r = G.firstRow + b;
    const row = ws.getRow(r);
    const editable = branch.sheet.status !== 'submitted';
    row.getCell(G.idCol).value = branch.id;
    row.getCell(G.townshipCol).value = formulaSafe(branch.townshipName);
    row.getCell(G.branchCol).value = formulaSafe(
      editable ? branch.name : `${branch.name}${t('submitted')}`,
    );
    styleLocked(row.getCell(G.townshipCol));
    styleLocked(row.getCell(G.branchCol));
    let k: number = G.firstCol;
    for (const { item } of scope.items) {
      const stored = branch.sheet.entries.get(item.code);
      makeInput(row.getCell(k), item, entryCell(item, stored, t, language), editable, t, c.options);
      k += 1;
      if (item.type === 'veto') {
        makeReason(
          row.getCell(k),
          stored && 'reason' in stored ? (stored.reason ?? '') : '',
          editable,
        );
        k += 1;
      }
    }
    return {
      branchId: branch.id,
      sheetName,
      row: r,
      version: branch.sheet.version,
      status: branch.sheet.status,
    };
  });
  const footer = G.firstRow + scope.branches.length + 1;
  ws.getCell(footer, G.townshipCol).value = t('signature');
  await protect(ws);
  return metas;
}
