import { id } from './method';

/**
 * Where a registry change or a branch-list import happens: inside a campaign (new branches take
 * part in it) or in the county itself, before any campaign exists. Exactly one of the two.
 */
export const scopeFields = { campaignId: id.optional(), countyId: id.optional() };

/** `.refine(...oneScope)`: refuses an input naming both or neither. */
export const oneScope: [(input: object) => boolean, { message: string; path: string[] }] = [
  (input) => {
    const scope = input as { campaignId?: string; countyId?: string };
    return (scope.campaignId === undefined) !== (scope.countyId === undefined);
  },
  { message: 'Give either campaignId or countyId', path: ['countyId'] },
];
