import type { AppServices } from '../../../electron/services/app';
import { insertCampaignWithRounds } from '../../../electron/services/campaigns/service';
import { insertAssignment } from '../../../electron/store/queries/assignments';
import { write } from '../../../electron/store/write';
import { addCampaignEvaluator } from '../../../electron/store/queries/campaigns';
import { insertEvaluator } from '../../../electron/store/queries/evaluators';
import { insertRubricVersion } from '../../../electron/store/queries/rubrics';
import { insertScore, insertSheet } from '../../../electron/store/queries/sheets';
import { insertUnit } from '../../../electron/store/queries/units';
import type { RubricDefinitionInput } from '../../../shared/domain/rubric';
import { FIXED_NOW } from '../support';

/**
 * A small campaign whose numbers are worked out by hand in the tests: a banded rubric of three
 * required 10-point items (P1, P2 in dimension D1; P3 in D2), an optional bonus and a veto;
 * townships T1 (branches A, B) and T2 (branch C); a self round and a county round (deciding);
 * evaluators Ea, Eb, Ec.
 */
export const RUBRIC: RubricDefinitionInput = {
  scheme: {
    kind: 'bands',
    bands: [
      { level: 3, min: 2400 },
      { level: 2, min: 1800 },
      { level: 1, min: 0 },
    ],
  },
  max: 3000,
  dimensions: [
    {
      code: 'D1',
      name: '班子',
      max: 2000,
      indicators: [
        {
          code: 'I1',
          name: '班子建设',
          max: 2000,
          items: [
            { code: 'P1', name: '组织生活', nameEn: 'Party life', type: 'points', max: 1000 },
            { code: 'P2', name: '制度执行', nameEn: 'Rules', type: 'points', max: 1000 },
          ],
        },
      ],
    },
    {
      code: 'D2',
      name: '服务',
      max: 1000,
      bonusCap: 200,
      indicators: [
        {
          code: 'I2',
          name: '为民服务',
          max: 1000,
          items: [
            { code: 'P3', name: '服务群众', nameEn: 'Service', type: 'points', max: 1000 },
            { code: 'BN', name: '表彰加分', type: 'bonus', max: 200 },
            {
              code: 'V1',
              name: '违纪否决',
              type: 'veto',
              max: 0,
              veto: { scope: 'rating', effect: 'no-rating' },
            },
          ],
        },
      ],
    },
  ],
};

export interface Fixture {
  campaignId: string;
  selfRound: string;
  countyRound: string;
  t1: string;
  t2: string;
  a: string;
  b: string;
  c: string;
  ea: string;
  eb: string;
  ec: string;
}

type Scores = Partial<Record<'P1' | 'P2' | 'P3' | 'BN', number>>;

export function buildFixture(services: AppServices): Fixture {
  const { ctx } = services;
  const at = FIXED_NOW;
  return write(ctx, () => {
    const unit = (
      parentId: string | null,
      kind: 'county' | 'township' | 'branch',
      name: string,
      sortOrder: number,
    ) => {
      const id = ctx.newId();
      insertUnit(ctx.db, {
        id,
        parentId,
        kind,
        branchType: kind === 'branch' ? 'rural' : null,
        name,
        sortOrder,
        isDemo: false,
        createdAt: at,
      });
      return id;
    };
    const county = unit(null, 'county', '测试县', 0);
    const t1 = unit(county, 'township', '一镇', 0);
    const t2 = unit(county, 'township', '二镇', 1);
    const a = unit(t1, 'branch', 'A村', 0);
    const b = unit(t1, 'branch', 'B村', 1);
    const c = unit(t2, 'branch', 'C村', 0);
    const rubricId = ctx.newId();
    insertRubricVersion(ctx.db, {
      id: rubricId,
      lineageId: ctx.newId(),
      version: 1,
      name: '测试细则',
      definition: JSON.stringify(RUBRIC),
      maxPoints: 3000,
      isDemo: false,
      createdAt: at,
    });
    const campaignId = insertCampaignWithRounds(ctx, {
      name: '测试评定',
      year: 2025,
      countyId: county,
      rubricVersionId: rubricId,
      rounds: [
        { kind: 'self', name: '自评' },
        { kind: 'county', name: '县级审核' },
      ],
    });
    const [selfRound, countyRound] = (
      ctx.db
        .prepare('SELECT id FROM rounds WHERE campaign_id = ? ORDER BY seq')
        .all(campaignId) as {
        id: string;
      }[]
    ).map((r) => r.id) as [string, string];
    const evaluator = (name: string) => {
      const id = ctx.newId();
      insertEvaluator(ctx.db, { id, name, unitId: null, role: '', isDemo: false, createdAt: at });
      addCampaignEvaluator(ctx.db, campaignId, id);
      return id;
    };
    const ea = evaluator('Ea');
    const eb = evaluator('Eb');
    const ec = evaluator('Ec');
    const assign = (evaluatorId: string, branchId: string) =>
      insertAssignment(ctx.db, {
        roundId: countyRound,
        evaluatorId,
        branchId,
        conflict: null,
        conflictReason: null,
        confirmedBy: null,
        createdAt: at,
      });
    assign(ea, a);
    assign(ea, b);
    assign(ea, c);
    assign(eb, a);
    assign(eb, b);
    assign(ec, a);
    const sheet = (
      roundId: string,
      branchId: string,
      evaluatorId: string | null,
      status: 'draft' | 'submitted',
      scores: Scores,
    ) => {
      const id = ctx.newId();
      insertSheet(ctx.db, { id, roundId, branchId, evaluatorId, status, at });
      for (const [itemCode, points] of Object.entries(scores)) {
        insertScore(ctx.db, { sheetId: id, itemCode, points, fact: null, input: { points }, at });
      }
      return id;
    };
    // County round: three evaluators agree on A's total, not on its items.
    sheet(countyRound, a, ea, 'submitted', { P1: 800, P2: 900, P3: 700 });
    sheet(countyRound, a, eb, 'submitted', { P1: 600, P2: 900, P3: 1000 });
    sheet(countyRound, a, ec, 'submitted', { P1: 1000, P2: 600, P3: 1000 });
    sheet(countyRound, b, ea, 'draft', { P1: 500 });
    sheet(countyRound, b, eb, 'draft', {});
    // Self round: A full marks, C part-way, B nothing.
    sheet(selfRound, a, null, 'submitted', { P1: 1000, P2: 1000, P3: 1000 });
    sheet(selfRound, c, null, 'draft', { P1: 900, P2: 800 });
    return { campaignId, selfRound, countyRound, t1, t2, a, b, c, ea, eb, ec };
  });
}
