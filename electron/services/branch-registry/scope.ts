import { AppError } from '../../../shared/errors';
import type { CampaignRow } from '../../store/queries/campaigns';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import type { CountyRow } from './queries';
import { getCountyRow } from './queries';

/** Where a registry change happens: inside a campaign, or in the county before any campaign. */
export interface ScopeInput {
  campaignId?: string | undefined;
  countyId?: string | undefined;
}

export interface Scope {
  county: CountyRow;
  /** Set when the change happens inside a campaign: new branches take part in it. */
  campaign: CampaignRow | null;
}

export function requireCounty(ctx: ServiceContext, id: string): CountyRow {
  const county = getCountyRow(ctx.db, id);
  if (!county) throw new AppError('NOT_FOUND', `County ${id} does not exist`, { entity: 'county' });
  return county;
}

/** The county (and campaign) a scoped input names; the contract makes sure it names one. */
export function resolveScope(ctx: ServiceContext, input: ScopeInput): Scope {
  if (input.campaignId !== undefined) {
    const campaign = requireCampaign(ctx, input.campaignId);
    return { county: requireCounty(ctx, campaign.county_id), campaign };
  }
  if (input.countyId === undefined) {
    throw new AppError('INVALID_INPUT', 'Give either campaignId or countyId', { path: 'countyId' });
  }
  return { county: requireCounty(ctx, input.countyId), campaign: null };
}
