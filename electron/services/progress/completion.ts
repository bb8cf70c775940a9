import type {
  CompletionCounts,
  RoundCompletion,
  TownshipCompletion,
} from '../../../shared/domain/views/progress';
import type { ServiceContext } from '../context';
import { dataRevision } from '../ranking/revision';
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
    SELECT branch_id, count(*) AS expected,
           sum(status = 'not-started') AS not_started,
           sum(status = 'in-progress') AS in_progress,
           sum(status = 'submitted') AS submitted
      FROM cells GROUP BY branch_id
  )
  SELECT t.id AS township_id, t.name, coalesce(sum(pb.expected), 0) AS expected,
         coalesce(sum(pb.not_started), 0) AS not_started,
         coalesce(sum(pb.in_progress), 0) AS in_progress,
         coalesce(sum(pb.submitted), 0) AS submitted, count(*) AS branches,
         coalesce(sum(pb.expected > 0 AND pb.submitted = pb.expected), 0) AS branches_done,
         sum(pb.branch_id IS NULL) AS branches_unassigned
    FROM campaign_branches cb
    JOIN org_units b ON b.id = cb.branch_id
    JOIN org_units t ON t.id = b.parent_id
    LEFT JOIN per_branch pb ON pb.branch_id = cb.branch_id
   WHERE cb.campaign_id = :campaign
   GROUP BY t.id
   ORDER BY t.sort_order, t.name, t.id`;

export function cellParams(
  scope: CampaignScope,
  round: RoundRef,
  township: string | null = null,
): CellParams {
  return {
    round: round.id,
    campaign: scope.campaign.id,
    self: round.kind === 'self' ? 1 : 0,
    required: JSON.stringify(requiredItemCodes(scope.rubric)),
    township,
  };
}

/**
 * Completion reads every sheet of a round, which at province scale takes a moment; it is kept
 * per round until anything is written (the same data revision the rankings use).
 */
const cache = new WeakMap<
  ServiceContext['db'],
  Map<string, { revision: number; rows: TownshipCompletion[] }>
>();

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
  const revision = dataRevision(ctx);
  let perDb = cache.get(ctx.db);
  if (!perDb) {
    perDb = new Map();
    cache.set(ctx.db, perDb);
  }
  const key = `${scope.campaign.id}:${round.id}:${scope.rubric.versionId ?? ''}`;
  const hit = perDb.get(key);
  if (hit && hit.revision === revision) return hit.rows;
  const rows = (
    ctx.db.prepare(TOWNSHIP_SQL).all(cellParams(scope, round)) as TownshipCountRow[]
  ).map((row) => ({ townshipId: row.township_id, name: row.name, ...counts(row) }));
  perDb.set(key, { revision, rows });
  return rows;
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
