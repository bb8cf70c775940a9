import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AssignmentView,
  EvaluatorView,
  TownshipAssignmentResult,
} from '../../../shared/domain/views';
import type { ApiErrorPayload } from '../../../shared/errors';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { call as callApi, count, failure as failureApi, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;
let roundId: string;
let county: EvaluatorView;
/** 柳林镇 and 王店乡 with their branches, in display order. */
let liulin: { id: string; branches: string[] };
let wangdian: { id: string; branches: string[] };
let demoAssignments: { round_id: string; evaluator_id: string; branch_id: string }[];

function township(name: string): { id: string; branches: string[] } {
  const { id } = services.ctx.db.prepare('SELECT id FROM org_units WHERE name = ?').get(name) as {
    id: string;
  };
  const branches = (
    services.ctx.db
      .prepare('SELECT id FROM org_units WHERE parent_id = ? ORDER BY sort_order')
      .all(id) as { id: string }[]
  ).map((row) => row.id);
  return { id, branches };
}

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'assignments.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  roundId = (
    services.ctx.db.prepare('SELECT id FROM rounds WHERE campaign_id = ?').get(campaignId) as {
      id: string;
    }
  ).id;
  county = (await call<EvaluatorView[]>('evaluators.list', { campaignId }))[0]!;
  // The demo assigns its review team to the branches they have sheets for (checked below);
  // the other tests start from a round where nobody is assigned yet.
  demoAssignments = services.ctx.db
    .prepare('SELECT round_id, evaluator_id, branch_id FROM assignments ORDER BY 1, 2, 3')
    .all() as typeof demoAssignments;
  services.ctx.db.prepare('DELETE FROM assignments').run();
  liulin = township('柳林镇');
  wangdian = township('王店乡');
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const call = <T>(method: string, input: unknown): Promise<T> => callApi<T>(services, method, input);

const failure = (method: string, input: unknown): Promise<ApiErrorPayload> =>
  failureApi(services, method, input);

interface AuditRow {
  entity_id: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

function audits(action: string): Record<keyof AuditRow, unknown>[] {
  return (
    services.ctx.db
      .prepare(
        'SELECT entity_id, before, after, reason FROM audit_log WHERE action = ? ORDER BY seq',
      )
      .all(action) as AuditRow[]
  ).map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}

/** A branch the evaluator has no submitted sheet for, so its assignment may be removed. */
function unsubmitted(branches: string[], evaluatorId: string): string {
  const found = branches.find(
    (id) =>
      services.ctx.db
        .prepare(
          "SELECT 1 FROM score_sheets WHERE branch_id = ? AND evaluator_id = ? AND status = 'submitted'",
        )
        .get(id, evaluatorId) === undefined,
  );
  if (found === undefined) throw new Error('every branch has a submitted sheet');
  return found;
}

/** An evaluator from 柳林镇's township office. */
async function townshipEvaluator(): Promise<EvaluatorView> {
  return call<EvaluatorView>('evaluators.create', {
    campaignId,
    name: '赵乡干',
    role: '乡镇组织委员',
    unitId: liulin.id,
  });
}

describe('assignments', () => {
  it('the demo assigns each evaluator exactly the branches they have sheets for', () => {
    const sheets = services.ctx.db
      .prepare(
        `SELECT round_id, evaluator_id, branch_id FROM score_sheets
          WHERE evaluator_id IS NOT NULL ORDER BY 1, 2, 3`,
      )
      .all();
    expect(sheets.length).toBeGreaterThan(20);
    expect(demoAssignments).toEqual(sheets);
  });

  it('assigns a whole township in one step and lists it', async () => {
    const result = await call<TownshipAssignmentResult>('assignments.assignTownship', {
      roundId,
      evaluatorId: county.id,
      townshipId: liulin.id,
    });
    expect(result).toEqual({ branches: 10, added: 10, alreadyAssigned: 0, conflicts: 0 });
    const list = await call<AssignmentView[]>('assignments.list', { roundId });
    expect(list.map((a) => a.branchId)).toEqual(liulin.branches);
    expect(list[0]).toMatchObject({
      evaluatorId: county.id,
      evaluatorName: '刘卫东',
      townshipName: '柳林镇',
      conflict: null,
      conflictReason: null,
      confirmedBy: null,
    });
    expect(audits('assign-township')).toEqual([
      {
        entity_id: county.id,
        before: null,
        after: { roundId, townshipId: liulin.id, ...result },
        reason: null,
      },
    ]);
    const evaluators = await call<EvaluatorView[]>('evaluators.list', { campaignId });
    expect(evaluators[0]!.assignedBranches).toEqual([{ roundId, count: 10 }]);
  });

  it('refuses a conflict of interest without a reason and writes nothing', async () => {
    const local = await townshipEvaluator();
    const before = count(services, 'audit_log');
    const error = await failure('assignments.assignTownship', {
      roundId,
      evaluatorId: local.id,
      townshipId: liulin.id,
    });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { count: 10, branchId: liulin.branches[0], conflict: 'own-township' },
    });
    expect(count(services, 'assignments')).toBe(0);
    expect(count(services, 'audit_log')).toBe(before);
    // A one-letter reason is not a reason.
    const short = await failure('assignments.assignTownship', {
      roundId,
      evaluatorId: local.id,
      townshipId: liulin.id,
      conflictReason: ' 是 ',
    });
    expect(short.code).toBe('INVALID_INPUT');
    expect(count(services, 'assignments')).toBe(0);
  });

  it('assigns another township to the same evaluator without any conflict', async () => {
    const local = await townshipEvaluator();
    const result = await call<TownshipAssignmentResult>('assignments.assignTownship', {
      roundId,
      evaluatorId: local.id,
      townshipId: wangdian.id,
    });
    expect(result.conflicts).toBe(0);
    expect(count(services, 'assignments')).toBe(10);
  });

  it('stores the conflict and reason on the rows when confirmed, and audits them', async () => {
    const local = await townshipEvaluator();
    const reason = '本乡镇人员不足,经部务会同意';
    const result = await call<TownshipAssignmentResult>('assignments.assignTownship', {
      roundId,
      evaluatorId: local.id,
      townshipId: liulin.id,
      conflictReason: reason,
    });
    expect(result).toEqual({ branches: 10, added: 10, alreadyAssigned: 0, conflicts: 10 });
    const list = await call<AssignmentView[]>('assignments.list', { roundId });
    expect(list).toHaveLength(10);
    for (const row of list) {
      expect(row).toMatchObject({
        conflict: 'own-township',
        conflictReason: reason,
        confirmedBy: 'tester',
      });
    }
    expect(audits('assign-township')).toMatchObject([{ entity_id: local.id, reason }]);
    expect(audits('confirm-conflict').map((a) => a.entity_id)).toEqual(liulin.branches);
  });

  it('flags a village evaluator on its own branch and on its neighbours', async () => {
    const villager = await call<EvaluatorView>('evaluators.create', {
      campaignId,
      name: '钱书记',
      role: '村党支部书记',
      unitId: liulin.branches[2],
    });
    await call('assignments.assignTownship', {
      roundId,
      evaluatorId: villager.id,
      townshipId: liulin.id,
      conflictReason: '试点互评',
    });
    const list = await call<AssignmentView[]>('assignments.list', { roundId });
    expect(list.filter((a) => a.conflict === 'own-branch').map((a) => a.branchId)).toEqual([
      liulin.branches[2],
    ]);
    expect(list.filter((a) => a.conflict === 'own-township')).toHaveLength(9);
  });

  it('re-assigning is idempotent and leaves existing rows as they are', async () => {
    const input = { roundId, evaluatorId: county.id, townshipId: liulin.id };
    await call('assignments.assignTownship', input);
    await call('assignments.remove', {
      roundId,
      evaluatorId: county.id,
      branchId: unsubmitted(liulin.branches, county.id),
    });
    const before = count(services, 'audit_log');
    const again = await call<TownshipAssignmentResult>('assignments.assignTownship', input);
    expect(again).toEqual({ branches: 10, added: 1, alreadyAssigned: 9, conflicts: 0 });
    const third = await call<TownshipAssignmentResult>('assignments.assignTownship', input);
    expect(third).toEqual({ branches: 10, added: 0, alreadyAssigned: 10, conflicts: 0 });
    expect(count(services, 'assignments')).toBe(10);
    // Only the assignment that added a row left a trail.
    expect(count(services, 'audit_log')).toBe(before + 1);
  });

  it('a confirmed conflict is not asked again when the township is re-assigned', async () => {
    const local = await townshipEvaluator();
    const input = { roundId, evaluatorId: local.id, townshipId: liulin.id };
    await call('assignments.assignTownship', { ...input, conflictReason: '人员不足' });
    const again = await call<TownshipAssignmentResult>('assignments.assignTownship', input);
    expect(again).toMatchObject({ added: 0, alreadyAssigned: 10, conflicts: 0 });
    const list = await call<AssignmentView[]>('assignments.list', { roundId });
    expect(list.every((a) => a.conflictReason === '人员不足')).toBe(true);
  });

  it('removes an assignment and audits it on the branch', async () => {
    await call('assignments.assignTownship', {
      roundId,
      evaluatorId: county.id,
      townshipId: wangdian.id,
    });
    const branchId = unsubmitted(wangdian.branches, county.id);
    expect(await call('assignments.remove', { roundId, evaluatorId: county.id, branchId })).toEqual(
      { removed: true },
    );
    expect(count(services, 'assignments')).toBe(9);
    expect(audits('remove-assignment')).toEqual([
      {
        entity_id: branchId,
        before: { roundId, evaluatorId: county.id, conflict: null, conflictReason: null },
        after: null,
        reason: null,
      },
    ]);
    const missing = await failure('assignments.remove', {
      roundId,
      evaluatorId: county.id,
      branchId,
    });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('refuses to remove a branch the evaluator already submitted a sheet for', async () => {
    const submitted = services.ctx.db
      .prepare(
        `SELECT s.branch_id, b.parent_id FROM score_sheets s JOIN org_units b ON b.id = s.branch_id
          WHERE s.round_id = ? AND s.evaluator_id = ? AND s.status = 'submitted' LIMIT 1`,
      )
      .get(roundId, county.id) as { branch_id: string; parent_id: string };
    await call('assignments.assignTownship', {
      roundId,
      evaluatorId: county.id,
      townshipId: submitted.parent_id,
    });
    const before = count(services, 'audit_log');
    const error = await failure('assignments.remove', {
      roundId,
      evaluatorId: county.id,
      branchId: submitted.branch_id,
    });
    expect(error.code).toBe('CONFLICT');
    expect(count(services, 'assignments')).toBe(10);
    expect(count(services, 'audit_log')).toBe(before);
  });

  it('refuses a unit change that would turn assigned branches into unconfirmed conflicts', async () => {
    await call('assignments.assignTownship', {
      roundId,
      evaluatorId: county.id,
      townshipId: liulin.id,
    });
    const error = await failure('evaluators.update', { id: county.id, unitId: liulin.id });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { count: 10 } });
    const after = await call<EvaluatorView[]>('evaluators.list', { campaignId });
    expect(after[0]!.unitName).toBe('示例县');
    // Another township is fine.
    await call('evaluators.update', { id: county.id, unitId: wangdian.id });
  });

  it('rejects wrong payloads and unknown ids', async () => {
    const base = { roundId, evaluatorId: county.id, townshipId: liulin.id };
    expect((await failure('assignments.assignTownship', { ...base, extra: true })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await failure('assignments.assignTownship', { ...base, roundId: 'r1' })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await failure('assignments.assignTownship', { ...base, conflictReason: 5 })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await failure('assignments.remove', { roundId, evaluatorId: county.id })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      (await failure('assignments.assignTownship', { ...base, roundId: crypto.randomUUID() }))
        .details,
    ).toEqual({ entity: 'round' });
    expect(
      (await failure('assignments.assignTownship', { ...base, evaluatorId: crypto.randomUUID() }))
        .details,
    ).toEqual({ entity: 'evaluator' });
    // A branch is not a township.
    expect(
      (await failure('assignments.assignTownship', { ...base, townshipId: liulin.branches[0] }))
        .details,
    ).toEqual({ entity: 'township' });
    expect((await failure('assignments.list', { roundId: crypto.randomUUID() })).code).toBe(
      'NOT_FOUND',
    );
    expect(count(services, 'assignments')).toBe(0);
  });

  it('goes away with the campaign', async () => {
    await call('assignments.assignTownship', {
      roundId,
      evaluatorId: county.id,
      townshipId: liulin.id,
    });
    await call('campaigns.delete', { id: campaignId });
    expect(count(services, 'assignments')).toBe(0);
  });
});
