import type {
  CompletionCounts,
  RoundCompletion,
  TownshipCompletion,
} from '../../../shared/domain/views/progress';
import type { ServiceContext } from '../context';
import { dataRevision } from '../../store/revision';
import type { Commit } from '../../store/write';
import { onCommit } from '../../store/write';
import type { CellParams } from './queries/cells';
import type { TownshipCountRow } from './queries/matrix';
import { listTownshipCounts } from './queries/matrix';
import type { CampaignScope, RoundRef } from './scope';
import { requiredItemCodes } from './scope';

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
 * per round until anything is written (the same data revision the rankings use). A commit
 * without audit entries (a setting) changed nothing it counts, so it stays current across one.
 */
const cache = new WeakMap<
  ServiceContext['db'],
  Map<string, { revision: number; rows: TownshipCompletion[] }>
>();

onCommit((db, commit: Commit) => {
  if (commit.audit.length > 0) return;
  for (const entry of cache.get(db)?.values() ?? [])
    if (entry.revision === commit.revisionBefore) entry.revision = commit.revision;
});

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
  const revision = dataRevision(ctx.db);
  let perDb = cache.get(ctx.db);
  if (!perDb) {
    perDb = new Map();
    cache.set(ctx.db, perDb);
  }
  const key = `${scope.campaign.id}:${round.id}:${scope.rubric.versionId ?? ''}`;
  const hit = perDb.get(key);
  if (hit && hit.revision === revision) return hit.rows;
  const rows = listTownshipCounts(ctx.db, cellParams(scope, round)).map((row) => ({
    townshipId: row.township_id,
    name: row.name,
    ...counts(row),
  }));
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
