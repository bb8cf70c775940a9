import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import { EXPORT_SHEETS } from '../../../shared/domain/views/exports';

export const ALL_SHEETS: ExportOptions = {
  sheets: [...EXPORT_SHEETS],
  roundId: null,
  starColumns: 'check',
  unitName: '中共示例县委组织部',
  date: '2026-11-24',
  noticeFrom: '2026-11-25',
  noticeTo: '2026-12-01',
  objectionPhone: '0371-12345678',
  language: 'zh-CN',
};

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found)
    throw new Error(`No sheet ${name}: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** The text or number of a cell as written (merged slaves read as their master's value). */
export function valueAt(ws: ExcelJS.Worksheet, row: number, column: number): unknown {
  return ws.getRow(row).getCell(column).value;
}

/**
 * Every entry of a zip file, inflated: our own small reader over the central directory, so the
 * raw sheet XML is checked independently of exceljs.
 */
export function unzip(buffer: Buffer): Map<string, string> {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip');
  const entries = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < entries; i += 1) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + compressed);
    files.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** The document's text: each paragraph's runs joined, paragraphs on their own lines. */
export function documentText(docx: Buffer): string {
  const xml = unzip(docx).get('word/document.xml');
  if (!xml) throw new Error('no word/document.xml');
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .filter((line) => line !== '')
    .join('\n');
}
