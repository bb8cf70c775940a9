import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { buildExportFile } from '../../../electron/services/exports/build';
import {
  countLevels,
  countLevelsAfterReview,
} from '../../../renderer/src/features/ranking/charts/chartData';
import { overridesQuota } from '../../../shared/domain/meeting-rules';
import type { RankingExplanation, RankingView } from '../../../shared/domain/views';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { readWorkbook, sheet, valueAt } from '../exports/support';
import { ALL_SHEETS } from '../exports/support';
import { qingshanServices } from '../rating/qingshan';
import { call, tempDir } from '../support';
import { decideThree, startedQingshanMeeting } from './support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const ranking = () =>
  call<RankingView>(services, 'ranking.compute', { campaignId: county.campaignId });
const rowOf = (view: RankingView, name: string) => view.rows.find((r) => r.branchName === name)!;

/** A sheet's header row 4 (or 3 for ungrouped headers) as text, to find a column by name. */
function columnOf(ws: ReturnType<typeof sheet>, header: string, group?: string): number {
  for (let c = 1; c <= ws.columnCount; c += 1) {
    const top = valueAt(ws, 3, c);
    const bottom = valueAt(ws, 4, c);
    if (group ? top === group && bottom === header : bottom === header || top === header) return c;
  }
  throw new Error(`no column ${group ?? ''}/${header}`);
}

function rowWith(ws: ReturnType<typeof sheet>, column: number, text: string): number {
  for (let r = 5; r <= ws.rowCount; r += 1) if (valueAt(ws, r, column) === text) return r;
  throw new Error(`no row with ${text}`);
}

describe('the decided level beside the computed one', () => {
  it('ranking rows carry no decision before the committee decides', async () => {
    expect((await ranking()).rows.some((r) => r.decided !== undefined)).toBe(false);
  });

  it('ranking rows and the explanation carry the latest decision, its outcome and whether it overrides the quota', async () => {
    await decideThree(services, await startedQingshanMeeting(services, county));
    const view = await ranking();
    const longquan = rowOf(view, '龙泉村');
    expect(longquan.level).toBe(4);
    expect(longquan.decided).toMatchObject({
      decidedLevel: 5,
      computedLevel: 4,
      outcome: 'adjust',
      overridesQuota: true,
      version: 1,
    });
    expect(rowOf(view, '桃源村').decided).toMatchObject({
      decidedLevel: null,
      outcome: 're-review',
      overridesQuota: false,
    });
    const baiyun = rowOf(view, '白云村');
    expect(baiyun.decided).toMatchObject({ decidedLevel: baiyun.level, outcome: 'keep' });
    expect(rowOf(view, '凤岭村').decided).toBeUndefined();
    // The ranking's level chart counts the levels after review beside the computed ones.
    const levels = [5, 4, 3, 2];
    expect(countLevelsAfterReview(view.rows, levels)).toEqual(
      countLevels(view.rows, levels).map((n, i) =>
        // 龙泉村 4★ → 5★; 桃源村, sent back, is incomplete again and counted in neither.
        levels[i] === 5 ? n + 1 : levels[i] === 4 ? n - 1 : n,
      ),
    );
    const explained = await call<RankingExplanation>(services, 'ranking.explain', {
      campaignId: county.campaignId,
      branchId: longquan.branchId,
    });
    expect(explained.row.decided?.decisionId).toBe(longquan.decided!.decisionId);
  });

  it('every export sheet that shows a level shows the decided one beside it, and the notice names the committee', async () => {
    await decideThree(services, await startedQingshanMeeting(services, county));
    const view = await ranking();
    const file = join(tmp.dir, 'out.xlsx');
    await buildExportFile(
      services.ctx,
      county.campaignId,
      { ...ALL_SHEETS, sheets: ['summary', 'statistics', 'notice'] },
      file,
    );
    const workbook = await readWorkbook(file);
    const summary = sheet(workbook, '汇总排名表');
    const decidedCol = columnOf(summary, '评审结果');
    expect(columnOf(summary, '拟评星级')).toBe(decidedCol - 1);
    const branchCol = columnOf(summary, '村（社区）');
    const at = (name: string) => valueAt(summary, rowWith(summary, branchCol, name), decidedCol);
    const five = view.levels.find((l) => l.level === 5)!.name;
    expect(at('龙泉村')).toBe(`${five}（超出名额）`);
    expect(at('桃源村')).toBe('退回复核');
    expect(at('凤岭村')).toBeNull();
    const totals = rowWith(summary, 1, '合计');
    expect(valueAt(summary, totals, decidedCol)).toBe('已评审 3 个');

    const statistics = sheet(workbook, '统计表');
    const fiveAfter = columnOf(statistics, '评审后', five);
    const fiveActual = columnOf(statistics, '实际', five);
    const total = rowWith(statistics, 1, '合计');
    const computedFive = view.rows.filter((r) => r.level === 5).length;
    expect(valueAt(statistics, total, fiveActual)).toBe(computedFive);
    expect(valueAt(statistics, total, fiveAfter)).toBe(computedFive + 1);

    const notice = sheet(workbook, '公示名单');
    const names: unknown[] = [];
    for (let r = 5; r <= notice.rowCount; r += 1) names.push(valueAt(notice, r, 3));
    expect(names).toContain('龙泉村');
    expect(names).not.toContain('桃源村');
    const longquanRow = rowWith(notice, 3, '龙泉村');
    expect(valueAt(notice, longquanRow, 5)).toBe(five);
    const text = JSON.stringify(notice.getSheetValues());
    expect(text).toContain('评审会集体研究');
  });
});

describe('the 评审结果 sheet', () => {
  it('lists each decided branch with computed and decided level, outcome, votes, reason, meeting and version, formula-safe', async () => {
    const meeting = await decideThree(services, await startedQingshanMeeting(services, county));
    const view = await ranking();
    const file = join(tmp.dir, 'decisions.xlsx');
    await buildExportFile(
      services.ctx,
      county.campaignId,
      { ...ALL_SHEETS, sheets: ['decisions'] },
      file,
    );
    // For people looking at the page: `XINGPING_EXPORT_OUT=dir npx vitest run …` keeps a copy.
    const keep = process.env.XINGPING_EXPORT_OUT;
    if (keep) copyFileSync(file, join(keep, 'decisions.xlsx'));
    const ws = sheet(await readWorkbook(file), '评审结果');
    expect(valueAt(ws, 1, 1)).toBe('青山县2025年度农村“五星”支部评定评审结果');
    const headers = Array.from(
      { length: 15 },
      (_, i) => valueAt(ws, 4, i + 1) ?? valueAt(ws, 3, i + 1),
    );
    expect(headers).toEqual([
      '序号',
      '乡镇（街道）',
      '村（社区）',
      '计算星级',
      '评审结果',
      '审议结果',
      '名额',
      '同意',
      '不同意',
      '弃权',
      '出席人数',
      '回避人数',
      '理由',
      '会议',
      '版本',
    ]);
    const decided = view.rows.filter((r) => r.decided);
    expect(decided).toHaveLength(3);
    const name = (level: number) => view.levels.find((l) => l.level === level)!.name;
    const body = decided.map((_, i) =>
      Array.from({ length: 15 }, (_, c) => valueAt(ws, 5 + i, c + 1)),
    );
    // In ranking order, read back from the file.
    expect(body.map((r) => r[2])).toEqual(decided.map((r) => r.branchName));
    const longquan = body.find((r) => r[2] === '龙泉村')!;
    expect(longquan).toEqual([
      expect.any(Number),
      '石门镇',
      '龙泉村',
      name(4),
      name(5),
      '调整',
      '超出名额',
      2,
      1,
      0,
      4,
      1,
      // The reason starts with "=": written as text behind the guard, never as a formula.
      "'=群众满意度全县第一，破格五星",
      '青山县2025年度评审会（2025年12月10日）',
      1,
    ]);
    const taoyuan = body.find((r) => r[2] === '桃源村')!;
    expect(taoyuan.slice(3, 7)).toEqual([name(3), null, '退回复核', null]);
    expect(meeting.items.length).toBeGreaterThan(3);
    // No formula cell anywhere in the sheet.
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(6)));
  });

  it('says plainly that there are no decisions yet instead of an empty table', async () => {
    const file = join(tmp.dir, 'none.xlsx');
    await buildExportFile(
      services.ctx,
      county.campaignId,
      { ...ALL_SHEETS, sheets: ['decisions'] },
      file,
    );
    const text = JSON.stringify(sheet(await readWorkbook(file), '评审结果').getSheetValues());
    expect(text).toContain('本轮尚无评审会的决定。');
  });
});

describe('overridesQuota', () => {
  it('is true only above the computed level where a quota lowered it or the plan targets that level', () => {
    const base = { computedLevel: 4, levelBeforeQuota: 4, plannedLevels: [] };
    expect(overridesQuota({ ...base, decidedLevel: 5 })).toBe(false);
    expect(overridesQuota({ ...base, decidedLevel: 5, levelBeforeQuota: 5 })).toBe(true);
    expect(overridesQuota({ ...base, decidedLevel: 5, plannedLevels: [5] })).toBe(true);
    expect(overridesQuota({ ...base, decidedLevel: 3, levelBeforeQuota: 5 })).toBe(false);
    expect(overridesQuota({ ...base, decidedLevel: null, levelBeforeQuota: 5 })).toBe(false);
  });
});
