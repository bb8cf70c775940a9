import type { BranchType } from '../../../shared/domain/org';
import { defaultBranchTypes } from '../../../shared/domain/participation';
import type { CampaignOverview, CampaignSummary, RoundSummary } from '../../../shared/domain/views';
import type { CampaignDeletion } from '../../../shared/domain/views/campaigns';
import { AppError } from '../../../shared/errors';
import type { CampaignRow } from '../../store/queries/campaigns';
import {
  addCampaignBranches,
  countCampaignScores,
  deleteCampaign,
  getCampaign,
  insertCampaign,
  listCampaigns,
  setDecidingRound,
} from '../../store/queries/campaigns';
import { countCampaignEvaluators, listCampaignBranches } from '../../store/queries/branches';
import { deleteUnusedDemoRows } from '../../store/queries/demo';
import { insertRound, listRoundProgress } from '../../store/queries/rounds';
import { getRubricVersion } from '../../store/queries/rubrics';
import { getUnit, listBranchIdsOfCounty } from '../../store/queries/units';
import { write } from '../../store/write';
import { backupBefore } from '../backups';
import type { ServiceContext } from '../context';

export function toSummary(row: CampaignRow): CampaignSummary {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    isDemo: row.is_demo === 1,
    countyId: row.county_id,
    countyName: row.county_name,
    rubricName: row.rubric_name,
    branchCount: row.branch_count,
    createdAt: row.created_at,
    rubricVersionId: row.rubric_version_id,
    previousCampaignId: row.previous_campaign_id,
    sheetCount: row.sheet_count,
  };
}

export function requireCampaign(ctx: ServiceContext, id: string): CampaignRow {
  const row = getCampaign(ctx.db, id);
  if (!row)
    throw new AppError('NOT_FOUND', `Campaign ${id} does not exist`, { entity: 'campaign' });
  return row;
}

export function listCampaignSummaries(ctx: ServiceContext): CampaignSummary[] {
  return listCampaigns(ctx.db).map(toSummary);
}

export function campaignOverview(ctx: ServiceContext, input: { id: string }): CampaignOverview {
  const { id } = input;
  const row = requireCampaign(ctx, id);
  const branches = listCampaignBranches(ctx.db, id);
  const byTownship = new Map<string, CampaignOverview['byTownship'][number]>();
  for (const b of branches) {
    let entry = byTownship.get(b.township_id);
    if (!entry) {
      entry = {
        id: b.township_id,
        name: b.township_name,
        kind: b.township_kind,
        branches: 0,
        rural: 0,
        community: 0,
        other: 0,
      };
      byTownship.set(b.township_id, entry);
    }
    entry.branches += 1;
    entry[b.branch_type] += 1;
  }
  const rounds = listRoundProgress(ctx.db, id).map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    seq: r.seq,
    isDeciding: r.id === row.deciding_round_id,
    sheetsStarted: r.sheets_started,
    sheetsSubmitted: r.sheets_submitted,
    branchesScored: r.branches_scored,
  }));
  return {
    campaign: toSummary(row),
    townships: byTownship.size,
    branches: branches.length,
    evaluators: countCampaignEvaluators(ctx.db, id),
    rounds,
    byTownship: [...byTownship.values()],
  };
}

export interface CreateCampaignInput {
  name: string;
  year: number;
  rubricVersionId: string;
  countyId: string;
  isDemo?: boolean;
  rounds?: Omit<RoundSummary, 'id' | 'isDeciding' | 'seq'>[];
  /** Townships taking part; every township of the county when left out. */
  townshipIds?: string[] | undefined;
  /** Kinds of branch taking part; by the rubric's name when left out (defaultBranchTypes). */
  branchTypes?: BranchType[] | undefined;
}

/**
 * Creates a campaign over the active branches of the chosen townships and kinds (every township
 * and the rubric's kind by default), with its rounds (a county review by default) and the last
 * round as the deciding one. A write of its own, or part of the caller's (the demo seeding stays
 * all-or-nothing). The demo and real data never mix: a real campaign needs a real county.
 */
export function insertCampaignWithRounds(ctx: ServiceContext, input: CreateCampaignInput): string {
  return write(ctx, (tx) => {
    const county = getUnit(ctx.db, input.countyId);
    if (!county || county.kind !== 'county') {
      throw new AppError('NOT_FOUND', `County ${input.countyId} does not exist`, {
        entity: 'county',
      });
    }
    if ((county.is_demo === 1) !== (input.isDemo ?? false)) {
      throw new AppError('CONFLICT', 'The demo and real campaigns never share a county', {
        entity: 'county',
        reason: 'demoCounty',
        name: county.name,
      });
    }
    const rubric = getRubricVersion(ctx.db, input.rubricVersionId);
    if (!rubric) {
      throw new AppError('NOT_FOUND', `Rubric ${input.rubricVersionId} does not exist`, {
        entity: 'rubric',
      });
    }
    const townshipIds = input.townshipIds ? [...new Set(input.townshipIds)] : null;
    for (const townshipId of townshipIds ?? []) {
      const township = getUnit(ctx.db, townshipId);
      if (township?.parent_id !== county.id) {
        throw new AppError('NOT_FOUND', `Township ${townshipId} is not in the county`, {
          entity: 'township',
        });
      }
    }
    const branchTypes = input.branchTypes ?? defaultBranchTypes(rubric.name);
    const id = ctx.newId();
    const at = ctx.now();
    insertCampaign(ctx.db, {
      id,
      name: input.name,
      year: input.year,
      countyId: input.countyId,
      rubricVersionId: input.rubricVersionId,
      isDemo: input.isDemo ?? false,
      createdAt: at,
    });
    const branchIds = listBranchIdsOfCounty(ctx.db, input.countyId, { townshipIds, branchTypes });
    addCampaignBranches(ctx.db, id, branchIds);
    const rounds = input.rounds ?? [{ kind: 'county' as const, name: '县级审核' }];
    let lastRound = '';
    rounds.forEach((round, index) => {
      lastRound = ctx.newId();
      insertRound(ctx.db, {
        id: lastRound,
        campaignId: id,
        kind: round.kind,
        name: round.name,
        seq: index + 1,
        createdAt: at,
      });
    });
    if (lastRound) setDecidingRound(ctx.db, id, lastRound);
    tx.audit({
      action: 'create',
      entity: 'campaign',
      entityId: id,
      after: {
        name: input.name,
        year: input.year,
        countyId: county.id,
        townshipIds: townshipIds ?? 'all',
        branchTypes,
        branches: branchIds.length,
      },
    });
    return id;
  });
}

export function createCampaign(ctx: ServiceContext, input: CreateCampaignInput): CampaignSummary {
  const id = insertCampaignWithRounds(ctx, input);
  return toSummary(requireCampaign(ctx, id));
}

/**
 * Deletes a campaign with its rounds and scores, recording what was removed in the audit log.
 * A campaign with score sheets is a year's work: the caller must type its name, and a copy of
 * the whole database is written to `backups/` beside it first. The demo is exempt (恢复示例
 * brings it back), and rows that only the demo used (its county, evaluators, rubric) go too.
 */
export async function removeCampaign(
  ctx: ServiceContext,
  input: { id: string; confirmName?: string | undefined },
): Promise<CampaignDeletion> {
  const { id } = input;
  const row = requireCampaign(ctx, id);
  const guarded = row.is_demo === 0 && row.sheet_count > 0;
  if (guarded && input.confirmName?.trim() !== row.name) {
    throw new AppError('CONFLICT', 'Type the campaign name to delete a campaign with scores', {
      entity: 'campaign',
      reason: 'confirmName',
      name: row.name,
    });
  }
  const backupFile = guarded ? (await backupBefore(ctx, 'campaign-delete')).file : null;
  write(ctx, (tx) => {
    const current = requireCampaign(ctx, id);
    const counts = countCampaignScores(ctx.db, id);
    deleteCampaign(ctx.db, id);
    if (current.is_demo === 1) deleteUnusedDemoRows(ctx.db);
    tx.audit({
      action: 'delete',
      entity: 'campaign',
      entityId: id,
      before: { name: current.name, year: current.year, isDemo: current.is_demo === 1, ...counts },
      ...(backupFile ? { after: { backupFile } } : {}),
    });
  });
  return { id, backupFile };
}
