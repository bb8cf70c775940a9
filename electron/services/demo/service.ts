import campaignFile from '../../../resources/demo/campaign.json';
import ruralFiveStar from '../../../resources/templates/rural-five-star.json';
import type { BranchType, RoundKind, UnitKind } from '../../../shared/domain/org';
import { BRANCH_TYPES } from '../../../shared/domain/org';
import type { RubricDefinition } from '../../../shared/domain/rubric';
import {
  findMaximumMismatches,
  listItems,
  rubricDefinitionSchema,
} from '../../../shared/domain/rubric';
import type { CampaignSummary } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import { insertAssignment } from '../../store/queries/assignments';
import { addCampaignEvaluator, countCampaigns, listCampaigns } from '../../store/queries/campaigns';
import { insertEvaluator } from '../../store/queries/evaluators';
import { listRoundProgress } from '../../store/queries/rounds';
import { insertRubricVersion } from '../../store/queries/rubrics';
import { insertScore, insertSheet, listCampaignSheetIds } from '../../store/queries/sheets';
import { insertUnit } from '../../store/queries/units';
import { listCampaignBranches } from '../../store/queries/branches';
import { write } from '../../store/write';
import { insertCampaignWithRounds, requireCampaign, toSummary } from '../campaigns';
import type { ServiceContext } from '../context';
import { createRandom, demoScore } from './scores';
import { repackSheets } from '../ranking';
import { compileRubric } from '../../../shared/scoring';

interface DemoFile {
  name: string;
  year: number;
  county: string;
  rubricName: string;
  townships: { name: string; kind: UnitKind; branches: { name: string; type: BranchType }[] }[];
  evaluators: { name: string; role: string; unit: string }[];
  rounds: { kind: RoundKind; name: string }[];
  scoring: {
    seed: number;
    /** Share of branches that have sheets at all. */
    share: number;
    /** Share of those sheets already submitted; the rest are drafts stopped part-way. */
    submittedShare: number;
    /** Vetoes raised in the demo, so the explanation of a veto can be seen. */
    raisedVetoes: { branch: string; item: string; evaluator: number }[];
  };
}

/** The built-in rubric, checked like any imported one: a broken resource must fail loudly. */
export function loadDemoRubric(): RubricDefinition {
  const definition = rubricDefinitionSchema.parse(ruralFiveStar);
  const mismatches = findMaximumMismatches(definition);
  if (mismatches.length > 0) {
    throw new Error(`Built-in rubric maxima do not add up: ${JSON.stringify(mismatches)}`);
  }
  return definition;
}

/**
 * Creates the demo campaign from the files in resources/: the county tree, the five-star
 * rubric, evaluators, the county-review round and scores for about half of the branches, each
 * evaluator assigned to the branches they have sheets for.
 * All in one transaction.
 */
export function seedDemo(ctx: ServiceContext): CampaignSummary {
  const demo = campaignFile as DemoFile;
  const definition = loadDemoRubric();
  const id = write(ctx, () => {
    if (listCampaigns(ctx.db).some((c) => c.is_demo === 1)) {
      throw new AppError('CONFLICT', 'The demo campaign already exists', { entity: 'campaign' });
    }
    const at = ctx.now();
    const countyId = ctx.newId();
    insertUnit(ctx.db, {
      id: countyId,
      parentId: null,
      kind: 'county',
      branchType: null,
      name: demo.county,
      sortOrder: 0,
      isDemo: true,
      createdAt: at,
    });
    const unitIds = new Map<string, string>([[demo.county, countyId]]);
    demo.townships.forEach((township, ti) => {
      const townshipId = ctx.newId();
      unitIds.set(township.name, townshipId);
      insertUnit(ctx.db, {
        id: townshipId,
        parentId: countyId,
        kind: township.kind,
        branchType: null,
        name: township.name,
        sortOrder: ti,
        isDemo: true,
        createdAt: at,
      });
      township.branches.forEach((branch, bi) => {
        insertUnit(ctx.db, {
          id: ctx.newId(),
          parentId: townshipId,
          kind: 'branch',
          branchType: branch.type,
          name: branch.name,
          sortOrder: bi,
          isDemo: true,
          createdAt: at,
        });
      });
    });
    const rubricId = ctx.newId();
    insertRubricVersion(ctx.db, {
      id: rubricId,
      lineageId: ctx.newId(),
      version: 1,
      name: demo.rubricName,
      definition: JSON.stringify(definition),
      maxPoints: definition.max,
      isDemo: true,
      createdAt: at,
    });
    const campaignId = insertCampaignWithRounds(ctx, {
      name: demo.name,
      year: demo.year,
      countyId,
      rubricVersionId: rubricId,
      isDemo: true,
      rounds: demo.rounds,
      // The tour shows villages and communities side by side.
      branchTypes: [...BRANCH_TYPES],
    });
    const evaluatorIds = demo.evaluators.map((e) => {
      const evaluatorId = ctx.newId();
      insertEvaluator(ctx.db, {
        id: evaluatorId,
        name: e.name,
        unitId: unitIds.get(e.unit) ?? null,
        role: e.role,
        isDemo: true,
        createdAt: at,
      });
      addCampaignEvaluator(ctx.db, campaignId, evaluatorId);
      return evaluatorId;
    });
    seedScores(ctx, campaignId, definition, evaluatorIds, demo.scoring);
    const sheetIds = listCampaignSheetIds(ctx.db, campaignId);
    repackSheets(ctx.db, sheetIds, compileRubric(definition, rubricId));
    return campaignId;
  });
  return toSummary(requireCampaign(ctx, id));
}

function seedScores(
  ctx: ServiceContext,
  campaignId: string,
  definition: RubricDefinition,
  evaluatorIds: string[],
  scoring: DemoFile['scoring'],
): void {
  const random = createRandom(scoring.seed);
  const round = listRoundProgress(ctx.db, campaignId).at(-1);
  if (!round) return;
  const items = listItems(definition);
  const at = ctx.now();
  const starOf = new Map(
    definition.dimensions.flatMap((d) =>
      d.indicators.flatMap((i) => i.items.map((item) => [item.code, d.code])),
    ),
  );
  for (const branch of listCampaignBranches(ctx.db, campaignId)) {
    const vetoes = scoring.raisedVetoes.filter((v) => v.branch === branch.branch_name);
    if (random() >= scoring.share && vetoes.length === 0) continue;
    // Branches are strong in some fields and weak in others, so levels spread like real ones.
    const base = 0.3 + 0.6 * random();
    const quality = new Map(
      definition.dimensions.map((d) => [
        d.code,
        Math.min(1, Math.max(0, base + (random() - 0.5) * 0.7)),
      ]),
    );
    for (const [e, evaluatorId] of evaluatorIds.entries()) {
      // Most sheets are finished; some are drafts that stop part-way, as real work does.
      const submitted = random() < scoring.submittedShare;
      const filled = submitted ? items.length : Math.floor(items.length * (0.3 + 0.6 * random()));
      const sheetId = ctx.newId();
      insertSheet(ctx.db, {
        id: sheetId,
        roundId: round.id,
        branchId: branch.branch_id,
        evaluatorId,
        status: submitted ? 'submitted' : 'draft',
        at,
      });
      // The review team scores only what it is assigned (sheets.open checks it).
      insertAssignment(ctx.db, {
        roundId: round.id,
        evaluatorId,
        branchId: branch.branch_id,
        conflict: null,
        conflictReason: null,
        confirmedBy: null,
        createdAt: at,
      });
      for (const item of items.slice(0, filled)) {
        const raised = vetoes.some((v) => v.item === item.code && v.evaluator === e);
        const score = raised
          ? { points: 0, fact: 1, input: { triggered: true, reason: '示例:该村发生安全事故' } }
          : demoScore(item, quality.get(starOf.get(item.code) ?? '') ?? base, random);
        insertScore(ctx.db, {
          sheetId,
          itemCode: item.code,
          points: score.points,
          fact: score.fact,
          input: score.input,
          at,
        });
      }
    }
  }
}

/**
 * Creates the demo when the database holds no campaign at all, for tests that start from it.
 * The app itself never does this: a brand-new database opens on the welcome screen, which
 * offers to set up one's own county or to open the demo (`campaigns.createDemo`).
 */
export function seedDemoIfEmpty(ctx: ServiceContext): boolean {
  return write(ctx, () => {
    const empty = countCampaigns(ctx.db) === 0;
    if (empty) seedDemo(ctx);
    return empty;
  });
}
