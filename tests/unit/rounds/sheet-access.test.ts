import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluatorView, SheetView } from '../../../shared/domain/views';
import type {
  AssignmentPreview,
  BranchEvaluatorOption,
  RoundView,
} from '../../../shared/domain/views/rounds';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { addSelfRound, count, tempDir, testServices } from '../support';
import { call, failure, row } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;
let roundId: string;
/** 柳林镇 and its first branch, which nobody has a sheet for. */
let townshipId: string;
let branchId: string;

beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'access.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  roundId = row<{ id: string }>(services, 'SELECT id FROM rounds').id;
  townshipId = row<{ id: string }>(services, "SELECT id FROM org_units WHERE name = '柳林镇'").id;
  branchId = row<{ id: string }>(
    services,
    `SELECT id FROM org_units WHERE parent_id = ?
        AND id NOT IN (SELECT branch_id FROM score_sheets) ORDER BY sort_order LIMIT 1`,
    townshipId,
  ).id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function newEvaluator(unitId: string | null): Promise<EvaluatorView> {
  return call<EvaluatorView>(services, 'evaluators.create', {
    campaignId,
    name: '孙评委',
    role: '县委组织部干部',
    unitId,
  });
}

describe('opening an evaluator’s sheet', () => {
  it('is refused with FORBIDDEN without an assignment, and nothing is written', async () => {
    const evaluator = await newEvaluator(null);
    const sheets = count(services, 'score_sheets');
    const audits = count(services, 'audit_log');
    const error = await failure(services, 'sheets.open', {
      roundId,
      branchId,
      evaluatorId: evaluator.id,
    });
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      details: { entity: 'assignment', reason: 'not-assigned' },
    });
    expect(count(services, 'score_sheets')).toBe(sheets);
    expect(count(services, 'audit_log')).toBe(audits);
  });

  it('opens once the township is assigned; the self-assessment needs none, in its self round', async () => {
    const evaluator = await newEvaluator(null);
    await call(services, 'assignments.assignTownship', {
      roundId,
      evaluatorId: evaluator.id,
      townshipId,
    });
    const sheet = await call<SheetView>(services, 'sheets.open', {
      roundId,
      branchId,
      evaluatorId: evaluator.id,
    });
    expect(sheet).toMatchObject({ evaluatorId: evaluator.id, evaluatorName: '孙评委' });
    const selfRound = await addSelfRound(services, campaignId);
    const self = await call<SheetView>(services, 'sheets.open', {
      roundId: selfRound,
      branchId,
      evaluatorId: null,
    });
    expect(self).toMatchObject({ evaluatorId: null, roundKind: 'self' });
  });

  it('closes the way back into a draft once the assignment is removed', async () => {
    const evaluator = await newEvaluator(null);
    await call(services, 'assignments.assignTownship', {
      roundId,
      evaluatorId: evaluator.id,
      townshipId,
    });
    const input = { roundId, branchId, evaluatorId: evaluator.id };
    await call(services, 'sheets.open', input);
    await call(services, 'assignments.remove', input);
    expect((await failure(services, 'sheets.open', input)).code).toBe('FORBIDDEN');
  });

  it('is an assignment per round: another round needs its own', async () => {
    const evaluator = await newEvaluator(null);
    await call(services, 'assignments.assignTownship', {
      roundId,
      evaluatorId: evaluator.id,
      townshipId,
    });
    const other = await call<RoundView>(services, 'rounds.create', {
      campaignId,
      kind: 'township',
      name: '乡镇初评',
    });
    expect(
      (
        await failure(services, 'sheets.open', {
          roundId: other.id,
          branchId,
          evaluatorId: evaluator.id,
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('still answers NOT_FOUND for a branch outside the campaign', async () => {
    const evaluator = await newEvaluator(null);
    const error = await failure(services, 'sheets.open', {
      roundId,
      branchId: townshipId,
      evaluatorId: evaluator.id,
    });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('opens every demo sheet for its own evaluator', async () => {
    const demo = services.ctx.db
      .prepare(
        'SELECT round_id, branch_id, evaluator_id FROM score_sheets WHERE evaluator_id IS NOT NULL',
      )
      .all() as { round_id: string; branch_id: string; evaluator_id: string }[];
    for (const s of demo.slice(0, 10)) {
      const view = await call<SheetView>(services, 'sheets.open', {
        roundId: s.round_id,
        branchId: s.branch_id,
        evaluatorId: s.evaluator_id,
      });
      expect(view.evaluatorId).toBe(s.evaluator_id);
    }
  });
});

describe('who may score a branch', () => {
  it('lists the evaluators assigned to a branch, with their conflict', async () => {
    expect(
      await call<BranchEvaluatorOption[]>(services, 'rounds.branchEvaluators', {
        roundId,
        branchId,
      }),
    ).toEqual([]);
    const local = await call<EvaluatorView>(services, 'evaluators.create', {
      campaignId,
      name: '赵乡干',
      role: '乡镇组织委员',
      unitId: townshipId,
    });
    await call(services, 'assignments.assignTownship', {
      roundId,
      evaluatorId: local.id,
      townshipId,
      conflictReason: '本乡人员熟悉情况',
    });
    expect(
      await call<BranchEvaluatorOption[]>(services, 'rounds.branchEvaluators', {
        roundId,
        branchId,
      }),
    ).toEqual([
      { evaluatorId: local.id, name: '赵乡干', role: '乡镇组织委员', conflict: 'own-township' },
    ]);
  });

  it('previews a township assignment with every conflict named, writing nothing', async () => {
    const villageId = row<{ id: string }>(
      services,
      'SELECT id FROM org_units WHERE parent_id = ? ORDER BY sort_order LIMIT 1 OFFSET 2',
      townshipId,
    ).id;
    const villager = await newEvaluator(villageId);
    const audits = count(services, 'audit_log');
    const preview = await call<AssignmentPreview>(services, 'rounds.previewAssignment', {
      roundId,
      evaluatorId: villager.id,
      townshipId,
    });
    expect(preview.branches).toBe(10);
    expect(preview.alreadyAssigned).toBe(0);
    expect(preview.conflicts).toHaveLength(10);
    expect(preview.conflicts.filter((c) => c.conflict === 'own-branch')).toEqual([
      expect.objectContaining({ branchId: villageId }),
    ]);
    expect(count(services, 'assignments')).toBe(
      row<{ n: number }>(
        services,
        'SELECT count(*) AS n FROM score_sheets WHERE evaluator_id IS NOT NULL',
      ).n,
    );
    expect(count(services, 'audit_log')).toBe(audits);
    // A county evaluator has no conflict anywhere.
    const county = await newEvaluator(null);
    const clean = await call<AssignmentPreview>(services, 'rounds.previewAssignment', {
      roundId,
      evaluatorId: county.id,
      townshipId,
    });
    expect(clean.conflicts).toEqual([]);
  });
});
