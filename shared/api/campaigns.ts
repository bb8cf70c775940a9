import { z } from 'zod';
import { BRANCH_TYPES } from '../domain/org';
import type {
  CampaignDeletion,
  CampaignOverview,
  CampaignSummary,
} from '../domain/views/campaigns';
import type { PlanTarget } from '../domain/views/ranking';
import { id, method, noInput } from './method';

/** Campaigns: create, list, delete, the demo, and the settings that shape their rankings. */
export const campaignsContract = {
  'campaigns.list': method(noInput).returns<CampaignSummary[]>(),
  'campaigns.overview': method(z.strictObject({ id })).returns<CampaignOverview>(),
  'campaigns.create': method(
    z.strictObject({
      name: z.string().trim().min(1).max(200),
      year: z.number().int().min(2000).max(2100),
      rubricVersionId: id,
      countyId: id,
      /** Townships taking part; all of the county's when left out. */
      townshipIds: z.array(id).min(1).max(2000).optional(),
      /** Kinds of branch taking part; by the rubric's name when left out. */
      branchTypes: z.array(z.enum(BRANCH_TYPES)).min(1).max(BRANCH_TYPES.length).optional(),
    }),
  ).returns<CampaignSummary>(),
  /**
   * A campaign with score sheets needs its name typed (`confirmName`) and is copied to
   * `backups/` beside the database first; the result says where.
   */
  'campaigns.delete': method(
    z.strictObject({ id, confirmName: z.string().max(200).optional() }),
  ).returns<CampaignDeletion>(),
  'campaigns.createDemo': method(noInput).returns<CampaignSummary>(),
  /** Moves a campaign to another rubric version; refused when scored items would be lost. */
  'campaigns.setRubric': method(
    z.strictObject({ campaignId: id, rubricVersionId: id }),
  ).returns<CampaignSummary>(),
  'campaigns.linkPrevious': method(
    z.strictObject({ campaignId: id, previousCampaignId: id.nullable() }),
  ).returns<CampaignSummary>(),
  'campaigns.setPlan': method(
    z.strictObject({
      campaignId: id,
      targets: z
        .array(
          z.strictObject({
            townshipId: id.nullable(),
            kind: z.enum(['level', 'star']),
            target: z.string().min(1).max(40),
            count: z.number().int().min(0).max(100_000),
          }),
        )
        .max(2000),
    }),
  ).returns<PlanTarget[]>(),
} as const;
