import type { RegistryTownship, RegistryTree } from '../../../shared/domain/views/branch-registry';
import type { ServiceContext } from '../context';
import { countTownshipUses, listChildren, listRegistryBranches } from './queries';
import type { ScopeInput } from './scope';
import { resolveScope } from './scope';

/**
 * A county as the registry edits it, for a campaign or on its own: every township, empty ones
 * too (a new township must be visible before it has branches), and every branch with its
 * standing; `takesPart` only inside a campaign.
 */
export function registryTree(ctx: ServiceContext, input: ScopeInput): RegistryTree {
  const { county, campaign } = resolveScope(ctx, input);
  const townships = new Map<string, RegistryTownship>();
  for (const unit of listChildren(ctx.db, county.id)) {
    if (unit.kind !== 'township' && unit.kind !== 'subdistrict') continue;
    townships.set(unit.id, {
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      branches: [],
      deletable: countTownshipUses(ctx.db, unit.id) === 0,
    });
  }
  for (const row of listRegistryBranches(ctx.db, county.id, campaign?.id ?? null)) {
    townships.get(row.township_id)?.branches.push({
      id: row.id,
      name: row.name,
      branchType: row.branch_type,
      sheetsStarted: row.sheets_started,
      sheetsSubmitted: row.sheets_submitted,
      archived: row.archived_at !== null,
      ...(campaign ? { takesPart: row.takes_part === 1 } : {}),
      deletable: row.scored_anywhere === 0,
    });
  }
  return {
    countyId: county.id,
    countyName: county.name,
    isDemo: county.is_demo === 1,
    townships: [...townships.values()],
  };
}
