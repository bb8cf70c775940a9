import type ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import type { RubricItem } from '../../../shared/domain/rubric';
import { FILE_KINDS } from '../../../shared/domain/views/files';
import { loadWorkbook } from '../../workbook/load';
import { readText } from '../../workbook/xlsx-cells';
import { gridColumns } from './export-grid';
import { readMetaSheet } from './meta-sheet';
import type { MetaBranch, TemplateMeta } from './structure';
import { GRID, KEY_ROW, KEYS, PER_BRANCH, reasonKey } from './structure';
import { templateError } from './template-error';

/** One value cell of the workbook with where it sits and what it is for. */
export interface RawCell {
  sheet: string;
  address: string;
  branch: MetaBranch;
  item: RubricItem;
  cell: Cell;
  reasonCell: Cell | null;
}

const ZIP_ERRORS = {
  'not-xlsx': 'template-not-xlsx',
  'xlsx-damaged': 'template-damaged',
  'zip-too-large': 'template-too-large',
  xlsb: 'template-xlsb',
  encrypted: 'template-encrypted',
  ods: 'template-ods',
  'utf16-text': 'template-utf16-text',
  'unsafe-xml': 'template-unsafe-xml',
  'too-complex': 'template-too-complex',
} as const;

/** Opens the file: size and zip checked before exceljs expands anything. */
export async function openWorkbook(bytes: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  if (bytes.length > FILE_KINDS.import.maxBytes)
    throw templateError('template-too-large', fileName);
  const loaded = await loadWorkbook(bytes);
  // Files not written by Excel (missing parts, prefixed XML) can make exceljs throw.
  if (!loaded.ok) throw templateError(ZIP_ERRORS[loaded.code], fileName, loaded.params);
  return loaded.workbook;
}

export function readMeta(wb: ExcelJS.Workbook, fileName: string): TemplateMeta {
  return readMetaSheet(wb, fileName);
}

function expect(ws: Worksheet, row: number, col: number, wanted: string, fileName: string): void {
  const cell = ws.getCell(row, col);
  if (readText(cell) !== wanted)
    throw templateError('template-structure', fileName, { sheet: ws.name, cell: cell.address });
}

function sheetOf(wb: ExcelJS.Workbook, name: string, fileName: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw templateError('template-sheet-missing', fileName, { sheet: name });
  return ws;
}

/**
 * Every value cell, after checking that each hidden id still sits where the export put it:
 * a moved, inserted or deleted row or column shows up as an id out of place.
 */
export function locateCells(
  wb: ExcelJS.Workbook,
  meta: TemplateMeta,
  items: RubricItem[],
  fileName: string,
): RawCell[] {
  const cells: RawCell[] = [];
  if (meta.layout === 'per-branch') {
    const P = PER_BRANCH;
    for (const branch of meta.branches) {
      const ws = sheetOf(wb, branch.sheetName, fileName);
      expect(ws, 1, P.codeCol, branch.branchId, fileName);
      expect(ws, KEY_ROW, P.codeCol, KEYS.code, fileName);
      expect(ws, KEY_ROW, P.valueCol, KEYS.value, fileName);
      expect(ws, KEY_ROW, P.reasonCol, KEYS.reason, fileName);
      items.forEach((item, i) => {
        const r = P.firstRow + i;
        expect(ws, r, P.codeCol, item.code, fileName);
        const cell = ws.getCell(r, P.valueCol);
        const reasonCell = item.type === 'veto' ? ws.getCell(r, P.reasonCol) : null;
        cells.push({ sheet: ws.name, address: cell.address, branch, item, cell, reasonCell });
      });
      // A row inserted below the last item would otherwise go unnoticed.
      expect(ws, P.firstRow + items.length, P.codeCol, '', fileName);
    }
    return cells;
  }
  const name = meta.branches[0]?.sheetName ?? '';
  const ws = sheetOf(wb, name, fileName);
  const columns = gridColumns(items.map((i) => ({ code: i.code, veto: i.type === 'veto' })));
  expect(ws, KEY_ROW, GRID.idCol, KEYS.branch, fileName);
  columns.forEach((key, i) => expect(ws, KEY_ROW, GRID.firstCol + i, key, fileName));
  expect(ws, KEY_ROW, GRID.firstCol + columns.length, '', fileName);
  const colOf = new Map(columns.map((key, i) => [key, GRID.firstCol + i]));
  for (const branch of meta.branches) {
    expect(ws, branch.row, GRID.idCol, branch.branchId, fileName);
    for (const item of items) {
      const cell = ws.getCell(branch.row, colOf.get(item.code));
      const reasonCol = colOf.get(reasonKey(item.code));
      const reasonCell = reasonCol === undefined ? null : ws.getCell(branch.row, reasonCol);
      cells.push({ sheet: ws.name, address: cell.address, branch, item, cell, reasonCell });
    }
  }
  const last = meta.branches[meta.branches.length - 1];
  if (last) expect(ws, last.row + 1, GRID.idCol, '', fileName);
  return cells;
}
