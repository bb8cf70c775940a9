import type { RankingRow } from '../../../shared/domain/views';
import type { ComparisonRow, RoundComparison } from '../../../shared/domain/views/progress';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { computeRanking } from '../ranking';
import { iterateFirstSheets, listBranchIdsInOrder } from './queries/rounds';
import { loadScope, requireRound } from './scope';
import { getGapThreshold } from './threshold';

export interface ComparisonInput {
  campaignId: string;
  fromRoundId?: string | undefined;
  toRoundId?: string | undefined;
}

/** Per round and branch, the sheet a click opens: the self-assessment first, then by name. */
function firstSheets(
  ctx: ServiceContext,
  campaignId: string,
): Map<string, { evaluatorId: string | null }> {
  const rows = iterateFirstSheets(ctx.db, campaignId);
  const first = new Map<string, { evaluatorId: string | null }>();
  for (const [roundId, branchId, evaluatorId] of rows) {
    const key = `${roundId}|${branchId}`;
    if (!first.has(key)) first.set(key, { evaluatorId });
  }
  return first;
}

/**
 * Each branch's total and level in every round side by side, taken from each round's ranking
 * (cached there), and the gap from one round to another. A gap larger than the campaign's
 * threshold, either way, is flagged.
 */
export function roundComparison(ctx: ServiceContext, input: ComparisonInput): RoundComparison {
  const scope = loadScope(ctx, input.campaignId);
  const first = scope.rounds[0];
  const last = scope.rounds.at(-1);
  if (!first || !last)
    throw new AppError('NOT_FOUND', 'The campaign has no rounds', { entity: 'round' });
  const deciding = scope.rounds.find((r) => r.id === scope.campaign.deciding_round_id);
  const to = input.toRoundId ? requireRound(scope, input.toRoundId) : (deciding ?? last);
  // By default two different rounds: the earliest other than `to` (self-assessment against the
  // county review, the classic warning sign), unless the campaign has only one round.
  const from = input.fromRoundId
    ? requireRound(scope, input.fromRoundId)
    : (scope.rounds.find((r) => r.id !== to.id) ?? first);
  const threshold = getGapThreshold(ctx, { campaignId: scope.campaign.id });
  const views = scope.rounds.map((round) =>
    computeRanking(ctx, { campaignId: scope.campaign.id, roundId: round.id }),
  );
  const byRound = views.map((view) => new Map(view.rows.map((row) => [row.branchId, row])));
  const fromIndex = scope.rounds.indexOf(from);
  const toIndex = scope.rounds.indexOf(to);
  // Branches in tree order, whatever order the rankings put them in.
  const branches = listBranchIdsInOrder(ctx.db, scope.campaign.id);
  const sheets = firstSheets(ctx, scope.campaign.id);
  let flaggedCount = 0;
  const rows: ComparisonRow[] = [];
  for (const { id } of branches) {
    const perRound = byRound.map((map) => map.get(id));
    const any = perRound.find((r): r is RankingRow => r !== undefined);
    if (!any) continue;
    const fromTotal = perRound[fromIndex]?.total ?? null;
    const toTotal = perRound[toIndex]?.total ?? null;
    const gap = fromTotal === null || toTotal === null ? null : toTotal - fromTotal;
    const flagged = gap !== null && Math.abs(gap) > threshold;
    if (flagged) flaggedCount += 1;
    rows.push({
      branchId: id,
      branchName: any.branchName,
      townshipId: any.townshipId,
      townshipName: any.townshipName,
      results: perRound.map((r, i) => ({
        total: r?.total ?? null,
        level: r?.level ?? null,
        status: r?.status ?? 'unscored',
        sheet: sheets.get(`${scope.rounds[i]?.id ?? ''}|${id}`) ?? null,
      })),
      gap,
      flagged,
    });
  }
  return {
    rounds: scope.rounds.map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
    fromRoundId: from.id,
    toRoundId: to.id,
    threshold,
    scheme: views[0]?.scheme ?? 'per-star',
    levels: views[0]?.levels ?? [],
    rows,
    flaggedCount,
  };
}
