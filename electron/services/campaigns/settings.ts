import type { RubricItem } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type { CampaignSummary } from '../../../shared/domain/views/campaigns';
import type { PlanTarget } from '../../../shared/domain/views/ranking';
import { AppError } from '../../../shared/errors';
import { getCampaign } from '../../store/queries/campaigns';
import {
  listPlanTargets,
  replacePlanTargets,
  setCampaignRubric,
  setPreviousCampaign,
} from '../../store/queries/plans';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { loadRubric } from '../rubrics';
import { scoredItemMaxima } from './queries';
import { requireCampaign, toSummary } from './service';

function itemsOf(ctx: ServiceContext, versionId: string): Map<string, RubricItem> {
  return new Map(listItems(loadRubric(ctx, versionId)).map((i) => [i.code, i]));
}

/**
 * Moves a campaign to another rubric version, only when nothing scored would be lost: every
 * scored item must exist in the new version with the same type and a maximum that still holds
 * the highest stored points.
 */
export function setRubric(
  ctx: ServiceContext,
  input: { campaignId: string; rubricVersionId: string },
): CampaignSummary {
  const { campaignId, rubricVersionId } = input;
  write(ctx, (tx) => {
    const campaign = requireCampaign(ctx, campaignId);
    const items = itemsOf(ctx, rubricVersionId);
    const oldItems = itemsOf(ctx, campaign.rubric_version_id);
    for (const { item_code: code, top } of scoredItemMaxima(ctx.db, campaignId)) {
      const next = items.get(code);
      if (!next || next.type !== oldItems.get(code)?.type || top > next.max) {
        throw new AppError('CONFLICT', `Scored item ${code} would be lost in the new version`, {
          entity: 'rubric',
          item: code,
        });
      }
    }
    setCampaignRubric(ctx.db, campaignId, rubricVersionId, ctx.now());
    tx.audit({
      action: 'set-rubric',
      entity: 'campaign',
      entityId: campaignId,
      before: { rubricVersionId: campaign.rubric_version_id },
      after: { rubricVersionId },
    });
  });
  return toSummary(requireCampaign(ctx, campaignId));
}

/** Links last year's campaign for the year-over-year columns; refuses itself and cycles. */
export function linkPrevious(
  ctx: ServiceContext,
  input: { campaignId: string; previousCampaignId: string | null },
): CampaignSummary {
  const { campaignId, previousCampaignId: previousId } = input;
  write(ctx, (tx) => {
    const campaign = requireCampaign(ctx, campaignId);
    let cursor = previousId;
    while (cursor !== null) {
      if (cursor === campaignId) {
        throw new AppError('CONFLICT', 'A campaign cannot follow itself', { entity: 'campaign' });
      }
      const row = getCampaign(ctx.db, cursor);
      if (!row)
        throw new AppError('NOT_FOUND', `Campaign ${cursor} does not exist`, {
          entity: 'campaign',
        });
      cursor = row.previous_campaign_id;
    }
    setPreviousCampaign(ctx.db, campaignId, previousId, ctx.now());
    tx.audit({
      action: 'link-previous',
      entity: 'campaign',
      entityId: campaignId,
      before: { previousCampaignId: campaign.previous_campaign_id },
      after: { previousCampaignId: previousId },
    });
  });
  return toSummary(requireCampaign(ctx, campaignId));
}

/** Replaces the campaign's plan targets (计划创建数) in one step. */
export function setPlan(
  ctx: ServiceContext,
  input: { campaignId: string; targets: PlanTarget[] },
): PlanTarget[] {
  const { campaignId, targets } = input;
  write(ctx, (tx) => {
    requireCampaign(ctx, campaignId);
    const before = listPlanTargets(ctx.db, campaignId);
    replacePlanTargets(ctx.db, campaignId, targets);
    tx.audit({
      action: 'set-plan',
      entity: 'campaign',
      entityId: campaignId,
      before,
      after: targets,
    });
  });
  return listPlanTargets(ctx.db, campaignId);
}
