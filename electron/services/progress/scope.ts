import type { ItemName } from '../../../shared/domain/views/progress';
import { AppError } from '../../../shared/errors';
import type { CompiledRubric } from '../../../shared/scoring';
import type { CampaignRow } from '../../store/queries/campaigns';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { loadCompiledRubric } from '../rubrics';
import type { RoundRef } from './queries/rounds';
import { listRoundRefs } from './queries/rounds';

export type { RoundRef } from './queries/rounds';

/** A campaign with its compiled rubric: what every progress query starts from. */
export interface CampaignScope {
  campaign: CampaignRow;
  rubric: CompiledRubric;
  rounds: RoundRef[];
}

export function loadScope(ctx: ServiceContext, campaignId: string): CampaignScope {
  const campaign = requireCampaign(ctx, campaignId);
  const rubric = loadCompiledRubric(ctx, campaign.rubric_version_id);
  const rounds = listRoundRefs(ctx.db, campaignId);
  return { campaign, rubric, rounds };
}

export function requireRound(scope: CampaignScope, roundId: string): RoundRef {
  const round = scope.rounds.find((r) => r.id === roundId);
  if (!round)
    throw new AppError('NOT_FOUND', 'Round does not exist in this campaign', { entity: 'round' });
  return round;
}

/** Items a sheet must have before it can be submitted (all but bonus and veto), in order. */
export function requiredItemCodes(rubric: CompiledRubric): string[] {
  return rubric.items.filter((_, i) => rubric.itemRequired[i] === 1).map((item) => item.code);
}

/** Items that carry points, so evaluators can disagree about them (vetoes and gates are facts). */
export function pointItemCodes(rubric: CompiledRubric): string[] {
  return rubric.items
    .filter((item) => item.type !== 'veto' && item.type !== 'gate')
    .map((item) => item.code);
}

export function itemNames(rubric: CompiledRubric, codes: string[]): ItemName[] {
  const byCode = new Map(rubric.items.map((item) => [item.code, item]));
  return codes.map((code) => {
    const item = byCode.get(code);
    return { code, name: item?.name ?? code, nameEn: item?.nameEn ?? item?.name ?? code };
  });
}
