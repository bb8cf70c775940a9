import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import {
  createNotice,
  roundNotice,
  setWorkingCalendar,
  workingCalendar,
} from '../../../electron/services/publication';
import { SHIPPED_CALENDAR } from '../../../shared/domain/publication/calendar-data';
import {
  DEFAULT_NOTICE_RULES,
  type CalendarView,
  type NoticeView,
} from '../../../shared/domain/views/publication';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { decidedAndFrozen } from '../meetings/support';
import { qingshanServices } from '../rating/qingshan';
import { call, failure, tempDir } from '../support';
import { countyIdOf } from './support';

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

const CHANNELS = {
  phone: '0571-1234567',
  letter: '青山县委组织部组织科（青山县人民路1号）',
  visit: '县委组织部三楼302室',
  address: '青山县人民路1号',
  rules: DEFAULT_NOTICE_RULES,
};

const countyId = () => countyIdOf(services, county.campaignId);

function decidingRound(): string {
  const row = services.ctx.db
    .prepare('SELECT deciding_round_id AS id FROM campaigns WHERE id = ?')
    .get(county.campaignId) as { id: string };
  return row.id;
}

describe('公示 notice', () => {
  it('lists the frozen results with a star (decided, or passed by consent as ranked), with township and level, over the calendar period', async () => {
    await decidedAndFrozen(services, county);
    const notice = createNotice(services.ctx, {
      roundId: decidingRound(),
      title: '青山县2025年度星级党组织评定结果公示',
      startDay: '2025-09-29',
      channels: CHANNELS,
    });
    expect(notice).toMatchObject({
      startDay: '2025-09-29',
      endDay: '2025-10-11',
      workingDays: 5,
      daysOff: 8,
    });
    // 龙泉村 raised to five stars and 白云村 kept by decision; 青山村, 凤岭村 and 金沙村 passed
    // by consent as ranked. Not listed: 桃源村 sent back for re-review by the committee, 石门村
    // vetoed, 柳塘村 unrated. Highest level first, then the registry's order.
    expect(notice.entries.map((e) => [e.branchName, e.townshipName, e.proposedLevel])).toEqual([
      ['青山村', '云溪镇', 5],
      ['龙泉村', '石门镇', 5],
      ['凤岭村', '石门镇', 4],
      ['白云村', '石门镇', 4],
      ['金沙村', '石门镇', 2],
    ]);
    // A decided entry names its decision; one passed by consent has none.
    const decisionOf = (name: string) =>
      notice.entries.find((e) => e.branchName === name)!.decisionId;
    expect(decisionOf('龙泉村')).not.toBeNull();
    expect(decisionOf('青山村')).toBeNull();
    // The notice names the freeze it published.
    const frozen = services.ctx.db
      .prepare('SELECT id FROM checkpoints WHERE round_id = ? AND unfrozen_at IS NULL')
      .get(decidingRound()) as { id: string };
    expect(notice.checkpointId).toBe(frozen.id);
    expect(roundNotice(services.ctx, decidingRound())?.id).toBe(notice.id);
  });

  it('refuses a round not frozen, a second notice and a length outside 3–7 days', async () => {
    const base = {
      roundId: decidingRound(),
      title: '公示',
      startDay: '2025-11-03',
      channels: CHANNELS,
    };
    // Only frozen results are published.
    expect(() => createNotice(services.ctx, base)).toThrow(/Freeze the round/);
    await decidedAndFrozen(services, county);
    expect(() => createNotice(services.ctx, { ...base, workingDays: 8 })).toThrow(/3–7/);
    createNotice(services.ctx, base);
    expect(() => createNotice(services.ctx, base)).toThrow(/already has a notice/);
  });

  it('uses the county’s edited calendar and can go back to the shipped one', async () => {
    expect(workingCalendar(services.ctx, countyId())).toMatchObject({
      shipped: true,
      calendar: SHIPPED_CALENDAR,
    });
    expect(() =>
      setWorkingCalendar(services.ctx, {
        countyId: countyId(),
        calendar: {
          years: [
            {
              year: 2025,
              verified: true,
              holidays: [{ from: '2025-11-31', to: '2025-11-31', name: 'x' }],
              workdays: [],
            },
          ],
        },
      }),
    ).toThrow(/2025 holiday 1: 2025-11-31 is not a date/);
    setWorkingCalendar(services.ctx, {
      countyId: countyId(),
      calendar: {
        years: [
          {
            year: 2025,
            verified: true,
            holidays: [{ from: '2025-11-04', to: '2025-11-04', name: '县庆' }],
            workdays: [],
          },
        ],
      },
    });
    await decidedAndFrozen(services, county);
    const notice = createNotice(services.ctx, {
      roundId: decidingRound(),
      title: '公示',
      startDay: '2025-11-03',
      channels: CHANNELS,
    });
    expect(notice.endDay).toBe('2025-11-10');
    expect(setWorkingCalendar(services.ctx, { countyId: countyId(), calendar: null }).shipped).toBe(
      true,
    );
  });

  it('answers through the contract, refusing a notice shorter than three days with a translated reason', async () => {
    await decidedAndFrozen(services, county);
    const input = {
      roundId: decidingRound(),
      title: '公示',
      startDay: '2025-09-29',
      channels: CHANNELS,
    };
    const error = await failure(services, 'publication.createNotice', { ...input, workingDays: 2 });
    expect(error.code).toBe('INVALID_INPUT');
    const created = await call<NoticeView>(services, 'publication.createNotice', input);
    expect(created.endDay).toBe('2025-10-11');
    expect(
      await call<NoticeView | null>(services, 'publication.notice', { roundId: decidingRound() }),
    ).toMatchObject({ id: created.id });
    expect(
      await call<CalendarView>(services, 'publication.calendar', { countyId: countyId() }),
    ).toMatchObject({ shipped: true });
  });
});
