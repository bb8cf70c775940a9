import type { campaignsContract } from '../../../shared/api/campaigns';
import { seedDemo } from '../demo';
import type { HandlerGroup } from '../registry';
import { campaignOverview, createCampaign, listCampaignSummaries, removeCampaign } from './service';
import { linkPrevious, setPlan, setRubric } from './settings';

export const campaignsHandlers: HandlerGroup<typeof campaignsContract> = {
  'campaigns.list': (_input, ctx) => listCampaignSummaries(ctx),
  'campaigns.overview': (input, ctx) => campaignOverview(ctx, input),
  'campaigns.create': (input, ctx) => createCampaign(ctx, input),
  'campaigns.delete': (input, ctx) => removeCampaign(ctx, input),
  'campaigns.createDemo': (_input, ctx) => seedDemo(ctx),
  'campaigns.setRubric': (input, ctx) => setRubric(ctx, input),
  'campaigns.linkPrevious': (input, ctx) => linkPrevious(ctx, input),
  'campaigns.setPlan': (input, ctx) => setPlan(ctx, input),
};
