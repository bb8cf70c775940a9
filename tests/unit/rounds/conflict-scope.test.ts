import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type {
  AssignmentPreview,
  AssignmentView,
  EvaluatorView,
  RoundView,
  TownshipAssignmentResult,
} from '../../../shared/domain/views/rounds';
import { tempDir, testServices } from '../support';
import type { Fixture } from '../progress/fixture';
import { buildFixture } from '../progress/fixture';
import { call, failure, row } from './helpers';

/** 测试县: 一镇 holds A村 and B村. Its own staff and A村's secretary score in two kinds of round. */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
let townStaff: EvaluatorView;
let villageSecretary: EvaluatorView;
beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'conflict-scope.sqlite'), false);
  f = buildFixture(services);
  const evaluator = (name: string, unitId: string) =>
    call<EvaluatorView>(services, 'evaluators.create', {
      campaignId: f.campaignId,
      name,
      role: '',
      unitId,
    });
  townStaff = await evaluator('一镇组织委员', f.t1);
  villageSecretary = await evaluator('A村书记', f.a);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function townshipRound(): Promise<RoundView> {
  return call<RoundView>(services, 'rounds.create', {
    campaignId: f.campaignId,
    kind: 'township',
    name: '乡镇初评',
  });
}

function preview(roundId: string, evaluatorId: string): Promise<AssignmentPreview> {
  return call<AssignmentPreview>(services, 'rounds.previewAssignment', {
    roundId,
    evaluatorId,
    townshipId: f.t1,
  });
}

describe('conflicts of interest follow the round', () => {
  it('defaults the rule from the kind', async () => {
    expect((await townshipRound()).conflictScope).toBe('branch');
    const rounds = await call<RoundView[]>(services, 'rounds.list', { campaignId: f.campaignId });
    expect(rounds.map((r) => [r.kind, r.conflictScope])).toEqual([
      ['self', 'none'],
      ['county', 'township'],
      ['township', 'branch'],
    ]);
  });

  it('does not flag the township’s own staff in a township preliminary round', async () => {
    const round = await townshipRound();
    expect((await preview(round.id, townStaff.id)).conflicts).toEqual([]);
    const result = await call<TownshipAssignmentResult>(services, 'assignments.assignTownship', {
      roundId: round.id,
      evaluatorId: townStaff.id,
      townshipId: f.t1,
    });
    expect(result).toMatchObject({ added: 2, conflicts: 0 });
    // A village's own secretary is still flagged there, for that village only.
    expect((await preview(round.id, villageSecretary.id)).conflicts).toEqual([
      { branchId: f.a, branchName: 'A村', conflict: 'own-branch' },
    ]);
  });

  it('flags them in a county round, where a reason is needed', async () => {
    expect((await preview(f.countyRound, townStaff.id)).conflicts).toEqual([
      { branchId: f.a, branchName: 'A村', conflict: 'own-township' },
      { branchId: f.b, branchName: 'B村', conflict: 'own-township' },
    ]);
    expect(
      await failure(services, 'assignments.assignTownship', {
        roundId: f.countyRound,
        evaluatorId: townStaff.id,
        townshipId: f.t1,
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { count: 2 } });
  });

  it('judges the assignments again when the rule changes: new flags need a reason, lifted ones are recorded', async () => {
    const round = await townshipRound();
    await call(services, 'assignments.assignTownship', {
      roundId: round.id,
      evaluatorId: townStaff.id,
      townshipId: f.t1,
    });
    const stricter = { roundId: round.id, conflictScope: 'township' };
    expect(await failure(services, 'rounds.update', stricter)).toMatchObject({
      code: 'CONFLICT',
      details: { count: 2, branch: 'A村', conflict: 'own-township' },
    });
    expect(
      (await call<RoundView[]>(services, 'rounds.list', { campaignId: f.campaignId }))[2],
    ).toMatchObject({ conflictScope: 'branch', conflicts: 0 });

    const flagged = await call<RoundView>(services, 'rounds.update', {
      ...stricter,
      conflictReason: '复核时改由县里统一把关',
    });
    expect(flagged).toMatchObject({ conflictScope: 'township', conflicts: 2 });
    const rows = await call<AssignmentView[]>(services, 'assignments.list', { roundId: round.id });
    expect(rows.map((r) => [r.branchName, r.conflict, r.conflictReason, r.confirmedBy])).toEqual([
      ['A村', 'own-township', '复核时改由县里统一把关', 'tester'],
      ['B村', 'own-township', '复核时改由县里统一把关', 'tester'],
    ]);

    const lifted = await call<RoundView>(services, 'rounds.update', {
      roundId: round.id,
      conflictScope: 'branch',
    });
    expect(lifted.conflicts).toBe(0);
    const cleared = row<{ n: number; before: string }>(
      services,
      "SELECT count(*) AS n, max(before) AS before FROM audit_log WHERE action = 'clear-conflict'",
    );
    expect(cleared.n).toBe(2);
    expect(JSON.parse(cleared.before)).toMatchObject({
      conflict: 'own-township',
      conflictReason: '复核时改由县里统一把关',
      confirmedBy: 'tester',
    });
  });

  it('gives a self round no conflict rule at all', async () => {
    const updated = await call<RoundView>(services, 'rounds.update', {
      roundId: f.selfRound,
      conflictScope: 'township',
    });
    expect(updated.conflictScope).toBe('none');
  });
});
