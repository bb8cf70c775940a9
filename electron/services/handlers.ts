import { listCounties } from '../store/queries/units';
import { branchTree } from './branches';
import {
  campaignOverview,
  createCampaign,
  listCampaignSummaries,
  removeCampaign,
} from './campaigns';
import { seedDemo } from './demo';
import { getPreferences, updatePreferences } from './preferences';
import type { Handlers } from './registry';
import { rubricForCampaign, rubricVersions } from './rubrics';

/** One entry per contract method; the registry checks that none is missing or extra. */
export const handlers: Handlers = {
  'app.info': (_input, ctx) => ctx.info,
  'preferences.get': (_input, ctx) => getPreferences(ctx),
  'preferences.update': (input, ctx) => updatePreferences(ctx, input),
  'campaigns.list': (_input, ctx) => listCampaignSummaries(ctx),
  'campaigns.overview': (input, ctx) => campaignOverview(ctx, input.id),
  'campaigns.create': (input, ctx) => createCampaign(ctx, input),
  'campaigns.delete': (input, ctx) => removeCampaign(ctx, input.id),
  'campaigns.createDemo': (_input, ctx) => seedDemo(ctx),
  'units.counties': (_input, ctx) =>
    listCounties(ctx.db).map((c) => ({ id: c.id, name: c.name, branchCount: c.branch_count })),
  'branches.tree': (input, ctx) => branchTree(ctx, input.campaignId),
  'rubrics.versions': (_input, ctx) => rubricVersions(ctx),
  'rubrics.forCampaign': (input, ctx) => rubricForCampaign(ctx, input.campaignId),
};
