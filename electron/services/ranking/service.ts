// TEMPORARY STUB — the ranking service is being written (engine + loader + cache).
import type { RankingExplanation, RankingView } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

export function computeRanking(
  _ctx: ServiceContext,
  _campaignId: string,
  _roundId?: string,
): RankingView {
  throw new AppError('INTERNAL', 'Ranking is not available yet');
}

export function explainRanking(
  _ctx: ServiceContext,
  _campaignId: string,
  _roundId: string | undefined,
  _branchId: string,
): RankingExplanation {
  throw new AppError('INTERNAL', 'Ranking is not available yet');
}
