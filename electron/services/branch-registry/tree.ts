import type { TownshipNode } from '../../../shared/domain/views';
import type { RegistryTree } from '../../../shared/domain/views/branch-registry';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { listChildren, listRegistryBranches } from './queries';

/**
 * The county of a campaign as the registry edits it: every township, empty ones too (a new
 * township must be visible before it has branches), and every branch with its standing.
 */
export function registryTree(ctx: ServiceContext, input: { campaignId: string }): RegistryTree {
  const campaign = requireCampaign(ctx, input.campaignId);
  const townships = new Map<string, TownshipNode>();
  for (const unit of listChildren(ctx.db, campaign.county_id)) {
    if (unit.kind !== 'township' && unit.kind !== 'subdistrict') continue;
    townships.set(unit.id, { id: unit.id, name: unit.name, kind: unit.kind, branches: [] });
  }
  for (const row of listRegistryBranches(ctx.db, campaign.county_id, campaign.id)) {
    townships.get(row.township_id)?.branches.push({
      id: row.id,
      name: row.name,
      branchType: row.branch_type,
      sheetsStarted: row.sheets_started,
      sheetsSubmitted: row.sheets_submitted,
      archived: row.archived_at !== null,
      takesPart: row.takes_part === 1,
      deletable: row.scored_anywhere === 0,
    });
  }
  return {
    countyId: campaign.county_id,
    countyName: campaign.county_name,
    townships: [...townships.values()],
  };
}
