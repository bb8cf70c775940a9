import ExcelJS from 'exceljs';
import { formulaSafe, safeCellValue } from '../../../workbook/safe-text';
import { workbookBytes } from '../../../workbook/write';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { formatDimensionParams, formatItemParams } from './item-params';
import { schemeRows } from './scheme-write';
import { SCHEME_HEADERS, SCHEME_KEY_LABELS } from './scheme-words';
import type { ColumnKey, RowKind } from './vocabulary';
import {
  COLUMNS,
  COLUMN_HEADERS,
  KIND_WORDS,
  RUBRIC_SHEET,
  SCHEME_SHEET,
  TYPE_DROPDOWN,
} from './vocabulary';

const WIDTHS: Record<ColumnKey, number> = {
  code: 12,
  parent: 12,
  name: 34,
  nameEn: 34,
  type: 10,
  max: 10,
  guidance: 60,
  params: 40,
};
/** Blank rows below the data that still offer the type dropdown, for rows people add. */
const SPARE_ROWS = 200;
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};
const DIMENSION_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
};

type RowValues = Record<ColumnKey, string | number>;

function nodeRows(def: RubricDefinition): { kind: RowKind; values: RowValues }[] {
  const rows: { kind: RowKind; values: RowValues }[] = [];
  const base = (code: string, parent: string, name: string, nameEn: string | undefined) => ({
    code,
    parent,
    name,
    nameEn: nameEn ?? '',
  });
  for (const d of def.dimensions) {
    rows.push({
      kind: 'dimension',
      values: {
        ...base(d.code, '', d.name, d.nameEn),
        type: KIND_WORDS.dimension[0] ?? '',
        max: d.max / 100,
        guidance: '',
        params: formatDimensionParams(d),
      },
    });
    for (const i of d.indicators) {
      rows.push({
        kind: 'indicator',
        values: {
          ...base(i.code, d.code, i.name, i.nameEn),
          type: KIND_WORDS.indicator[0] ?? '',
          max: i.max / 100,
          guidance: '',
          params: '',
        },
      });
      for (const it of i.items) {
        rows.push({
          kind: it.type,
          values: {
            ...base(it.code, i.code, it.name, it.nameEn),
            type: KIND_WORDS[it.type][0] ?? it.type,
            max: it.max / 100,
            guidance: it.guidance ?? '',
            params: formatItemParams(it),
          },
        });
      }
    }
  }
  return rows;
}

function addRubricSheet(wb: ExcelJS.Workbook, name: string, def: RubricDefinition): void {
  const ws = wb.addWorksheet(RUBRIC_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
  const title = ws.getCell(1, 1);
  title.value = formulaSafe(name);
  title.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const header = ws.getRow(2);
  header.values = COLUMNS.map((key) => COLUMN_HEADERS[key]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  const rows = nodeRows(def);
  rows.forEach(({ kind, values }, i) => {
    const row = ws.getRow(3 + i);
    COLUMNS.forEach((key, c) => {
      row.getCell(c + 1).value = safeCellValue(values[key]);
    });
    row.alignment = { vertical: 'top', wrapText: true };
    if (kind === 'dimension' || kind === 'indicator') row.font = { bold: true };
    if (kind === 'dimension') row.eachCell((cell) => (cell.fill = DIMENSION_FILL));
  });
  const typeColumn = COLUMNS.indexOf('type') + 1;
  const list = `"${TYPE_DROPDOWN.join(',')}"`;
  for (let r = 3; r < 3 + rows.length + SPARE_ROWS; r += 1) {
    ws.getCell(r, typeColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorTitle: '类型 (type)',
      error: TYPE_DROPDOWN.join(' / '),
    };
  }
}

function addSchemeSheet(wb: ExcelJS.Workbook, def: RubricDefinition): void {
  const ws = wb.addWorksheet(SCHEME_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 26 }, { width: 48 }, { width: 60 }];
  const header = ws.getRow(1);
  header.values = SCHEME_HEADERS;
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  schemeRows(def).forEach((r, i) => {
    const row = ws.getRow(2 + i);
    row.values = [SCHEME_KEY_LABELS[r.key], r.value, r.note].map(safeCellValue);
    row.alignment = { vertical: 'top', wrapText: true };
  });
}

/** The rubric as a workbook: the tree one row per node, then the scheme as key/value rows. */
export async function rubricToXlsx(name: string, def: RubricDefinition): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '星评 Xingping';
  wb.title = name;
  addRubricSheet(wb, name, def);
  addSchemeSheet(wb, def);
  return workbookBytes(wb);
}
