import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { AppEvent } from '../../../shared/api/events';
import type { MeetingView, SimulationView } from '../../../shared/domain/views/meetings';
import type { RankingView } from '../../../shared/domain/views';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { qingshanServices } from '../rating/qingshan';
import { call as callApi, count, tempDir } from '../support';

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

const call = <T>(method: string, input: unknown): Promise<T> => callApi<T>(services, method, input);

async function meeting(): Promise<MeetingView> {
  return call<MeetingView>('meetings.create', {
    campaignId: county.campaignId,
    title: '青山县评审会',
    heldOn: '2025-12-10',
    members: [{ name: '王建国' }, { name: '张伟' }, { name: '陈静' }],
  });
}

describe('meetings.simulate (the quota simulator at the border)', () => {
  // 青山县: at most two five-star branches; 青山村 holds one, 龙泉村 and 凤岭村 tie for the other
  // and are both pushed down to four (ties: demote-all).
  it('lowering the five-star branch frees its seat: both tied branches move up, and nothing is stored', async () => {
    const view = await meeting();
    const item = view.items.find((i) => i.branchName === '青山村')!;
    const decisions = count(services, 'meeting_decisions');
    const audits = count(services, 'audit_log');

    const result = await call<SimulationView>('meetings.simulate', {
      id: view.id,
      itemId: item.id,
      level: 4,
    });

    expect(result).toMatchObject({ computedLevel: 5, level: 4, withinQuota: true });
    expect(result.moves.map((m) => [m.branchName, m.townshipName, m.from, m.to])).toEqual([
      ['龙泉村', '石门镇', 4, 5],
      ['凤岭村', '石门镇', 4, 5],
    ]);
    expect(count(services, 'meeting_decisions')).toBe(decisions);
    expect(count(services, 'audit_log')).toBe(audits);
  });

  it('giving one tied branch the free five-star seat moves nobody else', async () => {
    const view = await meeting();
    const item = view.items.find((i) => i.branchName === '龙泉村')!;
    const result = await call<SimulationView>('meetings.simulate', {
      id: view.id,
      itemId: item.id,
      level: 5,
    });
    expect(result).toMatchObject({ computedLevel: 4, withinQuota: true, moves: [] });
  });

  it('keeping the computed level moves nobody', async () => {
    const view = await meeting();
    const ranking = await call<RankingView>('ranking.compute', { campaignId: county.campaignId });
    const rated = ranking.rows.find((r) => r.status === 'rated')!;
    const item = view.items.find((i) => i.branchId === rated.branchId)!;
    const result = await call<SimulationView>('meetings.simulate', {
      id: view.id,
      itemId: item.id,
      level: rated.level,
    });
    expect(result).toMatchObject({ withinQuota: true, moves: [] });
  });
});

describe('meeting changes are pushed to the pages', () => {
  it('announces each change after its commit, and shows a projected simulation only on its item', async () => {
    const seen: AppEvent[] = [];
    const stop = services.ctx.events.subscribe((event) => seen.push(event));
    const view = await meeting();
    const first = view.items[0]!;
    await call('meetings.rollCall', {
      id: view.id,
      memberId: view.members[0]!.id,
      attendance: 'present',
    });
    expect(seen.filter((e) => e.name === 'meeting.changed')).toEqual([
      { name: 'meeting.changed', data: { meetingId: view.id } },
      { name: 'meeting.changed', data: { meetingId: view.id } },
    ]);
    for (const m of view.members.slice(1))
      await call('meetings.rollCall', { id: view.id, memberId: m.id, attendance: 'present' });
    await call('meetings.start', { id: view.id });
    const shown = await call<MeetingView>('meetings.project', {
      id: view.id,
      itemId: first.id,
      level: 3,
    });
    expect(shown.projected).toEqual({ itemId: first.id, level: 3 });
    const moved = await call<MeetingView>('meetings.advance', {
      id: view.id,
      itemId: view.items[1]!.id,
    });
    expect(moved.projected).toBeNull();
    stop();
  });
});
