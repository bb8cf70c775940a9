import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkXlsxBytes } from '../../../electron/workbook/zip-guard';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import {
  baseRubric,
  deflatedEntry,
  expectTranslatable,
  exportRubricFile,
  importRubricFile,
  payload,
  where,
  writeZip,
} from './support';

const MB = 1024 * 1024;

async function importBytes(fileName: string, bytes: Buffer) {
  const result = await importRubricFile(payload(fileName, bytes));
  expect(result.definition).toBeNull();
  for (const p of result.problems) expectTranslatable(p);
  return result;
}

async function realWorkbook(): Promise<Buffer> {
  const file = await exportRubricFile('测试', validateRubric(baseRubric()).definition!, 'xlsx');
  return file.bytes;
}

describe('files that are not a workbook we can safely read', () => {
  it('tells an old binary .xls apart and advises re-saving as .xlsx', async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      randomBytes(2000),
    ]);
    const result = await importBytes('2025年细则.xlsx', xls);
    expect(where(result.problems)).toEqual([['not-xlsx', '(file)']]);
    expect(result.name).toBe('2025年细则');
  });

  it('refuses a file that is not a zip at all', async () => {
    const result = await importBytes('notes.xlsx', Buffer.from('姓名,分数\n张三,90\n'));
    expect(where(result.problems)).toEqual([['not-xlsx', '(file)']]);
  });

  it('reports an empty file as a missing sheet', async () => {
    const result = await importBytes('empty.xlsx', Buffer.alloc(0));
    expect(where(result.problems)).toEqual([['sheet-missing', 'rubric']]);
  });

  it('reports a truncated workbook as damaged', async () => {
    const whole = await realWorkbook();
    expect(checkXlsxBytes(whole)).toEqual({ ok: true, prefixed: false });
    for (const cut of [Math.floor(whole.length / 2), whole.length - 10]) {
      const result = await importBytes('cut.xlsx', whole.subarray(0, cut));
      expect(where(result.problems)).toEqual([['xlsx-damaged', '(file)']]);
    }
  });

  it('reports a zip whose entries are corrupt as damaged, without asking exceljs', () => {
    // 0xFF starts an invalid deflate block type, so the data is corrupt every time.
    const zip = writeZip([
      {
        name: '[Content_Types].xml',
        data: Buffer.alloc(100, 0xff),
        method: 8,
        declaredSize: 500,
        crc: 0,
      },
    ]);
    expect(checkXlsxBytes(zip)).toEqual({ ok: false, code: 'xlsx-damaged' });
  });

  it('refuses a zip bomb by its declared size before expanding anything', async () => {
    // 30 MB + 30 MB declared: each entry is under the limit, together they are over it.
    const content = Buffer.alloc(30 * MB);
    const zip = writeZip([
      deflatedEntry('xl/worksheets/sheet1.xml', content),
      deflatedEntry('xl/worksheets/sheet2.xml', content),
    ]);
    expect(zip.length).toBeLessThan(200_000);
    const result = await importBytes('bomb.xlsx', zip);
    expect(where(result.problems)).toEqual([['zip-too-large', '(file)']]);
    expect(result.problems[0]?.params).toMatchObject({ limitMb: 20 });
  });

  it('decides by the declared sizes alone: entries that cannot even be expanded are not touched', () => {
    // The same declared sizes over data that is not deflate at all (0xFF is an invalid block
    // type): expanding any entry would report the file as damaged instead. (Proved without a
    // clock, so a busy machine cannot fail it.)
    const garbage = (name: string) => ({
      name,
      data: Buffer.alloc(1000, 0xff),
      method: 8 as const,
      declaredSize: 15 * MB,
      crc: 0,
    });
    const zip = writeZip([
      garbage('xl/worksheets/sheet1.xml'),
      garbage('xl/worksheets/sheet2.xml'),
    ]);
    expect(checkXlsxBytes(zip)).toEqual({ ok: false, code: 'zip-too-large' });
    const one = writeZip([garbage('xl/worksheets/sheet1.xml')]);
    expect(checkXlsxBytes(one)).toEqual({ ok: false, code: 'xlsx-damaged' });
  });

  it('refuses a zip bomb that lies about its size, stopping at the declared size', () => {
    // Declares 1,000 bytes, expands to 51 MB: caught by the capped inflate, not by exceljs.
    const zip = writeZip([deflatedEntry('xl/workbook.xml', Buffer.alloc(51 * MB), 1000)]);
    expect(checkXlsxBytes(zip)).toEqual({ ok: false, code: 'zip-too-large' });
  });

  it('refuses a file over the 100 MB import limit before looking inside', async () => {
    const result = await importBytes(
      'huge.xlsx',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100 * MB)]),
    );
    expect(where(result.problems)).toEqual([['file-too-large', '(file)']]);
  });
});
