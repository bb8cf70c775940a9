import { queryKeys } from '../../api/queryKeys';

/**
 * Where the registry works: inside a campaign (new branches take part in it, participation can
 * be changed) or in a county of its own before any campaign exists. The shape is exactly what
 * the API takes, so it is spread into each call.
 */
export type RegistryScope = { campaignId: string } | { countyId: string };

/** The campaign the registry works in, if any. */
export function scopeCampaignId(scope: RegistryScope): string | undefined {
  return 'campaignId' in scope ? scope.campaignId : undefined;
}

/** A name for the scope in remembered screen state (search, selection) of the tab. */
export function scopeStateKey(scope: RegistryScope): string {
  return 'campaignId' in scope ? scope.campaignId : `county:${scope.countyId}`;
}

/** The tree's query key: under its campaign's or its county's key, so wide invalidation reaches it. */
export function registryTreeKey(scope: RegistryScope) {
  return 'campaignId' in scope
    ? ([...queryKeys.campaign(scope.campaignId), 'registry'] as const)
    : ([...queryKeys.county(scope.countyId), 'registry'] as const);
}
