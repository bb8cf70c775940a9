import type { TownshipNode } from '../../../shared/domain/views/branch-registry';
import { listCampaignBranches } from '../../store/queries/branches';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';

/**
 * The campaign's branches grouped under their townships, in the county's own order. Archived
 * branches are left out: this tree is where new work starts, and they take none (their results
 * stay in rankings and exports, which read the campaign's branches directly).
 */
export function branchTree(ctx: ServiceContext, input: { campaignId: string }): TownshipNode[] {
  const { campaignId } = input;
  requireCampaign(ctx, campaignId);
  const townships = new Map<string, TownshipNode>();
  for (const row of listCampaignBranches(ctx.db, campaignId)) {
    if (row.archived_at !== null) continue;
    let township = townships.get(row.township_id);
    if (!township) {
      township = {
        id: row.township_id,
        name: row.township_name,
        kind: row.township_kind,
        branches: [],
      };
      townships.set(row.township_id, township);
    }
    township.branches.push({
      id: row.branch_id,
      name: row.branch_name,
      branchType: row.branch_type,
      sheetsStarted: row.sheets_started,
      sheetsSubmitted: row.sheets_submitted,
    });
  }
  return [...townships.values()];
}
