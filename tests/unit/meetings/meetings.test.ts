import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { DecidedLevel, MeetingView } from '../../../shared/domain/views/meetings';
import type { RankingView } from '../../../shared/domain/views';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { qingshanServices } from '../rating/qingshan';
import { call as callApi, failure, tempDir } from '../support';

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

function townshipOf(branchName: string): string {
  const row = services.ctx.db
    .prepare('SELECT parent_id FROM org_units WHERE id = ?')
    .get(county.branches.get(branchName)) as { parent_id: string };
  return row.parent_id;
}

/** Five members; 李敏 works in 石门镇, so she leaves for its branches. */
async function createMeeting(): Promise<MeetingView> {
  return call<MeetingView>('meetings.create', {
    campaignId: county.campaignId,
    title: '青山县2025年度评审会',
    heldOn: '2025-12-10',
    venue: '县委三楼会议室',
    chair: '王建国',
    recorder: '赵晓',
    // Two branches' evaluators are 11 and 16 points apart; the span reason has its own tests
    // (span.test.ts), so these agendas leave it out.
    spanThreshold: 100_000,
    members: [
      { name: '王建国' },
      { name: '李敏', unitId: townshipOf('龙泉村') },
      { name: '张伟' },
      { name: '陈静' },
      { name: '刘洋' },
    ],
  });
}

function item(view: MeetingView, branchName: string) {
  const found = view.items.find((i) => i.branchName === branchName);
  if (!found) throw new Error(`${branchName} is not on the agenda`);
  return found;
}

async function startedMeeting(present = 4): Promise<MeetingView> {
  let view = await createMeeting();
  for (const [index, member] of view.members.entries()) {
    view = await call<MeetingView>('meetings.rollCall', {
      id: view.id,
      memberId: member.id,
      attendance: index < present ? 'present' : 'leave',
    });
  }
  return call<MeetingView>('meetings.start', { id: view.id });
}

function auditActions(): { action: string; actor: string; reason: string | null }[] {
  return services.ctx.db
    .prepare(`SELECT action, actor, reason FROM audit_log WHERE entity = 'meeting' ORDER BY seq`)
    .all() as { action: string; actor: string; reason: string | null }[];
}

describe('the agenda is built from the ranking', () => {
  it('puts the border, the veto, the incomplete and the gate-capped branches first, with why, and the rest as one consent block', async () => {
    const view = await createMeeting();
    const discussed = view.items.filter((i) => !i.consent);
    expect(discussed.map((i) => [i.branchName, i.reasons])).toEqual([
      ['龙泉村', ['border']],
      ['凤岭村', ['border']],
      ['石门村', ['veto']],
      ['柳塘村', ['incomplete']],
      ['白云村', ['gate']],
    ]);
    expect(
      view.items
        .filter((i) => i.consent)
        .map((i) => i.branchName)
        .sort(),
    ).toEqual(['青山村', '桃源村', '金沙村'].sort());
    expect(view.items.map((i) => i.seq)).toEqual(view.items.map((_, index) => index + 1));
  });

  it('takes the chair’s order when it lists every item once, and refuses anything else', async () => {
    const view = await createMeeting();
    const reversed = [...view.items].reverse().map((i) => i.id);
    const after = await call<MeetingView>('meetings.reorder', { id: view.id, itemIds: reversed });
    expect(after.items.map((i) => i.id)).toEqual(reversed);
    expect(
      await failure(services, 'meetings.reorder', { id: view.id, itemIds: reversed.slice(1) }),
    ).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'agendaNotPermutation' } });
  });
});

describe('the recusal-minimising order', () => {
  it('groups the items members must leave for and shows the leave/return counts of both orders', async () => {
    let view = await startedMeeting(5);
    const discussed = view.items.filter((i) => !i.consent);
    // 李敏 (石门镇) leaves for 龙泉村, 凤岭村 and 白云村 and comes back between them.
    const spread = ['龙泉村', '石门村', '凤岭村', '柳塘村', '白云村'].map((n) => item(view, n).id);
    const consent = view.items.filter((i) => i.consent).map((i) => i.id);
    expect(discussed).toHaveLength(5);
    view = await call<MeetingView>('meetings.reorder', {
      id: view.id,
      itemIds: [...spread, ...consent],
    });
    expect(view.recusalMoves).toEqual({
      current: { leaves: 3, returns: 3 },
      minimised: { leaves: 1, returns: 1 },
    });
    view = await call<MeetingView>('meetings.orderByRecusal', { id: view.id });
    expect(view.recusalMoves.current).toEqual({ leaves: 1, returns: 1 });
    expect(view.items.slice(-consent.length).map((i) => i.id)).toEqual(consent);
  });
});

describe('quorum and stages', () => {
  it('refuses 开始审议 while fewer than two thirds are present, and starts once they are', async () => {
    let view = await createMeeting();
    for (const member of view.members.slice(0, 3)) {
      view = await call<MeetingView>('meetings.rollCall', {
        id: view.id,
        memberId: member.id,
        attendance: 'present',
      });
    }
    expect(view.quorumState).toEqual({ members: 5, present: 3, needed: 4, met: false });
    expect(await failure(services, 'meetings.start', { id: view.id })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'meetingNoQuorum', present: 3, needed: 4 },
    });
    view = await call<MeetingView>('meetings.rollCall', {
      id: view.id,
      memberId: view.members[3]!.id,
      attendance: 'present',
    });
    const started = await call<MeetingView>('meetings.start', { id: view.id });
    expect(started.stage).toBe('in-session');
    expect(started.currentItemId).toBe(started.items[0]!.id);
  });

  it('locks every decision when closed; reopening needs a reason and is audited', async () => {
    const view = await startedMeeting();
    await call('meetings.close', { id: view.id });
    const keep = {
      id: view.id,
      itemId: item(view, '青山村').id,
      outcome: 'keep',
      votes: { for: 4, against: 0, abstain: 0 },
    };
    expect(await failure(services, 'meetings.decide', keep)).toMatchObject({ code: 'LOCKED' });
    expect(await failure(services, 'meetings.reopen', { id: view.id, reason: ' ' })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path: 'reason' },
    });
    const reopened = await call<MeetingView>('meetings.reopen', {
      id: view.id,
      reason: '补录表决',
    });
    expect(reopened.stage).toBe('in-session');
    await call('meetings.decide', keep);
    expect(auditActions().filter((a) => a.action === 'reopen')).toEqual([
      { action: 'reopen', actor: 'tester', reason: '补录表决' },
    ]);
  });
});

describe('recusal and votes', () => {
  it('recuses a member of the branch’s township and a declared conflict, and counts them out of the vote', async () => {
    let view = await startedMeeting(5);
    const longquan = item(view, '龙泉村');
    const li = view.members.find((m) => m.name === '李敏')!;
    const zhang = view.members.find((m) => m.name === '张伟')!;
    expect(longquan.recusedMemberIds).toEqual([li.id]);
    expect(item(view, '青山村').recusedMemberIds).toEqual([]);
    view = await call<MeetingView>('meetings.declareRecusal', {
      id: view.id,
      itemId: longquan.id,
      memberId: zhang.id,
      recused: true,
    });
    expect(item(view, '龙泉村').recusedMemberIds.sort()).toEqual([li.id, zhang.id].sort());
    // Five present, two recused: three may vote.
    expect(
      await failure(services, 'meetings.decide', {
        id: view.id,
        itemId: longquan.id,
        outcome: 'keep',
        votes: { for: 3, against: 1, abstain: 0 },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', details: { problem: 'too-many-votes' } });
    expect(
      await failure(services, 'meetings.decide', {
        id: view.id,
        itemId: longquan.id,
        outcome: 'keep',
        votes: { for: 1, against: 1, abstain: 1 },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', details: { problem: 'no-majority' } });
    view = await call<MeetingView>('meetings.decide', {
      id: view.id,
      itemId: longquan.id,
      outcome: 'keep',
      votes: { for: 2, against: 0, abstain: 1 },
    });
    expect(item(view, '龙泉村').decision).toMatchObject({ present: 5, recused: 2, version: 1 });
  });
});

describe('decisions', () => {
  it('requires a reason whenever the outcome differs from the computed level, and keeps every version', async () => {
    let view = await startedMeeting();
    const ranking = await call<RankingView>('ranking.compute', { campaignId: county.campaignId });
    const baiyun = item(view, '白云村');
    const computed = ranking.rows.find((r) => r.branchId === baiyun.branchId)!.level!;
    const adjust = {
      id: view.id,
      itemId: baiyun.id,
      outcome: 'adjust',
      decidedLevel: computed - 1,
      // 李敏 (石门镇) leaves for 白云村: three of the four present vote.
      votes: { for: 2, against: 1, abstain: 0 },
    };
    expect(await failure(services, 'meetings.decide', adjust)).toMatchObject({
      code: 'INVALID_INPUT',
      details: { problem: 'reason-required', path: 'reason' },
    });
    expect(
      await failure(services, 'meetings.decide', { ...adjust, decidedLevel: null, reason: '理由' }),
    ).toMatchObject({ details: { problem: 'level-required' } });
    view = await call<MeetingView>('meetings.decide', { ...adjust, reason: '群众满意率偏低' });
    view = await call<MeetingView>('meetings.decide', {
      id: view.id,
      itemId: baiyun.id,
      outcome: 'keep',
      votes: { for: 3, against: 0, abstain: 0 },
    });
    const history = item(view, '白云村').history;
    expect(
      history.map((d) => [d.version, d.outcome, d.computedLevel, d.decidedLevel, d.reason]),
    ).toEqual([
      [1, 'adjust', computed, computed - 1, '群众满意率偏低'],
      [2, 'keep', computed, computed, ''],
    ]);
    expect(() =>
      services.ctx.db.prepare(`UPDATE meeting_decisions SET reason = 'x'`).run(),
    ).toThrow(/append-only/);
    const levels = await call<DecidedLevel[]>('meetings.decidedLevels', {
      roundId: county.roundId,
    });
    expect(levels).toEqual([
      expect.objectContaining({
        branchId: baiyun.branchId,
        decidedLevel: computed,
        outcome: 'keep',
      }),
    ]);
    expect(
      auditActions()
        .filter((a) => a.action === 'decide')
        .map((a) => a.reason),
    ).toEqual(['群众满意率偏低', null]);
  });

  it('退回复核 reopens the branch’s submitted sheets, audited with the reason', async () => {
    const view = await startedMeeting();
    const qingshan = item(view, '青山村');
    const submitted = () =>
      services.ctx.db
        .prepare(
          `SELECT count(*) AS n FROM score_sheets WHERE branch_id = ? AND status = 'submitted'`,
        )
        .get(qingshan.branchId) as { n: number };
    expect(submitted().n).toBe(2);
    await call('meetings.decide', {
      id: view.id,
      itemId: qingshan.id,
      outcome: 're-review',
      votes: { for: 3, against: 0, abstain: 1 },
      reason: '台账材料存疑',
    });
    expect(submitted().n).toBe(0);
    const reopened = services.ctx.db
      .prepare(`SELECT reason FROM audit_log WHERE entity = 'sheet' AND action = 'reopen'`)
      .all() as { reason: string }[];
    expect(reopened).toHaveLength(2);
    expect(reopened[0]!.reason).toContain('台账材料存疑');
  });

  it('refuses to 维持 a branch without a computed level (vetoed, incomplete)', async () => {
    const view = await startedMeeting();
    expect(
      await failure(services, 'meetings.decide', {
        id: view.id,
        itemId: item(view, '柳塘村').id,
        outcome: 'keep',
        votes: { for: 4, against: 0, abstain: 0 },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'decisionNothingToKeep' } });
  });

  it('refuses a decision before the meeting starts and writes nothing', async () => {
    const view = await createMeeting();
    expect(
      await failure(services, 'meetings.decide', {
        id: view.id,
        itemId: view.items[0]!.id,
        outcome: 'keep',
        votes: { for: 0, against: 0, abstain: 0 },
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'meetingNotStarted' } });
    const n = services.ctx.db.prepare('SELECT count(*) AS n FROM meeting_decisions').get() as {
      n: number;
    };
    expect(n.n).toBe(0);
  });
});
