import type {
  CompletionCounts,
  RoundCompletion,
  TownshipCompletion,
} from '../../../shared/domain/views/progress';
import type { ServiceContext } from '../context';
import type { CellParams } from './cells-sql';
import { CELLS_CTE } from './cells-sql';
import type { CampaignScope, RoundRef } from './scope';
import { requiredItemCodes } from './scope';

interface TownshipCountRow {
  township_id: string;
  name: string;
  expected: number;
  not_started: number;
  in_progress: number;
  submitted: number;
  branches: number;
  branches_done: number;
  branches_unassigned: number;
}

/** Counted per branch first, so "branch done" means every expected sheet of it is submitted. */
const TOWNSHIP_SQL = `
  WITH ${CELLS_CTE},
  per_branch AS (
    SELECT cb.branch_id, count(c.branch_id) AS expected,
           coalesce(sum(c.status = 'not-started'), 0) AS not_started,
           coalesce(sum(c.status = 'in-progress'), 0) AS in_progress,
           coalesce(sum(c.status = 'submitted'), 0) AS submitted
      FROM campaign_branches cb LEFT JOIN cells c ON c.branch_id = cb.branch_id
     WHERE cb.campaign_id = :campaign
     GROUP BY cb.branch_id
  )
  SELECT t.id AS township_id, t.name, sum(pb.expected) AS expected,
         sum(pb.not_started) AS not_started, sum(pb.in_progress) AS in_progress,
         sum(pb.submitted) AS submitted, count(*) AS branches,
         sum(pb.expected > 0 AND pb.submitted = pb.expected) AS branches_done,
         sum(pb.expected = 0) AS branches_unassigned
    FROM per_branch pb
    JOIN org_units b ON b.id = pb.branch_id
    JOIN org_units t ON t.id = b.parent_id
   GROUP BY t.id
   ORDER BY t.sort_order, t.name, t.id`;

export function cellParams(scope: CampaignScope, round: RoundRef): CellParams {
  return {
    round: round.id,
    campaign: scope.campaign.id,
    self: round.kind === 'self' ? 1 : 0,
    required: JSON.stringify(requiredItemCodes(scope.rubric)),
  };
}

function counts(row: Omit<TownshipCountRow, 'township_id' | 'name'>): CompletionCounts {
  return {
    expected: row.expected,
    notStarted: row.not_started,
    inProgress: row.in_progress,
    submitted: row.submitted,
    branches: row.branches,
    branchesDone: row.branches_done,
    branchesUnassigned: row.branches_unassigned,
  };
}

export function townshipCompletion(
  ctx: ServiceContext,
  scope: CampaignScope,
  round: RoundRef,
): TownshipCompletion[] {
  const rows = ctx.db.prepare(TOWNSHIP_SQL).all(cellParams(scope, round)) as TownshipCountRow[];
  return rows.map((row) => ({ townshipId: row.township_id, name: row.name, ...counts(row) }));
}

function sum(list: CompletionCounts[]): CompletionCounts {
  const total: CompletionCounts = {
    expected: 0,
    notStarted: 0,
    inProgress: 0,
    submitted: 0,
    branches: 0,
    branchesDone: 0,
    branchesUnassigned: 0,
  };
  for (const c of list) {
    for (const key of Object.keys(total) as (keyof CompletionCounts)[]) total[key] += c[key];
  }
  return total;
}

/** Every round of the campaign, with its counts summed over the townships. */
export function roundCompletion(ctx: ServiceContext, scope: CampaignScope): RoundCompletion[] {
  return scope.rounds.map((round) => ({
    roundId: round.id,
    name: round.name,
    kind: round.kind,
    ...sum(townshipCompletion(ctx, scope, round)),
  }));
}
