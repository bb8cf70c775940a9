import type { rankingContract } from '../../../shared/api/ranking';
import type { HandlerGroup } from '../registry';
import { rankingPage } from './page';
import { computeRanking, explainRanking } from './service';

export const rankingHandlers: HandlerGroup<typeof rankingContract> = {
  'ranking.compute': (input, ctx) => computeRanking(ctx, input),
  'ranking.page': (input, ctx) => rankingPage(ctx, input),
  'ranking.explain': (input, ctx) => explainRanking(ctx, input),
};
