import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import {
  listNamings,
  listObjections,
  nameBranches,
  previewNaming,
  registerObjection,
  setNamingSettings,
  starTimeline,
  stepObjection,
} from '../../../electron/services/publication';
import { unfreezeRound } from '../../../electron/services/integrity/freeze';
import { computeRanking } from '../../../electron/services/ranking';
import { insertStarHistory } from '../../../electron/services/publication/queries';
import type { MeetingView } from '../../../shared/domain/views/meetings';
import type { NoticeView } from '../../../shared/domain/views/publication';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { call, tempDir } from '../support';
import {
  countyIdOf,
  entryOf,
  LETTER,
  objectionWith,
  publishedQingshan,
  SENT_BACK,
} from './support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let notice: NoticeView;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county, notice } = await publishedQingshan(tmp.dir));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const entry = (name: string) => entryOf(notice, name);

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
    objectionWith(services, notice, target.branchName, SENT_BACK);
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
    const countyId = countyIdOf(services, county.campaignId);
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

describe('naming in steps: the preview, later namings, notes and the re-review', () => {
  const roundId = () => notice.roundId;
  const sendBack = (branchName: string) => objectionWith(services, notice, branchName, SENT_BACK);

  it('previews exactly what the naming then does, writing nothing until it is named', async () => {
    sendBack('龙泉村');
    const before = services.ctx.db.prepare('SELECT count(*) AS n FROM star_history').get();
    const preview = previewNaming(services.ctx, { noticeId: notice.id, namedOn: '2025-10-20' });
    expect(services.ctx.db.prepare('SELECT count(*) AS n FROM star_history').get()).toEqual(before);
    const result = await nameBranches(services.ctx, {
      noticeId: notice.id,
      documentNumber: '青组发〔2025〕20号',
      namedOn: '2025-10-20',
    });
    const { namingId, ...done } = result;
    expect(done).toEqual(preview);
    const [stored] = listNamings(services.ctx, notice.id);
    expect(stored).toMatchObject({ id: namingId, documentNumber: '青组发〔2025〕20号' });
    expect(stored!.named.map((n) => n.branchId).sort()).toEqual(
      result.lists.county.flatMap((l) => l.branchIds).sort(),
    );
    expect(stored!.named.map((n) => n.branchName)).not.toContain('龙泉村');
  });

  it('a later naming names a branch cleared since, and nobody twice', async () => {
    const objection = registerObjection(services.ctx, {
      ...LETTER,
      noticeId: notice.id,
      branchId: entry('石门村').branchId,
      receivedAt: '2025-10-09T10:00',
    });
    const first = await nameBranches(services.ctx, {
      noticeId: notice.id,
      documentNumber: '青组发〔2025〕21号',
      namedOn: '2025-10-20',
    });
    expect(first.lists.held).toEqual([
      { branchId: entry('石门村').branchId, why: 'objection-open' },
    ]);
    for (const step of [
      { kind: 'accept' },
      { kind: 'investigate', investigator: '组织科 王敏', dueDay: '2025-10-25' },
      { kind: 'conclude', finding: 'false' },
      { kind: 'handle', handling: 'maintain' },
    ] as const)
      stepObjection(services.ctx, { id: objection.id, step });
    const second = await nameBranches(services.ctx, {
      noticeId: notice.id,
      documentNumber: '青组发〔2025〕22号',
      namedOn: '2025-10-27',
    });
    // Only the cleared branch: those named by the county or sent up to the city before are not
    // listed again.
    expect(second.lists).toEqual({
      county: [{ level: 2, branchIds: [entry('石门村').branchId] }],
      city: [],
      held: [],
    });
    const before = [...first.lists.county, ...first.lists.city].flatMap((l) => l.branchIds);
    expect(first.lists.city.length).toBeGreaterThan(0);
    expect(second.alreadyNamed.sort()).toEqual(before.sort());
    const namings = listNamings(services.ctx, notice.id);
    expect(namings.map((n) => [n.named.length, n.sentUp.length])).toEqual([
      [
        first.lists.county.reduce((n, l) => n + l.branchIds.length, 0),
        first.lists.city.reduce((n, l) => n + l.branchIds.length, 0),
      ],
      [1, 0],
    ]);
    expect(namings[0]!.sentUp.every((b) => b.branchName !== '' && b.level > 3)).toBe(true);
    await expect(
      nameBranches(services.ctx, {
        noticeId: notice.id,
        documentNumber: '青组发〔2025〕23号',
        namedOn: '2025-10-28',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'namingNobody' } });
  });

  it('holds a branch named lower than last year until a reason is given, and keeps the reason', async () => {
    const branchId = entry('石门村').branchId;
    insertStarHistory(services.ctx.db, {
      id: services.ctx.newId(),
      branch_id: branchId,
      year: 2024,
      level: 3,
      named_by: 'county',
      document: '青组发〔2024〕9号',
      named_on: '2024-10-15',
      naming_id: null,
      reason: '',
      exceptional: '',
      created_by: 'test',
      created_at: '2024-10-15T09:00:00.000Z',
    });
    const held = previewNaming(services.ctx, { noticeId: notice.id, namedOn: '2025-10-20' });
    expect(held.ruleHeld).toEqual([{ branchId, problems: ['reason-required'] }]);
    const notes = [{ branchId, reason: '组织生活记录不全，降为二星' }];
    expect(
      previewNaming(services.ctx, { noticeId: notice.id, namedOn: '2025-10-20', notes }).ruleHeld,
    ).toEqual([]);
    await nameBranches(services.ctx, {
      noticeId: notice.id,
      documentNumber: '青组发〔2025〕24号',
      namedOn: '2025-10-20',
      notes,
    });
    expect(starTimeline(services.ctx, branchId)).toMatchObject([
      { year: 2024, level: 3 },
      { year: 2025, level: 2, change: 'down', reason: '组织生活记录不全，降为二星' },
    ]);
  });

  it('a re-review meeting discusses only the branch sent back, once the round is unfrozen', async () => {
    const meeting = {
      campaignId: county.campaignId,
      kind: 're-review',
      title: '异议复核会',
      heldOn: '2025-10-22',
      members: [{ name: '李明' }, { name: '王芳' }, { name: '赵强' }],
    };
    const create = () => services.registry.call('meetings.create', meeting);
    await expect(create()).resolves.toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'reReviewNothing' } },
    });
    sendBack('龙泉村');
    await expect(create()).resolves.toMatchObject({ ok: false, error: { code: 'FROZEN' } });
    unfreezeRound(services.ctx, { roundId: roundId(), reason: '异议退回复核' });
    const created = await call<MeetingView>(services, 'meetings.create', meeting);
    expect(created.kind).toBe('re-review');
    expect(
      created.items.map((i) => ({ name: i.branchName, reasons: i.reasons, consent: i.consent })),
    ).toEqual([{ name: '龙泉村', reasons: ['objection'], consent: false }]);
  });
  it('next year’s ranking shows last year’s named level, without a linked campaign', async () => {
    sendBack('龙泉村');
    const result = await nameBranches(services.ctx, {
      noticeId: notice.id,
      documentNumber: '青组发〔2025〕25号',
      namedOn: '2025-10-20',
    });
    const countyId = countyIdOf(services, county.campaignId);
    const next = await call<{ id: string }>(services, 'campaigns.create', {
      name: '青山县2026年度“五星”支部创建',
      year: 2026,
      rubricVersionId: county.rubricVersionId,
      countyId,
    });
    const rows = computeRanking(services.ctx, { campaignId: next.id }).rows;
    const previous = new Map(rows.map((r) => [r.branchId, r.previousLevel]));
    for (const l of result.lists.county)
      for (const branchId of l.branchIds) expect(previous.get(branchId)).toBe(l.level);
    // Held back (退回复核) or sent up to the city: nothing named by the county last year.
    expect(previous.get(entry('龙泉村').branchId)).toBeNull();
    for (const l of result.lists.city)
      for (const branchId of l.branchIds) expect(previous.get(branchId)).toBeNull();
  });
});

describe('the veto rule at naming', () => {
  it('holds a branch still on the veto list whatever level the committee gave, unless the county switches the rule off', async () => {
    services.close();
    tmp.cleanup();
    tmp = tempDir();
    ({ services, county, notice } = await publishedQingshan(tmp.dir, { liftVeto: false }));
    const shimen = entry('石门村').branchId;
    const plan = previewNaming(services.ctx, { noticeId: notice.id, namedOn: '2025-10-20' });
    expect(plan.ruleHeld).toEqual([{ branchId: shimen, problems: ['veto-withdraws'] }]);
    expect(plan.lists.county.flatMap((l) => l.branchIds)).not.toContain(shimen);
    const countyId = countyIdOf(services, county.campaignId);
    setNamingSettings(services.ctx, {
      countyId,
      authority: null,
      starRules: { maxStepUp: 1, vetoWithdraws: false, newBranchYears: 1 },
    });
    const off = previewNaming(services.ctx, { noticeId: notice.id, namedOn: '2025-10-20' });
    expect(off.ruleHeld).toEqual([]);
    expect(off.lists.county).toContainEqual({
      level: 2,
      branchIds: [shimen, entry('金沙村').branchId],
    });
  });
});
