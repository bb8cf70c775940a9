import type { AppServices } from '../../../electron/services/app';
import type { MeetingView } from '../../../shared/domain/views/meetings';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { call } from '../support';

/**
 * A started meeting of 青山县's deciding round: five members, four present (刘洋 on leave);
 * 李敏 works in 石门镇, so she is recused from its branches.
 */
export async function startedQingshanMeeting(
  services: AppServices,
  county: Qingshan,
): Promise<MeetingView> {
  const township = services.ctx.db
    .prepare('SELECT parent_id FROM org_units WHERE id = ?')
    .get(county.branches.get('龙泉村')) as { parent_id: string };
  let view = await call<MeetingView>(services, 'meetings.create', {
    campaignId: county.campaignId,
    title: '青山县2025年度评审会',
    heldOn: '2025-12-10',
    venue: '县委三楼会议室',
    chair: '王建国',
    recorder: '赵晓',
    members: [
      { name: '王建国' },
      { name: '李敏', unitId: township.parent_id },
      { name: '张伟' },
      { name: '陈静' },
      { name: '刘洋' },
    ],
  });
  for (const [index, member] of view.members.entries()) {
    view = await call<MeetingView>(services, 'meetings.rollCall', {
      id: view.id,
      memberId: member.id,
      attendance: index < 4 ? 'present' : 'leave',
    });
  }
  return call<MeetingView>(services, 'meetings.start', { id: view.id });
}

export function itemOf(view: MeetingView, branchName: string) {
  const found = view.items.find((i) => i.branchName === branchName);
  if (!found) throw new Error(`${branchName} is not on the agenda`);
  return found;
}

/**
 * Three decisions: 龙泉村 raised to 五星 over the quota that demoted it, 桃源村 sent back for
 * re-review, 白云村 kept.
 */
export async function decideThree(services: AppServices, view: MeetingView): Promise<MeetingView> {
  await call(services, 'meetings.decide', {
    id: view.id,
    itemId: itemOf(view, '龙泉村').id,
    outcome: 'adjust',
    decidedLevel: 5,
    votes: { for: 2, against: 1, abstain: 0 },
    reason: '=群众满意度全县第一，破格五星',
  });
  await call(services, 'meetings.decide', {
    id: view.id,
    itemId: itemOf(view, '桃源村').id,
    outcome: 're-review',
    votes: { for: 3, against: 0, abstain: 1 },
    reason: '台账材料存疑',
  });
  return call<MeetingView>(services, 'meetings.decide', {
    id: view.id,
    itemId: itemOf(view, '白云村').id,
    outcome: 'keep',
    votes: { for: 3, against: 0, abstain: 0 },
  });
}

/**
 * The three decisions above, the meeting closed and the round frozen (定稿): what a notice
 * (公示) needs. Answers the meeting as it was closed.
 */
export async function decidedAndFrozen(
  services: AppServices,
  county: Qingshan,
  more?: (view: MeetingView) => Promise<void>,
): Promise<MeetingView> {
  const view = await decideThree(services, await startedQingshanMeeting(services, county));
  await more?.(view);
  const closed = await call<MeetingView>(services, 'meetings.close', { id: view.id });
  await call(services, 'integrity.freeze', { roundId: county.roundId });
  return closed;
}
