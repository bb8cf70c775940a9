import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { setPlan } from '../../../electron/services/campaigns/settings';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { buildExportFile } from '../../../electron/services/exports/build';
import { displayWidth } from '../../../electron/workbook/text-width';
import { computeRanking } from '../../../electron/services/ranking/service';
import type { RankingView } from '../../../shared/domain/views';
import { tempDir, testServices } from '../support';
import { ALL_SHEETS, readWorkbook, sheet, valueAt } from './support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;
let view: RankingView;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'export.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  view = computeRanking(services.ctx, { campaignId });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function buildAll(options = ALL_SHEETS) {
  const file = join(tmp.dir, 'out.xlsx');
  await buildExportFile(services.ctx, campaignId, options, file);
  // For people looking at the pages: `XINGPING_EXPORT_OUT=dir npx vitest run …` keeps a copy.
  const keep = process.env.XINGPING_EXPORT_OUT;
  if (keep)
    copyFileSync(file, join(keep, `demo-${options.starColumns}-${options.sheets.length}.xlsx`));
  return readWorkbook(file);
}

describe('exports for superiors', () => {
  it('writes the summary with the ranking service’s values, one row per branch', async () => {
    const ws = sheet(await buildAll(), '汇总排名表');
    expect(valueAt(ws, 1, 1)).toBe('示例县2025年度农村“五星”支部评定结果汇总表');
    expect(valueAt(ws, 2, 1)).toBe('填报单位：中共示例县委组织部');
    expect(valueAt(ws, 3, 5)).toBe('自评');
    expect(valueAt(ws, 4, 8)).toBe('县级审核');
    expect(valueAt(ws, 3, 9)).toBe('星级评定');
    expect(valueAt(ws, 4, 9)).toBe('支部过硬星');
    const col = (header: string) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].find(
        (c) => valueAt(ws, 4, c) === header || valueAt(ws, 3, c) === header,
      )!;
    expect(view.rows).toHaveLength(40);
    view.rows.forEach((row, i) => {
      const r = 5 + i;
      expect(valueAt(ws, r, 1)).toBe(i + 1);
      expect(valueAt(ws, r, 2)).toBe(row.townshipName);
      expect(valueAt(ws, r, 3)).toBe(row.branchName);
      expect(valueAt(ws, r, col('县级审核'))).toBe(row.total === null ? null : row.total / 100);
      expect(valueAt(ws, r, col('排名'))).toBe(row.rank);
      const proposed = String(valueAt(ws, r, col('拟评星级')));
      const named = view.levels.find((l) => l.level === row.level);
      if (named) expect(proposed).toBe(named.name);
      // Level 0 reads as everywhere else in the app: one word, 无星.
      if (row.level === 0) expect(proposed).toBe('无星');
      view.dimensions.forEach((d, s) => {
        expect(valueAt(ws, r, 9 + s)).toBe(row.stars.includes(d.code) ? '✓' : null);
      });
    });
    const totals = 5 + view.rows.length;
    expect(valueAt(ws, totals, 1)).toBe('合计');
    expect(valueAt(ws, totals, 9)).toBe(view.rows.filter((r) => r.stars.includes('S1')).length);
  });

  it('merges the title and header groups, freezes the headers and sets up A4 landscape printing', async () => {
    const ws = sheet(await buildAll(), '汇总排名表');
    const columns = ws.columnCount;
    const merges = (ws.model as { merges: string[] }).merges;
    expect(merges).toContain(`A1:${ws.getColumn(columns).letter}1`);
    expect(merges).toContain('A3:A4');
    expect(merges).toContain('E3:F3');
    expect(merges).toContain('I3:M3');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      printTitlesRow: '3:4',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.headerFooter.oddFooter).toContain('&N');
    // Widths fit the longest Chinese name (CJK counted as two).
    const longest = Math.max(...view.rows.map((r) => displayWidth(r.branchName)));
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(longest);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(displayWidth('乡镇（街道）') - 1);
    const last = ws.rowCount;
    expect(String(valueAt(ws, last, 1))).toContain('填表人');
  });

  it('shows star scores instead of ticks when asked', async () => {
    const ws = sheet(await buildAll({ ...ALL_SHEETS, starColumns: 'score' }), '汇总排名表');
    const scored = view.rows.findIndex((r) => r.scores[0] !== null);
    expect(valueAt(ws, 5 + scored, 9)).toBe(view.rows[scored]!.scores[0]! / 100);
    expect(ws.getRow(5 + scored).getCell(9).numFmt).toBe('0.00');
  });

  it('counts levels and stars per township against the plan, with a total row', async () => {
    const township = view.rows[0]!.townshipId;
    setPlan(services.ctx, {
      campaignId,
      targets: [
        { townshipId: township, kind: 'level', target: '5', count: 2 },
        { townshipId: township, kind: 'star', target: 'S1', count: 3 },
        { townshipId: null, kind: 'level', target: '5', count: 7 },
      ],
    });
    view = computeRanking(services.ctx, { campaignId });
    const ws = sheet(await buildAll(), '统计表');
    expect(valueAt(ws, 3, 4)).toBe('五星');
    expect(valueAt(ws, 4, 4)).toBe('计划');
    expect(valueAt(ws, 4, 5)).toBe('实际');
    const townships = [...new Set(view.rows.map((r) => r.townshipId))];
    let rowOf = 0;
    for (let r = 5; r < 5 + townships.length; r += 1) {
      const name = valueAt(ws, r, 2);
      const rows = view.rows.filter((x) => x.townshipName === name);
      expect(valueAt(ws, r, 3)).toBe(rows.length);
      expect(valueAt(ws, r, 5)).toBe(rows.filter((x) => x.level === 5).length);
      if (rows[0]?.townshipId === township) rowOf = r;
    }
    expect(valueAt(ws, rowOf, 4)).toBe(2);
    const totals = 5 + townships.length;
    expect(valueAt(ws, totals, 1)).toBe('合计');
    expect(valueAt(ws, totals, 3)).toBe(40);
    expect(valueAt(ws, totals, 4)).toBe(7);
    expect(valueAt(ws, totals, 5)).toBe(view.rows.filter((x) => x.level === 5).length);
  });

  it('lists the branches with a proposed rating on the public notice with period, phone and unit', async () => {
    const ws = sheet(await buildAll(), '公示名单');
    // No star (level 0) is not a rating: such branches are not published.
    const rated = view.rows.filter((r) => r.status === 'rated' && r.level !== null && r.level > 0);
    expect(rated.length).toBeGreaterThan(0);
    const noStar = view.rows.filter((r) => r.status === 'rated' && r.level === 0);
    expect(noStar.length).toBeGreaterThan(0);
    const names = rated.map((_, i) => valueAt(ws, 5 + i, 3));
    expect(new Set(names)).toEqual(new Set(rated.map((r) => r.branchName)));
    const text = ws
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(text).toContain('2026年11月25日至2026年12月1日');
    expect(text).toContain('0371-12345678');
    expect(text).toContain('中共示例县委组织部');
    for (const row of noStar) expect(text).not.toContain(row.branchName);
    // The demo ran only a county review: the notice names that stage and no other.
    expect(text).toContain(`经县级审核，拟评定以上 ${rated.length} 个党组织的星级`);
    expect(text).not.toContain('评审会');
    expect(text).not.toContain('自评');
  });

  it('writes a score sheet per branch with every item, round totals and signature lines', async () => {
    const workbook = await buildAll();
    const scored = view.rows.find((r) => r.total !== null)!;
    const ws = sheet(workbook, scored.branchName);
    expect(valueAt(ws, 2, 1)).toContain(scored.branchName);
    expect(valueAt(ws, 4, 6)).toBe('县级审核');
    const items = 59;
    expect(valueAt(ws, 5, 1)).toBe('支部过硬星（100）');
    const totals = 5 + items;
    expect(valueAt(ws, totals, 1)).toBe('合计');
    expect(valueAt(ws, totals, 6)).toBe(scored.total! / 100);
    expect((ws.model as { merges: string[] }).merges.some((m) => m.startsWith('A5:A'))).toBe(true);
    expect(String(valueAt(ws, ws.rowCount, 1))).toContain('签字');
    const evaluatorSheets = workbook.worksheets.filter((w) => w.name.startsWith('评委-'));
    expect(evaluatorSheets.length).toBeGreaterThan(0);
    const detail = evaluatorSheets[0]!;
    expect(valueAt(detail, 4, 6)).toBe('编号');
    expect(typeof valueAt(detail, 5, 9)).toBe('number');
  });

  it('writes headers in the language chosen for the export, not the interface language', async () => {
    const english = await buildAll({ ...ALL_SHEETS, sheets: ['summary'], language: 'en' });
    const ws = sheet(english, 'Summary');
    expect(valueAt(ws, 4, 9)).toBe('Strong branch star');
    expect(valueAt(ws, 3, 1)).toBe('No.');
    services.ctx.db
      .prepare("INSERT INTO meta (key, value) VALUES ('preferences.language', 'en')")
      .run();
    const chinese = await buildAll({ ...ALL_SHEETS, sheets: ['summary'], language: 'zh-CN' });
    expect(valueAt(sheet(chinese, '汇总排名表'), 4, 9)).toBe('支部过硬星');
  });
});
