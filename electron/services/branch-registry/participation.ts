import { addCampaignBranches } from '../../store/queries/campaigns';
import { requireCampaign } from '../campaigns';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { refuse } from './names';
import { countCampaignSheets, findUnit, leaveCampaign, takesPart } from './queries';
import { requireBranch } from './units';

export interface ParticipationInput {
  campaignId: string;
  branchIds: string[];
  takesPart: boolean;
  reason?: string | undefined;
}

/**
 * Lets branches join or leave a campaign, all or none. Joining needs an active branch of the
 * campaign's county; leaving is refused while the branch has score sheets in the campaign,
 * because dropping it would hide results people already entered.
 */
export function setParticipation(
  ctx: ServiceContext,
  input: ParticipationInput,
): { changed: number } {
  return write(ctx, (tx) => {
    const campaign = requireCampaign(ctx, input.campaignId);
    let changed = 0;
    for (const branchId of new Set(input.branchIds)) {
      const branch = requireBranch(ctx, branchId);
      if (takesPart(ctx.db, campaign.id, branch.id) === input.takesPart) continue;
      if (input.takesPart) {
        const township = branch.parent_id ? findUnit(ctx.db, branch.parent_id) : undefined;
        if (township?.parent_id !== campaign.county_id) {
          throw refuse('CONFLICT', 'otherCounty', 'Branch is not in the campaign county', {
            name: branch.name,
          });
        }
        if (branch.archived_at !== null) {
          throw refuse('CONFLICT', 'archived', 'An archived branch takes no new work', {
            name: branch.name,
          });
        }
        addCampaignBranches(ctx.db, campaign.id, [branch.id]);
      } else {
        const sheets = countCampaignSheets(ctx.db, campaign.id, branch.id);
        if (sheets > 0) {
          throw refuse('CONFLICT', 'hasSheets', 'Branch has score sheets in this campaign', {
            name: branch.name,
            count: sheets,
          });
        }
        leaveCampaign(ctx.db, campaign.id, branch.id);
      }
      tx.audit({
        action: input.takesPart ? 'join' : 'leave',
        entity: 'branch',
        entityId: branch.id,
        before: { campaignId: campaign.id, takesPart: !input.takesPart },
        after: { campaignId: campaign.id, takesPart: input.takesPart },
        ...(input.reason ? { reason: input.reason } : {}),
      });
      changed += 1;
    }
    return { changed };
  });
}
