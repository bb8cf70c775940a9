import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { buildExportFile } from '../../../electron/services/exports/build';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { ALL_SHEETS, readWorkbook, sheet, valueAt } from '../exports/support';
import { tempDir } from '../support';
import { qingshanServices } from './qingshan';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
beforeAll(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
}, 60_000);
afterAll(() => {
  services.close();
  tmp.cleanup();
});

const OPTIONS: ExportOptions = { ...ALL_SHEETS, unitName: '中共青山县委组织部' };

async function build(options: Partial<ExportOptions>): Promise<ExcelJS.Workbook> {
  const file = join(tmp.dir, `export-${Math.random().toString(36).slice(2)}.xlsx`);
  await buildExportFile(services.ctx, county.campaignId, { ...OPTIONS, ...options }, file);
  return readWorkbook(file);
}

/** The column whose header (either header row) reads `header`, within `group` when given. */
function column(ws: ExcelJS.Worksheet, header: string, group?: string): number {
  for (let c = 1; c <= ws.columnCount; c += 1) {
    const top = valueAt(ws, 3, c);
    const bottom = valueAt(ws, 4, c);
    if (
      group === undefined ? top === header || bottom === header : top === group && bottom === header
    )
      return c;
  }
  throw new Error(`no column ${group ?? ''}/${header}`);
}

function rowOf(ws: ExcelJS.Worksheet, branch: string): number {
  for (let r = 5; r <= ws.rowCount; r += 1) if (valueAt(ws, r, 3) === branch) return r;
  throw new Error(`no row for ${branch}`);
}

const STARS = ['支部过硬星', '产业兴旺星', '生态宜居星', '平安法治星', '文明幸福星'];

describe('workbooks of 青山县 tell the truth', { timeout: 60_000 }, () => {
  it('the summary ticks no star of a vetoed branch and counts only stars awarded', async () => {
    const ws = sheet(await build({ starColumns: 'check' }), '汇总排名表');
    const vetoed = rowOf(ws, '石门村');
    expect(STARS.map((s) => valueAt(ws, vetoed, column(ws, s)))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(valueAt(ws, vetoed, column(ws, '拟评星级'))).toBe('否决');
    expect(valueAt(ws, vetoed, column(ws, '一票否决'))).toBe('✓');
    const tied = rowOf(ws, '龙泉村');
    expect(STARS.map((s) => valueAt(ws, tied, column(ws, s)))).toEqual([null, '✓', '✓', '✓', '✓']);
    expect(String(valueAt(ws, tied, column(ws, '备注')))).toContain('比例临界同分');
    let totals = 5;
    while (valueAt(ws, totals, 1) !== '合计') totals += 1;
    // One 支部过硬星 (青山村), as many as five-star branches.
    expect(valueAt(ws, totals, column(ws, '支部过硬星'))).toBe(1);
  });

  it('the summary leaves an incomplete branch’s star scores and total blank, never 0', async () => {
    const ws = sheet(await build({ starColumns: 'score' }), '汇总排名表');
    const incomplete = rowOf(ws, '柳塘村');
    expect(STARS.map((s) => valueAt(ws, incomplete, column(ws, s)))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(valueAt(ws, incomplete, column(ws, '县级审核'))).toBeNull();
    expect(valueAt(ws, incomplete, column(ws, '拟评星级'))).toBe('未评完');
    // A vetoed branch's scores are final: they are shown.
    const vetoed = rowOf(ws, '石门村');
    expect(typeof valueAt(ws, vetoed, column(ws, '支部过硬星'))).toBe('number');
  });

  it('the remarks name a gate only where it lowered the level', async () => {
    const ws = sheet(await build({ starColumns: 'check' }), '汇总排名表');
    const remarks = column(ws, '备注');
    expect(String(valueAt(ws, rowOf(ws, '白云村'), remarks))).toContain('未达门槛条件');
    const quiet = valueAt(ws, rowOf(ws, '桃源村'), remarks);
    expect(typeof quiet === 'string' ? quiet : '').not.toContain('未达门槛条件');
  });

  it('the statistics count as many capstone stars as five-star branches', async () => {
    const ws = sheet(await build({ sheets: ['statistics'] }), '统计表');
    let totals = 5;
    while (valueAt(ws, totals, 1) !== '合计') totals += 1;
    expect(valueAt(ws, totals, column(ws, '实际', '五星'))).toBe(1);
    expect(valueAt(ws, totals, column(ws, '实际', '支部过硬星'))).toBe(1);
    expect(valueAt(ws, totals, column(ws, '实际', '四星'))).toBe(3);
    expect(valueAt(ws, totals, column(ws, '未定级'))).toBe(2);
  });

  it('the notice lists the rated branches only, the score sheet leaves the pending total blank', async () => {
    const wb = await build({});
    const notice = sheet(wb, '公示名单');
    const listed: unknown[] = [];
    for (let r = 5; r <= notice.rowCount; r += 1) listed.push(valueAt(notice, r, 3));
    expect(listed).not.toContain('石门村');
    expect(listed).not.toContain('柳塘村');
    expect(listed).toContain('龙泉村');
    const scores = sheet(wb, '柳塘村');
    let totals = 5;
    while (valueAt(scores, totals, 1) !== '合计') totals += 1;
    expect(valueAt(scores, totals, column(scores, '县级审核'))).toBeNull();
    expect(valueAt(scores, totals, column(scores, '备注'))).toBe('县级审核：未评完');
  });
});
