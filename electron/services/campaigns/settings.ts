import { listItems } from '../../../shared/domain/rubric';
import type { CampaignSummary, PlanTarget } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import { getCampaign } from '../../store/queries/campaigns';
import {
  listPlanTargets,
  replacePlanTargets,
  setCampaignRubric,
  setPreviousCampaign,
} from '../../store/queries/plans';
import { getRubricVersion } from '../../store/queries/rubrics';
import { audit } from '../audit';
import { requireCampaign, toSummary } from './service';
import type { ServiceContext } from '../context';
import { requireValidDefinition } from '../rubrics/versions';

/**
 * Moves a campaign to another rubric version, only when nothing scored would be lost: every
 * scored item must exist in the new version with the same type and a maximum that still holds
 * the highest stored points.
 */
export function setRubric(
  ctx: ServiceContext,
  campaignId: string,
  rubricVersionId: string,
): CampaignSummary {
  ctx.db
    .transaction(() => {
      const campaign = requireCampaign(ctx, campaignId);
      const row = getRubricVersion(ctx.db, rubricVersionId);
      if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
      const items = new Map(
        listItems(requireValidDefinition(JSON.parse(row.definition))).map((i) => [i.code, i]),
      );
      const oldRow = getRubricVersion(ctx.db, campaign.rubric_version_id);
      const oldItems = new Map(
        listItems(requireValidDefinition(JSON.parse(oldRow?.definition ?? '{}'))).map((i) => [
          i.code,
          i,
        ]),
      );
      const scored = ctx.db
        .prepare(
          `SELECT sc.item_code, max(sc.points) AS top FROM rounds r JOIN score_sheets s ON s.round_id = r.id
             JOIN scores sc ON sc.sheet_id = s.id WHERE r.campaign_id = ? GROUP BY sc.item_code`,
        )
        .all(campaignId) as { item_code: string; top: number }[];
      for (const { item_code: code, top } of scored) {
        const next = items.get(code);
        if (!next || next.type !== oldItems.get(code)?.type || top > next.max) {
          throw new AppError('CONFLICT', `Scored item ${code} would be lost in the new version`, {
            entity: 'rubric',
            item: code,
          });
        }
      }
      setCampaignRubric(ctx.db, campaignId, rubricVersionId, ctx.now());
      audit(ctx, {
        action: 'set-rubric',
        entity: 'campaign',
        entityId: campaignId,
        before: { rubricVersionId: campaign.rubric_version_id },
        after: { rubricVersionId },
      });
    })
    .immediate();
  return toSummary(requireCampaign(ctx, campaignId));
}

/** Links last year's campaign for the year-over-year columns; refuses itself and cycles. */
export function linkPrevious(
  ctx: ServiceContext,
  campaignId: string,
  previousId: string | null,
): CampaignSummary {
  ctx.db
    .transaction(() => {
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
      audit(ctx, {
        action: 'link-previous',
        entity: 'campaign',
        entityId: campaignId,
        before: { previousCampaignId: campaign.previous_campaign_id },
        after: { previousCampaignId: previousId },
      });
    })
    .immediate();
  return toSummary(requireCampaign(ctx, campaignId));
}

export function getPlan(ctx: ServiceContext, campaignId: string): PlanTarget[] {
  return listPlanTargets(ctx.db, campaignId);
}

/** Replaces the campaign's plan targets (计划创建数) in one step. */
export function setPlan(
  ctx: ServiceContext,
  campaignId: string,
  targets: PlanTarget[],
): PlanTarget[] {
  ctx.db
    .transaction(() => {
      requireCampaign(ctx, campaignId);
      const before = listPlanTargets(ctx.db, campaignId);
      replacePlanTargets(ctx.db, campaignId, targets);
      audit(ctx, {
        action: 'set-plan',
        entity: 'campaign',
        entityId: campaignId,
        before,
        after: targets,
      });
    })
    .immediate();
  return listPlanTargets(ctx.db, campaignId);
}
