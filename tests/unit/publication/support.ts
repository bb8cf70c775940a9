import type { AppServices } from '../../../electron/services/app';
import {
  createNotice,
  registerObjection,
  stepObjection,
} from '../../../electron/services/publication';
import type { ObjectionStep } from '../../../shared/domain/publication/objection';
import type { NoticeView } from '../../../shared/domain/views/publication';
import { DEFAULT_NOTICE_RULES } from '../../../shared/domain/views/publication';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { WEAK_AND_LAX } from '../../fixtures/qingshan-county';
import { decidedAndFrozen } from '../meetings/support';
import { qingshanServices } from '../rating/qingshan';
import { call } from '../support';

/**
 * 青山县 with its round decided, frozen and published: 石门村's veto lifted, the two unrated
 * branches given two and three stars, so the notice lists levels the county names (one to three) and levels sent up
 * to the city (four, five). The notice starts on 2025-09-29 and ends on 2025-10-11.
 */
export async function publishedQingshan(
  dir: string,
  options: { liftVeto?: boolean } = {},
): Promise<{ services: AppServices; county: Qingshan; notice: NoticeView }> {
  const { services, county } = await qingshanServices(dir);
  await decidedAndFrozen(services, county, async (view) => {
    // 石门村's veto (软弱涣散) was looked into and lifted before the committee rated it.
    if (options.liftVeto !== false)
      await call(services, 'vetoes.resolve', {
        roundId: county.roundId,
        branchId: county.branches.get('石门村'),
        itemCode: WEAK_AND_LAX,
        reason: '经核实已整改到位',
      });
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
  const notice = createNotice(services.ctx, {
    roundId: county.roundId,
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
  return { services, county, notice };
}

export function entryOf(notice: NoticeView, name: string) {
  const e = notice.entries.find((x) => x.branchName === name);
  if (!e) throw new Error(`${name} not on the notice`);
  return e;
}

/** A letter from a person, with real name and contact. */
export const LETTER = {
  channel: 'letter',
  fromKind: 'person',
  fromName: '张某',
  realName: true,
  contact: '13800000000',
  content: '该村“三会一课”台账有补记痕迹',
} as const;

/** An objection against a branch on the notice, received on 2025-10-09, taken through `steps`. */
export function objectionWith(
  services: AppServices,
  notice: NoticeView,
  branchName: string,
  steps: readonly ObjectionStep[],
): string {
  const o = registerObjection(services.ctx, {
    ...LETTER,
    noticeId: notice.id,
    branchId: entryOf(notice, branchName).branchId,
    receivedAt: '2025-10-09T10:00',
  });
  for (const step of steps) stepObjection(services.ctx, { id: o.id, step });
  return o.id;
}

/** 受理 → 调查核实 → 部分属实 → 退回复核. */
export const SENT_BACK: readonly ObjectionStep[] = [
  { kind: 'accept' },
  { kind: 'investigate', investigator: '组织科 王敏', dueDay: '2025-10-20' },
  { kind: 'conclude', finding: 'partly' },
  { kind: 'handle', handling: 'rereview' },
];

/** The county of a campaign (its settings are per county). */
export function countyIdOf(services: AppServices, campaignId: string): string {
  return (
    services.ctx.db.prepare('SELECT county_id FROM campaigns WHERE id = ?').get(campaignId) as {
      county_id: string;
    }
  ).county_id;
}
