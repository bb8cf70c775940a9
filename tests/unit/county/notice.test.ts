import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import { noticeStages } from '../../../electron/services/exports/notice-stages';
import { buildExportFile } from '../../../electron/services/exports/build';
import { computeRanking } from '../../../electron/services/ranking/service';
import { call } from '../support';
import { readWorkbook, sheet, valueAt } from '../exports/support';
import type { Qingshan, QingshanCampaign } from './qingshan';
import { qingshanCampaign, scoreSheet, setUpQingshan, useEmptyServices } from './qingshan';

const services = useEmptyServices();

describe('the stages a public notice names', () => {
  const round = (
    kind: 'self' | 'township' | 'county' | 'other',
    submitted: boolean,
    name = '',
  ) => ({
    kind,
    name,
    submitted,
  });

  it('names only rounds with a submitted sheet, each kind once, in the procedure’s order', () => {
    expect(
      noticeStages({
        rounds: [
          round('county', true),
          round('self', false),
          round('township', true),
          round('county', true),
        ],
        committeeDecided: false,
      }),
    ).toEqual([{ kind: 'township' }, { kind: 'county' }]);
  });

  it('names other rounds by their own name and the committee only once it decided', () => {
    expect(
      noticeStages({
        rounds: [
          round('other', true, '群众测评'),
          round('self', true),
          round('other', false, '复核'),
        ],
        committeeDecided: true,
      }),
    ).toEqual([{ kind: 'self' }, { kind: 'other', name: '群众测评' }, { kind: 'committee' }]);
    expect(noticeStages({ rounds: [round('county', false)], committeeDecided: false })).toEqual([]);
  });
});

async function notice(q: Qingshan, c: QingshanCampaign, language: 'zh-CN' | 'en' = 'zh-CN') {
  const options = await call<ExportOptions>(services(), 'exports.options', {
    campaignId: c.campaignId,
  });
  const file = join(services().ctx.info.dataFile, '..', `notice-${language}.xlsx`);
  await buildExportFile(
    services().ctx,
    c.campaignId,
    {
      ...options,
      sheets: ['notice', 'summary'],
      language,
      noticeFrom: '2026-12-01',
      noticeTo: '2026-12-07',
    },
    file,
  );
  expect(q.county.department).toBe(options.unitName);
  return readWorkbook(file);
}

function text(ws: ReturnType<typeof sheet>): string {
  return ws
    .getSheetValues()
    .flat()
    .filter((v) => typeof v === 'string')
    .join('\n');
}

describe('the public notice of a real county', () => {
  it('lists and counts only branches with a proposed rating and names the stages that happened', async () => {
    const q = await setUpQingshan(services());
    const c = await qingshanCampaign(services(), q);
    // Township and county rounds scored for two villages; a third has only a draft; the
    // self-assessment round never ran.
    for (const name of ['石门村', '上坝村']) {
      for (const roundId of [c.rounds.township, c.rounds.county]) {
        for (const evaluatorId of Object.values(c.evaluators)) {
          await scoreSheet(services(), c, { roundId, branchId: q.branches[name]!, evaluatorId });
        }
      }
    }
    await scoreSheet(
      services(),
      c,
      {
        roundId: c.rounds.county,
        branchId: q.branches['桃源村']!,
        evaluatorId: c.evaluators.county,
      },
      'draft',
    );
    const ranking = computeRanking(services().ctx, { campaignId: c.campaignId });
    const rated = ranking.rows.filter((r) => r.status === 'rated' && (r.level ?? 0) > 0);
    expect(rated.map((r) => r.branchName).sort()).toEqual(['上坝村', '石门村']);
    expect(ranking.rows.length).toBe(5);

    const ws = sheet(await notice(q, c), '公示名单');
    expect(valueAt(ws, 1, 1)).toBe('青山县2026年度农村“五星”支部评定拟评定结果公示名单');
    expect(valueAt(ws, 2, 1)).toBe('填报单位：中共青山县委组织部');
    expect([valueAt(ws, 5, 3), valueAt(ws, 6, 3)].sort()).toEqual(['上坝村', '石门村']);
    expect([valueAt(ws, 5, 5), valueAt(ws, 6, 5)]).toEqual(['五星', '五星']);
    const body = text(ws);
    expect(body).toContain(
      '经乡镇（街道）初评和县级审核，拟评定以上 2 个党组织的星级，现予以公示。',
    );
    for (const absent of ['桃源村', '下坝村', '青山村', '自评', '评审会', '示例县']) {
      expect(body).not.toContain(absent);
    }
    expect(body).toContain('2026年12月1日至2026年12月7日');
    expect(body).toContain('向中共青山县委组织部反映');
    // Who made it: in every page's footer, and as 填表人 on the summary.
    expect(ws.headerFooter.oddFooter).toContain('制表人：王芳');
    expect(text(sheet(await notice(q, c), '汇总排名表'))).toContain('填表人：王芳');
  });

  it('speaks of the self-assessment once a self round has a submitted sheet, also in English', async () => {
    const q = await setUpQingshan(services());
    const c = await qingshanCampaign(services(), q);
    const branchId = q.branches['青山村']!;
    await scoreSheet(services(), c, { roundId: c.rounds.self, branchId, evaluatorId: null });
    for (const evaluatorId of Object.values(c.evaluators)) {
      await scoreSheet(services(), c, { roundId: c.rounds.county, branchId, evaluatorId });
    }
    expect(text(sheet(await notice(q, c), '公示名单'))).toContain(
      '经支部自评和县级审核，拟评定以上 1 个党组织的星级',
    );
    const english = text(sheet(await notice(q, c, 'en'), 'Public notice'));
    expect(english).toContain(
      "Following the branches' self-assessment and the county review, the 1 party organisations",
    );
    expect(english).not.toContain('committee');
  });

  it('names no stage at all while nothing was submitted', async () => {
    const q = await setUpQingshan(services());
    const c = await qingshanCampaign(services(), q);
    const body = text(sheet(await notice(q, c), '公示名单'));
    expect(body).toContain('拟评定以上 0 个党组织的星级，现予以公示。');
    expect(body).not.toContain('经');
  });
});
