import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../electron/workbook/load';
import { readWorkbookValues } from '../../../electron/workbook/values';
import { isRowMergeFollower, readValue } from '../../../electron/workbook/xlsx-cells';
import { generateBranchList } from '../../../scripts/bench/branch-list';
import {
  checkXlsxBytes,
  expandedEntries,
  MAX_MERGED_RANGES,
} from '../../../electron/workbook/zip-guard';
import { storedZip } from '../../../electron/workbook/unprefix';
import { handMadeXlsx } from './hand-made';

const withoutPart = (bytes: Buffer, name: string) =>
  storedZip(expandedEntries(bytes).filter((e) => e.name !== name));

const LIMITS = { maxColumns: 100, maxRows: 200_000 };

/**
 * What the branch import read before the streaming reader: exceljs's whole model, cell by
 * cell through `readValue`. Kept here as the oracle the new reader must agree with.
 */
async function throughExceljs(bytes: Buffer): Promise<{ name: string; rows: unknown[][] }[]> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.code);
  return loaded.workbook.worksheets
    .filter((ws) => ws.state === 'visible')
    .map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        const values: unknown[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (c <= LIMITS.maxColumns)
            values[c - 1] = isRowMergeFollower(cell) ? '' : readValue(cell.value);
        });
        rows[r - 1] = values;
      });
      for (let i = 0; i < rows.length; i += 1) rows[i] ??= [];
      return { name: ws.name, rows };
    });
}

/** Holes and `''` are the same to the import (the grid reads both as empty). */
const dense = (sheets: { name: string; rows: unknown[][] }[]) =>
  sheets.map(({ name, rows }) => {
    const out = rows.map((row) => Array.from(row, (v) => v ?? ''));
    while (out.length > 0 && out.at(-1)!.every((v) => v === '')) out.pop();
    return { name, rows: out.map((row) => (row.every((v) => v === '') ? [] : row)) };
  });

function streamed(bytes: Buffer) {
  const read = readWorkbookValues(bytes, LIMITS);
  if (!read.ok) throw new Error(read.code);
  return read.sheets;
}

async function expectSameAsExceljs(bytes: Buffer): Promise<void> {
  expect(dense(streamed(bytes))).toEqual(dense(await throughExceljs(bytes)));
}

/** A workbook exceljs writes, with what county clerks put in lists. */
async function everyKindOfCell(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('云溪镇');
  ws.addRow(['青山县村(社区)党组织名册']);
  ws.mergeCells('A1:F1');
  ws.addRow(['序号', '乡镇', '村名', '成立日期', '是否软弱涣散', '备注']);
  ws.addRow([1, '云溪镇', '石门村', new Date(Date.UTC(2019, 6, 1)), true, { error: '#N/A' }]);
  ws.addRow([2, null, { richText: [{ text: '桃源' }, { text: '村', font: { bold: true } }] }]);
  ws.addRow([
    { formula: 'A4+1', result: 3 },
    { formula: '"云"&"溪镇"', result: '云溪镇' },
    { text: '河口社区', hyperlink: 'https://example.org/' },
    { formula: 'DATE(2020,1,2)', result: new Date(Date.UTC(2020, 0, 2)) },
    false,
    "'=SUM(A1)",
  ]);
  ws.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('D3').numFmt = 'yyyy-mm-dd';
  ws.mergeCells('B3:B5');
  ws.mergeCells('E7:F8');
  ws.getCell('E7').value = '合并两行两列';
  ws.addRow(['\u3000石门村\u00a0', ' 12 ', '\u200b全角空格\ufeff']);
  const hidden = wb.addWorksheet('隐藏');
  hidden.state = 'hidden';
  hidden.addRow(['不读']);
  wb.addWorksheet('石门乡').addRow(['乡镇', '村名']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the streaming sheet reader agrees with exceljs', { timeout: 60_000 }, () => {
  it('on every kind of cell exceljs writes, in both date systems', async () => {
    for (const date1904 of [false, true]) {
      const bytes = await everyKindOfCell(date1904);
      await expectSameAsExceljs(bytes);
      const [first] = streamed(bytes);
      expect(first!.rows[2]!.slice(0, 6)).toEqual([
        1,
        '云溪镇',
        '石门村',
        '2019-07-01',
        'TRUE',
        '#N/A',
      ]);
      // A title read once; a township merged down repeated; a 2×2 merge as exceljs reads it.
      expect(first!.rows[0]!.slice(0, 3)).toEqual(['青山县村(社区)党组织名册', '', '']);
      expect(first!.rows[4]![1]).toBe('云溪镇');
      expect(first!.rows[7]!.slice(4, 6)).toEqual(['合并两行两列', '合并两行两列']);
    }
  });

  it('on the corpus and the messy county list', async () => {
    const dir = join(__dirname, '../../fixtures/workbooks');
    const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as {
      name: string;
      expect: { branchList?: string };
    }[];
    const readable = corpus.filter((f) => f.name.endsWith('.xlsx') && f.expect.branchList === 'ok');
    expect(readable.length).toBeGreaterThanOrEqual(8);
    for (const file of readable) await expectSameAsExceljs(readFileSync(join(dir, file.name)));
    for (const name of readdirSync('/work/shared/fixtures').filter((n) => n.endsWith('.xlsx')))
      await expectSameAsExceljs(readFileSync(join('/work/shared/fixtures', name)));
  });

  it('on the bench’s province list: townships merged down, subtotals, a footer', async () => {
    await expectSameAsExceljs(await generateBranchList(500, 23));
  });
});

const sheet = (body: string, extra: Partial<Parameters<typeof handMadeXlsx>[0]> = {}) =>
  handMadeXlsx({ sheets: [{ name: '名册', body }], ...extra });

describe('the streaming sheet reader on shapes exceljs does not write', () => {
  it('places rows and cells written without addresses', () => {
    const bytes = sheet(
      '<sheetData><row><c t="inlineStr"><is><t>乡镇</t></is></c><c t="inlineStr"><is><t>村名</t></is></c></row>' +
        '<row r="4"><c r="B4"><v>7</v></c><c><v>8</v></c></row></sheetData>',
    );
    const rows = streamed(bytes)[0]!.rows;
    expect(rows.slice(0, 3)).toEqual([['乡镇', '村名'], [], []]);
    expect([0 in rows[3]!, rows[3]![1], rows[3]![2]]).toEqual([false, 7, 8]);
  });

  it('reads a namespace prefix, leaves phonetic guides out, skips hidden sheets', () => {
    const bytes = handMadeXlsx({
      sheets: [
        {
          name: '说明',
          body: '<sheetData><row><c><v>1</v></c></row></sheetData>',
          state: 'veryHidden',
        },
        {
          name: '名册',
          body:
            '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
            '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData>',
        },
      ],
      strings: [
        '<si><t>石门村</t><rPh sb="0" eb="2"><t>shímén</t></rPh></si>',
        '<si><r><t xml:space="preserve">河口 </t></r><r><t>社区_x000D_</t></r></si>',
      ],
    });
    expect(streamed(bytes)).toEqual([{ name: '名册', rows: [['石门村', '河口 社区']] }]);
  });

  it('shows numbers as dates only under a date format, custom or built in', () => {
    const styles =
      '<numFmts><numFmt numFmtId="164" formatCode="[Red]0.00&quot;天&quot;"/>' +
      '<numFmt numFmtId="165" formatCode="yyyy/m/d"/></numFmts>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs>';
    const row = [0, 1, 2, 3, 4].map((s) => `<c s="${s}"><v>43647</v></c>`).join('');
    const read = (date1904: boolean) =>
      streamed(sheet(`<sheetData><row>${row}</row></sheetData>`, { styles, date1904 }))[0]!.rows[0];
    expect(read(false)).toEqual([43647, '2019-07-01', 43647, '2019-07-01', '2019-07-01']);
    expect(read(true)).toEqual([43647, '2023-07-02', 43647, '2023-07-02', '2023-07-02']);
  });

  it('stops at the row limit, naming the sheet', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`);
    const read = readWorkbookValues(sheet(`<sheetData>${rows.join('')}</sheetData>`), {
      maxColumns: 100,
      maxRows: 10,
    });
    expect(read).toEqual({
      ok: false,
      code: 'too-many-rows',
      params: { limit: 10 },
      sheet: '名册',
    });
    // Formatted empty rows far below do not count: only rows with a value do.
    const empty = sheet(
      `<sheetData>${rows.slice(0, 3).join('')}<row r="1048576"><c r="A1048576" s="1"/></row></sheetData>`,
    );
    expect(readWorkbookValues(empty, { maxColumns: 100, maxRows: 10 }).ok).toBe(true);
  });

  it('calls a file damaged, with the reason, when a part is broken or missing', () => {
    const broken = readWorkbookValues(
      sheet('<sheetData><row><c><v>1</v></row></sheetData>'),
      LIMITS,
    );
    expect(broken).toMatchObject({ ok: false, code: 'xlsx-damaged' });
    // The parser's own words, after the part's name: where in the file it broke.
    expect((broken as { params: { message?: string } }).params.message).toMatch(
      /^xl\/worksheets\/sheet1\.xml: 1:\d+: unexpected close tag/,
    );
    const parts = handMadeXlsx({ sheets: [{ name: '名册', body: '' }] });
    const missing = readWorkbookValues(withoutPart(parts, 'xl/worksheets/sheet1.xml'), LIMITS);
    expect(missing).toMatchObject({
      ok: false,
      code: 'xlsx-damaged',
      params: { message: 'xl/worksheets/sheet1.xml is missing' },
    });
    const string = readWorkbookValues(
      sheet('<sheetData><row><c t="s"><v>3</v></c></row></sheetData>'),
      LIMITS,
    );
    expect(string).toMatchObject({
      ok: false,
      code: 'xlsx-damaged',
      params: { message: 'xl/worksheets/sheet1.xml A1: shared string 3 is missing' },
    });
  });

  it('refuses merges that would fill more cells than the limit allows', () => {
    const merges = Array.from({ length: 5 }, (_, i) => `<mergeCell ref="A${i + 1}:CV200000"/>`);
    const bytes = sheet(
      `<sheetData><row><c><v>1</v></c></row></sheetData><mergeCells>${merges.join('')}</mergeCells>`,
    );
    expect(readWorkbookValues(bytes, LIMITS)).toMatchObject({ ok: false, code: 'too-complex' });
  });
});

describe('the zip guard counts merged ranges in the bytes', () => {
  const withMerges = (n: number, prefix: string) => {
    const p = prefix ? `${prefix}:` : '';
    const ns = prefix
      ? ` xmlns:${prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
      : '';
    const merges = Array.from(
      { length: n },
      (_, i) => `<${p}mergeCell ref="A${i + 1}:B${i + 1}"></${p}mergeCell>`,
    );
    return sheet(
      `<${p}sheetData${ns}/><${p}mergeCells${ns} count="${n}">${merges.join('')}</${p}mergeCells>`,
    );
  };

  it('counts `<mergeCell>` with or without a prefix, not `<mergeCells>` or closing tags', () => {
    for (const prefix of ['', 'x', 'ns_1']) {
      expect(checkXlsxBytes(withMerges(MAX_MERGED_RANGES, prefix)).ok).toBe(true);
      expect(checkXlsxBytes(withMerges(MAX_MERGED_RANGES + 1, prefix))).toEqual({
        ok: false,
        code: 'too-complex',
      });
    }
  });
});
