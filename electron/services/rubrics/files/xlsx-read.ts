import type { Worksheet, Workbook } from 'exceljs';
import type { SchemeCell } from './scheme-read';
import { SCHEME_HEADER_KEY, SCHEME_HEADER_VALUE } from './scheme-words';
import type { SheetRow } from './tree-build';
import type { ColumnKey } from './vocabulary';
import {
  RUBRIC_SHEET_ALIASES,
  SCHEME_SHEET_ALIASES,
  headerTokens,
  matchColumn,
  sheetMatches,
} from './vocabulary';
import { isRowMergeFollower, readCell } from '../../../workbook/xlsx-cells';

/** Header rows are looked for this far down, below any title, unit and date lines. */
const HEADER_SEARCH_ROWS = 30;
const MAX_COLUMNS = 100;

export interface Header {
  row: number;
  columns: Map<ColumnKey, number>;
}

function valueAt(ws: Worksheet, row: number, col: number): string | number {
  // findCell, not getCell: reading must not create the rows and cells it asks about.
  const cell = ws.findCell(row, col);
  return !cell || isRowMergeFollower(cell) ? '' : readCell(cell);
}

/**
 * The numbers of the rows that hold values, in order, from `from` on. Loops follow these,
 * never `rowCount`: one formatted row at 1,048,576 (a 6 KB file) made a loop to `rowCount`
 * run for 51 s.
 */
function rowsFrom(ws: Worksheet, from: number): number[] {
  const rows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (_row, r) => {
    if (r >= from) rows.push(r);
  });
  return rows;
}

function textAt(ws: Worksheet, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = valueAt(ws, row, col);
  return typeof v === 'number' ? String(v) : v;
}

const lastColumn = (ws: Worksheet): number => Math.min(ws.columnCount, MAX_COLUMNS);

/** The first row naming at least three known columns, code or name among them. */
export function findHeader(ws: Worksheet): Header | null {
  for (const r of rowsFrom(ws, 1)) {
    if (r > HEADER_SEARCH_ROWS) break;
    const columns = new Map<ColumnKey, number>();
    for (let c = 1; c <= lastColumn(ws); c += 1) {
      const text = textAt(ws, r, c);
      const key = text === '' ? null : matchColumn(text);
      if (key && !columns.has(key)) columns.set(key, c);
    }
    if (columns.size >= 3 && (columns.has('code') || columns.has('name')))
      return { row: r, columns };
  }
  return null;
}

export function findRubricSheet(wb: Workbook): Worksheet | null {
  const sheets = wb.worksheets;
  const named = sheets.find(
    (ws) =>
      sheetMatches(ws.name, RUBRIC_SHEET_ALIASES) && !sheetMatches(ws.name, SCHEME_SHEET_ALIASES),
  );
  return named ?? sheets.find((ws) => findHeader(ws) !== null) ?? null;
}

export function findSchemeSheet(wb: Workbook, rubric: Worksheet): Worksheet | null {
  return (
    wb.worksheets.find((ws) => ws !== rubric && sheetMatches(ws.name, SCHEME_SHEET_ALIASES)) ?? null
  );
}

/** A one-cell line above the header (the merged title row) names the rubric. */
export function readTitle(ws: Worksheet, headerRow: number): string | null {
  for (let r = 1; r < headerRow; r += 1) {
    const texts: string[] = [];
    for (let c = 1; c <= lastColumn(ws); c += 1) {
      const v = valueAt(ws, r, c);
      if (v !== '') texts.push(String(v));
    }
    const [only] = texts;
    if (texts.length === 1 && only !== undefined && !/^\d+(\.\d+)?$/.test(only)) return only;
  }
  return null;
}

/** A line of remarks under the table (注：…, 说明：…, Note: …), not a node. */
const NOTE = /^(注|备注|附注|说明|填表说明|note)/i;

function isNoteRow(ws: Worksheet, r: number): boolean {
  const texts: string[] = [];
  for (let c = 1; c <= lastColumn(ws); c += 1) {
    const v = valueAt(ws, r, c);
    if (v !== '') texts.push(String(v));
  }
  return texts.length === 1 && NOTE.test(texts[0] ?? '');
}

export function readNodeRows(ws: Worksheet, header: Header): SheetRow[] {
  const col = (key: ColumnKey) => header.columns.get(key);
  const rows: SheetRow[] = [];
  for (const r of rowsFrom(ws, header.row + 1)) {
    const t = (key: ColumnKey) => textAt(ws, r, col(key));
    const maxCol = col('max');
    const max = maxCol === undefined ? '' : valueAt(ws, r, maxCol);
    const row: SheetRow = {
      row: r,
      code: t('code').normalize('NFKC').trim(),
      parent: t('parent').normalize('NFKC').trim(),
      name: t('name'),
      nameEn: t('nameEn'),
      type: t('type'),
      max,
      guidance: t('guidance'),
      params: t('params'),
    };
    const cells = [row.code, row.parent, row.name, row.nameEn, row.type, max, row.guidance];
    if (cells.every((v) => v === '') && row.params === '') continue;
    if (isNoteRow(ws, r)) continue;
    rows.push(row);
  }
  return rows;
}

function matchesAny(text: string, words: string[]): boolean {
  const tokens = headerTokens(text);
  return words.some((w) => tokens.includes(w.toLowerCase()));
}

/** Key/value rows; a header row (项目 | 内容) is optional, title and note lines are skipped. */
export function readSchemeCells(ws: Worksheet): SchemeCell[] {
  let keyCol = 1;
  let valueCol = 2;
  let start = 1;
  for (const r of rowsFrom(ws, 1)) {
    if (r > 10) break;
    let k = 0;
    let v = 0;
    for (let c = 1; c <= lastColumn(ws); c += 1) {
      const text = textAt(ws, r, c);
      if (k === 0 && matchesAny(text, SCHEME_HEADER_KEY)) k = c;
      else if (v === 0 && matchesAny(text, SCHEME_HEADER_VALUE)) v = c;
    }
    if (k > 0 && v > 0) {
      [keyCol, valueCol, start] = [k, v, r + 1];
      break;
    }
  }
  const cells: SchemeCell[] = [];
  for (const r of rowsFrom(ws, start)) {
    const key = textAt(ws, r, keyCol);
    const value = textAt(ws, r, valueCol);
    // Titles, notes and entries left blank carry nothing to read.
    if (key === '' || value === '') continue;
    cells.push({ row: r, key, value });
  }
  return cells;
}
