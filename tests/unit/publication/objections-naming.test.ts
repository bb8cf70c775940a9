import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import {
  createNotice,
  listObjections,
  nameBranches,
  registerObjection,
  setNamingSettings,
  starTimeline,
  stepObjection,
} from '../../../electron/services/publication';
import type { NoticeView } from '../../../shared/domain/views/publication';
import { DEFAULT_NOTICE_RULES } from '../../../shared/domain/views/publication';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { decidedAndFrozen } from '../meetings/support';
import { qingshanServices } from '../rating/qingshan';
import { call, tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let notice: NoticeView;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
  // The two unrated branches given two and three stars, so the notice lists levels the county
  // names (one to three) and levels sent up to the city (four, five); then closed and frozen.
  await decidedAndFrozen(services, county, async (view) => {
    for (const [name, level] of [
      ['石门村', 2],
      ['柳塘村', 3],
    ] as const) {
      const item = view.items.find((i) => i.branchName === name);
      if (!item) throw new Error(`${name} not on the agenda`);
      await call(services, 'meetings.decide', {
        id: view.id,
        itemId: item.id,
        outcome: 'adjust',
        decidedLevel: level,
        votes: { for: 3, against: 0, abstain: 0 },
        reason: '经实地复核认定',
      });
    }
  });
  const round = services.ctx.db
    .prepare('SELECT deciding_round_id AS id FROM campaigns WHERE id = ?')
    .get(county.campaignId) as { id: string };
  notice = createNotice(services.ctx, {
    roundId: round.id,
    title: '青山县2025年度星级党组织评定结果公示',
    startDay: '2025-09-29',
    channels: {
      phone: '0571-1234567',
      letter: '县委组织部',
      visit: '三楼302室',
      address: '人民路1号',
      rules: DEFAULT_NOTICE_RULES,
    },
  });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function entry(name: string) {
  const e = notice.entries.find((x) => x.branchName === name);
  if (!e) throw new Error(`${name} not on the notice`);
  return e;
}

const LETTER = {
  channel: 'letter',
  fromKind: 'person',
  fromName: '张某',
  realName: true,
  contact: '13800000000',
  content: '该村“三会一课”台账有补记痕迹',
} as const;

describe('objections and naming', () => {
  it('flags an objection received after the notice ended as late but registers it', () => {
    const onTime = registerObjection(services.ctx, {
      ...LETTER,
      noticeId: notice.id,
      branchId: entry('龙泉村').branchId,
      receivedAt: '2025-10-11T16:00',
    });
    const late = registerObjection(services.ctx, {
      ...LETTER,
      noticeId: notice.id,
      branchId: entry('龙泉村').branchId,
      receivedAt: '2025-10-13T09:00',
    });
    expect([onTime.late, late.late]).toEqual([false, true]);
    expect(late.effect).toEqual({ kind: 'open' });
  });

  it('refuses a step out of order and keeps the stored steps unchanged', () => {
    const o = registerObjection(services.ctx, {
      ...LETTER,
      noticeId: notice.id,
      branchId: entry('龙泉村').branchId,
      receivedAt: '2025-10-09T10:00',
    });
    expect(() =>
      stepObjection(services.ctx, { id: o.id, step: { kind: 'conclude', finding: 'true' } }),
    ).toThrow(/wrong-stage/);
    const accepted = stepObjection(services.ctx, { id: o.id, step: { kind: 'accept' } });
    expect(accepted.state.stage).toBe('accepted');
    expect(accepted.next).toEqual(['investigate']);
  });

  it('names every listed branch except the one sent back for re-review, and records the county-named levels in star history', async () => {
    const target = notice.entries[notice.entries.length - 1]!;
    const o = registerObjection(services.ctx, {
      ...LETTER,
      noticeId: notice.id,
      branchId: target.branchId,
      receivedAt: '2025-10-09T10:00',
    });
    for (const step of [
      { kind: 'accept' },
      { kind: 'investigate', investigator: '组织科 王敏', dueDay: '2025-10-20' },
      { kind: 'conclude', finding: 'partly' },
      { kind: 'handle', handling: 'rereview' },
    ] as const)
      stepObjection(services.ctx, { id: o.id, step });
    await expect(
      nameBranches(services.ctx, {
        noticeId: notice.id,
        documentNumber: '青组发〔2025〕12号',
        namedOn: '2025-10-11',
      }),
    ).rejects.toThrow(/runs until 2025-10-11/);
    const result = await nameBranches(services.ctx, {
      noticeId: notice.id,
      documentNumber: '青组发〔2025〕12号',
      namedOn: '2025-10-20',
    });
    const named = [...result.lists.county, ...result.lists.city].flatMap((l) => l.branchIds);
    expect(named).not.toContain(target.branchId);
    expect(named.sort()).toEqual(
      notice.entries
        .filter((e) => e.branchId !== target.branchId)
        .map((e) => e.branchId)
        .sort(),
    );
    expect(result.lists.held).toEqual([{ branchId: target.branchId, why: 'rereview' }]);
    expect(listObjections(services.ctx, notice.id)[0]?.effect).toEqual({ kind: 'rereview' });
    expect(result.lists.county.length).toBeGreaterThan(0);
    expect(result.lists.city.length).toBeGreaterThan(0);
    // Levels above three go up to the city and are not recorded as county-named.
    for (const l of result.lists.county)
      for (const b of l.branchIds)
        expect(starTimeline(services.ctx, b)).toMatchObject([
          { year: 2025, level: l.level, document: '青组发〔2025〕12号', change: 'first' },
        ]);
    for (const l of result.lists.city)
      for (const b of l.branchIds) expect(starTimeline(services.ctx, b)).toEqual([]);
    await expect(
      nameBranches(services.ctx, {
        noticeId: notice.id,
        documentNumber: '青组发〔2025〕12号',
        namedOn: '2025-10-21',
      }),
    ).rejects.toThrow(/already used/);
  });

  it('names every level itself when the county is configured to, and never a branch with an open objection', async () => {
    const countyId = (
      services.ctx.db
        .prepare('SELECT county_id FROM campaigns WHERE id = ?')
        .get(county.campaignId) as { county_id: string }
    ).county_id;
    setNamingSettings(services.ctx, {
      countyId,
      authority: { countyLevels: [1, 2, 3, 4, 5] },
      starRules: null,
    });
    const open = registerObjection(services.ctx, {
      ...LETTER,
      noticeId: notice.id,
      branchId: entry('龙泉村').branchId,
      receivedAt: '2025-10-14T09:00',
    });
    expect(open.late).toBe(true);
    const result = await nameBranches(services.ctx, {
      noticeId: notice.id,
      documentNumber: '青组发〔2025〕13号',
      namedOn: '2025-10-20',
    });
    expect(result.lists.city).toEqual([]);
    expect(result.lists.held).toEqual([
      { branchId: entry('龙泉村').branchId, why: 'objection-open' },
    ]);
    expect(starTimeline(services.ctx, entry('白云村').branchId)).toMatchObject([
      { level: 4, document: '青组发〔2025〕13号' },
    ]);
    expect(starTimeline(services.ctx, entry('龙泉村').branchId)).toEqual([]);
  });
});
