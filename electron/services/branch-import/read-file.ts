import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { FilePayload } from '../../../shared/domain/views';
import type { BranchImportProblem } from '../../../shared/domain/views/branch-import';
import { isRowMergeFollower, readValue } from '../../workbook/xlsx-cells';
import { checkXlsxBytes, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES } from '../../workbook/zip-guard';
import { decodeCsv, parseCsv } from './csv';
import type { Grid } from './grid';
import { arrayGrid, MAX_COLUMNS, MAX_ROWS } from './grid';
import { fileProblem } from './problems';

export interface ReadFile {
  format: 'xlsx' | 'csv';
  encoding: 'utf-8' | 'gbk' | null;
  grids: Grid[];
  problem: BranchImportProblem | null;
}

const MB = 1024 * 1024;
const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf];
const startsWith = (b: Buffer, magic: number[]) => magic.every((m, i) => b[i] === m);

/**
 * Copies a worksheet's values out of exceljs in one pass: reading them back from plain arrays is
 * many times faster than asking exceljs cell by cell, and the workbook can be dropped.
 */
function worksheetGrid(ws: Worksheet): Grid {
  const rows: (string | number)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const values: (string | number)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLUMNS) return;
      // A title merged across the row is read once, in its first cell; down a column (a
      // township merged over its villages) every cell reads the township.
      values[c - 1] = isRowMergeFollower(cell) ? '' : readValue(cell.value);
    });
    rows[r - 1] = values;
  });
  for (let i = 0; i < rows.length; i += 1) rows[i] ??= [];
  return arrayGrid(ws.name, rows);
}

const failed = (format: ReadFile['format'], problem: BranchImportProblem): ReadFile => ({
  format,
  encoding: null,
  grids: [],
  problem,
});

async function readXlsx(bytes: Buffer): Promise<ReadFile> {
  const verdict = checkXlsxBytes(bytes);
  if (!verdict.ok) {
    const params: Record<string, number> =
      verdict.code === 'zip-too-large' ? { limitMb: MAX_UNZIPPED_BYTES / MB } : {};
    return failed('xlsx', fileProblem(verdict.code, params));
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return failed('xlsx', fileProblem('xlsx-damaged', { message }));
  }
  const grids = wb.worksheets.filter((ws) => ws.state === 'visible').map(worksheetGrid);
  const long = grids.find((g) => g.rowCount > MAX_ROWS);
  if (long) return failed('xlsx', fileProblem('too-many-rows', { limit: MAX_ROWS }, long.name));
  return { format: 'xlsx', encoding: null, grids, problem: null };
}

function readCsv(bytes: Buffer, fileName: string): ReadFile {
  const { text, encoding } = decodeCsv(bytes);
  const rows = parseCsv(text, MAX_ROWS);
  if (rows.length > MAX_ROWS)
    return failed('csv', fileProblem('too-many-rows', { limit: MAX_ROWS }));
  // A CSV file has one sheet; it is named after the file, as Excel does when it opens one.
  const name = fileName.replace(/\.[^.]*$/, '') || fileName;
  return { format: 'csv', encoding, grids: [arrayGrid(name, rows)], problem: null };
}

/**
 * The last file read, by a digest of its bytes and name. The wizard previews a file several
 * times (sheet and column changes) and then applies it; each call sends the bytes again and
 * they are read here, on the main side, but identical bytes need not be parsed twice.
 */
let lastRead: { key: string; read: ReadFile } | null = null;

/** Bytes to grids, or the one problem that makes the file unreadable. */
export async function readBranchFile(file: FilePayload): Promise<ReadFile> {
  const key = createHash('sha256')
    .update(file.fileName)
    .update('\0')
    .update(file.contentBase64)
    .digest('hex');
  if (lastRead?.key === key) return lastRead.read;
  const read = await readUncached(file);
  lastRead = { key, read };
  return read;
}

/** Drops the remembered parse (after an import, nothing will ask for it again). */
export function forgetLastRead(): void {
  lastRead = null;
}

async function readUncached(file: FilePayload): Promise<ReadFile> {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  const ext = /\.([^.]+)$/.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  const format = ext === 'csv' || ext === 'txt' ? 'csv' : 'xlsx';
  if (bytes.length === 0) return failed(format, fileProblem('file-empty'));
  if (bytes.length > MAX_FILE_BYTES)
    return failed(format, fileProblem('file-too-large', { limitMb: MAX_FILE_BYTES / MB }));
  // The content decides, not the name: a renamed .xls is still refused with advice.
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return readXlsx(bytes);
  if (format === 'csv') return readCsv(bytes, file.fileName);
  return failed(format, fileProblem(ext === 'xlsx' || ext === 'xls' ? 'not-xlsx' : 'file-type'));
}
