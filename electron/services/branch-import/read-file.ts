import type { BranchImportProblem } from '../../../shared/domain/views/branch-import';
import { FILE_KINDS } from '../../../shared/domain/views/files';
import type { Report } from '../../jobs/task';
import { readWorkbookValues } from '../../workbook/values';
import type { CsvEncoding } from './csv';
import { decodeCsv, parseCsv } from './csv';
import { MAX_COLUMNS, MAX_ROWS } from './grid';
import { fileProblem } from './problems';

/** One sheet's values as plain rows: what crosses from the worker to main. */
export interface SheetRows {
  name: string;
  rows: (string | number)[][];
}

export interface ReadFile {
  format: 'xlsx' | 'csv';
  encoding: CsvEncoding | null;
  sheets: SheetRows[];
  problem: BranchImportProblem | null;
}

const MB = 1024 * 1024;
const MAX_BYTES = FILE_KINDS.import.maxBytes;
const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf];
const startsWith = (b: Buffer, magic: number[]) => magic.every((m, i) => b[i] === m);

const failed = (format: ReadFile['format'], problem: BranchImportProblem): ReadFile => ({
  format,
  encoding: null,
  sheets: [],
  problem,
});

function readXlsx(bytes: Buffer, fileName: string, report: Report): ReadFile {
  report('parse', 0, null);
  const read = readWorkbookValues(
    bytes,
    { maxColumns: MAX_COLUMNS, maxRows: MAX_ROWS },
    (done, total) => report('rows', done, total),
  );
  if (read.ok) return { format: 'xlsx', encoding: null, sheets: read.sheets, problem: null };
  if (read.code === 'too-many-rows')
    return failed('xlsx', fileProblem('too-many-rows', read.params, read.sheet));
  return failed('xlsx', fileProblem(read.code, { ...read.params, file: fileName }));
}

function readCsv(bytes: Buffer, fileName: string, report: Report): ReadFile {
  report('parse', 0, null);
  const decoded = decodeCsv(bytes);
  if (!decoded.ok)
    return failed('csv', fileProblem('mixed-encoding', { file: fileName, line: decoded.line }));
  const { text, encoding } = decoded;
  const rows = parseCsv(text, MAX_ROWS);
  if (rows.length > MAX_ROWS)
    return failed('csv', fileProblem('too-many-rows', { limit: MAX_ROWS }));
  // A CSV file has one sheet; it is named after the file, as Excel does when it opens one.
  const name = fileName.replace(/\.[^.]*$/, '') || fileName;
  return { format: 'csv', encoding, sheets: [{ name, rows }], problem: null };
}

/**
 * A chosen file's bytes to plain rows per sheet, or the one problem that makes the file
 * unreadable. Runs in a worker (`branchImport.read`), so a big or odd file never holds main.
 */
export function readBranchBytes(
  bytes: Buffer,
  fileName: string,
  report: Report = () => undefined,
): ReadFile {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = ext === 'csv' || ext === 'txt' ? 'csv' : 'xlsx';
  if (bytes.length === 0) return failed(format, fileProblem('file-empty'));
  if (bytes.length > MAX_BYTES)
    return failed(format, fileProblem('file-too-large', { limitMb: MAX_BYTES / MB }));
  // The content decides, not the name: a renamed .xls is still refused with advice.
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return readXlsx(bytes, fileName, report);
  if (format === 'csv') return readCsv(bytes, fileName, report);
  // Named as a workbook but something else: the workbook loader says what (UTF-16 text …).
  if (ext === 'xlsx' || ext === 'xls') return readXlsx(bytes, fileName, report);
  return failed(format, fileProblem('file-type'));
}
