import type ExcelJS from 'exceljs';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { loadExportData } from '../../../electron/services/exports/data';
import { sheetSpecs } from '../../../electron/services/exports/sheet-specs';
import type { TableSpec } from '../../../electron/services/exports/table-spec';
import { tableSheet } from '../../../electron/services/exports/table-writer';
import { wordsFor } from '../../../electron/services/exports/words';
import { writeXlsxBook } from '../../../electron/workbook/xlsx-book';
import { createQingshan } from '../../fixtures/qingshan-county';
import { call, tempDir, testServices } from '../support';
import { streamingWorkbook, writeTable } from './oracle/exceljs-table-writer';
import { ALL_SHEETS, readWorkbook, unzip } from './support';

/**
 * The exports are written by our own streaming writer (workbook/xlsx-book.ts). Until
 * 2026-12-06 they went through exceljs's streaming writer, kept under `oracle/` as the
 * reference: every sheet read back from both files must be the same, cell by cell, look by
 * look, merge by merge. Two differences on purpose, where exceljs did not write what the exports
 * asked for: it dropped `horizontalCentered`, and it left out a column width of exactly 9.
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;

beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const CONTEXT = {
  fonts: { name: '宋体' },
  footer: '第 &P 页，共 &N 页',
  preparedBy: '制表人：王芳',
};

async function viaExcelJs(specs: TableSpec[], file: string): Promise<void> {
  const stream = createWriteStream(file);
  const workbook = streamingWorkbook(stream);
  workbook.creator = '王芳';
  for (const spec of specs) writeTable(workbook, spec, CONTEXT);
  await workbook.commit();
  await finished(stream);
}

async function viaOwnWriter(specs: TableSpec[], file: string): Promise<void> {
  const stream = createWriteStream(file);
  await writeXlsxBook(stream, {
    creator: '王芳',
    sheets: specs.map((spec) => tableSheet(spec, CONTEXT)),
  });
}

/** What a reader sees of one sheet: everything the exports set, in a comparable shape. */
function seen(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  const heights: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    heights.push([r, row.height]);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const { font, border, fill, alignment, numFmt } = cell.style;
      cells.push([
        r,
        c,
        cell.isMerged ? cell.master.address : null,
        cell.value,
        font,
        border,
        fill,
        alignment,
        numFmt,
      ]);
    });
  });
  // printOptions: only the new file has the element, and with it these three defaults.
  const { horizontalCentered, showGridLines, showRowColHeaders, verticalCentered, ...page } =
    ws.pageSetup;
  expect([showGridLines, showRowColHeaders, verticalCentered]).not.toContain(true);
  return {
    name: ws.name,
    // exceljs left out a column 9 wide (its own default width), so Excel showed it 8.43 wide.
    widths: (ws.columns ?? []).map((c) => c.width ?? 9),
    views: ws.views.map((v) => ({
      state: v.state,
      ...('xSplit' in v ? { xSplit: v.xSplit, ySplit: v.ySplit, topLeftCell: v.topLeftCell } : {}),
    })),
    page: { ...page, centered: horizontalCentered === true },
    footer: ws.headerFooter.oddFooter,
    merges: [...(ws.model as { merges: string[] }).merges].sort(),
    heights,
    cells,
  };
}

async function compare(specs: TableSpec[]): Promise<void> {
  const old = join(tmp.dir, 'exceljs.xlsx');
  const own = join(tmp.dir, 'own.xlsx');
  await viaExcelJs(specs, old);
  await viaOwnWriter(specs, own);
  const before = await readWorkbook(old);
  const after = await readWorkbook(own);
  expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
  expect(after.creator).toBe('王芳');
  for (const ws of after.worksheets) {
    const was = seen(before.getWorksheet(ws.name)!);
    const is = seen(ws);
    expect(was.page.centered).toBe(false);
    expect(is.page.centered).toBe(true);
    expect({ ...is, page: { ...is.page, centered: false } }).toEqual(was);
  }
}

function specsOf(campaignId: string, language: 'zh-CN' | 'en' = 'zh-CN'): TableSpec[] {
  const options = { ...ALL_SHEETS, language, unitName: '中共青山县委组织部' };
  const words = wordsFor(services.ctx, language);
  return [...sheetSpecs(services.ctx, loadExportData(services.ctx, campaignId, options, words))];
}

describe('the exports’ own streaming writer', () => {
  it('writes every sheet of 青山县’s export as exceljs did', async () => {
    services = testServices(join(tmp.dir, 'qingshan.sqlite'), false);
    const county = await createQingshan((method, input) => call(services, method, input));
    const specs = specsOf(county.campaignId);
    // Summary, townships, statistics, notice, decisions, per-branch and per-evaluator sheets.
    expect(specs.length).toBeGreaterThan(8);
    expect(specs.some((s) => (s.bodyMerges ?? []).length > 0)).toBe(true);
    expect(specs.some((s) => (s.notes ?? []).length > 0)).toBe(true);
    await compare(specs);
  });

  it('writes the demo’s export, in English too, as exceljs did', async () => {
    services = testServices(join(tmp.dir, 'demo.sqlite'));
    const campaignId = (await call<{ id: string }[]>(services, 'campaigns.list', {}))[0]!.id;
    await compare(specsOf(campaignId, 'en'));
  });

  it('guards text, drops characters XML cannot hold and keeps the rest exact', async () => {
    services = testServices(join(tmp.dir, 'hostile.sqlite'), false);
    const spec: TableSpec = {
      sheetName: "O'Brien & Co",
      title: '=HYPERLINK("http://x","点我")',
      unitLine: '<单位> & "引号"',
      dateLine: '  两端空格  ',
      columns: [{ header: '+1' }, { header: '名称', group: '@组' }, { header: '分', decimals: 1 }],
      rows: [
        ['-2', 'a\u0000b\u0007c\u001fd', 12.5],
        ['\t制表', '行一\n行二', -3],
        ['😀 ok', '\ud800lone', null],
        ['\u0001=SUM(1)', '\u0000\u0000', null],
      ],
      signatures: ['签字：'],
    };
    const file = join(tmp.dir, 'hostile.xlsx');
    await viaOwnWriter([spec], file);
    const ws = (await readWorkbook(file)).worksheets[0]!;
    expect(ws.name).toBe("O'Brien & Co");
    expect(ws.getCell('A1').value).toBe('\'=HYPERLINK("http://x","点我")');
    expect(ws.getCell('A2').value).toBe('<单位> & "引号"');
    expect(ws.getCell('C2').value).toBe('  两端空格  ');
    expect(ws.getCell('A3').value).toBe("'+1");
    expect(ws.getCell('B3').value).toBe("'@组");
    expect(ws.getCell('A5').value).toBe("'-2");
    expect(ws.getCell('B5').value).toBe('abcd');
    expect(ws.getCell('C5').value).toBe(12.5);
    expect(ws.getCell('C5').numFmt).toBe('0.0');
    expect(ws.getCell('A6').value).toBe("'\t制表");
    expect(ws.getCell('B6').value).toBe('行一\n行二');
    expect(ws.getCell('C6').value).toBe(-3);
    expect(ws.getCell('A7').value).toBe('😀 ok');
    expect(ws.getCell('B7').value).toBe('lone');
    // A character XML cannot hold goes before the guard looks at the text's start.
    expect(ws.getCell('A8').value).toBe("'=SUM(1)");
    expect(ws.getCell('B8').value).toBe(null);
    const xml = unzip(readFileSync(file));
    expect(xml.get('xl/workbook.xml')).toContain('&apos;O&apos;&apos;Brien &amp; Co&apos;!$3:$4');
    expect(ws.pageSetup.printTitlesRow).toBe('3:4');
  });
});
